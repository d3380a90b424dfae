"""postguard audit verify|prune: prove the record was not altered; retention with signed checkpoints."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta

from app.cli.db import add_url, friendly, open_db, settings_of


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="audit log: verify the hash chain, prune expired events")
    cmds = p.add_subparsers(dest="audit_command", required=True)
    v = cmds.add_parser("verify", help="walk the hash chain; exit 1 at the first altered/inserted/deleted event")
    v.add_argument("--json", action="store_true")
    add_url(v)
    v.set_defaults(func=friendly(run_verify))
    pr = cmds.add_parser("prune", help="remove events older than the retention period, leaving a signed checkpoint")
    pr.add_argument("--days", type=int, default=None, help="default: POSTGUARD_AUDIT_RETENTION_DAYS")
    pr.add_argument("--before", default=None, help="ISO date/time (UTC) instead of --days")
    add_url(pr)
    pr.set_defaults(func=friendly(run_prune))


def run_verify(args: argparse.Namespace) -> int:
    from app.services.audit import verify_chain

    settings = settings_of(args)
    db = open_db(args)
    with db.session() as session:
        report = verify_chain(session, hmac_key=settings.audit_hmac_key.get_secret_value())
    if args.json:
        print(json.dumps(report.__dict__))
    elif report.ok:
        print(f"ok: {report.checked} events verified from seq {report.start_seq}")
    else:
        print(f"FAILED: {report.problem} at seq {report.seq}: {report.detail}")
    return 0 if report.ok else 1


def run_prune(args: argparse.Namespace) -> int:
    from app.services.audit import prune

    settings = settings_of(args)
    if args.before:
        before = datetime.fromisoformat(args.before)
        before = before if before.tzinfo else before.replace(tzinfo=UTC)
    else:
        days = args.days or settings.audit_retention_days
        if not days:
            print("postguard: give --days/--before or set POSTGUARD_AUDIT_RETENTION_DAYS", file=sys.stderr)
            return 2
        before = datetime.now(UTC) - timedelta(days=days)
    db = open_db(args)
    with db.session() as session, session.begin():
        cp = prune(session, before=before, hmac_key=settings.audit_hmac_key.get_secret_value())
    if cp is None:
        print("nothing to prune")
    else:
        print(f"removed {cp.removed} events up to seq {cp.upto_seq}; checkpoint {cp.id} signed")
    return 0
