"""Database fixtures shared by tests/db and tests/api: every test gets its own SQLite file and, when the
server at 127.0.0.1:5432 answers, its own PostgreSQL schema (dropped afterwards)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.db import Database, upgrade
from app.detectors.registry import discover
from app.ruleset import Ruleset, load_default_ruleset
from app.settings import Settings
from app.taxonomy import LEXICAL_CATEGORIES, Category

AUDIT_KEY = "test-hmac-key"  # the audit chain's HMAC key in the ``db`` fixture (never in the database)
PG_URL = os.environ.get("POSTGUARD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_pg_state: dict[str, str | None] = {}


def postgres_required() -> bool:
    """CI sets POSTGUARD_REQUIRE_POSTGRES=1: there a PostgreSQL test that cannot run fails instead of skipping."""
    return os.environ.get("POSTGUARD_REQUIRE_POSTGRES", "") not in ("", "0", "false", "no")


def skip_or_fail(reason: str) -> None:
    """Skip a test that needs PostgreSQL (or its binaries) when it is missing, unless CI requires it."""
    if postgres_required():
        pytest.fail(f"POSTGUARD_REQUIRE_POSTGRES is set but: {reason}", pytrace=False)
    pytest.skip(reason)


def require_pg() -> None:
    """Skip (or, in CI, fail) unless the test PostgreSQL answers."""
    if reason := pg_unavailable():
        skip_or_fail(reason)


def pg_unavailable() -> str | None:
    """None if the test PostgreSQL answers, else why not (cached for the session)."""
    if "reason" not in _pg_state:
        try:
            engine = create_engine(PG_URL, connect_args={"connect_timeout": 2})
            with engine.connect() as conn:
                conn.execute(text("select 1"))
            engine.dispose()
            _pg_state["reason"] = None
        except Exception as exc:
            _pg_state["reason"] = f"PostgreSQL not reachable at {PG_URL} ({type(exc).__name__}); CI runs these"
    return _pg_state["reason"]


@contextmanager
def pg_schema(prefix: str = "t") -> Iterator[str]:
    """A fresh schema on the test PostgreSQL, dropped afterwards; yields its URL."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'postguard.db'}"
        return
    require_pg()
    with pg_schema() as url:
        yield url


NOT_LEXICAL = sorted(c.value for c in Category if c not in LEXICAL_CATEGORIES)


def lexicon_only(ruleset: Ruleset | None = None, **changes: Any) -> Ruleset:
    """The packaged rules with only the lexicon detector (predictable verdicts, no models)."""
    doc = (ruleset or load_default_ruleset()).model_dump(mode="json", exclude={"version"})
    doc["detectors"] = {"lexicon": {"enabled": True}}
    doc["coverage"] = {"not_checked": {c: "lexicon-only test rules" for c in NOT_LEXICAL}}
    doc.update(changes)
    return Ruleset.model_validate(doc)


def publish_now(db: Database, ruleset: Ruleset, *, actor: str = "test") -> int:
    """Store and publish without validation (fixtures must not depend on others' rule examples)."""
    from app.services.rulesets import _make_live, create_draft

    with db.session() as session, session.begin():
        version = create_draft(session=session, ruleset=ruleset, author=actor)
        _make_live(session, version, actor=actor, kind="ruleset.publish")
        return version.number


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    upgrade(db_url)
    database = Database(db_url, audit_key=AUDIT_KEY)
    publish_now(database, lexicon_only())
    yield database
    database.dispose()


def make_settings(db_url: str, tmp_path: Path, **changes: Any) -> Settings:
    base: dict[str, Any] = {"database_url": db_url, "spool_dir": tmp_path / "spool", "ruleset_poll_seconds": 0.2,
                            "log_json": True, "log_level": "WARNING", "store_text": "full", "detector_workers": 1,
                            "key_cache_dir": tmp_path / "keycache"}
    base.update(changes)
    return Settings(**base)


def new_key(db: Database, *scopes: str, rate: int | None = None) -> str:
    from app.services.keys import create_key

    with db.session() as session, session.begin():
        _, token = create_key(session=session, owner="tester", scopes=scopes, actor="test", rate_per_minute=rate)
    return token


@pytest.fixture
def db_client(db: Database, db_url: str, tmp_path: Path) -> Iterator[TestClient]:
    from app.main import create_app

    app = create_app(make_settings(db_url, tmp_path), registry=discover(["lexicon"]))
    with TestClient(app) as c:
        yield c


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def wait_ready(base: str, why_dead: Callable[[], str | None], timeout: float = 60) -> None:
    """Poll ``base``/readyz until it answers 200; ``why_dead`` returns the process's last words once it
    has exited (then the wait fails at once instead of running out the clock)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        dead = why_dead()
        assert dead is None, dead
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{base} never became ready")
