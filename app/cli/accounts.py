"""postguard accounts create|list|show|update|delete|import|report: the account archive from the command line."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.cli.db import add_url, friendly, open_db, settings_of
from app.errors import InvalidInput, NotFound

_FIELDS = (("--display-name", "display_name"), ("--owner-id", "owner_employee_id"), ("--owner-name", "owner_name"),
           ("--branch", "branch"), ("--contact", "contact"), ("--registration", "registration_status"),
           ("--registered-on", "registered_on"), ("--opened-on", "opened_on"), ("--closed-on", "closed_on"),
           ("--status", "status"), ("--notes", "notes"))


def _cmd(cmds: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str,
         func: Any) -> argparse.ArgumentParser:
    p = cmds.add_parser(name, help=help)
    add_url(p)
    p.set_defaults(func=friendly(func))
    return p


def _field_options(p: argparse.ArgumentParser) -> None:
    for flag, name in _FIELDS:
        p.add_argument(flag, dest=name, default=None, help=f"{name} ('' clears it on update)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("accounts", help="the account archive (账号管理档案): records, imports, reports")
    cmds = p.add_subparsers(dest="accounts_command", required=True)
    c = _cmd(cmds, "create", "register an account", run_create)
    c.add_argument("--platform", required=True, help="wechat_mp, moments, weibo, douyin, toutiao, xiaohongshu ...")
    c.add_argument("--handle", required=True, help="the platform's account name or number")
    c.add_argument("--id", default=None, help="the id posts send as account.id (default <platform>:<handle>)")
    _field_options(c)
    ls = _cmd(cmds, "list", "archived accounts", run_list)
    for flag in ("--platform", "--status", "--registration", "--branch", "--owner", "--contact"):
        ls.add_argument(flag, default=None)
    ls.add_argument("--limit", type=int, default=1000)
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    sh = _cmd(cmds, "show", "one account as JSON", run_show)
    sh.add_argument("account_id")
    u = _cmd(cmds, "update", "change an account's fields", run_update)
    u.add_argument("account_id")
    u.add_argument("--platform", default=None)
    u.add_argument("--handle", default=None)
    _field_options(u)
    d = _cmd(cmds, "delete", "remove a record entered by mistake (close an account instead: --status closed)",
             run_delete)
    d.add_argument("account_id")
    i = _cmd(cmds, "import", "create or update accounts from a CSV or XLSX list (errors reported by row)", run_import)
    i.add_argument("file", type=Path, help="FILE.csv (UTF-8 or GB18030) or FILE.xlsx (first sheet)")
    i.add_argument("--dry-run", action="store_true", help="check every row, store nothing")
    r = _cmd(cmds, "report", "incomplete | owners | unregistered | falling", run_report)
    r.add_argument("which", choices=("incomplete", "owners", "unregistered", "falling"))
    r.add_argument("--more-than", type=int, default=None, help="owners: default POSTGUARD_ACCOUNT_OWNER_LIMIT")
    r.add_argument("--since", type=date.fromisoformat, default=None, help="unregistered: from this day")
    r.add_argument("--until", type=date.fromisoformat, default=None,
                   help="unregistered, falling: up to the end of this day (default: now)")
    r.add_argument("--weeks", type=int, default=4, help="falling: weeks in the series (at least 2)")
    r.add_argument("--min-checks", type=int, default=3, help="falling: publish checks needed in each of both weeks")
    r.add_argument("--min-drop", type=float, default=0.1, help="falling: the smallest drop reported (0-1)")
    r.add_argument("--include-closed", action="store_true", help="incomplete: closed accounts too")


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def _policy(args: argparse.Namespace) -> Any:
    from app.api.routes.accounts import archive_policy

    return archive_policy(settings_of(args))


def _values(args: argparse.Namespace, names: list[str]) -> dict[str, Any]:
    return {name: (getattr(args, name) or None) for name in names if getattr(args, name, None) is not None}


def _invalid(exc: ValidationError) -> InvalidInput:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return InvalidInput(f"{where}: {first['msg']}")


def _print(account: Any, policy: Any) -> None:
    from app.services.accounts import read

    print(json.dumps(read(account, policy).model_dump(mode="json"), ensure_ascii=False, indent=2))


def run_create(args: argparse.Namespace) -> int:
    from app.schemas.accounts import AccountCreate
    from app.services.accounts import create_account

    try:
        data = AccountCreate.model_validate({"platform": args.platform, "handle": args.handle, "id": args.id,
                                             **_values(args, [n for _, n in _FIELDS])})
    except ValidationError as exc:
        raise _invalid(exc) from exc
    policy = _policy(args)
    with open_db(args).session() as session, session.begin():
        account = create_account(session=session, data=data, actor=_actor(), policy=policy)
        _print(account, policy)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services.accounts import list_accounts, read

    policy = _policy(args)
    with open_db(args).session() as session:
        rows, _ = list_accounts(session=session, policy=policy, platform=args.platform, status=args.status,
                                registration=args.registration, branch=args.branch, owner=args.owner,
                                contact=args.contact, limit=args.limit)
        for account in rows:
            shown = read(account, policy)
            if args.json:
                print(json.dumps(shown.model_dump(mode="json"), ensure_ascii=False))
            else:
                missing = ",".join(shown.missing) or "-"
                print(f"{shown.id}\t{shown.platform}\t{shown.handle}\t{shown.owner_name or '-'}\t{shown.branch or '-'}"
                      f"\t{shown.registration_status}\t{shown.status}\tmissing:{missing}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from app.services.accounts import get_account

    policy = _policy(args)
    with open_db(args).session() as session:
        _print(get_account(session=session, account_id=args.account_id), policy)
    return 0


def run_update(args: argparse.Namespace) -> int:
    from app.schemas.accounts import AccountUpdate
    from app.services.accounts import update_account

    values = _values(args, ["platform", "handle", *[n for _, n in _FIELDS]])
    if not values:
        raise InvalidInput("nothing to change: name a field (--owner-name, --status ...)")
    try:
        data = AccountUpdate.model_validate(values)
    except ValidationError as exc:
        raise _invalid(exc) from exc
    policy = _policy(args)
    with open_db(args).session() as session, session.begin():
        account = update_account(session=session, account_id=args.account_id, data=data, actor=_actor(),
                                 policy=policy)
        _print(account, policy)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from app.services.accounts import delete_account

    with open_db(args).session() as session, session.begin():
        delete_account(session=session, account_id=args.account_id, actor=_actor())
    print(f"account {args.account_id} deleted")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.services.account_import import import_accounts, read_table

    if not args.file.is_file():
        raise NotFound(f"no file {args.file}")
    fmt = "xlsx" if args.file.suffix.lower() in (".xlsx", ".xlsm") else "csv"
    table = read_table(fmt, args.file.read_bytes())
    policy = _policy(args)
    with open_db(args).session() as session, session.begin():
        report = import_accounts(session=session, table=table, actor=_actor(), policy=policy, dry_run=args.dry_run)
    for error in report.errors:
        print(f"row {error.row}: {error.code}: {error.detail}", file=sys.stderr)
    if report.ignored_columns:
        print(f"ignored columns: {', '.join(report.ignored_columns)}", file=sys.stderr)
    verb = "would be " if report.dry_run else ""
    print(f"{report.rows} rows: {report.created} {verb}created, {report.updated} {verb}updated, "
          f"{report.rejected} rejected")
    return 1 if report.rejected else 0


def run_report(args: argparse.Namespace) -> int:
    from app.services import account_reports as reports

    settings = settings_of(args)
    zone = settings.tzinfo

    def moment(day: date | None, *, end: bool) -> datetime | None:
        if day is None:
            return None
        return datetime.combine(day + timedelta(days=1) if end else day, time(), zone).astimezone(UTC)

    rows: list[Any]
    with open_db(args).session() as session:
        if args.which == "incomplete":
            rows = reports.incomplete(session=session, required=settings.account_required,
                                      include_closed=args.include_closed)
        elif args.which == "owners":
            limit = settings.account_owner_limit if args.more_than is None else args.more_than
            rows = reports.owners_over(session=session, more_than=limit)
        elif args.which == "unregistered":
            rows = reports.unregistered(session=session, since=moment(args.since, end=False),
                                        until=moment(args.until, end=True))
        else:
            if args.weeks < 2:
                raise InvalidInput("--weeks: at least 2 (the latest week is compared with the one before)")
            rows = reports.falling(session=session, weeks=args.weeks, until=moment(args.until, end=True)
                                   or datetime.now(UTC), zone=zone, min_checks=args.min_checks,
                                   min_drop=args.min_drop)
    for row in rows:
        print(json.dumps(row.model_dump(mode="json"), ensure_ascii=False))
    print(f"{len(rows)} row(s)", file=sys.stderr)
    return 0
