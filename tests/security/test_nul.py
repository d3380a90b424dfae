"""Item 3: one NUL character must never stop audit writes (PostgreSQL refuses NUL in text)."""
# ruff: noqa: F811
from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.exc import DataError

from app.db import Database
from app.detectors.base import Account, Post
from app.detectors.registry import discover
from app.engine import Engine
from app.models import AuditEvent
from app.services.checks import CheckEvent
from app.services.spool import AuditRecorder, Spool, check_row
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401

ENGINE = Engine(discover(["lexicon"]), max_workers=1)


def _event(db: Database, text: str, i: int, account: str | None = None) -> CheckEvent:
    from app.services.ruleset_source import DatabaseSource

    source = DatabaseSource(db, poll_seconds=60)
    ruleset = source.current()
    source.close()
    post = Post(text=text, account=Account(id=account))
    return CheckEvent(f"req-{i}", "key1", post, ENGINE.check(post, ruleset), None)


def _checks(db: Database) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.kind == "check").order_by(AuditEvent.seq)))


BODIES = [
    ("/v1/check", {"text": "收益\u0000最高"}),
    ("/v1/check", {"text": "正常文本", "title": "标题\u0000"}),
    ("/v1/check", {"text": "正常文本", "account": {"id": "acct\u0000"}}),
    ("/v1/check", {"text": "正常文本", "ignored_extra": "\u0000"}),
    ("/v1/check/batch", {"posts": [{"text": "正常文本"}, {"text": "\u0000收益最高"}]}),
    ("/v1/keys", {"owner": "cms\u0000", "scopes": ["check"]}),
]


@pytest.mark.parametrize(("path", "body"), BODIES)
def test_nul_in_any_request_body_is_a_422_with_a_code(
    db_client: TestClient, db: Database, path: str, body: dict[str, object]
) -> None:
    headers = bearer(new_key(db, "check", "read", "review", "admin"))
    r = db_client.post(path, json=body, headers=headers)
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "invalid_text" and "NUL" in r.json()["detail"]


def test_nul_in_a_review_reason_is_refused(db_client: TestClient, db: Database) -> None:
    headers = bearer(new_key(db, "check", "read", "review"))
    audit_id = db_client.post("/v1/check", json={"text": "这款收益最高"}, headers=headers).json()["audit_id"]
    r = db_client.post(f"/v1/verdicts/{audit_id}/reviews", json={"decision": "reject", "reason": "x\u0000"},
                       headers={**headers, "X-Actor": "reviewer-li"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_text"


def test_nul_in_one_mention_is_that_items_error(db_client: TestClient, db: Database) -> None:
    headers = bearer(new_key(db, "check"))
    r = db_client.post("/v1/mentions", json={"items": [{"source": "weibo", "text": "差评\u0000"},
                                                       {"source": "weibo", "text": "服务很好"}]}, headers=headers)
    assert r.status_code == 200, r.text
    results = r.json()["items"]
    assert results[0]["status"] == "rejected" and results[0]["error"]["code"] == "invalid_text"
    assert results[1]["status"] == "accepted"


def test_a_nul_check_then_six_legitimate_ones_all_reach_the_database(db_client: TestClient, db: Database) -> None:
    # The reported incident: the NUL check was answered 200 and queued the next six behind it forever.
    headers = bearer(new_key(db, "check"))
    assert db_client.post("/v1/check", json={"text": "收益最高\u0000"}, headers=headers).status_code == 422
    for i in range(6):
        r = db_client.post("/v1/check", json={"text": f"第{i}篇科普文章"}, headers=headers)
        assert r.status_code == 200
    assert len(_checks(db)) == 6
    health = db_client.get("/readyz").json()["audit"]
    assert health["status"] == "ok" and health["spooled"] == 0


def test_nul_that_bypasses_the_edge_is_escaped_in_stored_fields(db: Database, tmp_path: Path) -> None:
    recorder = AuditRecorder(db, policy="full", spool_dir=tmp_path, retry_seconds=3600)
    try:
        recorder.record(_event(db, "收益\u0000最高", 0, account="a\u0000b"))
        recorder.record(_event(db, "第二篇", 1))
    finally:
        recorder.close()
    rows = _checks(db)
    assert [r.request_id for r in rows] == ["req-0", "req-1"]
    assert rows[0].stored_text == "收益\ufffd最高" and rows[0].account_id == "a\ufffdb"
    assert recorder.health()["dead_letters"] == 0


def _refuse(recorder: AuditRecorder, bad_id: str) -> None:
    """Make the database refuse one event as PostgreSQL refuses a NUL (a data error), and only that one."""
    real = recorder._write

    def write(rows: list[dict[str, object]], fresh: bool = False) -> None:
        if any(r["id"] == bad_id for r in rows):
            raise DataError("INSERT", {}, Exception("invalid byte sequence for encoding UTF8: 0x00"))
        real(rows, fresh=fresh)

    recorder._write = write  # type: ignore[method-assign]


class _Alerts(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.events: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.events.append(record.getMessage())


def test_an_event_the_database_refuses_is_dead_lettered_and_never_blocks_the_queue(
    db: Database, tmp_path: Path
) -> None:
    alerts = _Alerts()
    logging.getLogger("postguard.audit").addHandler(alerts)
    recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)
    poisoned = _event(db, "收益最高", 0)
    row = check_row(poisoned, policy="none")
    _refuse(recorder, row["id"])
    import app.services.spool as spool_mod

    real_check_row = spool_mod.check_row
    spool_mod.check_row = lambda event, policy: row if event is poisoned else real_check_row(event, policy=policy)
    try:
        recorder.record(poisoned)
        for i in range(1, 7):
            recorder.record(_event(db, f"第{i}篇", i))
        assert recorder.health() == {"status": "degraded", "database": "up", "spooled": 0, "dead_letters": 1}
    finally:
        spool_mod.check_row = real_check_row
        recorder.close()
    assert [r.request_id for r in _checks(db)] == [f"req-{i}" for i in range(1, 7)]
    letters = [json.loads(line) for line in (tmp_path / "dead-letter.jsonl").read_text().splitlines()]
    assert [d["row"]["id"] for d in letters] == [row["id"]] and "DataError" in letters[0]["error"]
    logging.getLogger("postguard.audit").removeHandler(alerts)
    assert alerts.events == ["audit_dead_letter"]


def test_a_spool_with_a_poisoned_line_is_adopted_at_start_and_replayed_around_it(
    db: Database, tmp_path: Path
) -> None:
    # A spool left by the previous container (same host name, pid 1): the poisoned event sits in the middle.
    rows = [check_row(_event(db, f"第{i}篇", i), policy="none") for i in range(5)]
    spool = Spool(tmp_path / "audit-oldhost-1.jsonl")
    for row in rows:
        spool.append(row)
    spool.close()
    import app.services.spool as spool_mod

    real = spool_mod.AuditRecorder._write

    def write(self: AuditRecorder, batch: list[dict[str, object]], fresh: bool = False) -> None:
        if any(r["id"] == rows[2]["id"] for r in batch):
            raise DataError("INSERT", {}, Exception("NUL"))
        real(self, batch, fresh=fresh)

    spool_mod.AuditRecorder._write = write  # type: ignore[method-assign]
    try:
        recorder = AuditRecorder(db, policy="none", spool_dir=tmp_path, retry_seconds=3600)  # no replay() call
    finally:
        spool_mod.AuditRecorder._write = real  # type: ignore[method-assign]
    recorder.close()
    assert [r.request_id for r in _checks(db)] == ["req-0", "req-1", "req-3", "req-4"]
    assert not (tmp_path / "audit-oldhost-1.jsonl").exists()
    assert len((tmp_path / "dead-letter.jsonl").read_text().splitlines()) == 1


@pytest.mark.postgres
def test_postgres_itself_refuses_an_over_long_value_and_the_queue_goes_on(db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL enforces varchar lengths; SQLite does not")
    from app.db import upgrade

    upgrade(db_url)
    database = Database(db_url, audit_key="")
    try:
        recorder = AuditRecorder(database, policy="none", spool_dir=tmp_path, retry_seconds=3600)
        from tests.dbfixtures import lexicon_only, publish_now

        publish_now(database, lexicon_only())
        recorder.record(_event(database, "正常", 0, account="x" * 300))  # column is varchar(200): a data error
        recorder.record(_event(database, "正常", 1))
        recorder.close()
        with database.session() as session:
            n = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "check"))
        assert n == 1 and recorder.health()["dead_letters"] == 1
    finally:
        database.dispose()


@pytest.mark.parametrize("path", ["/v1/verdicts?account=a%00b", "/v1/verdicts?channel=%00", "/v1/verdicts/a%00b",
                                  "/v1/reviews/queue?cursor=%00", "/v1/rulesets/versions/%00"])
def test_nul_in_query_and_path_parameters_is_a_4xx_never_a_500(db_client: TestClient, db: Database, path: str) -> None:
    headers = bearer(new_key(db, "read", "review", "admin"))
    r = db_client.get(path, headers=headers)
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        assert r.headers["content-type"].startswith("application/problem+json")


def test_nul_in_a_text_parameter_is_named_as_such(db_client: TestClient, db: Database) -> None:
    r = db_client.get("/v1/verdicts?account=a%00b", headers=bearer(new_key(db, "read")))
    # PostgreSQL refuses the NUL (a data error); SQLite stores and matches nothing: either way never a 500,
    # and never the misleading "number out of range".
    assert r.status_code in (200, 422) and (r.status_code == 200 or r.json()["code"] == "invalid_text")
