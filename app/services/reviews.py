"""Verdicts for dashboards: list (filters, keyset pages), open, review queue, decisions, recheck.

Review decisions are read from their chained ``review`` events, never from the ``reviews`` table (which
anyone with write access could edit without breaking the chain): each event's hash (and MAC, with the
audit key) is checked on read, and one that fails is left out and logged. ``audit verify`` catches the
rest (a forged event cannot link into the chain)."""

from __future__ import annotations

import hmac
import json
import logging
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.engine import Engine
from app.errors import AlreadyDecided, InvalidInput, NotFound
from app.models import AuditEvent, Review
from app.models.base import utcnow
from app.services.audit import _HASHED, append_events, event_hash, event_mac, key_of, new_event
from app.services.rulesets import get_version, ruleset_of

FINAL = ("approve", "reject")
log = logging.getLogger("postguard.audit")
_Decision = aliased(AuditEvent)
# The hashed payload is JSON with sort_keys and default separators, so a final decision reads exactly so
# (a quote inside the free-text reason is escaped and cannot fake it).
_FINAL_IN_PAYLOAD = or_(*(_Decision.payload.contains(f'"decision": "{d}"') for d in FINAL))


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


def review_queue(*, session: Session, cursor: str | None = None, limit: int = 50, channel: str | None = None,
                 account: str | None = None, category: str | None = None) -> tuple[list[AuditEvent], str | None]:
    """Verdict ``review`` with no final decision yet, oldest first (escalated ones stay in the queue), optionally
    only one channel, account or category (filtered in the database, so a filter sees the whole queue)."""
    decided = exists().where(_Decision.kind == "review", _Decision.subject_seq == AuditEvent.seq, _FINAL_IN_PAYLOAD)
    query = select(AuditEvent).where(AuditEvent.kind == "check", AuditEvent.verdict == "review", ~decided)
    if channel:
        query = query.where(AuditEvent.channel == channel)
    if account:
        query = query.where(AuditEvent.account_id == account)
    if category:
        query = query.where(AuditEvent.categories.contains(f",{category},", autoescape=True))
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


def _intact(event: AuditEvent, key: str) -> bool:
    if event_hash(event.prev_hash, {name: getattr(event, name) for name in _HASHED}) != event.hash:
        return False
    return not (key and event.mac is not None and not hmac.compare_digest(event.mac, event_mac(key, event.hash)))


def _decision(event: AuditEvent, subject_id: str | None, key: str) -> Review | None:
    """The review an intact chained event records about ``subject_id``, or None (logged) if it fails."""
    try:
        doc = json.loads(event.payload)
        ok = _intact(event, key) and doc.get("audit_id") == subject_id and subject_id is not None
    except (ValueError, AttributeError):
        ok = False
    if not ok:
        log.error("audit_review_tampered", extra={"seq": event.seq, "subject_seq": event.subject_seq})
        return None
    return Review(id=doc["review_id"], event_seq=event.subject_seq, decision=doc["decision"], reason=doc["reason"],
                  dismissed_rules=json.dumps(doc.get("dismissed_rules") or []), reviewer=event.actor or "",
                  key_id=doc.get("key_id"), overrides=doc.get("overrides"), created_at=event.created_at)


def reviews_of(*, session: Session, seqs: Sequence[int]) -> dict[int, list[Review]]:
    """Decisions on the checks ``seqs``, oldest first, read from the chain (detached ``Review`` objects)."""
    out: dict[int, list[Review]] = {}
    if not seqs:
        return out
    ids = {seq: id_ for seq, id_ in session.execute(select(AuditEvent.seq, AuditEvent.id)
                                                    .where(AuditEvent.seq.in_(seqs))).tuples()}
    events = session.scalars(select(AuditEvent).where(AuditEvent.kind == "review", AuditEvent.subject_seq.in_(seqs))
                             .order_by(AuditEvent.seq))
    key = key_of(session)
    for event in events:
        review = _decision(event, ids.get(event.subject_seq or -1), key)
        if review is not None:
            out.setdefault(review.event_seq, []).append(review)
    return out


def latest_final(*, session: Session, since_seq: int) -> dict[int, Review]:
    """The latest final decision (approve/reject) on each check from ``since_seq`` on, read from the chain."""
    subjects = aliased(AuditEvent)
    rows = session.execute(select(AuditEvent, subjects.id).join(subjects, subjects.seq == AuditEvent.subject_seq)
                           .where(AuditEvent.kind == "review", AuditEvent.subject_seq >= since_seq)
                           .order_by(AuditEvent.seq)).tuples()
    key = key_of(session)
    out: dict[int, Review] = {}
    for event, subject_id in rows:
        review = _decision(event, subject_id, key)
        if review is not None and review.decision in FINAL:
            out[review.event_seq] = review
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
    append_events(session, [new_event("review", actor=reviewer, account_id=event.account_id, subject_seq=event.seq,
                                      payload=json.dumps(details, ensure_ascii=False, sort_keys=True))])
    return review


def recheck(*, session: Session, engine: Engine, audit_id: str, version: int | None) -> dict[str, Any]:
    """Re-run an archived post under ruleset ``version`` (default: the live one), comparing only what its
    stored text can show (app/services/replay.py); ``recorded`` is what was answered at the time."""
    from app.services.replay import NOTES, Baselines, compare

    event = get_verdict(session=session, audit_id=audit_id)
    if version is None:
        from app.services.rulesets import published_version

        live = published_version(session=session)
        if live is None:
            raise NotFound("no published ruleset version")
        version = live.number
    ruleset = ruleset_of(get_version(session=session, number=version))
    c = compare(event, engine=engine, ruleset=ruleset, baselines=Baselines(session))
    if not c.comparable:
        raise InvalidInput(f"verdict {audit_id} (policy {event.text_policy}) {NOTES[c.not_compared[0]]}")
    return {"id": event.id, "before": c.before, "after": c.after, "changed": c.changed, "basis": c.basis,
            "recorded": c.recorded, "not_compared": c.not_compared, "notes": [NOTES[k] for k in c.not_compared]}
