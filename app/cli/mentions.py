"""postguard mentions import FILE.jsonl; postguard incidents list|ack|resolve."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.db import add_url, friendly, open_db, settings_of
from app.errors import InvalidInput, NotFound

if TYPE_CHECKING:  # SQLAlchemy is imported by the commands that open the database (see app.cli.db)
    from app.db import Database
    from app.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    m = sub.add_parser("mentions", help="inbound comments and mentions")
    mcmds = m.add_subparsers(dest="mentions_command", required=True)
    imp = mcmds.add_parser("import", help="score, store and alert on a JSON-lines file of comments/mentions")
    imp.add_argument("file", type=Path, help="one MentionCreate object per line ('-' = standard input)")
    imp.add_argument("--batch-size", type=int, default=100, help="items per transaction (default 100)")
    imp.add_argument("--ruleset", type=Path, default=None, help="ruleset file or pack (default: the published one)")
    imp.add_argument("--deliver", action="store_true", help="send due webhooks now instead of leaving it to serve")
    add_url(imp)
    imp.set_defaults(func=friendly(run_import))

    i = sub.add_parser("incidents", help="negative-opinion incidents")
    icmds = i.add_subparsers(dest="incidents_command", required=True)
    ls = icmds.add_parser("list", help="incidents, newest first")
    ls.add_argument("--state", choices=["open", "acknowledged", "resolved"], default=None)
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    add_url(ls)
    ls.set_defaults(func=friendly(run_list))
    for name, verb in (("ack", "acknowledge an open incident"), ("resolve", "resolve an incident")):
        c = icmds.add_parser(name, help=verb)
        c.add_argument("incident_id")
        c.add_argument("--note", default="", help="what was done")
        add_url(c)
        c.set_defaults(func=friendly(run_ack if name == "ack" else run_resolve))


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def _lines(path: Path) -> list[str]:
    if str(path) == "-":
        return sys.stdin.read().splitlines()
    if not path.is_file():
        raise NotFound(f"no file {path}")
    return path.read_text(encoding="utf-8").splitlines()


def _batches(lines: list[str], size: int) -> Iterator[list[tuple[int, Any]]]:
    """(line number, parsed object or the JSON error) in batches; blank lines skipped."""
    batch: list[tuple[int, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            batch.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            batch.append((number, exc))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_import(args: argparse.Namespace) -> int:
    from app.cli.progress import Progress
    from app.detectors.registry import discover
    from app.engine import Engine
    from app.rulesource import load_ruleset_path
    from app.services.mentions import IngestPolicy, ingest_mentions
    from app.services.rulesets import published_version, ruleset_of

    if not 1 <= args.batch_size <= 1000:
        raise InvalidInput(f"--batch-size {args.batch_size}: use 1 to 1000")
    settings, db = settings_of(args), open_db(args)
    if args.ruleset is not None:
        ruleset = load_ruleset_path(args.ruleset)
    else:
        with db.session() as session:
            version = published_version(session=session)
            ruleset = ruleset_of(version) if version is not None else load_ruleset_path(None)
    registry = discover(list(ruleset.detectors))
    registry.load_models()
    engine = Engine(registry, max_workers=settings.detector_workers)
    key = settings.mention_hash_key.get_secret_value() or settings.audit_hmac_key.get_secret_value()
    policy = IngestPolicy(store_text=settings.store_text, hash_key=key, max_chars=settings.max_text_chars,
                          batch_limit=1000, webhook_url=settings.alert_webhook_url,
                          target_minutes=settings.incident_target_minutes)
    lines = _lines(args.file)
    progress = Progress(sum(1 for line in lines if line.strip()), enabled=sys.stderr.isatty())
    totals: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    opened: dict[str, str] = {}
    bad_lines: list[int] = []
    try:
        for batch in _batches(lines, args.batch_size):
            good = []
            for n, obj in batch:
                if isinstance(obj, json.JSONDecodeError):
                    codes["malformed_json"] += 1
                    bad_lines.append(n)
                else:
                    good.append((n, obj))
            with db.session() as session:
                report = ingest_mentions(session=session, engine=engine, ruleset=ruleset,
                                         items=[obj for _, obj in good], policy=policy)
            for (n, _), result in zip(good, report.items, strict=True):
                totals[result.status] += 1
                totals["negative"] += bool(result.negative)
                if result.error is not None:
                    codes[result.error.code] += 1
                    bad_lines.append(n)
            opened.update({i.id: f"{i.rule_id} {i.group_by}={i.group_key}" for i in report.incidents if i.opened})
            for _ in batch:
                progress.step()
    finally:
        progress.close()
        engine.close()
    rejected = totals["rejected"] + codes["malformed_json"]
    print(f"accepted {totals['accepted']}, duplicates {totals['duplicate']}, rejected {rejected}, "
          f"negative {totals['negative']}, incidents opened {len(opened)}", file=sys.stderr)
    if codes:
        print("  rejected by code: " + ", ".join(f"{c} {n}" for c, n in codes.most_common())
              + f" (lines {', '.join(map(str, sorted(bad_lines)[:20]))}{' …' if len(bad_lines) > 20 else ''})",
              file=sys.stderr)
    for incident_id, what in opened.items():
        print(f"  incident {incident_id}: {what}", file=sys.stderr)
    if args.deliver and opened:
        _deliver(settings, db)
    return 1 if rejected else 0


def _deliver(settings: Settings, db: Database) -> None:
    from app.services.webhooks import WebhookSender

    if not settings.alert_webhook_url:
        print("  no webhook URL configured (POSTGUARD_ALERT_WEBHOOK_URL)", file=sys.stderr)
        return
    sender = WebhookSender(db, secret=settings.alert_webhook_secret.get_secret_value(),
                           timeout_seconds=settings.alert_webhook_timeout_seconds,
                           max_attempts=settings.alert_webhook_max_attempts,
                           backoff_seconds=settings.alert_webhook_backoff_seconds,
                           backoff_max_seconds=settings.alert_webhook_backoff_max_seconds, start=False)
    try:
        sent = sender.deliver_due()  # one attempt each; failures are retried later by `postguard serve`
    finally:
        sender.close()
    print(f"  webhook deliveries attempted: {sent}", file=sys.stderr)


def run_list(args: argparse.Namespace) -> int:
    from app.schemas.incidents import IncidentRead
    from app.services.incidents import list_incidents

    db = open_db(args)
    with db.session() as session:
        rows = list_incidents(session=session, state=args.state, limit=args.limit)
        for r in rows:
            if args.json:
                print(IncidentRead.model_validate(r).model_dump_json())
                continue
            print(f"{r.id}\t{r.state}\t{r.severity}\t{r.rule_id}\t{r.group_by}={r.group_key}\t"
                  f"{r.mention_count}\t{r.opened_at:%Y-%m-%d %H:%M}\t{r.summary}")
    if not rows and not args.json:
        print("no incidents", file=sys.stderr)
    return 0


def _change(args: argparse.Namespace, action: str) -> int:
    from app.services import incidents

    db = open_db(args)
    fn = incidents.acknowledge if action == "ack" else incidents.resolve
    with db.session() as session, session.begin():
        incident = fn(session=session, incident_id=args.incident_id, actor=_actor(), note=args.note)
        state = incident.state
    print(f"incident {args.incident_id} is {state}", file=sys.stderr)
    return 0


def run_ack(args: argparse.Namespace) -> int:
    return _change(args, "ack")


def run_resolve(args: argparse.Namespace) -> int:
    return _change(args, "resolve")
