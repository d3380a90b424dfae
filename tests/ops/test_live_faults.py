"""Faults against a real uvicorn on PostgreSQL: SIGTERM under load drains in-flight requests and loses no
audit event; a ruleset published under load switches atomically; slow clients hold no one else up."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.db import Database, upgrade
from app.models import AuditEvent
from app.services.audit import verify_chain
from tests.dbfixtures import bearer, lexicon_only, new_key, pg_schema, publish_now, require_pg
from tests.ops.live import LiveServer, steady_load

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
TERM_A, TERM_B = "稳赚不赔", "保本保息"


@pytest.fixture
def pg_db() -> Iterator[tuple[str, Database]]:
    require_pg()
    with pg_schema() as url:
        upgrade(url)
        db = Database(url)
        yield url, db
        db.dispose()


def _audit_rows(db: Database) -> list[AuditEvent]:
    with db.session() as session:
        assert verify_chain(session, hmac_key="").ok
        return list(session.scalars(select(AuditEvent).where(AuditEvent.kind == "check")))


def test_sigterm_under_load_drains_in_flight_and_loses_no_audit_event(pg_db: tuple[str, Database],
                                                                      tmp_path: Path) -> None:
    url, db = pg_db
    publish_now(db, lexicon_only(detectors={"lexicon": {"enabled": True}, "slow": {"enabled": True}}))
    headers = bearer(new_key(db, "check", rate=1_000_000))
    server = LiveServer(tmp_path, {"POSTGUARD_DATABASE_URL": url, "POSTGUARD_LOG_LEVEL": "INFO"},
                        command="tests.ops.faulty:create_slow_app")
    try:
        server.wait_ready()
        stop = threading.Event()
        results: list[Any] = []
        loader = threading.Thread(target=lambda: results.extend(steady_load(
            server.base, rate=20, seconds=8, body=lambda i: {"text": f"第{i}篇{TERM_A}"}, headers=headers,
            new_connection_each=True, stop=stop)))
        loader.start()
        time.sleep(2.5)  # every request takes >= 0.3 s (the slow detector): several are in flight now
        signalled = time.monotonic()
        server.terminate()
        rc = server.wait(timeout=40)
        stop.set()
        loader.join()
    finally:
        server.stop()
    # uvicorn re-raises the captured SIGTERM after its graceful shutdown, so -15 is a clean exit; the
    # lifespan's "shutdown" line proves the drain ran to the end (audit recorder closed after it).
    assert rc in (0, -15), server.log_tail()
    assert '"event": "shutdown"' in server.log_tail(), server.log_tail()
    answered = [o for o in results if o.status == 200]
    in_flight = [o for o in results if o.sent < signalled - 0.05]  # connection accepted before the signal
    assert [o.status for o in in_flight] == [200] * len(in_flight), [o.error for o in in_flight]
    assert any(o.done > signalled for o in answered), "no request was in flight at SIGTERM"
    assert not [o for o in results if o.status is not None and o.status != 200]
    rows = _audit_rows(db)
    assert len(rows) == len(answered)
    assert {r.request_id for r in rows} == {o.body["request_id"] for o in answered if o.body}


def _version_doc(tag: str, severity: str, terms: list[str]) -> Any:
    rule = {"id": f"ops.{tag}", "category": "guaranteed_return", "severity": severity, "terms": terms,
            "message": tag, "basis": tag, "suggestion": tag}
    return lexicon_only(lexicon={"rules": [rule]}, description=tag)


def test_ruleset_published_under_load_switches_atomically(pg_db: tuple[str, Database], tmp_path: Path) -> None:
    """Version A flags one term as high (block); version B flags both terms as medium (review), with other
    rule ids and messages. Every response must be wholly A or wholly B, as its reported version says."""
    url, db = pg_db
    shapes = {"a": ("high", [TERM_A]), "b": ("medium", [TERM_A, TERM_B])}
    expected: dict[int, str] = {publish_now(db, _version_doc("a", *shapes["a"])): "a"}
    headers = bearer(new_key(db, "check", rate=1_000_000))
    server = LiveServer(tmp_path, {"POSTGUARD_DATABASE_URL": url, "POSTGUARD_RULESET_POLL_SECONDS": "0.1"})
    try:
        server.wait_ready()
        results: list[Any] = []
        loader = threading.Thread(target=lambda: results.extend(steady_load(
            server.base, rate=40, seconds=6, body=lambda i: {"text": f"第{i}篇：{TERM_A}，而且{TERM_B}"},
            headers=headers)))
        loader.start()
        for i in range(8):
            time.sleep(0.6)
            tag = "b" if i % 2 == 0 else "a"
            expected[publish_now(db, _version_doc(tag, *shapes[tag]))] = tag
        loader.join()
    finally:
        server.stop()
    assert [o.status for o in results] == [200] * len(results)
    seen: set[int] = set()
    for o in results:
        body = o.body
        assert body is not None
        version = body["ruleset"]["version"]
        tag = expected[version]
        seen.add(version)
        severity, terms = shapes[tag]
        assert {f["rule_id"] for f in body["findings"]} == {f"ops.{tag}"}, (version, body["findings"])
        assert sorted(f["text"] for f in body["findings"]) == sorted(terms)
        assert {f["message"] for f in body["findings"]} == {tag}
        assert body["verdict"] == ("block" if severity == "high" else "review")
    assert len(seen) >= 4, f"the load saw only versions {sorted(seen)}"
    audited = {r.request_id: r.ruleset_version for r in _audit_rows(db)}
    assert audited == {o.body["request_id"]: o.body["ruleset"]["version"] for o in results if o.body}


def test_slow_clients_hold_no_one_else_up(pg_db: tuple[str, Database], tmp_path: Path) -> None:
    """Slowloris on loopback, bounded: 40 connections dribbling headers and 10 dribbling a body."""
    url, db = pg_db
    publish_now(db, lexicon_only())
    headers = bearer(new_key(db, "check", rate=1_000_000))
    server = LiveServer(tmp_path, {"POSTGUARD_DATABASE_URL": url, "POSTGUARD_BODY_TIMEOUT_SECONDS": "2"})
    slow: list[socket.socket] = []
    try:
        server.wait_ready()
        for i in range(50):
            s = socket.create_connection(("127.0.0.1", server.port), timeout=10)
            if i < 40:
                s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")  # headers never finished
            else:
                s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          b"Content-Length: 1000\r\n" + f"Authorization: {headers['Authorization']}\r\n\r\n".encode()
                          + b'{"text": "')
            slow.append(s)
        started = time.monotonic()
        with httpx.Client(base_url=server.base, headers=headers, timeout=10) as client:
            for i in range(20):
                r = client.post("/v1/check", json={"text": f"第{i}篇{TERM_A}"})
                assert r.status_code == 200 and r.json()["verdict"] == "block"
        assert time.monotonic() - started < 5, "ordinary requests were held up by the slow clients"
        for s in slow[40:]:  # the body dribblers get 408 once the body deadline passes
            s.settimeout(10)
            head = s.recv(200)
            assert head.startswith(b"HTTP/1.1 408"), head
    finally:
        for s in slow:
            s.close()
        server.stop()
