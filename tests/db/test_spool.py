from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from app.db import Database
from app.detectors.base import Post
from app.detectors.registry import discover
from app.engine import Engine
from app.models import AuditEvent
from app.services.audit import verify_chain
from app.services.checks import CheckEvent
from app.services.spool import AuditRecorder, check_row, read_spool

ENGINE = Engine(discover(["lexicon"]), max_workers=1)


def _event(db: Database, text: str, i: int) -> CheckEvent:
    from app.services.ruleset_source import DatabaseSource

    source = DatabaseSource(db, poll_seconds=60)
    ruleset = source.current()
    source.close()
    return CheckEvent(f"req-{i}", "key1", Post(text=text), ENGINE.check(Post(text=text), ruleset), None)


def _rows(db: Database) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.kind == "check").order_by(AuditEvent.seq)))


def test_outage_spools_in_order_and_replays_without_loss_or_duplicates(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = AuditRecorder(db, policy="full", spool_dir=tmp_path, retry_seconds=3600)  # we replay by hand
    ev = _event(db, "这款产品收益最高", 0)
    ids = [recorder.record(ev)]
    real_write = recorder._write

    def down(rows: list[dict[str, object]], fresh: bool = False) -> None:
        raise OperationalError("insert", {}, Exception("connection refused"))

    monkeypatch.setattr(recorder, "_write", down)
    ids += [recorder.record(CheckEvent(f"req-{i}", None, ev.post, ev.result, None)) for i in range(1, 6)]
    assert recorder.health() == {"status": "degraded", "database": "down", "spooled": 5, "dead_letters": 0}
    assert [r["request_id"] for r in read_spool(recorder.spool.path)] == [f"req-{i}" for i in range(1, 6)]
    monkeypatch.setattr(recorder, "_write", real_write)
    ids.append(recorder.record(CheckEvent("req-6", None, ev.post, ev.result, None)))  # queued behind the spool
    assert recorder.replay() == 6
    assert recorder.replay() == 0  # a second replay (e.g. after a crash before truncation) adds nothing
    assert recorder.health()["status"] == "ok"
    rows = _rows(db)
    assert [r.id for r in rows] == ids
    assert [r.request_id for r in rows] == [f"req-{i}" for i in range(7)]
    recorder.close()


def test_spool_left_by_a_dead_process_is_adopted(db: Database, tmp_path: Path) -> None:
    from app.services.spool import Spool

    ev = _event(db, "普通的科普文章", 0)
    orphan = Spool(tmp_path / "audit-otherhost-999.jsonl")
    orphan.append(check_row(ev, policy="none"))
    orphan.close()  # releases the lock, as a dead process would
    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)  # adopts it at start
    assert recorder.replay() == 0
    assert not (tmp_path / "audit-otherhost-999.jsonl").exists()
    assert len(_rows(db)) == 1
    recorder.close()


@pytest.mark.parametrize(("policy", "stored"), [("none", None), ("full", "这款产品收益最高"), ("redacted", None)])
def test_text_policy(db: Database, policy: str, stored: str | None) -> None:
    # redacted without a PII detector in the run keeps nothing: there would be nothing masked.
    row = check_row(_event(db, "这款产品收益最高", 0), policy=policy)
    assert row["stored_text"] == stored
    assert len(row["content_sha256"]) == 64


def test_rows_in_database_match_checks(db: Database, tmp_path: Path) -> None:
    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path)
    for i in range(3):
        recorder.record(_event(db, "收益最高", i))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "check")) == 3
    recorder.close()


def test_a_replay_skips_rows_a_lost_acknowledgement_already_committed(db: Database, tmp_path: Path) -> None:
    # The live path writes a group without looking its ids up (they are new); a replay must still look, because
    # a commit whose acknowledgement was lost leaves the same rows both in the database and in the spool.
    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)
    ev = _event(db, "这款产品收益最高", 0)
    row = check_row(ev, policy="none")
    recorder._write([row], fresh=True)
    recorder._to_spool_many([row])
    recorder.replay()
    assert [r.id for r in _rows(db)] == [row["id"]]
    with db.session() as session:
        assert verify_chain(session, hmac_key="").ok
    recorder.close()
