"""``create_app(settings)``: the only way to build the service (tests build their own)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import inspect

from app import __version__, logs
from app.api import docs, errors, openapi
from app.api.limits import RequestGuard
from app.api.offload import check_pool
from app.api.request_log import RequestLogMiddleware
from app.api.routes import accounts as accounts_routes
from app.api.routes import check, health, keys, stats, verdicts
from app.api.routes import incidents as incidents_routes
from app.api.routes import mentions as mentions_routes
from app.api.routes import metrics as metrics_routes
from app.api.routes import operations as operations_routes
from app.api.routes import rulesets as rulesets_routes
from app.api.routes import taxonomy as taxonomy_routes
from app.console import routes as console_routes
from app.db import Database, check_schema, upgrade
from app.detectors.registry import Registry, discover
from app.engine import Engine
from app.metrics import Metrics, MetricsMiddleware
from app.ocr.stage import OcrStage
from app.rulesource import RulesetSource, StaticSource, load_ruleset_path
from app.settings import Settings, audit_key_of, get_settings
from app.taxonomy import ContentType

# The requests that may carry images (a larger body limit) and the one that takes them as uploaded files.
IMAGE_PATHS = frozenset({"/v1/check", "/v1/check/upload"})
UPLOAD_PATHS = frozenset({"/v1/check/upload"})


def build_ocr(settings: Settings) -> OcrStage:
    """The OCR stage; its worker processes start on the first post with images. Missing backend: refused
    at start under POSTGUARD_REQUIRE_OCR, else posts with images answer with `ocr` degraded."""
    stage = OcrStage(workers=settings.ocr_workers, timeout_s=settings.ocr_timeout_seconds)
    if not stage.available:
        reason = "the OCR backend is not installed (pip install 'postguard[ocr]'): images cannot be read"
        if settings.require_ocr:
            logging.getLogger("postguard").error("startup_refused", extra={"reason": reason})
            raise RuntimeError(f"POSTGUARD_REQUIRE_OCR is set but {reason}")
        logging.getLogger("postguard").warning("ocr_unavailable", extra={"reason": reason})
    return stage


def build_engine(settings: Settings, ruleset_names: list[str], registry: Registry | None = None) -> Engine:
    registry = registry or discover(ruleset_names)
    registry.load_models()  # once per process, before the first request
    return Engine(registry, max_workers=settings.detector_workers, max_computing=settings.check_concurrency)


def open_database(settings: Settings) -> Database | None:
    """The database, refusing one whose schema is behind head; None when database_url is empty."""
    if not settings.database_url:
        if settings.auth:
            raise RuntimeError("POSTGUARD_DATABASE_URL is empty but auth is on: API keys live in the database")
        return None
    db = Database(settings.database_url, audit_key=audit_key_of(settings))
    try:
        if db.engine.dialect.name == "sqlite" and not inspect(db.engine).get_table_names():
            initialise(db)
        check_schema(db.engine)
    except Exception as exc:
        db.dispose()
        detail = getattr(exc, "detail", None) or f"cannot open the database: {type(exc).__name__}"
        logging.getLogger("postguard").error("startup_refused", extra={"reason": detail})
        raise RuntimeError(detail) from exc
    return db


def unusable_directory(exc: OSError) -> str:
    return (f"cannot use {exc.filename or 'a state directory'} ({exc.strerror}): the audit spool and key cache "
            "need writable directories (POSTGUARD_SPOOL_DIR, POSTGUARD_KEY_CACHE_DIR, POSTGUARD_DATA_DIR)")


def writable_dirs(settings: Settings) -> str | None:
    """None if the spool and key-cache directories can be created and written, else why not (one line)."""
    import tempfile

    for directory in (settings.spool_dir, settings.key_cache_path):
        try:
            directory.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=directory):
                pass
        except OSError as exc:
            if exc.filename is None:
                exc.filename = str(directory)
            return unusable_directory(exc)
    return None


def initialise(db: Database) -> None:
    """A brand-new SQLite file (the quick start): migrate it and import the default rules. PostgreSQL and
    an existing schema behind head are never migrated implicitly; no admin key is created here."""
    from app.services.rulesets import ensure_published

    upgrade(db.url)
    with db.session() as session, session.begin():
        ensure_published(session=session)
    logging.getLogger("postguard").warning(
        "database_initialised", extra={"hint": "run `postguard keys bootstrap` to get an admin API key"})


def ruleset_source(settings: Settings, db: Database | None) -> RulesetSource:
    if settings.ruleset_file is not None or db is None:
        return StaticSource(load_ruleset_path(settings.ruleset_file))
    from app.services.ruleset_source import DatabaseSource

    return DatabaseSource(db, poll_seconds=settings.ruleset_poll_seconds)


def _spooled(recorder: object) -> int:
    health = getattr(recorder, "health", None)
    return int(health().get("spooled", 0)) if callable(health) else 0


def create_app(
    settings: Settings | None = None,
    *,
    registry: Registry | None = None,
    rulesets: RulesetSource | None = None,
    ocr: OcrStage | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    logs.configure(settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.ocr = ocr or build_ocr(settings)
        app.state.check_pool = check_pool()  # the check routes' hop off the event loop (app/api/offload.py)
        db = open_database(settings)
        app.state.db = db
        source = rulesets or ruleset_source(settings, db)
        app.state.rulesets = source
        app.state.engine = build_engine(settings, list(source.current().detectors), registry)
        content_types = [c.value for c in ContentType]
        app.state.engine.warm(source.current(), content_types)  # before readiness, not on request 1
        warm_with = getattr(source, "warm_with", None)
        if callable(warm_with):  # a hot-reloading source warms each published version before serving it
            warm_with(lambda ruleset: app.state.engine.warm(ruleset, content_types))
        app.state.engine.observers.append(metrics.observe_check)
        recorder = None
        if db is not None:
            from app.api.auth import KeyAuthenticator
            from app.services.auth import KeyVerifier
            from app.services.keycache import SharedKeyCache
            from app.services.ratelimit import build_limiter
            from app.services.spool import AuditRecorder

            try:
                recorder = AuditRecorder(db, policy=settings.store_text, spool_dir=settings.spool_dir,
                                         checkpoint_file=settings.audit_checkpoint_file,
                                         checkpoint_seconds=settings.audit_checkpoint_seconds)
                shared = SharedKeyCache(settings.key_cache_path, grace_seconds=settings.auth_outage_grace_seconds) \
                    if settings.auth else None
            except OSError as exc:  # one clear reason, not a traceback from deep inside the spool
                db.dispose()
                detail = unusable_directory(exc)
                logging.getLogger("postguard").error("startup_refused", extra={"reason": detail})
                raise RuntimeError(detail) from None
            app.state.recorder = recorder
            if shared is not None:
                verifier = KeyVerifier(db, default_rate_per_minute=settings.rate_limit_per_minute, shared=shared)
                app.state.key_cache = shared
                app.state.authenticator = KeyAuthenticator(
                    verifier, build_limiter(settings.rate_limit_storage, db),
                    failures_per_minute=settings.auth_failures_per_minute)
        from app.services.webhooks import start_sender

        app.state.webhooks = start_sender(settings, db)
        try:
            yield
        finally:
            # uvicorn runs this after SIGTERM only once in-flight requests have been answered (or
            # timeout_graceful_shutdown passed), so every answered check is already recorded; close()
            # then moves anything still spooled into the database.
            logging.getLogger("postguard").info("shutdown", extra={"spooled": _spooled(recorder)})
            app.state.engine.close()
            app.state.check_pool.shutdown(wait=False)
            app.state.ocr.close()
            source.close()
            if app.state.webhooks is not None:
                app.state.webhooks.close()
            if recorder is not None:
                recorder.close()
            if db is not None:
                db.dispose()

    app = FastAPI(
        docs_url=None, redoc_url=None,  # served from the package by app.api.docs (no CDN)
        title="Postguard",
        version=__version__,
        summary="Pre-publication compliance checks for insurance self-media posts",
        lifespan=lifespan,
    )
    app.state.settings = settings
    metrics = Metrics()
    app.state.metrics = metrics
    errors.install(app)
    openapi.install(app)
    docs.install(app)
    app.include_router(health.router)
    app.include_router(metrics_routes.router)
    app.include_router(check.router)
    app.include_router(taxonomy_routes.router)
    for module in (rulesets_routes, verdicts, stats, keys, mentions_routes, incidents_routes, accounts_routes,
                   operations_routes):
        app.include_router(module.router)
    app.include_router(console_routes.router)  # the review console's pages (/console)
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_body_bytes,
                       body_timeout_s=settings.body_timeout_seconds, image_paths=IMAGE_PATHS,
                       max_image_body_bytes=settings.max_image_body_bytes, multipart_paths=UPLOAD_PATHS)
    # Added last = outermost: requests the guard refuses (413/415) are counted and logged too.
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(RequestLogMiddleware)
    return app
