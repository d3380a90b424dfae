"""Reports on the account archive: incomplete registrations, owners running many accounts, accounts seen in checks
or mentions but never registered, and accounts whose 合规率 is falling week over week.

合规率 is the one /v1/stats defines (app/services/stats.py): among checks submitted for publication (purpose
publish), the share that passed or whose latest final review approved them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Account, AuditEvent, Mention
from app.schemas.accounts import FallingRow, IncompleteRow, OwnerRow, UnregisteredRow, WeekRate
from app.services.accounts import completeness
from app.services.reviews import latest_final


def incomplete(*, session: Session, required: tuple[str, ...], include_closed: bool = False) -> list[IncompleteRow]:
    """Accounts not registered, with a required field empty, or inconsistent (closed accounts left out unless
    asked: their registration no longer matters)."""
    query = select(Account).order_by(Account.id)
    if not include_closed:
        query = query.where(Account.status != "closed")
    out = []
    for account in session.scalars(query):
        missing, problems = completeness(account, required)
        if missing or problems or account.registration_status != "registered":
            out.append(IncompleteRow(id=account.id, platform=account.platform, handle=account.handle,
                                     owner_name=account.owner_name, branch=account.branch,
                                     registration_status=account.registration_status, missing=missing,
                                     problems=problems))
    return out


def owners_over(*, session: Session, more_than: int) -> list[OwnerRow]:
    """People running more than ``more_than`` accounts that are not closed, most accounts first. A person is their
    employee number, else their name (records with neither are left out)."""
    groups: dict[str, list[Account]] = defaultdict(list)
    for account in session.scalars(select(Account).where(Account.status != "closed").order_by(Account.id)):
        owner = account.owner_employee_id or account.owner_name
        if owner:
            groups[owner].append(account)
    rows = [OwnerRow(owner=owner, owner_name=next((a.owner_name for a in accounts if a.owner_name), None),
                     accounts=len(accounts), account_ids=[a.id for a in accounts],
                     platforms=sorted({a.platform for a in accounts}))
            for owner, accounts in groups.items() if len(accounts) > more_than]
    return sorted(rows, key=lambda r: (-r.accounts, r.owner))


def unregistered(*, session: Session, since: datetime | None, until: datetime | None,
                 limit: int = 500) -> list[UnregisteredRow]:
    """Account ids that checks or mentions carried in [since, until) and the archive does not hold."""
    archived = select(Account.id)
    found: dict[str, dict[str, Any]] = {}

    def gather(model: Any, time_column: Any, where: list[Any], what: str) -> None:
        query = (select(model.account_id, func.count(), func.min(time_column), func.max(time_column))
                 .where(model.account_id.is_not(None), model.account_id.not_in(archived), *where))
        if since is not None:
            query = query.where(time_column >= since)
        if until is not None:
            query = query.where(time_column < until)
        for account_id, count, first, last in session.execute(query.group_by(model.account_id)).tuples():
            row = found.setdefault(account_id, {"account_id": account_id, "checks": 0, "mentions": 0,
                                                "first_seen": first, "last_seen": last})
            row[what] += count
            row["first_seen"] = min(_utc(row["first_seen"]), _utc(first))
            row["last_seen"] = max(_utc(row["last_seen"]), _utc(last))

    gather(AuditEvent, AuditEvent.created_at, [AuditEvent.kind == "check"], "checks")
    gather(Mention, Mention.created_at, [], "mentions")
    rows = sorted(found.values(), key=lambda r: (-(r["checks"] + r["mentions"]), r["account_id"]))
    return [UnregisteredRow(**r) for r in rows[:limit]]


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def weekly_rates(*, session: Session, weeks: int, until: datetime, zone: tzinfo) -> tuple[
        list[date], dict[str, list[tuple[int, int]]]]:
    """(week starts, account id -> [(checked, compliant)] per week) over the ``weeks`` 7-day windows ending at
    ``until`` (the last window is [until - 7 days, until)); publish checks only."""
    start = until - timedelta(days=7 * weeks)
    events = list(session.execute(
        select(AuditEvent.seq, AuditEvent.created_at, AuditEvent.account_id, AuditEvent.verdict)
        .where(AuditEvent.kind == "check", AuditEvent.purpose == "publish", AuditEvent.account_id.is_not(None),
               AuditEvent.created_at >= start, AuditEvent.created_at < until)).tuples())
    decided = latest_final(session=session, since_seq=min(e[0] for e in events)) if events else {}
    series: dict[str, list[tuple[int, int]]] = defaultdict(lambda: [(0, 0)] * weeks)
    for seq, created, account_id, verdict in events:
        if account_id is None:
            continue
        week = min(weeks - 1, int((_utc(created) - start).total_seconds() // (7 * 86400)))
        review = decided.get(seq)
        ok = verdict == "pass" or (review is not None and review.decision == "approve")
        checked, compliant = series[account_id][week]
        series[account_id][week] = (checked + 1, compliant + ok)
    starts = [(start + timedelta(days=7 * w)).astimezone(zone).date() for w in range(weeks)]
    return starts, dict(series)


def falling(*, session: Session, weeks: int, until: datetime, zone: tzinfo, min_checks: int,
            min_drop: float) -> list[FallingRow]:
    """Accounts whose 合规率 in the latest week is at least ``min_drop`` below the week before, both weeks with at
    least ``min_checks`` publish checks; the biggest drop first."""
    starts, series = weekly_rates(session=session, weeks=max(2, weeks), until=until, zone=zone)
    archive = {a.id: a for a in session.scalars(select(Account).where(Account.id.in_(list(series))))}
    out = []
    for account_id, points in series.items():
        (prev_n, prev_ok), (last_n, last_ok) = points[-2], points[-1]
        if prev_n < min_checks or last_n < min_checks:
            continue
        previous, latest = prev_ok / prev_n, last_ok / last_n
        if previous - latest < min_drop - 1e-9:
            continue
        account = archive.get(account_id)
        out.append(FallingRow(
            account_id=account_id, registered=account is not None,
            owner_name=account.owner_name if account else None, branch=account.branch if account else None,
            previous_rate=round(previous, 4), latest_rate=round(latest, 4), drop=round(previous - latest, 4),
            weeks=[WeekRate(week_start=s, checked=n, compliance_rate=round(ok / n, 4) if n else None)
                   for s, (n, ok) in zip(starts, points, strict=True)]))
    return sorted(out, key=lambda r: (-r.drop, r.account_id))
