"""Operations data (运营数据): reads and interactions per post, posting frequency per account; stored from the API or
a CSV export, and shown beside compliance in /v1/stats.

A post's figures are keyed by (account_id, post_ref); a later measurement replaces them and an older one is left
out (a delayed export cannot roll figures back). A posting period is keyed by (account_id, first day, last day).
Accounts need not be archived: figures of unregistered accounts count too (and the archive's reports name them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Account, AccountActivity, AuditEvent, Mention, PostMetrics
from app.models.base import utcnow
from app.schemas.operations import (
    AccountOperations,
    ActivityIn,
    ComplainedPost,
    OperationsStats,
    PostMetricsIn,
    ReachRow,
    UpsertReport,
)

_FIGURES = ("reads", "likes", "comments", "shares")


def _period_end(item: ActivityIn) -> date:
    try:
        return item.period_start + timedelta(days=item.days - 1)
    except OverflowError:  # a period reaching past 9999-12-31 ends there
        return date.max


def _upsert(session: Session, model: Any, key: dict[str, Any], values: dict[str, Any], measured: datetime) -> str:
    """created, updated or stale; a concurrent insert of the same key is retried as an update."""
    for _ in range(2):
        row = session.scalars(select(model).where(*(getattr(model, k) == v for k, v in key.items()))).first()
        if row is not None:
            if row.measured_at > measured:
                return "stale"
            for name, value in {**values, "measured_at": measured}.items():
                setattr(row, name, value)
            return "updated"
        try:
            with session.begin_nested():
                session.add(model(**key, **values, measured_at=measured))
            return "created"
        except IntegrityError:
            continue
    raise RuntimeError("the same row was inserted concurrently twice")  # pragma: no cover


def store_posts(*, session: Session, items: Sequence[PostMetricsIn], source: str = "api") -> UpsertReport:
    """Store posts' figures (the caller commits)."""
    counts = {"created": 0, "updated": 0, "stale": 0}
    now = utcnow()
    for item in items:
        values = {name: getattr(item, name) for name in _FIGURES}
        values.update(source=source[:100])
        if item.published_at is not None:
            values["published_at"] = item.published_at
        if item.audit_id is not None:
            values["audit_id"] = item.audit_id
        outcome = _upsert(session, PostMetrics, {"account_id": item.account_id, "post_ref": item.post_ref}, values,
                          item.measured_at or now)
        counts[outcome] += 1
    session.flush()
    return UpsertReport(**counts)


def store_activity(*, session: Session, items: Sequence[ActivityIn], source: str = "api") -> UpsertReport:
    """Store accounts' posting periods (the caller commits)."""
    counts = {"created": 0, "updated": 0, "stale": 0}
    now = utcnow()
    for item in items:
        key = {"account_id": item.account_id, "period_start": item.period_start, "period_end": _period_end(item)}
        outcome = _upsert(session, AccountActivity, key, {"posts": item.posts, "followers": item.followers,
                                                          "source": source[:100]}, item.measured_at or now)
        counts[outcome] += 1
    session.flush()
    return UpsertReport(**counts)


def _in_range(column: Any, since: datetime | None, until: datetime | None) -> list[Any]:
    where = []
    if since is not None:
        where.append(column >= since)
    if until is not None:
        where.append(column < until)
    return where


def operations_stats(*, session: Session, since: datetime | None, until: datetime | None, top: int,
                     rates: dict[str, tuple[int, float | None]], zone: Any) -> OperationsStats:
    """Operations figures in [since, until), joined with each account's 合规率 (``rates``: account -> (checked,
    rate)) from the same range. Posts count by published_at (measured_at when unknown)."""
    when = func.coalesce(PostMetrics.published_at, PostMetrics.measured_at)
    measured = {row[0]: row for row in session.execute(
        select(PostMetrics.account_id, func.count(), func.coalesce(func.sum(PostMetrics.reads), 0),
               func.coalesce(func.sum(PostMetrics.likes + PostMetrics.comments + PostMetrics.shares), 0))
        .where(*_in_range(when, since, until)).group_by(PostMetrics.account_id)).tuples()}
    first = since.astimezone(zone).date() if since is not None else None
    last = (until.astimezone(zone) - timedelta(microseconds=1)).date() if until is not None else None
    periods: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # account -> [posts, days]
    query = select(AccountActivity.account_id, AccountActivity.posts, AccountActivity.period_start,
                   AccountActivity.period_end)
    if first is not None:
        query = query.where(AccountActivity.period_start >= first)
    if last is not None:
        query = query.where(AccountActivity.period_end <= last)
    for account_id, posts, start, end in session.execute(query).tuples():
        periods[account_id][0] += posts
        periods[account_id][1] += (end - start).days + 1
    complaints = _complaints(session, since, until)
    per_account: dict[str, int] = defaultdict(int)
    for post in complaints:
        per_account[post.account_id] += post.negative_mentions
    ids = set(measured) | set(periods)
    archive = {a.id: a for a in session.scalars(select(Account).where(Account.id.in_(ids)))} if ids else {}
    rows = []
    for account_id in ids:
        n, reads, interactions = (measured[account_id][1:] if account_id in measured else (0, 0, 0))
        posts, days = periods.get(account_id, (0, 0))
        checked, rate = rates.get(account_id, (0, None))
        account = archive.get(account_id)
        rows.append(AccountOperations(
            account_id=account_id, registered=account is not None, owner_name=account.owner_name if account else None,
            branch=account.branch if account else None, posts=posts if days else int(n),
            posts_per_week=round(posts / days * 7, 2) if days else None, measured_posts=int(n), reads=int(reads),
            interactions=int(interactions), checked=checked, compliance_rate=rate, complaints=per_account[account_id]))
    rows.sort(key=lambda r: (-r.posts, -r.reads, r.account_id))
    complaints.sort(key=lambda p: (-p.negative_mentions, -p.reads, p.post_ref))
    return OperationsStats(accounts=rows[:top], complained_posts=complaints[:top],
                           reach_by_verdict=_reach(session, when, since, until))


def _complaints(session: Session, since: datetime | None, until: datetime | None) -> list[ComplainedPost]:
    """Measured posts with negative mentions about them (by post_ref) written in the range."""
    joined = and_(Mention.post_ref == PostMetrics.post_ref, Mention.negative.is_(True),
                  *_in_range(Mention.created_at, since, until))
    query = (select(PostMetrics.post_ref, PostMetrics.account_id, PostMetrics.reads,
                    PostMetrics.likes + PostMetrics.comments + PostMetrics.shares, AuditEvent.verdict, func.count())
             .join(Mention, joined).outerjoin(AuditEvent, AuditEvent.id == PostMetrics.audit_id)
             .group_by(PostMetrics.id, PostMetrics.post_ref, PostMetrics.account_id, PostMetrics.reads,
                       PostMetrics.likes, PostMetrics.comments, PostMetrics.shares, AuditEvent.verdict))
    return [ComplainedPost(post_ref=ref, account_id=account_id, reads=int(reads), interactions=int(inter),
                           negative_mentions=int(n), verdict=verdict)
            for ref, account_id, reads, inter, verdict, n in session.execute(query).tuples()]


def _reach(session: Session, when: Any, since: datetime | None, until: datetime | None) -> list[ReachRow]:
    query = (select(AuditEvent.verdict, func.count(), func.coalesce(func.sum(PostMetrics.reads), 0),
                    func.coalesce(func.sum(PostMetrics.likes + PostMetrics.comments + PostMetrics.shares), 0))
             .select_from(PostMetrics).outerjoin(AuditEvent, AuditEvent.id == PostMetrics.audit_id)
             .where(*_in_range(when, since, until)).group_by(AuditEvent.verdict))
    order = {"pass": 0, "review": 1, "block": 2}
    rows = [ReachRow(verdict=verdict or "unlinked", posts=int(n), reads=int(reads), interactions=int(inter),
                     reads_per_post=round(int(reads) / int(n), 1) if n else None)
            for verdict, n, reads, inter in session.execute(query).tuples()]
    return sorted(rows, key=lambda r: order.get(r.verdict, 3))
