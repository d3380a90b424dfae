"""postguard audit verify|checkpoint|prune: prove the record was not altered; anchor its head; retention."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta

from app.cli.db import add_url, friendly, open_db, settings_of


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="audit log: verify the hash chain, anchor its head, prune expired events")
    cmds = p.add_subparsers(dest="audit_command", required=True)
    v = cmds.add_parser("verify", help="walk the hash chain; exit 1 at the first altered/inserted/deleted event")
    v.add_argument("--json", action="store_true")
    v.add_argument("--strict", action="store_true", help="also exit 1 when the chain is unanchored (no key, no file)")
    _unmacked(v)
    add_url(v)
    v.set_defaults(func=friendly(run_verify))
    c = cmds.add_parser("checkpoint", help="append the chain head to POSTGUARD_AUDIT_CHECKPOINT_FILE (for cron)")
    add_url(c)
    c.set_defaults(func=friendly(run_checkpoint))
    pr = cmds.add_parser("prune", help="remove events older than the retention period, leaving a signed checkpoint")
    pr.add_argument("--days", type=int, default=None, help="default: POSTGUARD_AUDIT_RETENTION_DAYS")
    pr.add_argument("--before", default=None, help="ISO date/time (UTC) instead of --days")
    _unmacked(pr)
    add_url(pr)
    pr.set_defaults(func=friendly(run_prune))


def _unmacked(p: argparse.ArgumentParser) -> None:
    p.add_argument("--unmacked-until", type=int, default=0, metavar="SEQ",
                   help="accept events up to SEQ without a MAC (written before the audit key was set)")


def run_verify(args: argparse.Namespace) -> int:
    from app.services.audit import verify_chain
    from app.settings import audit_key_of

    settings = settings_of(args)
    db = open_db(args)
    with db.session() as session:
        report = verify_chain(session, hmac_key=audit_key_of(settings),
                              checkpoint_file=settings.audit_checkpoint_file, unmacked_until=args.unmacked_until)
    if args.json:
        print(json.dumps(report.as_dict()))
    elif report.ok:
        print(f"ok: {report.checked} events verified from seq {report.start_seq} ({_anchor_note(report)})")
    else:
        print(f"FAILED: {report.problem} at seq {report.seq}: {report.detail}")
    if report.ok and report.anchor == "unanchored" and not args.json:
        print("postguard: warning: unanchored: without POSTGUARD_AUDIT_HMAC_KEY or POSTGUARD_AUDIT_CHECKPOINT_FILE "
              "anyone who can write the database can rewrite the whole chain undetected", file=sys.stderr)
    return 0 if report.ok and not (args.strict and report.anchor == "unanchored") else 1


def _anchor_note(report: object) -> str:
    from app.services.audit import ChainReport

    assert isinstance(report, ChainReport)
    parts = [report.anchor]
    if report.anchored:
        parts.append("every event's HMAC checked")
    if report.head_checkpoints:
        parts.append(f"{report.head_checkpoints} head checkpoints matched")
    if report.unmacked:
        parts.append(f"{report.unmacked} events before the key accepted without a MAC")
    return "; ".join(parts)


def run_checkpoint(args: argparse.Namespace) -> int:
    from app.services.audit import write_head_checkpoint

    settings = settings_of(args)
    if settings.audit_checkpoint_file is None:
        print("postguard: set POSTGUARD_AUDIT_CHECKPOINT_FILE (an append-only place the database cannot rewrite)",
              file=sys.stderr)
        return 3
    db = open_db(args)
    with db.session() as session:
        line = write_head_checkpoint(session, settings.audit_checkpoint_file)
    signed = "signed" if "mac" in line else "UNSIGNED (no POSTGUARD_AUDIT_HMAC_KEY)"
    print(f"checkpoint: seq {line['seq']} {line['hash'][:12]}… {signed} -> {settings.audit_checkpoint_file}")
    return 0


def run_prune(args: argparse.Namespace) -> int:
    from app.services.audit import prune
    from app.settings import audit_key_of

    settings = settings_of(args)
    if args.before:
        before = datetime.fromisoformat(args.before)
        before = before if before.tzinfo else before.replace(tzinfo=UTC)
    else:
        days = args.days or settings.audit_retention_days
        if not days:
            print("postguard: give --days/--before or set POSTGUARD_AUDIT_RETENTION_DAYS", file=sys.stderr)
            return 3
        before = datetime.now(UTC) - timedelta(days=days)
    db = open_db(args)
    cp = prune(db, before=before, hmac_key=audit_key_of(settings), checkpoint_file=settings.audit_checkpoint_file,
               unmacked_until=args.unmacked_until)
    if cp is None:
        print("nothing to prune")
    else:
        print(f"removed {cp.removed} events up to seq {cp.upto_seq}; checkpoint {cp.id} signed")
    return 0
