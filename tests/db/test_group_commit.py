"""Group commit of audit events: many concurrent checks share transactions, nothing is lost or reordered, and
several recorders (replicas) on one database keep one verifiable chain."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.db import Database
from app.models import AuditEvent
from app.services.audit import verify_chain
from app.services.checks import CheckEvent
from app.services.group_commit import GroupCommitter
from app.services.spool import AuditRecorder, read_spool
from tests.db.test_spool import _event
from tests.dbfixtures import AUDIT_KEY


def _rows(db: Database) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.kind == "check").order_by(AuditEvent.seq)))


def _hammer(recorders: list[AuditRecorder], event: CheckEvent, threads: int, per_thread: int) -> None:
    """``threads`` callers per recorder, each recording ``per_thread`` checks in sequence."""
    errors: list[BaseException] = []

    def caller(recorder: AuditRecorder, t: int) -> None:
        try:
            for i in range(per_thread):
                recorder.record(CheckEvent(f"r{id(recorder) % 997}-t{t}-{i:03d}", None, event.post, event.result,
                                           None))
        except BaseException as exc:
            errors.append(exc)

    pool = [threading.Thread(target=caller, args=(r, t)) for r in recorders for t in range(threads)]
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    assert errors == []


def test_concurrent_checks_share_transactions_in_order(db: Database, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)
    event = _event(db, "这款产品收益最高", 0)
    real_write = recorder._write
    sizes: list[int] = []

    # a commit that takes a while, as an fsync does
    def slow_write(rows: list[dict[str, object]], fresh: bool = False) -> None:
        sizes.append(len(rows))
        time.sleep(0.02)
        real_write(rows, fresh=fresh)

    monkeypatch.setattr(recorder, "_write", slow_write)
    _hammer([recorder], event, threads=8, per_thread=10)
    recorder.close()
    rows = _rows(db)
    assert len(rows) == 80 and sum(sizes) == 80
    assert len(sizes) < 40 and max(sizes) > 1  # grouped: far fewer transactions than events
    for t in range(8):  # each caller's events are in the chain in the order it recorded them
        mine = [r.request_id for r in rows if r.request_id and f"-t{t}-" in r.request_id]
        assert mine == sorted(mine) and len(mine) == 10
    with db.session() as session:
        assert verify_chain(session, hmac_key=AUDIT_KEY).ok


def test_several_replicas_on_one_database_keep_one_chain(db: Database, tmp_path: Path) -> None:
    recorders = [AuditRecorder(db, policy="none", spool_dir=tmp_path / f"r{i}", retry_seconds=3600)
                 for i in range(3)]
    event = _event(db, "普通的科普文章", 0)
    _hammer(recorders, event, threads=4, per_thread=8)
    for recorder in recorders:
        recorder.close()
    rows = _rows(db)
    assert len(rows) == 3 * 4 * 8 and len({r.id for r in rows}) == len(rows)
    with db.session() as session:
        report = verify_chain(session, hmac_key=AUDIT_KEY)
    assert report.ok, report.as_dict()


def test_a_group_spools_in_one_write_while_the_database_is_down(db: Database, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)
    event = _event(db, "普通的科普文章", 0)
    writes: list[int] = []

    def down(rows: list[dict[str, object]], fresh: bool = False) -> None:
        raise OperationalError("insert", {}, Exception("connection refused"))

    real_append = recorder.spool.append_many

    def counted(rows: list[dict[str, object]]) -> None:
        writes.append(len(rows))
        time.sleep(0.01)
        real_append(rows)

    monkeypatch.setattr(recorder, "_write", down)
    monkeypatch.setattr(recorder.spool, "append_many", counted)
    _hammer([recorder], event, threads=6, per_thread=5)
    assert sum(writes) == 30 and len(writes) < 30
    assert len(read_spool(recorder.spool.path)) == 30
    assert recorder.health()["spooled"] == 30
    monkeypatch.undo()
    assert recorder.replay() == 30
    recorder.close()
    assert len(_rows(db)) == 30


def test_each_caller_gets_its_own_outcome() -> None:
    def flush(items: list[int]) -> list[BaseException | None]:
        return [ValueError(f"odd {i}") if i % 2 else None for i in items]

    committer: GroupCommitter[int] = GroupCommitter(flush)
    committer.submit(2)
    with pytest.raises(ValueError, match="odd 3"):
        committer.submit(3)
    committer.close()
    with pytest.raises(RuntimeError):
        committer.submit(4)


def test_a_flush_that_raises_fails_its_callers_and_the_next_group_goes_on() -> None:
    calls: list[list[int]] = []

    def flush(items: list[int]) -> list[BaseException | None]:
        calls.append(items)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return [None] * len(items)

    committer: GroupCommitter[int] = GroupCommitter(flush)
    with pytest.raises(RuntimeError, match="boom"):
        committer.submit(1)
    committer.submit(2)
    committer.close()
    assert calls == [[1], [2]]
