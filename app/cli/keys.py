"""postguard keys create|list|revoke|bootstrap."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.cli.db import add_url, friendly, open_db


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("keys", help="API keys")
    cmds = p.add_subparsers(dest="keys_command", required=True)
    c = cmds.add_parser("create", help="create a key and print it once")
    c.add_argument("--owner", required=True)
    c.add_argument("--scopes", required=True, help="comma-separated: check,read,review,admin")
    c.add_argument("--rate", type=int, default=None, help="requests per minute (default: the service's)")
    add_url(c)
    c.set_defaults(func=friendly(run_create))
    ls = cmds.add_parser("list", help="list keys (never their secrets)")
    ls.add_argument("--all", action="store_true", help="include revoked keys")
    add_url(ls)
    ls.set_defaults(func=friendly(run_list))
    r = cmds.add_parser("revoke", help="revoke a key by id")
    r.add_argument("key_id")
    add_url(r)
    r.set_defaults(func=friendly(run_revoke))
    b = cmds.add_parser("bootstrap", help="create an admin key if none exists, and print it once")
    add_url(b)
    b.set_defaults(func=friendly(run_bootstrap))


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def run_create(args: argparse.Namespace) -> int:
    from app.services.keys import create_key

    db = open_db(args)
    with db.session() as session, session.begin():
        key, token = create_key(session=session, owner=args.owner, scopes=args.scopes.split(","), actor=_actor(),
                                rate_per_minute=args.rate)
        print(f"created key {key.id} for {key.owner} with scopes {key.scopes} (shown once):", file=sys.stderr)
    print(token)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services.keys import list_keys

    db = open_db(args)
    with db.session() as session:
        for k in list_keys(session=session, include_revoked=args.all):
            state = f"revoked {k.revoked_at:%Y-%m-%d}" if k.revoked_at else "active"
            print(f"{k.id}\t{k.prefix}…\t{k.owner}\t{k.scopes}\t{k.rate_per_minute or '-'}\t"
                  f"{k.created_at:%Y-%m-%d %H:%M}\t{state}")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from app.services.keys import revoke_key

    db = open_db(args)
    with db.session() as session, session.begin():
        digest = revoke_key(session=session, key_id=args.key_id, actor=_actor()).key_hash
    _tombstone(digest)
    print(f"revoked {args.key_id}", file=sys.stderr)
    return 0


def _tombstone(digest: str) -> None:
    """Refuse the key at once on this host's workers, also while the database is unreachable for them."""
    from app.services.keycache import SharedKeyCache
    from app.settings import get_settings

    settings = get_settings()
    try:
        SharedKeyCache(settings.key_cache_path, grace_seconds=settings.auth_outage_grace_seconds).revoke(digest)
    except OSError as exc:
        print(f"note: could not mark the key revoked in {settings.key_cache_path} ({exc.strerror}); "
              "workers refuse it at their next database look-up", file=sys.stderr)


def run_bootstrap(args: argparse.Namespace) -> int:
    from app.services.keys import bootstrap_admin

    db = open_db(args)
    with db.session() as session, session.begin():
        token = bootstrap_admin(session=session)
    if token is None:
        print("an admin key already exists; create more with `postguard keys create`", file=sys.stderr)
        return 1
    print("admin API key (shown once; store it now):", file=sys.stderr)
    print(token)
    return 0
