"""Database engine and sessions: SQLite (embedded default, WAL) or PostgreSQL via psycopg 3.

Migrations own the schema (migrations/, Alembic); ``check_schema`` refuses a database behind head.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.errors import PostguardError

if TYPE_CHECKING:  # Alembic costs a quarter of a second to import: only commands that migrate pay for it
    from alembic.config import Config

ROOT = Path(__file__).resolve().parent.parent


class MissingDriver(PostguardError):
    code = "missing_driver"
    status = 503
    title = "Database driver not installed"


class SchemaBehind(PostguardError):
    code = "schema_behind"
    status = 503
    title = "Database schema is not current"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 here (SQLAlchemy's default is psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_sqlite(url: str) -> bool:
    return make_url(normalise_url(url)).get_backend_name() == "sqlite"


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: two writers never deadlock upgrading a read lock.
        # A read-only snapshot (``begin_snapshot``: audit verify) takes none: under WAL it never blocks writers.
        read_only = conn.get_execution_options().get("postguard_read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalise_url(url)
    if is_sqlite(url):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _sqlite_pragmas(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 5)
    kwargs.setdefault("connect_args", {"connect_timeout": 3})
    try:
        return create_engine(url, **kwargs)
    except ModuleNotFoundError as exc:  # the driver is missing: one clear line, not a traceback
        raise MissingDriver(f"no database driver for {make_url(url).drivername} ({exc.name} is not installed); "
                            "`pip install 'psycopg[binary]'` for PostgreSQL") from exc


def begin_snapshot(session: Session) -> None:
    """Start ``session``'s transaction as one consistent read-only snapshot: REPEATABLE READ on PostgreSQL
    (rows and chain head as of one instant, under live appends and prunes), a deferred transaction on
    SQLite (WAL gives it a snapshot and it takes no lock, so writers are never blocked)."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True})
    else:
        session.connection(execution_options={"postguard_read_only": True})


def _audit_key_from_env() -> str:
    """POSTGUARD_AUDIT_HMAC_KEY, else the file POSTGUARD_AUDIT_HMAC_KEY_FILE names (as Settings reads them;
    read directly so that opening a database never validates unrelated settings)."""
    key = os.environ.get("POSTGUARD_AUDIT_HMAC_KEY", "")
    path = os.environ.get("POSTGUARD_AUDIT_HMAC_KEY_FILE", "")
    if not key and path:
        key = Path(path).read_text(encoding="utf-8").strip()
    return key


class Database:
    """An engine plus its session factory; services take sessions from ``session()``.

    ``audit_key`` (the audit chain's HMAC key, never stored in the database) rides on every session as
    ``session.info["audit_hmac_key"]``; None reads POSTGUARD_AUDIT_HMAC_KEY(_FILE) from the environment."""

    def __init__(self, url: str, *, audit_key: str | None = None, **kwargs: Any) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url, **kwargs)
        if audit_key is None:
            audit_key = _audit_key_from_env()
        self.audit_key = audit_key
        self.sessions = sessionmaker(self.engine, expire_on_commit=False, info={"audit_hmac_key": audit_key})

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    ini = ROOT / "alembic.ini"
    cfg = Config(str(ini)) if ini.exists() else Config()
    cfg.set_main_option("script_location", str(ROOT / "migrations"))
    cfg.attributes["url"] = normalise_url(url)
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema(engine: Engine) -> None:
    """Raise SchemaBehind (naming the command to run) unless the database is at head."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise SchemaBehind(
            f"database schema is at {current or 'nothing (empty database)'}, the code needs {head}; "
            "run `postguard db upgrade` (with the same POSTGUARD_DATABASE_URL) and start again"
        )


def upgrade(url: str, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str = "base") -> None:
    from alembic import command

    command.downgrade(alembic_config(url), revision)
