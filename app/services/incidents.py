"""Incidents: opened by alert triggers (one live incident per rule and group), acknowledged, resolved;
and the handling-time figures (负面舆情处理及时率) for /v1/stats.

State changes are also audit events (kinds incident.open / incident.ack / incident.resolve), written in
the same transaction.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import Conflict, InvalidInput, NotFound
from app.models import Incident, IncidentEvent, Mention
from app.models.base import utcnow
from app.services.alerts import BurstRule, Trigger
from app.services.audit import append_events, new_event
from app.services.webhooks import enqueue

STATES = ("open", "acknowledged", "resolved")
GROUP_LABELS = {"account": "账号", "post_ref": "内容", "reason": "原因"}


def _summary(trigger: Trigger) -> str:
    rule, label = trigger.rule, GROUP_LABELS[trigger.rule.group_by]
    if isinstance(rule, BurstRule):
        return f"{rule.window_minutes} 分钟内 {trigger.count} 条负面提及（{label} {trigger.group_key}）"
    return f"负面提及含升级信号词 {'、'.join(trigger.matched)}（{label} {trigger.group_key}）"


def _audit(session: Session, kind: str, incident: Incident, actor: str | None, **details: Any) -> None:
    payload = {"incident_id": incident.id, "rule_id": incident.rule_id, "group_by": incident.group_by,
               "group_key": incident.group_key, **details}
    append_events(session, [new_event(kind, actor=actor, payload=json.dumps(payload, ensure_ascii=False,
                                                                            sort_keys=True))])


def _open(session: Session, trigger: Trigger, open_key: str, *, target_minutes: int, now: datetime) -> Incident:
    rule = trigger.rule
    incident = Incident(id=uuid.uuid4().hex, rule_id=rule.id, kind=rule.kind, group_by=rule.group_by,
                        group_key=trigger.group_key[:300], open_key=open_key, state="open",
                        severity=str(rule.severity), summary=_summary(trigger), mention_count=0, max_score=0.0,
                        target_minutes=rule.target_minutes or target_minutes, opened_at=now)
    session.add(incident)
    session.add(IncidentEvent(incident_id=incident.id, kind="opened", actor="alert:" + rule.id, note="",
                              created_at=now))
    session.flush()
    return incident


def raise_incident(*, session: Session, trigger: Trigger, target_minutes: int, webhook_url: str,
                   now: datetime | None = None) -> tuple[Incident, bool]:
    """The live incident for the trigger's rule and group (opened now, with a webhook delivery, if none),
    with the trigger's mentions linked. Returns (incident, opened). The caller commits."""
    now = now or utcnow()
    open_key = f"{trigger.rule.id}|{trigger.rule.group_by}:{trigger.group_key}"[:420]
    incident = session.scalar(select(Incident).where(Incident.open_key == open_key))
    opened = False
    if incident is None:
        try:
            with session.begin_nested():  # a concurrent request may open the same one first
                incident = _open(session, trigger, open_key, target_minutes=target_minutes, now=now)
            opened = True
        except IntegrityError:
            incident = session.scalar(select(Incident).where(Incident.open_key == open_key))
            if incident is None:
                raise
    linked = set(session.scalars(select(IncidentEvent.mention_id).where(
        IncidentEvent.incident_id == incident.id, IncidentEvent.mention_id.in_(trigger.mention_ids))))
    new_ids = [m for m in trigger.mention_ids if m not in linked]
    for mention_id in new_ids:
        session.add(IncidentEvent(incident_id=incident.id, kind="mention", mention_id=mention_id, created_at=now))
    if new_ids:
        scores = session.scalars(select(Mention.score).where(Mention.id.in_(new_ids)))
        incident.mention_count += len(new_ids)
        incident.max_score = max([incident.max_score, *scores])
        incident.last_mention_at = now
    if opened:
        _audit(session, "incident.open", incident, "alert:" + trigger.rule.id, mentions=incident.mention_count)
        if webhook_url:
            enqueue(session=session, incident=incident, event="incident.opened", url=webhook_url)
    session.flush()
    return incident, opened


def get_incident(*, session: Session, incident_id: str) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"no incident {incident_id!r}")
    return incident


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _incident_cursor(incident: Incident) -> str:
    """Opaque keyset position: opening time (integer microseconds, exact on every backend) and id."""
    return f"{(incident.opened_at - _EPOCH) // timedelta(microseconds=1)}.{incident.id}"


def _after(cursor: str) -> tuple[datetime, str]:
    micros, _, incident_id = cursor.partition(".")
    try:
        return _EPOCH + timedelta(microseconds=int(micros)), incident_id
    except (ValueError, OverflowError):
        raise InvalidInput(f"cursor {cursor!r} is not one this API returned") from None


def list_incidents(*, session: Session, state: str | None = None, rule_id: str | None = None,
                   since: datetime | None = None, limit: int = 50) -> list[Incident]:
    """Newest first (the first page of ``incident_page``)."""
    return incident_page(session=session, state=state, rule_id=rule_id, since=since, limit=limit)[0]


def incident_page(*, session: Session, state: str | None = None, rule_id: str | None = None,
                  since: datetime | None = None, cursor: str | None = None, limit: int = 50
                  ) -> tuple[list[Incident], str | None]:
    """Newest first, keyset-paged: the cursor is the last (opened_at, id) seen, so pages stay stable
    while new incidents open."""
    query = select(Incident)
    if state is not None:
        query = query.where(Incident.state == state)
    if rule_id is not None:
        query = query.where(Incident.rule_id == rule_id)
    if since is not None:
        query = query.where(Incident.opened_at >= since)
    if cursor is not None:
        at, last_id = _after(cursor)
        query = query.where(or_(Incident.opened_at < at, and_(Incident.opened_at == at, Incident.id > last_id)))
    rows = list(session.scalars(query.order_by(Incident.opened_at.desc(), Incident.id).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (_incident_cursor(rows[-1]) if more and rows else None)


def mentions_of(*, session: Session, incident_id: str, cursor: int | None = None, limit: int = 100
                ) -> tuple[list[Mention], int | None]:
    """The mentions linked to an incident, in the order they were linked; the cursor is the last link seen."""
    get_incident(session=session, incident_id=incident_id)
    query = (select(IncidentEvent.id, Mention).join(Mention, Mention.id == IncidentEvent.mention_id)
             .where(IncidentEvent.incident_id == incident_id, IncidentEvent.kind == "mention"))
    if cursor is not None:
        query = query.where(IncidentEvent.id > cursor)
    rows = list(session.execute(query.order_by(IncidentEvent.id).limit(limit + 1)).tuples())
    more = len(rows) > limit
    rows = rows[:limit]
    return [m for _, m in rows], (rows[-1][0] if more and rows else None)


def events_of(*, session: Session, incident_id: str) -> list[IncidentEvent]:
    return list(session.scalars(select(IncidentEvent).where(IncidentEvent.incident_id == incident_id)
                                .order_by(IncidentEvent.id)))


def acknowledge(*, session: Session, incident_id: str, actor: str, note: str = "",
                now: datetime | None = None) -> Incident:
    """open -> acknowledged (caller commits); anything else is a conflict."""
    now = now or utcnow()
    incident = get_incident(session=session, incident_id=incident_id)
    if incident.state != "open":
        raise Conflict(f"incident {incident_id} is {incident.state}; only an open incident can be acknowledged")
    incident.state, incident.acknowledged_at, incident.acknowledged_by = "acknowledged", now, actor
    session.add(IncidentEvent(incident_id=incident.id, kind="acknowledged", actor=actor, note=note, created_at=now))
    _audit(session, "incident.ack", incident, actor)
    session.flush()
    return incident


def resolve(*, session: Session, incident_id: str, actor: str, note: str = "",
            now: datetime | None = None) -> Incident:
    """open or acknowledged -> resolved (resolving counts as acknowledging, if not done yet)."""
    now = now or utcnow()
    incident = get_incident(session=session, incident_id=incident_id)
    if incident.state == "resolved":
        raise Conflict(f"incident {incident_id} is already resolved")
    if incident.acknowledged_at is None:
        incident.acknowledged_at, incident.acknowledged_by = now, actor
    incident.state, incident.resolved_at, incident.resolved_by = "resolved", now, actor
    incident.open_key = None  # the next trigger for this rule and group opens a new incident
    session.add(IncidentEvent(incident_id=incident.id, kind="resolved", actor=actor, note=note, created_at=now))
    _audit(session, "incident.resolve", incident, actor)
    session.flush()
    return incident


def _quantile(values: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default), in minutes to 0.01."""
    if not values:
        return None
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (pos - low), 2)


def _minutes(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 60


def handling_figures(*, session: Session, since: datetime | None, until: datetime | None,
                     now: datetime | None = None) -> dict[str, Any]:
    """Incidents opened in [since, until): counts by state, time to acknowledge / resolve (median, p90,
    minutes) and 负面舆情处理及时率 = resolved within target / incidents due (resolved, or open past target)."""
    now = now or utcnow()
    query = select(Incident)
    if since is not None:
        query = query.where(Incident.opened_at >= since)
    if until is not None:
        query = query.where(Incident.opened_at < until)
    rows = list(session.scalars(query))
    to_ack = [_minutes(i.opened_at, i.acknowledged_at) for i in rows if i.acknowledged_at is not None]
    to_resolve = [_minutes(i.opened_at, i.resolved_at) for i in rows if i.resolved_at is not None]
    due = [i for i in rows if i.resolved_at is not None or _minutes(i.opened_at, now) > i.target_minutes]
    on_time = [i for i in due if i.resolved_at is not None
               and _minutes(i.opened_at, i.resolved_at) <= i.target_minutes]
    return {
        "opened": len(rows),
        "by_state": {s: sum(1 for i in rows if i.state == s) for s in STATES},
        "time_to_acknowledge_minutes": {"count": len(to_ack), "median": _quantile(to_ack, 0.5),
                                        "p90": _quantile(to_ack, 0.9)},
        "time_to_resolve_minutes": {"count": len(to_resolve), "median": _quantile(to_resolve, 0.5),
                                    "p90": _quantile(to_resolve, 0.9)},
        "due": len(due),
        "handled_within_target": len(on_time),
        "timely_rate": round(len(on_time) / len(due), 4) if due else None,
    }
