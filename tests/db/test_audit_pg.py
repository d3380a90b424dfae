"""The PostgreSQL fast path for live audit groups (app/services/audit_pg.py): the same rows, hashes and MACs as
the Core path, one chain across writers, refused rows and lost connections told apart, nothing lost or reordered."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DataError, OperationalError

from app.db import Database, upgrade
from app.detectors.base import Post
from app.models import AuditEvent
from app.services.audit import _COLUMNS, append_rows_on, new_event, verify_chain
from app.services.audit_pg import PgLiveAppender, plain
from app.services.checks import CheckEvent
from app.services.spool import AuditRecorder, check_row, is_poison, read_spool
from tests.db.test_spool import _event
from tests.dbfixtures import AUDIT_KEY, lexicon_only, pg_schema, publish_now, require_pg

pytestmark = pytest.mark.postgres


def _fresh(name: str) -> Iterator[Database]:
    """A migrated PostgreSQL schema of its own with the lexicon-only ruleset published."""
    require_pg()
    with pg_schema(name) as url:
        upgrade(url)
        database = Database(url, audit_key=AUDIT_KEY)
        publish_now(database, lexicon_only())
        yield database
        database.dispose()


@pytest.fixture
def pg() -> Iterator[Database]:
    yield from _fresh("fast")


@pytest.fixture
def pg2() -> Iterator[Database]:
    yield from _fresh("core")


def _all(db: Database) -> list[dict[str, Any]]:
    with db.session() as session:
        return [{c: getattr(ev, c) for c in _COLUMNS}
                for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def _check(db: Database) -> None:
    with db.session() as session:
        report = verify_chain(session, hmac_key=AUDIT_KEY)
    assert report.ok, report
    assert report.anchored


NASTY = ["NULL", "null", '"quoted"', "back\\slash", "{a,b}", ",", " ", "", "line\nbreak\ttab", "中文😀",
         "nul\x00byte", "it's", "\ufffd"]


def _rows(db: Database) -> list[dict[str, Any]]:
    """Check rows as the recorder makes them (every policy, findings, an image payload) and rows with awkward text."""
    ev = _event(db, "这款产品收益最高，稳赚不赔", 0)
    rows = [check_row(ev, policy=p) for p in ("full", "redacted", "none")]
    rows.append(check_row(CheckEvent("req-t", None, Post(text="标题党", title="一个标题"), ev.result, None,
                                     "draft"), policy="full"))
    for i, s in enumerate(NASTY):
        rows.append(new_event("check", request_id=f"n{i}", actor=s, stored_text=s, stored_title=None if i % 2 else s,
                              verdict="pass", findings="[]", ruleset_version=i, latency_ms=i + 0.125,
                              created_at=datetime(2026, 12, 7, 1, 2, 3, i, tzinfo=UTC)))
    return rows


def test_fast_path_stores_what_the_core_path_stores(pg: Database, pg2: Database) -> None:
    rows = _rows(pg)
    assert plain(rows)
    fast = PgLiveAppender(pg.engine, AUDIT_KEY)
    # groups of several sizes, so the statement is also the prepared one (psycopg prepares on the 5th run)
    groups = [rows[:1], rows[1:3], rows[3:4], rows[4:9], rows[9:10], rows[10:11], rows[11:]]
    for group in groups:
        assert fast.append(group) == len(group)
    fast.close()
    with pg2.engine.connect() as conn:
        for group in groups:
            with conn.begin():
                append_rows_on(conn, AUDIT_KEY, group)
    a, b = _all(pg), _all(pg2)
    assert len(a) == len(b) == len(rows) + 1  # and the ruleset.publish event each fixture wrote first
    # the publish events differ (their own ids and times); from there on the chains must be identical
    a_checks, b_checks = a[1:], b[1:]
    b_checks[0]["prev_hash"] = a_checks[0]["prev_hash"]
    for x, y in zip(a_checks, b_checks, strict=True):
        assert {k: v for k, v in x.items() if k not in ("hash", "prev_hash", "mac")} == \
               {k: v for k, v in y.items() if k not in ("hash", "prev_hash", "mac")}
    assert [r["stored_text"] for r in a[-len(NASTY):]] == [s.replace("\x00", "\ufffd") for s in NASTY]
    assert a[-1]["created_at"] == datetime(2026, 12, 7, 1, 2, 3, 12, tzinfo=UTC)
    _check(pg)
    _check(pg2)


def test_same_hashes_as_the_core_path_from_the_same_head(pg: Database) -> None:
    """Hashes and MACs byte for byte: a group written by the fast path and the same group written by the Core
    path on the same head (in a transaction rolled back) give the same hash, prev_hash and MAC per row."""
    rows = _rows(pg)
    fast = PgLiveAppender(pg.engine, AUDIT_KEY)
    with pg.engine.connect() as conn:
        trans = conn.begin()
        append_rows_on(conn, AUDIT_KEY, rows)
        core = [dict(r._mapping) for r in conn.execute(
            select(AuditEvent.seq, AuditEvent.hash, AuditEvent.prev_hash, AuditEvent.mac).order_by(AuditEvent.seq))]
        trans.rollback()
    fast.append(rows)
    fast.close()
    with pg.engine.connect() as conn:
        mine = [dict(r._mapping) for r in conn.execute(
            select(AuditEvent.seq, AuditEvent.hash, AuditEvent.prev_hash, AuditEvent.mac).order_by(AuditEvent.seq))]
    assert mine == core
    _check(pg)


def test_a_moved_head_is_read_under_its_lock(pg: Database) -> None:
    rows = _rows(pg)
    fast = PgLiveAppender(pg.engine, AUDIT_KEY)
    fast.append(rows[:2])  # first group: head not known yet
    fast.append(rows[2:4])
    assert (fast.hits, fast.misses) == (1, 1)
    with pg.engine.connect() as conn, conn.begin():  # another writer moves the head
        append_rows_on(conn, AUDIT_KEY, rows[4:6])
    fast.append(rows[6:8])
    assert (fast.hits, fast.misses) == (1, 2)
    fast.append(rows[8:])
    assert (fast.hits, fast.misses) == (2, 2)
    fast.close()
    assert [r["id"] for r in _all(pg)[1:]] == [r["id"] for r in rows]
    _check(pg)


def test_two_appenders_on_one_database_keep_one_chain(pg: Database) -> None:
    """Two replicas' appenders racing: every group lands once, each in its own order, one gap-free chain."""
    base = _rows(pg)[0]
    appenders = [PgLiveAppender(pg.engine, AUDIT_KEY) for _ in range(2)]
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            for g in range(60):
                appenders[n].append([{**base, "id": f"{n}x{g:03d}x{k}", "request_id": f"a{n}-{g:03d}-{k}"}
                                     for k in range(1 + g % 3)])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(a.misses for a in appenders) > 2  # they did move each other's head
    for a in appenders:
        a.close()
    got = [r["request_id"] for r in _all(pg)[1:]]
    assert len(got) == len(set(got)) == 2 * sum(1 + g % 3 for g in range(60))
    for n in range(2):
        mine = [r for r in got if r.startswith(f"a{n}-")]
        assert mine == sorted(mine)
    _check(pg)


def test_a_refused_row_is_a_data_error_and_the_next_group_goes_on(pg: Database) -> None:
    rows = _rows(pg)
    fast = PgLiveAppender(pg.engine, AUDIT_KEY)
    fast.append(rows[:1])
    with pytest.raises(DataError) as info:
        fast.append([rows[1], {**rows[2], "request_id": "x" * 101}])  # request_id is varchar(100)
    assert is_poison(info.value)
    fast.append(rows[3:4])
    fast.close()
    assert [r["id"] for r in _all(pg)[1:]] == [rows[0]["id"], rows[3]["id"]]  # nothing of the refused group
    _check(pg)


def test_other_values_take_the_core_path() -> None:
    row = new_event("check", request_id="r")
    assert plain([row])
    assert not plain([{**row, "created_at": datetime(2026, 1, 1)}])  # naive: the Core path refuses it, as before
    assert not plain([{**row, "ruleset_version": True}])
    assert not plain([{**row, "actor": 5}])
    assert plain([{**row, "latency_ms": 3}])


def _terminate(db: Database, appender: PgLiveAppender | None) -> bool:
    """Kill the appender's connection from the server side (an outage as the client sees it: a lost connection)."""
    conn = appender._conn if appender is not None else None
    if conn is None:
        return False
    with db.engine.connect() as admin:
        killed = admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": conn.info.backend_pid}).scalar()
        admin.commit()
    return bool(killed)


def test_a_lost_connection_is_an_outage_not_a_refused_row(pg: Database) -> None:
    rows = _rows(pg)
    fast = PgLiveAppender(pg.engine, AUDIT_KEY)
    fast.append(rows[:1])
    assert _terminate(pg, fast)
    with pytest.raises(OperationalError) as info:
        fast.append(rows[1:2])
    assert not is_poison(info.value)
    fast.append(rows[2:3])  # reconnects
    fast.close()
    _check(pg)


def test_recorder_loses_and_reorders_nothing_across_lost_connections(pg: Database, tmp_path: Path) -> None:
    """Concurrent checks through the recorder while the committer's connection is killed again and again:
    every answered check is in the chain exactly once (written, or spooled and replayed), each caller's in the
    order it recorded them, and the chain verifies."""
    recorder = AuditRecorder(pg, policy="redacted", spool_dir=tmp_path, retry_seconds=3600)  # we replay by hand
    assert recorder._pg_live is not None
    event = _event(pg, "这款产品收益最高", 0)
    answered: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    stop = threading.Event()
    kills: list[int] = []

    def kill_now() -> None:
        if _terminate(pg, recorder._pg_live):
            kills.append(1)

    def caller(t: int) -> None:
        try:
            for i in range(40):
                if i == 5 and t == 0:
                    kill_now()  # nothing killed before: this one always finds the connection
                    kill.start()  # then more, at any moment
                audit_id = recorder.record(CheckEvent(f"t{t}-{i:03d}", None, event.post, event.result, None))
                with lock:
                    answered.append(audit_id)
        except BaseException as exc:
            errors.append(exc)

    def killer() -> None:
        while not stop.wait(0.03):
            kill_now()
            if recorder.health()["database"] == "down":
                recorder.replay()  # the retry tick, by hand

    callers = [threading.Thread(target=caller, args=(t,)) for t in range(6)]
    kill = threading.Thread(target=killer)
    for th in callers:
        th.start()
    for th in callers:
        th.join()
    stop.set()
    kill.join()
    assert errors == []
    recorder.replay()
    recorder.close()
    assert kills and (not recorder.spool.path.exists() or read_spool(recorder.spool.path) == [])
    got = [r for r in _all(pg) if r["kind"] == "check"]
    assert sorted(r["id"] for r in got) == sorted(answered) and len(got) == 240  # none lost, none twice
    for t in range(6):
        mine = [r["request_id"] for r in got if r["request_id"].startswith(f"t{t}-")]
        assert mine == [f"t{t}-{i:03d}" for i in range(40)]
    _check(pg)
