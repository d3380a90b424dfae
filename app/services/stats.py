"""Evaluation figures: compliance rate (合规率) by day / channel / account, top rules, per-rule FP rate.

合规率 = share of posts submitted for publication (checks with purpose ``publish``) whose verdict is pass or
whose latest final review approved them. Drafts, CI runs and bulk scans are other purposes: they are
counted in ``by_purpose`` but move no figure (``?purpose=`` reads them instead). Days are calendar days
in the service time zone (POSTGUARD_TIMEZONE).
A rule's false-positive rate = dismissals of it by reviewers / reviewed posts it fired on.
Incidents (app.services.incidents.handling_figures): time to acknowledge / resolve and 负面舆情处理及时率.
Operations (app.services.operations): the accounts publishing most with their reads and 合规率, the posts that drew
negative mentions, and reach by verdict.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, AuditEvent, Review
from app.services.incidents import handling_figures
from app.services.operations import operations_stats
from app.services.reviews import latest_final

MAX_EVENTS = 200_000  # an unbounded range is cut to the newest this many events


def _rate(key: str, rows: list[tuple[bool, bool]]) -> dict[str, Any]:
    passed = sum(1 for p, _ in rows if p)
    approved = sum(1 for p, a in rows if a and not p)
    return {"key": key, "checked": len(rows), "passed": passed, "approved": approved,
            "compliance_rate": round((passed + approved) / len(rows), 4) if rows else 0.0}


UNREGISTERED = "(unregistered)"  # the branch of a check whose account is not in the archive (or has no branch)


def _branches(session: Session, account_ids: set[str]) -> dict[str, str]:
    """Account id -> branch from the account archive, for the accounts that have one."""
    out: dict[str, str] = {}
    ids = sorted(account_ids)
    for k in range(0, len(ids), 500):  # bounded IN lists
        query = select(Account.id, Account.branch).where(Account.id.in_(ids[k:k + 500]), Account.branch.is_not(None))
        out.update({i: b for i, b in session.execute(query).tuples() if b})
    return out


def _by_purpose(session: Session, since: datetime | None, until: datetime | None) -> dict[str, int]:
    query = select(AuditEvent.purpose, func.count()).where(AuditEvent.kind == "check")
    if since is not None:
        query = query.where(AuditEvent.created_at >= since)
    if until is not None:
        query = query.where(AuditEvent.created_at < until)
    return {p or "unknown": n for p, n in session.execute(query.group_by(AuditEvent.purpose)).tuples()}


def compute_stats(*, session: Session, since: datetime | None, until: datetime | None, top: int = 20,
                  purpose: str = "publish", zone: tzinfo = UTC, channel: str | None = None,
                  account: str | None = None, branch: str | None = None) -> dict[str, Any]:
    """Figures over the checks of ``purpose`` (default publish) in [since, until); days in ``zone``; optionally of
    one channel, account or branch only (so 合规率 over time of that channel, account or branch)."""
    query = select(AuditEvent.seq, AuditEvent.created_at, AuditEvent.channel, AuditEvent.account_id,
                   AuditEvent.verdict, AuditEvent.findings).where(AuditEvent.kind == "check")
    if channel:
        query = query.where(AuditEvent.channel == channel)
    if account:
        query = query.where(AuditEvent.account_id == account)
    if branch:
        query = query.where(AuditEvent.account_id.in_(select(Account.id).where(Account.branch == branch)))
    if purpose != "all":
        query = query.where(AuditEvent.purpose == purpose)
    if since is not None:
        query = query.where(AuditEvent.created_at >= since)
    if until is not None:
        query = query.where(AuditEvent.created_at < until)
    events = list(session.execute(query.order_by(AuditEvent.seq.desc()).limit(MAX_EVENTS)))
    latest: dict[int, Review] = {}
    if events:  # decisions from the chain, not the editable reviews table
        latest = latest_final(session=session, since_seq=min(e.seq for e in events))
    groups: dict[str, dict[str, list[tuple[bool, bool]]]] = {"day": defaultdict(list), "channel": defaultdict(list),
                                                            "account": defaultdict(list), "branch": defaultdict(list)}
    branches = _branches(session, {e.account_id for e in events if e.account_id})
    hits: Counter[tuple[str, str]] = Counter()
    reviewed: Counter[str] = Counter()
    dismissed: Counter[str] = Counter()
    for e in events:
        found = latest.get(e.seq)
        point = (e.verdict == "pass", found is not None and found.decision == "approve")
        groups["day"][e.created_at.astimezone(zone).date().isoformat()].append(point)
        groups["channel"][e.channel or "(none)"].append(point)
        groups["account"][e.account_id or "(none)"].append(point)
        groups["branch"][branches.get(e.account_id or "", UNREGISTERED)].append(point)
        rules = {(f["rule_id"], f["category"]) for f in json.loads(e.findings)}
        hits.update(rules)
        if found is not None:
            gone = set(json.loads(found.dismissed_rules))
            for rule_id, _ in rules:
                reviewed[rule_id] += 1
                dismissed[rule_id] += rule_id in gone
    top_rules = [{"rule_id": rid, "category": cat, "hits": n, "reviewed": reviewed[rid], "dismissed": dismissed[rid],
                  "false_positive_rate": round(dismissed[rid] / reviewed[rid], 4) if reviewed[rid] else None}
                 for (rid, cat), n in hits.most_common(top)]
    everything = [p for rows in groups["day"].values() for p in rows]
    by_account = [_rate(k, v) for k, v in sorted(groups["account"].items())]
    rates = {row["key"]: (row["checked"], row["compliance_rate"]) for row in by_account}
    return {
        "since": since.astimezone(zone) if since else None, "until": until.astimezone(zone) if until else None,
        "purpose": purpose, "timezone": str(zone), "checked": len(events),
        "by_verdict": dict(Counter(e.verdict or "unknown" for e in events)),
        "by_purpose": _by_purpose(session, since, until),
        "compliance_rate": _rate("all", everything)["compliance_rate"] if events else None,
        "by_day": [_rate(k, v) for k, v in sorted(groups["day"].items())],
        "by_channel": [_rate(k, v) for k, v in sorted(groups["channel"].items())],
        "by_account": by_account,
        "by_branch": [_rate(k, v) for k, v in sorted(groups["branch"].items())],
        "top_rules": top_rules,
        "incidents": handling_figures(session=session, since=since, until=until),
        "operations": operations_stats(session=session, since=since, until=until, top=top, rates=rates, zone=zone),
    }
