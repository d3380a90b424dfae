"""Item 7: verify and prune under live traffic report no false tampering, and verify never blocks writers.

The walk is interrupted at a fixed point (no timing luck): another connection appends, or prunes,
while verify is half-way through the chain."""
# ruff: noqa: F811
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import make_url

import app.services.audit as audit
from app.db import Database
from app.models import AuditEvent
from app.services.audit import append_events, new_event, prune, verify_chain
from tests.dbfixtures import AUDIT_KEY, db, db_url  # noqa: F401


def _append(db: Database, n: int, *, created_at: datetime | None = None) -> None:
    with db.session() as session, session.begin():
        rows = [new_event("check", verdict="pass") for _ in range(n)]
        for row in rows:
            row["created_at"] = created_at or row["created_at"]
        append_events(session, rows)


def _interrupt(monkeypatch: pytest.MonkeyPatch, at_seq: int, action: Callable[[], None]) -> list[bool]:
    """Run ``action`` once, when the walk has read event ``at_seq``; returns [True] once it ran."""
    real = audit._rows
    ran: list[bool] = []

    def rows(session: object, after: int, upto: int, batch: int = 1000) -> Iterator[AuditEvent]:
        for ev in real(session, after, upto, batch=3):  # type: ignore[arg-type]
            yield ev
            if ev.seq == at_seq and not ran:
                ran.append(True)
                action()

    monkeypatch.setattr(audit, "_rows", rows)
    return ran


def _sqlite_lock_free(url: str) -> None:
    """On SQLite, take the write lock from another connection with a short timeout: it must be free."""
    path = make_url(url).database
    conn = sqlite3.connect(str(path), timeout=0.3, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")  # 'database is locked' while verify holds the write lock
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def test_appends_during_verify_are_not_tampering_and_are_not_blocked(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _append(db, 10)

    def live_traffic() -> None:
        if db.engine.dialect.name == "sqlite":
            _sqlite_lock_free(db_url)
        _append(db, 3)

    ran = _interrupt(monkeypatch, 11, live_traffic)  # the last event: old code read the head after it
    with db.session() as session:
        report = verify_chain(session, hmac_key=AUDIT_KEY)
    assert ran == [True]
    assert (report.ok, report.problem, report.detail) == (True, None, "")
    assert report.checked == 11  # the snapshot: the three new events come after it


def test_a_prune_during_verify_is_not_tampering(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _append(db, 11)
    real_rows = audit._rows
    removed: list[int] = []

    def prune_meanwhile() -> None:
        monkeypatch.setattr(audit, "_rows", real_rows)  # prune's own walk runs uninterrupted
        cp = prune(db, before=datetime.now(UTC) + timedelta(seconds=1), hmac_key=AUDIT_KEY)
        removed.append(cp.removed if cp else 0)

    ran = _interrupt(monkeypatch, 8, prune_meanwhile)
    with db.session() as session:
        report = verify_chain(session, hmac_key=AUDIT_KEY)
    assert ran == [True] and removed == [12]  # every event went while verify was at event 8
    assert (report.ok, report.problem) == (True, None) and report.checked == 12


def test_prune_under_live_appends_does_not_refuse(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _append(db, 6, created_at=datetime.now(UTC) - timedelta(days=400))
    ran = _interrupt(monkeypatch, 4, lambda: _append(db, 3))
    cp = prune(db, before=datetime.now(UTC) + timedelta(seconds=1), hmac_key=AUDIT_KEY)
    assert ran == [True]
    assert cp is not None and cp.upto_seq == 7  # what it verified; the three live events stay
    monkeypatch.undo()
    with db.session() as session:
        report = verify_chain(session, hmac_key=AUDIT_KEY)
    assert report.ok and report.start_seq == 8 and report.checked == 3
