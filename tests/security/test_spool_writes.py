"""Item 8: a spool write that fails (full disk, short write) must fail the check closed, never lose it."""
# ruff: noqa: F811
from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.db import Database
from app.detectors.base import Post
from app.detectors.registry import discover
from app.engine import Engine
from app.models import AuditEvent
from app.services.checks import CheckEvent
from app.services.spool import AuditRecorder, AuditUnavailable, read_spool
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401

ENGINE = Engine(discover(["lexicon"]), max_workers=1)


def _event(db: Database, i: int) -> CheckEvent:
    from app.services.ruleset_source import DatabaseSource

    source = DatabaseSource(db, poll_seconds=60)
    ruleset = source.current()
    source.close()
    post = Post(text=f"第{i}篇科普文章")
    return CheckEvent(f"req-{i}", None, post, ENGINE.check(post, ruleset), None)


def _down(rows: list[dict[str, object]], fresh: bool = False) -> None:
    raise OperationalError("INSERT", {}, Exception("connection refused"))


def _full_disk(monkeypatch: pytest.MonkeyPatch, fd: int) -> None:
    """The spool's disk fills mid-line: the first write is short, the next raises ENOSPC."""
    real = os.write
    calls = [0]

    def write(target: int, data: bytes | memoryview) -> int:
        if target != fd:
            return real(target, data)
        calls[0] += 1
        if calls[0] == 1:
            return real(target, bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", write)


def test_a_full_disk_fails_the_check_closed_and_leaves_no_torn_line(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)
    real_write = recorder._write
    monkeypatch.setattr(recorder, "_write", _down)
    answered = [recorder.record(_event(db, 0))]  # spooled
    _full_disk(monkeypatch, recorder.spool._fd)
    with pytest.raises(AuditUnavailable):
        recorder.record(_event(db, 1))  # not answered: no audit record could be kept
    monkeypatch.undo()
    monkeypatch.setattr(recorder, "_write", _down)
    answered.append(recorder.record(_event(db, 2)))  # the disk has room again
    bad: list[str] = []
    assert [r["id"] for r in read_spool(recorder.spool.path, bad)] == answered and bad == []
    monkeypatch.setattr(recorder, "_write", real_write)
    assert recorder.replay() == 2
    recorder.close()
    with db.session() as session:
        stored = list(session.scalars(select(AuditEvent.id).where(AuditEvent.kind == "check").order_by(AuditEvent.seq)))
    assert stored == answered  # every answered check, and only those


def test_the_api_answers_503_when_neither_database_nor_spool_can_take_the_record(
    db_client: TestClient, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers = bearer(new_key(db, "check"))
    recorder = db_client.app.state.recorder  # type: ignore[attr-defined]
    monkeypatch.setattr(recorder, "_write", _down)
    _full_disk(monkeypatch, recorder.spool._fd)
    r = db_client.post("/v1/check", json={"text": "这款收益最高"}, headers=headers)
    assert r.status_code == 503 and r.json()["code"] == "audit_unavailable"
    monkeypatch.undo()


def test_a_real_short_write_at_the_file_size_limit_rolls_the_line_back(tmp_path: Path) -> None:
    # RLIMIT_FSIZE makes the kernel itself write short, then fail with EFBIG: no mocks.
    script = textwrap.dedent(f"""
        import resource, signal, sys
        from datetime import datetime, UTC
        from pathlib import Path
        from app.services.spool import Spool, read_spool
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        spool = Spool(Path({str(tmp_path)!r}) / "audit-h-1.jsonl")
        row = {{"id": "a" * 32, "created_at": datetime.now(UTC), "stored_text": "x" * 300}}
        spool.append(row)
        size = spool.path.stat().st_size
        resource.setrlimit(resource.RLIMIT_FSIZE, (size + 100, size + 100))
        try:
            spool.append({{**row, "id": "b" * 32}})
        except OSError as exc:
            print("refused", exc.errno)
        bad = []
        print(spool.path.stat().st_size == size, [r["id"][0] for r in read_spool(spool.path, bad)], bad)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         env={**os.environ}, check=True).stdout.split("\n")
    assert out[0] == f"refused {errno.EFBIG}"
    assert out[1] == "True ['a'] []"


def test_a_torn_line_on_replay_is_dead_lettered_not_dropped(db: Database, tmp_path: Path) -> None:
    from app.services.spool import Spool, check_row

    spool = Spool(tmp_path / "audit-old-1.jsonl")
    spool.append(check_row(_event(db, 0), policy="none"))
    spool.close()
    with (tmp_path / "audit-old-1.jsonl").open("a") as fh:
        fh.write('{"id": "torn", "created_at": "2026-')  # a crash mid-line (before this fix's rollback)
    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)
    recorder.close()
    letters = (tmp_path / "dead-letter.jsonl").read_text().splitlines()
    assert len(letters) == 1 and "torn" in letters[0] and "undecodable" in letters[0]


def test_a_refused_event_whose_dead_letter_cannot_be_written_fails_closed(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import DataError

    import app.services.spool as spool_mod

    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)

    def refuse(rows: list[dict[str, object]], fresh: bool = False) -> None:
        raise DataError("INSERT", {}, Exception("NUL"))

    def no_space(path: Path, line: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recorder, "_write", refuse)
    monkeypatch.setattr(spool_mod, "append_line", no_space)
    with pytest.raises(AuditUnavailable):
        recorder.record(_event(db, 0))
    monkeypatch.undo()
    recorder.close()
