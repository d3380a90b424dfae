"""Steady load against `postguard serve` on PostgreSQL: zero 5xx, every request answered, one audit row per
answered check, the chain verifies, one content-free JSON log line per request.

Correctness under load only: latency is printed for orientation, never asserted (a busy 2-core CI machine is not
a benchmark; p50/p99 against the budget live in bench/http.py and docs/performance.md).
POSTGUARD_LOAD_SECONDS (default 20) and POSTGUARD_LOAD_RATE (requests/s, default 10) scale it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database, upgrade
from app.models import AuditEvent
from app.services.audit import verify_chain
from app.services.rulesets import ensure_published
from app.settings import Settings
from tests.dbfixtures import bearer, new_key, pg_schema, require_pg
from tests.ops.live import LiveServer, percentile, steady_load

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
SECONDS = float(os.environ.get("POSTGUARD_LOAD_SECONDS", "20"))
RATE = float(os.environ.get("POSTGUARD_LOAD_RATE", "10"))
PHONE = "13912345678"


def _post(i: int) -> dict[str, object]:
    texts = [
        f"第{i}期：今天给大家讲讲重疾险和医疗险的区别，投保前请如实告知健康状况。",
        f"第{i}期：这款产品稳赚不赔，即将停售，快联系我{PHONE}！",
        f"第{i}期：年金险适合有长期储蓄需求的家庭，具体保障责任以保险合同条款为准。" * 8,
    ]
    return {"text": texts[i % len(texts)], "channel": "moments"}


def test_steady_load_on_postgres(tmp_path: Path) -> None:
    require_pg()
    budget_ms = Settings().latency_budget_ms
    with pg_schema() as url:
        upgrade(url)
        db = Database(url)
        try:
            with db.session() as session, session.begin():
                ensure_published(session=session)  # the packaged rules: every default detector and model
            headers = bearer(new_key(db, "check", rate=1_000_000))
            server = LiveServer(tmp_path, {"POSTGUARD_DATABASE_URL": url, "POSTGUARD_LOG_LEVEL": "INFO"})
            try:
                server.wait_ready()
                outcomes = steady_load(server.base, rate=RATE, seconds=SECONDS, body=_post, headers=headers)
            finally:
                server.stop()
            statuses = [o.status for o in outcomes]
            answered = [o for o in outcomes if o.status == 200]
            latencies = [o.latency_ms for o in answered]
            p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
            slowest = sorted(((o.latency_ms, i) for i, o in enumerate(outcomes)), reverse=True)[:8]
            print("slowest (ms, index):", [(round(ms), i) for ms, i in slowest])
            print(f"\nload: {len(outcomes)} requests at {RATE}/s for {SECONDS} s: p50 {p50:.0f} ms, p99 {p99:.0f} ms "
                  f"(budget {budget_ms:.0f} ms)")
            assert len(outcomes) == int(RATE * SECONDS)
            assert not [s for s in statuses if s is None or s >= 500], server.log_tail()
            assert len(answered) == len(outcomes), sorted({str(s) for s in statuses})
            with db.session() as session:
                rows = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "check"))
                assert rows == len(answered)
                assert verify_chain(session, hmac_key="").ok
        finally:
            db.dispose()  # even when an assertion fails: a leaked connection would fail a later test

    lines = [json.loads(line) for line in server.log_path.read_text("utf-8").splitlines() if line.startswith("{")]
    requests = [r for r in lines if r["event"] == "request" and r["route"] == "/v1/check"]
    assert len(requests) == len(answered)
    assert {r["request_id"] for r in requests} == {o.body["request_id"] for o in answered if o.body}
    assert all({"status", "latency_ms", "verdict", "findings", "ruleset_version"} <= r.keys() for r in requests)
    log_text = server.log_path.read_text("utf-8")
    assert PHONE not in log_text and "稳赚不赔" not in log_text and "重疾险" not in log_text


def test_two_replicas_on_one_postgres_keep_one_chain(tmp_path: Path) -> None:
    """Two `postguard serve` processes on one database under load at once (issue 15): zero 5xx, one audit row
    per answered check across both, and the one chain their group commits interleave into verifies."""
    import threading

    require_pg()
    with pg_schema() as url:
        upgrade(url)
        db = Database(url)
        try:
            with db.session() as session, session.begin():
                ensure_published(session=session)
            headers = bearer(new_key(db, "check", rate=1_000_000))
            servers = []
            for name in ("a", "b"):
                (tmp_path / name).mkdir()
                servers.append(LiveServer(tmp_path / name, {"POSTGUARD_DATABASE_URL": url}))
            outcomes: list[list[object]] = [[], []]
            try:
                for server in servers:
                    server.wait_ready()
                loaders = [threading.Thread(target=lambda i=i: outcomes[i].extend(steady_load(
                    servers[i].base, rate=RATE, seconds=SECONDS, body=_post, headers=headers))) for i in range(2)]
                for t in loaders:
                    t.start()
                for t in loaders:
                    t.join()
            finally:
                for server in servers:
                    server.stop()
            every = [o for per in outcomes for o in per]
            statuses = [getattr(o, "status", None) for o in every]
            assert len(every) == 2 * int(RATE * SECONDS)
            assert not [s for s in statuses if s is None or s >= 500], [s.log_tail() for s in servers]
            assert statuses == [200] * len(every)
            with db.session() as session:
                rows = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "check"))
                assert rows == len(every)
                report = verify_chain(session, hmac_key="")
                assert report.ok, report.as_dict()
        finally:
            db.dispose()
