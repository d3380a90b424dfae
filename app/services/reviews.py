"""Verdicts for dashboards: list (filters, keyset pages), open, review queue, decisions, recheck."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session

from app.engine import Engine
from app.errors import AlreadyDecided, InvalidInput, NotFound
from app.models import AuditEvent, Review
from app.models.base import utcnow
from app.services.audit import append_events, new_event
from app.services.rulesets import archived_post, get_version, ruleset_of

FINAL = ("approve", "reject")


def _cursor(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isdigit():
        raise InvalidInput(f"cursor {value!r} is not one this API returned")
    return int(value)


def list_verdicts(
    *, session: Session, since: datetime | None = None, until: datetime | None = None, verdict: str | None = None,
    category: str | None = None, channel: str | None = None, account: str | None = None,
    cursor: str | None = None, limit: int = 50, purpose: str | None = None,
) -> tuple[list[AuditEvent], str | None]:
    """Newest first; the cursor is the last seq seen (keyset, stable while new events arrive)."""
    query = select(AuditEvent).where(AuditEvent.kind == "check")
    for column, value in ((AuditEvent.verdict, verdict), (AuditEvent.channel, channel),
                          (AuditEvent.account_id, account), (AuditEvent.purpose, purpose)):
        if value is not None:
            query = query.where(column == value)
    if category is not None:
        query = query.where(AuditEvent.categories.contains(f",{category},", autoescape=True))  # % and _ are literal
    query = _time(query, since, until)
    after = _cursor(cursor)
    if after is not None:
        query = query.where(AuditEvent.seq < after)
    rows = list(session.scalars(query.order_by(AuditEvent.seq.desc()).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (str(rows[-1].seq) if more and rows else None)


def _time(query: Select[AuditEvent], since: datetime | None, until: datetime | None) -> Select[AuditEvent]:
    if since is not None:
        query = query.where(AuditEvent.created_at >= since)
    if until is not None:
        query = query.where(AuditEvent.created_at < until)
    return query


def review_queue(*, session: Session, cursor: str | None = None, limit: int = 50
                 ) -> tuple[list[AuditEvent], str | None]:
    """Verdict ``review`` with no final decision yet, oldest first (escalated ones stay in the queue)."""
    decided = exists().where(Review.event_seq == AuditEvent.seq, Review.decision.in_(FINAL))
    query = select(AuditEvent).where(AuditEvent.kind == "check", AuditEvent.verdict == "review", ~decided)
    after = _cursor(cursor)
    if after is not None:
        query = query.where(AuditEvent.seq > after)
    rows = list(session.scalars(query.order_by(AuditEvent.seq).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (str(rows[-1].seq) if more and rows else None)


def get_verdict(*, session: Session, audit_id: str) -> AuditEvent:
    event = session.scalars(select(AuditEvent).where(AuditEvent.id == audit_id, AuditEvent.kind == "check")).first()
    if event is None:
        raise NotFound(f"no verdict {audit_id!r}")
    return event


def reviews_of(*, session: Session, seqs: Sequence[int]) -> dict[int, list[Review]]:
    out: dict[int, list[Review]] = {}
    if not seqs:
        return out
    for review in session.scalars(select(Review).where(Review.event_seq.in_(seqs)).order_by(Review.created_at)):
        out.setdefault(review.event_seq, []).append(review)
    return out


def rule_ids(event: AuditEvent) -> list[str]:
    return sorted({f["rule_id"] for f in json.loads(event.findings)})


def add_review(*, session: Session, audit_id: str, decision: str, reason: str, reviewer: str,
               dismissed_rules: list[str] | None = None, key_id: str | None = None,
               override: bool = False) -> Review:
    """Record a decision (and its audit event, same transaction). Dismissing a flag needs a reason.

    A decision after a final one (approve/reject) is an override: it must say so (``override``) and why,
    and it keeps the earlier decision (both stay; the newer one names the one it overrides)."""
    event = get_verdict(session=session, audit_id=audit_id)
    earlier = [r for r in reviews_of(session=session, seqs=[event.seq]).get(event.seq, []) if r.decision in FINAL]
    if earlier and not override:
        last = earlier[-1]
        raise AlreadyDecided(f"verdict {audit_id} was already decided ({last.decision} by {last.reviewer}); "
                             "send override: true with a reason to change it")
    if override and not earlier:
        raise InvalidInput(f"verdict {audit_id} has no final decision to override")
    if override and not reason.strip():
        raise InvalidInput("overriding a decision needs a reason")
    overrides = earlier[-1].id if earlier else None
    flagged = event.verdict in ("review", "block")
    hit = rule_ids(event)
    if decision == "approve" and flagged and not reason.strip():
        raise InvalidInput("approving a flagged post dismisses its findings: give a reason")
    if decision != "approve" and dismissed_rules:
        raise InvalidInput("dismissed_rules only goes with decision approve")
    dismissed = hit if decision == "approve" and flagged and dismissed_rules is None else (dismissed_rules or [])
    if unknown := sorted(set(dismissed) - set(hit)):
        raise InvalidInput(f"rule(s) {unknown} did not fire on verdict {audit_id}")
    review = Review(id=uuid.uuid4().hex, event_seq=event.seq, decision=decision, reason=reason,
                    dismissed_rules=json.dumps(sorted(dismissed)), reviewer=reviewer, key_id=key_id,
                    overrides=overrides, created_at=utcnow())
    session.add(review)
    details: dict[str, Any] = {"review_id": review.id, "audit_id": event.id, "decision": decision, "reason": reason,
                               "dismissed_rules": sorted(dismissed), "reviewer": reviewer, "key_id": key_id}
    if overrides:
        details["overrides"] = overrides
    append_events(session, [new_event("review", actor=reviewer, account_id=event.account_id, payload=json.dumps(
        details, ensure_ascii=False, sort_keys=True))])
    return review


def recheck(*, session: Session, engine: Engine, audit_id: str, version: int | None) -> dict[str, Any]:
    """Re-run an archived post (stored text only) under ruleset ``version`` (default: the live one)."""
    event = get_verdict(session=session, audit_id=audit_id)
    post = archived_post(event)
    if post is None:
        raise InvalidInput(f"verdict {audit_id} kept no text (policy {event.text_policy}); it cannot be re-run")
    if version is None:
        from app.services.rulesets import published_version

        live = published_version(session=session)
        if live is None:
            raise NotFound("no published ruleset version")
        version = live.number
    ruleset = ruleset_of(get_version(session=session, number=version))
    result = engine.check(post, ruleset)
    after = {"verdict": str(result.verdict), "ruleset_version": version,
             "rules": sorted({f.rule_id for f in result.findings})}
    before = {"verdict": event.verdict, "ruleset_version": event.ruleset_version, "rules": rule_ids(event)}
    return {"id": event.id, "before": before, "after": after, "changed": before["verdict"] != after["verdict"]}
