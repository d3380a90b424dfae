"""The audit log: one writer appends hash-chained events; verify walks the chain; prune keeps it verifiable.

Each event's ``hash`` is SHA-256 over the previous event's hash and the event's canonical JSON, and
``seq`` is gap-free (assigned under a lock on the chain-head row), so an edited row breaks its own
hash, an inserted one breaks the link of the next, and a deleted one leaves a gap or a stale head.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import AuditEvent, ChainHead, Checkpoint, Review
from app.models.base import utcnow

GENESIS = "0" * 64
_HASHED = [c.name for c in AuditEvent.__table__.columns if c.name not in ("prev_hash", "hash")]


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _value(v: Any) -> Any:
    return v.isoformat() if isinstance(v, datetime) else v


# Columns added after the chain began: hashed only when set, so events written before them keep their hashes.
_LATER = frozenset({"purpose"})


def event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    doc = {name: _value(fields.get(name)) for name in _HASHED
           if name not in _LATER or fields.get(name) is not None}
    return hashlib.sha256(prev_hash.encode() + canonical(doc)).hexdigest()


def new_event(kind: str, **fields: Any) -> dict[str, Any]:
    """A row dict ready for ``append_events`` (seq and hashes are assigned there)."""
    row: dict[str, Any] = {"id": uuid.uuid4().hex, "kind": kind, "created_at": utcnow(), "findings": "[]",
                           "categories": "", "detectors": "{}", "payload": "{}"}
    row.update(fields)
    return row


def append_events(session: Session, rows: Sequence[dict[str, Any]]) -> list[AuditEvent]:
    """Append rows to the chain inside the caller's transaction (the caller commits)."""
    # FOR UPDATE serialises appends across replicas on PostgreSQL; SQLite's BEGIN IMMEDIATE already did.
    head = session.execute(select(ChainHead).where(ChainHead.id == 1).with_for_update()).scalar_one()
    events = []
    for row in rows:
        seq = head.seq + 1
        ev = AuditEvent(**row, seq=seq, prev_hash=head.hash)
        ev.hash = event_hash(head.hash, {**row, "seq": seq})
        events.append(ev)
        head.seq, head.hash = seq, ev.hash
    session.add_all(events)
    session.flush()
    return events


def existing_ids(session: Session, ids: Sequence[str]) -> set[str]:
    if not ids:
        return set()
    return set(session.scalars(select(AuditEvent.id).where(AuditEvent.id.in_(ids))))


def checkpoint_signature(key: str, upto_seq: int, upto_hash: str, removed: int, created_at: datetime) -> str:
    msg = f"{upto_seq}:{upto_hash}:{removed}:{created_at.isoformat()}".encode()
    return hmac.new(key.encode(), msg, hashlib.sha256).hexdigest()


@dataclass
class ChainReport:
    ok: bool = True
    checked: int = 0
    start_seq: int = 1
    problem: str | None = None  # altered | inserted | deleted | checkpoint
    seq: int | None = None
    detail: str = ""
    checkpoints: list[int] = field(default_factory=list)

    def fail(self, problem: str, seq: int | None, detail: str) -> ChainReport:
        self.ok, self.problem, self.seq, self.detail = False, problem, seq, detail
        return self


def _rows(session: Session, after: int, batch: int = 1000) -> Iterator[AuditEvent]:
    while True:
        page = list(session.scalars(select(AuditEvent).where(AuditEvent.seq > after)
                                    .order_by(AuditEvent.seq).limit(batch)))
        yield from page
        if len(page) < batch:
            return
        after = page[-1].seq
        session.expunge_all()


def verify_chain(session: Session, *, hmac_key: str) -> ChainReport:
    """Walk the chain from the newest checkpoint (or the start) and report the first broken event."""
    report = ChainReport()
    expected_seq, prev = 1, GENESIS
    cp = session.scalars(select(Checkpoint).order_by(Checkpoint.id.desc()).limit(1)).first()
    if cp is not None:
        report.checkpoints.append(cp.id)
        if not hmac_key or not hmac.compare_digest(
            cp.signature, checkpoint_signature(hmac_key, cp.upto_seq, cp.upto_hash, cp.removed, cp.created_at)
        ):
            return report.fail("checkpoint", cp.upto_seq, f"checkpoint {cp.id} signature does not verify")
        expected_seq, prev = cp.upto_seq + 1, cp.upto_hash
    report.start_seq = expected_seq
    last_seq = expected_seq - 1
    for ev in _rows(session, expected_seq - 1):
        if ev.seq != expected_seq:
            return report.fail("deleted", expected_seq, f"events {expected_seq}..{ev.seq - 1} are missing")
        fields = {name: getattr(ev, name) for name in _HASHED}
        if event_hash(ev.prev_hash, fields) != ev.hash:
            return report.fail("altered", ev.seq, f"event {ev.seq} ({ev.id}) does not match its hash")
        if ev.prev_hash != prev:
            return report.fail("inserted", ev.seq,
                               f"event {ev.seq} ({ev.id}) does not link to event {ev.seq - 1}: inserted or replaced")
        prev, last_seq, expected_seq = ev.hash, ev.seq, ev.seq + 1
        report.checked += 1
    head = session.get(ChainHead, 1)
    if head is None or head.seq != last_seq:
        where = head.seq if head else None
        return report.fail("deleted", last_seq + 1, f"chain head says {where}; the last event is {last_seq}")
    if head.hash != prev:
        return report.fail("altered", last_seq, f"chain head hash differs from event {last_seq}'s")
    return report


def prune(session: Session, *, before: datetime, hmac_key: str) -> Checkpoint | None:
    """Remove the oldest events created before ``before`` and leave a signed checkpoint (caller commits).

    Only a gap-free prefix of the chain is removed, and only after the whole chain verifies."""
    if not hmac_key:
        raise InvalidInput("set POSTGUARD_AUDIT_HMAC_KEY before pruning: checkpoints must be signed")
    report = verify_chain(session, hmac_key=hmac_key)
    if not report.ok:
        raise InvalidInput(f"the chain does not verify ({report.problem} at {report.seq}); not pruning")
    session.execute(select(ChainHead).where(ChainHead.id == 1).with_for_update()).scalar_one()
    first_new = session.scalar(select(func.min(AuditEvent.seq)).where(AuditEvent.created_at >= before))
    upto = (first_new - 1) if first_new is not None else session.scalar(select(func.max(AuditEvent.seq)))
    if upto is None or upto < report.start_seq:
        return None
    last = session.get(AuditEvent, upto)
    assert last is not None
    removed = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.seq <= upto)) or 0
    session.execute(delete(Review).where(Review.event_seq <= upto))
    session.execute(delete(AuditEvent).where(AuditEvent.seq <= upto))
    created = utcnow()
    cp = Checkpoint(upto_seq=upto, upto_hash=last.hash, removed=removed, created_at=created,
                    signature=checkpoint_signature(hmac_key, upto, last.hash, removed, created))
    session.add(cp)
    session.flush()
    return cp
