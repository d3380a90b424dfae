"""``create_app(settings)``: the only way to build the service (tests build their own)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__, logs
from app.api import errors
from app.api.limits import RequestGuard
from app.api.routes import check, health
from app.detectors.registry import Registry, discover
from app.engine import Engine
from app.rulesource import RulesetSource, StaticSource, load_ruleset_path
from app.settings import Settings, get_settings


def build_engine(settings: Settings, ruleset_names: list[str], registry: Registry | None = None) -> Engine:
    registry = registry or discover(ruleset_names)
    registry.load_models()  # once per process, before the first request
    return Engine(registry, max_workers=settings.detector_workers)


def create_app(
    settings: Settings | None = None,
    *,
    registry: Registry | None = None,
    rulesets: RulesetSource | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    logs.configure(settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        source = rulesets or StaticSource(load_ruleset_path(settings.ruleset_file))
        app.state.rulesets = source
        app.state.engine = build_engine(settings, list(source.current().detectors), registry)
        try:
            yield
        finally:
            app.state.engine.close()
            source.close()

    app = FastAPI(
        title="Postguard",
        version=__version__,
        summary="Pre-publication compliance checks for insurance self-media posts",
        lifespan=lifespan,
    )
    app.state.settings = settings
    errors.install(app)
    app.include_router(health.router)
    app.include_router(check.router)
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_body_bytes)
    return app
