"""postguard db upgrade|downgrade|current: the schema (Alembic), plus first-run bootstrap."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.errors import PostguardError

# SQLAlchemy and the settings are imported by the commands that use them: every command module is imported to
# build the parser, and `postguard scan` or `check` should not pay for them (about 0.3 s of start-up).
if TYPE_CHECKING:
    from app.db import Database
    from app.settings import Settings


def add_url(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database-url", default=None,
                   help="default: POSTGUARD_DATABASE_URL or sqlite:///~/.local/share/postguard/postguard.db")


def settings_of(args: argparse.Namespace) -> Settings:
    from app.settings import Settings

    settings = Settings()
    if getattr(args, "database_url", None):
        settings = settings.model_copy(update={"database_url": args.database_url})
    return settings


_OPENED: list[Database] = []  # disposed when the command ends


def friendly(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Domain errors become one line on stderr and exit status 3 (as for `check` and `scan`), not a traceback."""

    @functools.wraps(fn)
    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except PostguardError as exc:
            print(f"postguard: {exc.detail}", file=sys.stderr)
            for problem in exc.extra.get("errors") or []:  # type: ignore[attr-defined]
                print(f"  - {problem}", file=sys.stderr)
            return 3
        finally:
            while _OPENED:
                _OPENED.pop().dispose()

    return run


def open_db(args: argparse.Namespace) -> Database:
    """The database, after checking its schema is current (exits 3 with the command to run if not)."""
    from app.db import Database, check_schema
    from app.settings import audit_key_of

    settings = settings_of(args)
    db = Database(settings.database_url, audit_key=audit_key_of(settings))
    _OPENED.append(db)
    try:
        check_schema(db.engine)
    except PostguardError as exc:
        print(f"postguard: {exc.detail}", file=sys.stderr)
        raise SystemExit(3) from exc
    return db


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="database schema: upgrade, downgrade, current")
    cmds = p.add_subparsers(dest="db_command", required=True)
    up = cmds.add_parser("upgrade", help="migrate to head; on an empty database also import the default rules and "
                         "print a first admin key (never again: after that, `postguard keys bootstrap`)")
    up.add_argument("--revision", default="head")
    up.add_argument("--no-bootstrap", action="store_true", help="skip the default ruleset / admin key")
    add_url(up)
    up.set_defaults(func=friendly(run_upgrade))
    down = cmds.add_parser("downgrade", help="migrate down (default: base, which drops every table)")
    down.add_argument("--revision", default="base")
    add_url(down)
    down.set_defaults(func=friendly(run_downgrade))
    cur = cmds.add_parser("current", help="show the schema revision and head")
    add_url(cur)
    cur.set_defaults(func=friendly(run_current))


def run_upgrade(args: argparse.Namespace) -> int:
    from app.db import Database, head_revision, upgrade
    from app.services.keys import bootstrap_admin
    from app.services.rulesets import ensure_published
    from app.settings import audit_key_of

    settings = settings_of(args)
    url = settings.database_url
    upgrade(url, args.revision)
    if args.revision != "head" or args.no_bootstrap:
        return 0
    db = Database(url, audit_key=audit_key_of(settings))
    try:
        with db.session() as session, session.begin():
            imported = ensure_published(session=session)
            token = bootstrap_admin(session=session, only_if_empty=True)
    finally:
        db.dispose()
    print(f"schema at {head_revision()}", file=sys.stderr)
    if imported is not None:
        print(f"imported the packaged rule pack as published version {imported.number}", file=sys.stderr)
    if token is not None:
        # Printed once, to the terminal only: it is stored hashed and cannot be shown again.
        print("admin API key (shown once; store it now):", file=sys.stderr)
        print(token)
    return 0


def run_downgrade(args: argparse.Namespace) -> int:
    from app.db import downgrade

    downgrade(settings_of(args).database_url, args.revision)
    return 0


def run_current(args: argparse.Namespace) -> int:
    from app.db import Database, current_revision, head_revision

    db = Database(settings_of(args).database_url)
    try:
        current = current_revision(db.engine)
    finally:
        db.dispose()
    head = head_revision()
    print(f"current: {current or '(empty)'}  head: {head}  {'up to date' if current == head else 'BEHIND'}")
    return 0 if current == head else 1
