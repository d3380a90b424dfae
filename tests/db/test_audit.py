from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from app.db import Database
from app.errors import InvalidInput
from app.models import AuditEvent, Checkpoint
from app.services.audit import append_events, new_event, prune, verify_chain
from tests.dbfixtures import AUDIT_KEY as KEY


def _append(db: Database, n: int, *, created_at: datetime | None = None) -> None:
    with db.session() as session, session.begin():
        rows = [new_event("check", verdict="pass", account_id=f"acct{i}") for i in range(n)]
        if created_at is not None:
            for row in rows:
                row["created_at"] = created_at
        append_events(session, rows)


def _verify(db: Database, key: str = KEY) -> tuple[bool, str | None, int | None]:
    with db.session() as session:
        report = verify_chain(session, hmac_key=key)
    return report.ok, report.problem, report.seq


def _count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_intact_chain_verifies(db: Database) -> None:
    _append(db, 5)
    assert _verify(db) == (True, None, None)


@pytest.mark.parametrize(
    ("tamper", "problem", "seq"),
    [
        ("UPDATE audit_events SET verdict = 'block' WHERE seq = 4", "altered", 4),
        ("UPDATE audit_events SET stored_text = 'x' WHERE seq = 3", "altered", 3),
        ("DELETE FROM audit_events WHERE seq = 3", "deleted", 3),
        ("DELETE FROM audit_events WHERE seq = 6", "deleted", 6),  # the newest: the head row notices
        ("UPDATE audit_chain_head SET hash = '" + "e" * 64 + "'", "altered", 6),
    ],
)
def test_verify_reports_the_first_tampered_event(db: Database, tamper: str, problem: str, seq: int) -> None:
    _append(db, 5)  # seq 1 is the fixture's publish event, so seq 2..6 here
    with db.engine.begin() as conn:
        conn.execute(text(tamper))
    assert _verify(db) == (False, problem, seq)


def test_verify_catches_an_inserted_event_with_a_recomputed_hash(db: Database) -> None:
    from app.services.audit import event_hash

    _append(db, 3)
    with db.session() as session, session.begin():
        # A forger replaces event 3 by a self-consistent event: its own hash checks out, the link does not.
        ev = session.get(AuditEvent, 3)
        assert ev is not None
        ev.verdict, ev.prev_hash = "block", "1" * 64
        ev.hash = event_hash(ev.prev_hash, {c.name: getattr(ev, c.name) for c in AuditEvent.__table__.columns})
    assert _verify(db) == (False, "inserted", 3)


def test_prune_leaves_a_signed_checkpoint_and_the_chain_verifies(db: Database) -> None:
    old = datetime.now(UTC) - timedelta(days=400)
    _append(db, 4, created_at=old)  # seq 2..5; seq 1 (publish) is recent, so nothing is removable yet
    assert prune(db, before=datetime.now(UTC) - timedelta(days=365), hmac_key=KEY) is None
    _append(db, 2)
    cp = prune(db, before=datetime.now(UTC) + timedelta(seconds=1), hmac_key=KEY)
    assert cp is not None and cp.removed == 7 and cp.upto_seq == 7
    assert _count(db) == 0
    _append(db, 2)
    assert _verify(db) == (True, None, None)
    assert _verify(db, key="wrong") == (False, "checkpoint", 7)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_checkpoints SET upto_hash = '" + "a" * 64 + "'"))
    assert _verify(db)[:2] == (False, "checkpoint")


def test_prune_refuses_without_a_key_or_on_a_broken_chain(db: Database) -> None:
    _append(db, 2)
    with pytest.raises(InvalidInput, match="HMAC"):
        prune(db, before=datetime.now(UTC), hmac_key="")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET verdict = 'review' WHERE seq = 2"))
    with pytest.raises(InvalidInput, match="does not verify"):
        prune(db, before=datetime.now(UTC), hmac_key=KEY)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Checkpoint)) == 0


def test_concurrent_appends_keep_one_consistent_chain(db: Database) -> None:
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(10):
                _append(db, 2)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _count(db) == 1 + 4 * 10 * 2
    assert _verify(db) == (True, None, None)
