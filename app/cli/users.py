"""postguard users create|list|disable: the people who sign in to the console."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from app.cli.db import add_url, friendly, open_db
from app.roles import ROLES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("users", help="console users (people who sign in)")
    cmds = p.add_subparsers(dest="users_command", required=True)
    c = cmds.add_parser("create", help="create a person; the password is asked for, or read from "
                                       "POSTGUARD_NEW_PASSWORD (scripts)")
    c.add_argument("username")
    c.add_argument("--name", default="", help="display name (default: the username)")
    c.add_argument("--role", choices=ROLES, default="admin", help="default admin (the first person)")
    add_url(c)
    c.set_defaults(func=friendly(run_create))
    ls = cmds.add_parser("list", help="list people")
    add_url(ls)
    ls.set_defaults(func=friendly(run_list))
    d = cmds.add_parser("disable", help="disable a person by username (ends their sessions)")
    d.add_argument("username")
    add_url(d)
    d.set_defaults(func=friendly(run_disable))


def _password() -> str:
    given = os.environ.get("POSTGUARD_NEW_PASSWORD")
    if given:
        return given
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        print("postguard: the passwords differ", file=sys.stderr)
        raise SystemExit(2)
    return first


def run_create(args: argparse.Namespace) -> int:
    from app.services.users import create_user

    db = open_db(args)
    password = _password()
    with db.session() as session, session.begin():
        user = create_user(session=session, username=args.username, display_name=args.name, role=args.role,
                           password=password, actor=f"cli:{getpass.getuser()}")
        print(f"created {user.role} {user.username}", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services.users import list_users

    db = open_db(args)
    with db.session() as session:
        for u in list_users(session=session):
            state = f"disabled {u.disabled_at:%Y-%m-%d}" if u.disabled_at else "active"
            print(f"{u.username}\t{u.display_name}\t{u.role}\t{u.created_at:%Y-%m-%d %H:%M}\t{state}")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.models.users import User
    from app.services.users import disable_user

    db = open_db(args)
    with db.session() as session, session.begin():
        user = session.scalars(select(User).where(User.username == args.username)).first()
        if user is None:
            print(f"postguard: no user {args.username!r}", file=sys.stderr)
            return 3
        disable_user(session=session, user_id=user.id, actor=f"cli:{getpass.getuser()}")
    print(f"disabled {args.username}", file=sys.stderr)
    return 0
