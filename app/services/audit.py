"""The audit log: one writer appends hash-chained events; verify walks the chain; prune keeps it verifiable.

Each event's ``hash`` is SHA-256 over the previous event's hash and the event's canonical JSON, and
``seq`` is gap-free (assigned under a lock on the chain-head row), so an edited row breaks its own
hash, an inserted one breaks the link of the next, and a deleted one leaves a gap or a stale head.

A hash chain alone proves nothing to someone who can rewrite the whole table, so the chain is anchored
outside the database (docs/audit.md, threat model): each event's ``mac`` is an HMAC of its hash with a
key the database never sees, and signed chain-head checkpoints go to an append-only file that
``verify`` compares against (a truncated tail or a wiped table cannot match them).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.db import begin_snapshot
from app.errors import Conflict, InvalidInput
from app.models import AuditEvent, ChainHead, Checkpoint, Review
from app.models.base import utcnow
from app.services.durable import append_line

if TYPE_CHECKING:
    from app.db import Database

GENESIS = "0" * 64
# mac and subject_seq came later and sit outside the hashed content, so older events keep their hashes.
_HASHED = [c.name for c in AuditEvent.__table__.columns
           if c.name not in ("prev_hash", "hash", "mac", "subject_seq")]
# PostgreSQL refuses NUL in text; the API refuses it at the edge (422), anything else that reaches the
# log (a CLI argument, an old spool line) has it replaced here, before hashing, so no write can fail on it.
NUL_REPLACEMENT = "\ufffd"


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


def scrub(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with NUL in its text fields replaced (see NUL_REPLACEMENT)."""
    return {k: v.replace("\x00", NUL_REPLACEMENT) if isinstance(v, str) else v for k, v in row.items()}


def event_mac(key: str, hash_: str) -> str:
    return hmac.new(key.encode(), b"event:" + hash_.encode(), hashlib.sha256).hexdigest()


def key_of(session: Session) -> str:
    """The audit HMAC key this session's Database was opened with ("" = none)."""
    return str(session.info.get("audit_hmac_key") or "")


def append_events(session: Session, rows: Sequence[dict[str, Any]]) -> list[AuditEvent]:
    """Append rows to the chain inside the caller's transaction (the caller commits)."""
    key = key_of(session)
    # FOR UPDATE serialises appends across replicas on PostgreSQL; SQLite's BEGIN IMMEDIATE already did.
    head = session.execute(select(ChainHead).where(ChainHead.id == 1).with_for_update()).scalar_one()
    events = []
    for row in map(scrub, rows):
        seq = head.seq + 1
        ev = AuditEvent(**row, seq=seq, prev_hash=head.hash)
        ev.hash = event_hash(head.hash, {**row, "seq": seq})
        ev.mac = event_mac(key, ev.hash) if key else None
        events.append(ev)
        head.seq, head.hash = seq, ev.hash
    session.add_all(events)
    session.flush()
    return events


_COLUMNS = [c.name for c in AuditEvent.__table__.columns]
_DEFAULTS = {"findings": "[]", "categories": "", "detectors": "{}", "payload": "{}"}


def append_rows(session: Session, rows: Sequence[dict[str, Any]]) -> int:
    """``append_events`` for bulk writers (the check recorder's groups, rescan loads): the same chain, hashes
    and MACs, written with one multi-row INSERT instead of one ORM object per event (the ORM's bookkeeping
    cost more CPU than the database's work). Returns the number of events appended."""
    if not rows:
        return 0
    # Core statements on the session's connection: the ORM's bulk insert and update cost more Python per group
    # than the database's work (the check recorder writes a group per commit, often of one or two rows).
    return append_rows_on(session.connection(), key_of(session), rows)


def append_rows_on(conn: Connection, key: str, rows: Sequence[dict[str, Any]]) -> int:
    """``append_rows`` on a bare connection inside the caller's transaction (the check recorder's own
    connection); ``key``: the audit HMAC key ("" = none)."""
    if not rows:
        return 0
    head_table, events = ChainHead.__table__, AuditEvent.__table__
    head = conn.execute(select(head_table.c.seq, head_table.c.hash).where(head_table.c.id == 1)
                        .with_for_update()).one()
    values, seq, prev = chain_rows(rows, int(head.seq), str(head.hash), key)
    conn.execute(insert(events), values)  # type: ignore[arg-type]
    conn.execute(update(head_table).where(head_table.c.id == 1).values(seq=seq, hash=prev))  # type: ignore[arg-type]
    return len(values)


def chain_rows(rows: Sequence[dict[str, Any]], seq: int, prev: str,
               key: str) -> tuple[list[dict[str, Any]], int, str]:
    """``rows`` chained after the event (``seq``, ``prev``): each as a dict of every column (the same keys in
    every row) with its seq, prev_hash, hash and MAC (``key`` "" = none); and the new head's seq and hash."""
    values = []
    for row in map(scrub, rows):
        seq += 1
        hash_ = event_hash(prev, {**row, "seq": seq})
        full = {**_DEFAULTS, **row, "seq": seq, "prev_hash": prev, "hash": hash_,
                "mac": event_mac(key, hash_) if key else None}
        values.append({c: full.get(c) for c in _COLUMNS})
        prev = hash_
    return values, seq, prev


def existing_ids(session: Session, ids: Sequence[str]) -> set[str]:
    if not ids:
        return set()
    return set(session.scalars(select(AuditEvent.id).where(AuditEvent.id.in_(ids))))


def checkpoint_signature(key: str, upto_seq: int, upto_hash: str, removed: int, created_at: datetime) -> str:
    msg = f"{upto_seq}:{upto_hash}:{removed}:{created_at.isoformat()}".encode()
    return hmac.new(key.encode(), msg, hashlib.sha256).hexdigest()


def head_checkpoint(key: str, seq: int, hash_: str, at: str) -> dict[str, Any]:
    """One line of the checkpoint file: the chain head at ``at``, HMAC-signed when a key is set."""
    line: dict[str, Any] = {"seq": seq, "hash": hash_, "at": at}
    if key:
        line["mac"] = hmac.new(key.encode(), f"head:{seq}:{hash_}:{at}".encode(), hashlib.sha256).hexdigest()
    return line


def write_head_checkpoint(session: Session, path: Path) -> dict[str, Any]:
    """Append the current chain head to the append-only checkpoint file (durably; raises OSError)."""
    if not session.in_transaction():
        begin_snapshot(session)  # a read: no write lock on SQLite
    head = session.execute(select(ChainHead.seq, ChainHead.hash).where(ChainHead.id == 1)).one()
    line = head_checkpoint(key_of(session), head.seq, head.hash, datetime.now(UTC).isoformat())
    append_line(path, json.dumps(line, sort_keys=True))
    return line


def read_head_checkpoints(path: Path | None) -> list[dict[str, Any]]:
    if path is None or not path.exists():
        return []
    out = []
    for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip():
            continue
        try:
            line = json.loads(text)
            out.append({"seq": int(line["seq"]), "hash": str(line["hash"]), "at": str(line["at"]),
                        "mac": line.get("mac"), "line": n})
        except (ValueError, KeyError, TypeError):
            out.append({"seq": -1, "hash": "", "at": "", "mac": None, "line": n, "unreadable": True})
    return out


@dataclass
class ChainReport:
    ok: bool = True
    checked: int = 0
    start_seq: int = 1
    head_seq: int = 0
    # altered | inserted | deleted | checkpoint | forged | unanchored | truncated | rewritten
    problem: str | None = None
    seq: int | None = None
    detail: str = ""
    checkpoints: list[int] = field(default_factory=list)
    anchored: bool = False  # every event checked carries a valid HMAC (a key is set)
    head_checkpoints: int = 0  # lines of the checkpoint file the chain was compared with
    unmacked: int = 0  # events accepted without a MAC (``unmacked_until``: written before the key was set)

    @property
    def anchor(self) -> str:
        """``anchored`` (HMAC), ``checkpointed`` (file only) or ``unanchored`` (the database alone)."""
        return "anchored" if self.anchored else "checkpointed" if self.head_checkpoints else "unanchored"

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "anchor": self.anchor}

    def fail(self, problem: str, seq: int | None, detail: str) -> ChainReport:
        self.ok, self.problem, self.seq, self.detail = False, problem, seq, detail
        return self


def _rows(session: Session, after: int, upto: int, batch: int = 1000) -> Iterator[AuditEvent]:
    """Events after ``after`` up to ``upto``, in keyset pages (memory stays flat on long chains)."""
    while True:
        page = list(session.scalars(select(AuditEvent).where(AuditEvent.seq > after, AuditEvent.seq <= upto)
                                    .order_by(AuditEvent.seq).limit(batch)))
        yield from page
        if len(page) < batch:
            return
        after = page[-1].seq
        session.expunge_all()


def _file_checkpoints(report: ChainReport, lines: list[dict[str, Any]], key: str) -> dict[int, dict[str, Any]]:
    """Checkpoint-file lines by seq, after checking their signatures (``report`` fails on a bad one)."""
    wanted: dict[int, dict[str, Any]] = {}
    for line in lines:
        where = f"checkpoint file line {line['line']}"
        if line.get("unreadable"):
            report.fail("checkpoint", None, f"{where} is unreadable")
            return {}
        if key:
            good = head_checkpoint(key, line["seq"], line["hash"], line["at"]).get("mac")
            if not line["mac"] or not hmac.compare_digest(str(line["mac"]), str(good)):
                report.fail("checkpoint", line["seq"], f"{where} (seq {line['seq']}) is not signed with the audit key")
                return {}
        seen = wanted.get(line["seq"])
        if seen is not None and seen["hash"] != line["hash"]:
            report.fail("checkpoint", line["seq"], f"{where} contradicts line {seen['line']} for seq {line['seq']}")
            return {}
        wanted[line["seq"]] = line
    return wanted


def verify_chain(session: Session, *, hmac_key: str, checkpoint_file: Path | None = None,
                 unmacked_until: int = 0) -> ChainReport:
    """Walk the chain from the newest retention checkpoint (or the start) and report the first problem.

    Reads one snapshot (REPEATABLE READ on PostgreSQL; a lock-free read transaction on SQLite), head
    first, so live appends and prunes never look like tampering and writers are never blocked. With
    ``hmac_key`` every event must carry a valid MAC (except seq <= ``unmacked_until``: events written
    before the key was set); ``checkpoint_file`` lines must all match the chain."""
    report = ChainReport()
    # Read before the snapshot starts: every line then predates it, so none can lie ahead of its head.
    wanted = _file_checkpoints(report, read_head_checkpoints(checkpoint_file), hmac_key)
    if not report.ok:
        return report
    if not session.in_transaction():
        begin_snapshot(session)
    head = session.get(ChainHead, 1)
    if head is None:
        return report.fail("deleted", None, "the chain head row is missing")
    report.head_seq = head.seq
    expected_seq, prev = 1, GENESIS
    cp = session.scalars(select(Checkpoint).order_by(Checkpoint.id.desc()).limit(1)).first()
    if cp is not None:
        report.checkpoints.append(cp.id)
        if not hmac_key or not hmac.compare_digest(
            cp.signature, checkpoint_signature(hmac_key, cp.upto_seq, cp.upto_hash, cp.removed, cp.created_at)
        ):
            return report.fail("checkpoint", cp.upto_seq, f"checkpoint {cp.id} signature does not verify")
        below = session.scalar(select(func.max(AuditEvent.seq)).where(AuditEvent.seq <= cp.upto_seq))
        if below is not None:
            return report.fail("inserted", below, f"event {below} lies in the range pruned by checkpoint {cp.id} "
                               f"(up to {cp.upto_seq}): it was added afterwards")
        expected_seq, prev = cp.upto_seq + 1, cp.upto_hash
    report.start_seq = expected_seq
    for seq, line in sorted(wanted.items()):
        if seq > head.seq:
            return report.fail("truncated", head.seq + 1, f"the checkpoint of {line['at']} saw the chain at seq "
                               f"{seq}; the database's head is at {head.seq}: events were removed")
        known = {0: GENESIS, expected_seq - 1: prev}.get(seq)
        if known is not None and known != line["hash"]:
            return report.fail("rewritten", seq, f"event {seq} differs from the checkpoint of {line['at']}")
    report.head_checkpoints = len(wanted)
    report.anchored = bool(hmac_key)
    last_seq = expected_seq - 1
    macked = False
    for ev in _rows(session, expected_seq - 1, head.seq):
        if ev.seq != expected_seq:
            return report.fail("deleted", expected_seq, f"events {expected_seq}..{ev.seq - 1} are missing")
        fields = {name: getattr(ev, name) for name in _HASHED}
        if event_hash(ev.prev_hash, fields) != ev.hash:
            return report.fail("altered", ev.seq, f"event {ev.seq} ({ev.id}) does not match its hash")
        if ev.prev_hash != prev:
            return report.fail("inserted", ev.seq,
                               f"event {ev.seq} ({ev.id}) does not link to event {ev.seq - 1}: inserted or replaced")
        if hmac_key:
            if ev.mac is None and ev.seq <= unmacked_until and not macked:
                report.unmacked += 1
            elif ev.mac is None:
                return report.fail("unanchored", ev.seq, f"event {ev.seq} ({ev.id}) carries no MAC: written without "
                                   "the audit key, or its MAC was removed (if it predates the key: --unmacked-until)")
            elif not hmac.compare_digest(ev.mac, event_mac(hmac_key, ev.hash)):
                return report.fail("forged", ev.seq, f"event {ev.seq} ({ev.id}): its MAC does not verify: written or "
                                   "recomputed without the audit key (or the key changed)")
            else:
                macked = True
        seen = wanted.get(ev.seq)
        if seen is not None and seen["hash"] != ev.hash:
            return report.fail("rewritten", ev.seq, f"event {ev.seq} differs from the checkpoint of {seen['at']}")
        prev, last_seq, expected_seq = ev.hash, ev.seq, ev.seq + 1
        report.checked += 1
    if head.seq != last_seq:
        return report.fail("deleted", last_seq + 1, f"chain head says {head.seq}; the last event is {last_seq}")
    if head.hash != prev:
        return report.fail("altered", last_seq, f"chain head hash differs from event {last_seq}'s")
    return report


def prune(db: Database, *, before: datetime, hmac_key: str, checkpoint_file: Path | None = None,
          unmacked_until: int = 0) -> Checkpoint | None:
    """Remove the oldest events created before ``before`` and leave a signed checkpoint.

    Only a gap-free prefix of the chain is removed, and only after the chain verifies. The walk reads
    a snapshot (live appends go on meanwhile); the delete then locks the head briefly and checks the
    last removed event is still the one verified."""
    if not hmac_key:
        raise InvalidInput("set POSTGUARD_AUDIT_HMAC_KEY before pruning: checkpoints must be signed")
    with db.session() as session:
        report = verify_chain(session, hmac_key=hmac_key, checkpoint_file=checkpoint_file,
                              unmacked_until=unmacked_until)
        if not report.ok:
            raise InvalidInput(f"the chain does not verify ({report.problem} at {report.seq}); not pruning")
        first_new = session.scalar(select(func.min(AuditEvent.seq)).where(AuditEvent.created_at >= before,
                                                                          AuditEvent.seq <= report.head_seq))
        upto = (first_new - 1) if first_new is not None else report.head_seq
        if upto < report.start_seq:
            return None
        verified = session.get(AuditEvent, upto)
        assert verified is not None
        verified_hash = verified.hash
    with db.session() as session, session.begin():
        session.execute(select(ChainHead).where(ChainHead.id == 1).with_for_update()).scalar_one()
        last = session.get(AuditEvent, upto)
        if last is None or last.hash != verified_hash:
            raise Conflict(f"event {upto} changed or went while pruning (another prune?); run it again")
        removed = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.seq <= upto)) or 0
        session.execute(delete(Review).where(Review.event_seq <= upto))
        session.execute(delete(AuditEvent).where(AuditEvent.seq <= upto))
        created = utcnow()
        cp = Checkpoint(upto_seq=upto, upto_hash=last.hash, removed=removed, created_at=created,
                        signature=checkpoint_signature(hmac_key, upto, last.hash, removed, created))
        session.add(cp)
        session.flush()
    return cp
