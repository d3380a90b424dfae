"""API records: times in the service zone, purposes and 合规率, self-explaining verdicts, LIKE escaping."""
# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from app.db import Database
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _check(client: TestClient, db: Database, text: str, **body: object) -> str:
    r = client.post("/v1/check", json={"text": text, **body}, headers=bearer(new_key(db, "check")))
    assert r.status_code == 200, r.text
    return str(r.json()["audit_id"])


@pytest.mark.parametrize("path", ["/v1/verdicts", "/v1/stats", "/v1/incidents"])
def test_dates_and_zone_less_times_are_read_in_the_service_zone(db_client: TestClient, db: Database,
                                                               path: str) -> None:
    audit_id = _check(db_client, db, "这款产品收益最高", purpose="publish")
    headers = bearer(new_key(db, "read", "review"))
    local = datetime.now(SHANGHAI).replace(tzinfo=None)
    for query in ("since=2026-12-04", "since=2026-12-04T14:56:00", f"since={local.date()}"):
        assert db_client.get(f"{path}?{query}", headers=headers).status_code == 200, query
    if path == "/v1/stats":  # the day in the service zone, as the response says
        stats = db_client.get(f"{path}?since=2026-12-04&until=2026-12-04", headers=headers).json()
        assert (stats["since"], stats["until"]) == ("2026-12-04T00:00:00+08:00", "2026-12-05T00:00:00+08:00")
    if path != "/v1/verdicts":
        return

    def ids(query: str) -> list[str]:
        return [v["id"] for v in db_client.get(f"/v1/verdicts?{query}", headers=headers).json()["items"]]

    # Read as UTC, an hour ago in Shanghai would be seven hours ahead: the check would not be found.
    assert ids(f"since={(local - timedelta(hours=1)).isoformat()}") == [audit_id]
    assert ids(f"since={(local + timedelta(hours=1)).isoformat()}") == []
    assert ids(f"since={local.date()}&until={local.date()}") == [audit_id]  # until=DATE: through that day
    assert ids(f"until={local.date()}T00:00:00") == []


@pytest.mark.parametrize("path", ["/v1/verdicts", "/v1/stats", "/v1/incidents"])
@pytest.mark.parametrize("query", ["since=0001-01-01T00:00:00%2B08:00", "since=0001-01-01",
                                   "until=9999-12-31T23:00:00-05:00", "since=9999-12-31T23:00:00-05:00",
                                   "since=2026-02-30"])
def test_out_of_range_times_are_422(db_client: TestClient, db: Database, path: str, query: str) -> None:
    if path == "/v1/incidents" and query.startswith("until"):
        query = query.replace("until", "since")
    r = db_client.get(f"{path}?{query}", headers=bearer(new_key(db, "read", "review")))
    assert r.status_code == 422 and r.json()["code"] == "invalid_datetime", r.text


def test_until_the_last_day_is_open_ended(db_client: TestClient, db: Database) -> None:
    _check(db_client, db, "你好")
    r = db_client.get("/v1/verdicts?until=9999-12-31", headers=bearer(new_key(db, "read")))
    assert r.status_code == 200 and len(r.json()["items"]) == 1


@pytest.mark.parametrize("created_at", ["0001-01-01T00:00:00+08:00", "9999-12-31T23:00:00-05:00"])
def test_mention_times_out_of_range_are_item_errors(db_client: TestClient, db: Database, created_at: str) -> None:
    items = [{"source": "weibo", "text": "垃圾公司", "created_at": created_at}, {"source": "weibo", "text": "不错"}]
    r = db_client.post("/v1/mentions", json={"items": items}, headers=bearer(new_key(db, "check")))
    assert r.status_code == 200, r.text
    assert [i["status"] for i in r.json()["items"]] == ["rejected", "accepted"]
    assert r.json()["items"][0]["error"]["code"] == "invalid_datetime"


def test_like_wildcards_in_category_are_literal(db_client: TestClient, db: Database) -> None:
    _check(db_client, db, "这款产品收益最高")
    headers = bearer(new_key(db, "read"))
    for category in ("%", "_", "ad%", "ad\\_absolute"):
        r = db_client.get("/v1/verdicts", params={"category": category}, headers=headers)
        assert r.status_code == 200 and r.json()["items"] == [], category
    assert len(db_client.get("/v1/verdicts?category=ad_absolute", headers=headers).json()["items"]) == 1


def test_compliance_rate_counts_posts_submitted_for_publication(db_client: TestClient, db: Database) -> None:
    _check(db_client, db, "今天聊聊重疾险的等待期是怎么回事", purpose="publish")  # pass
    _check(db_client, db, "年金险里这款收益最高", purpose="publish")  # block
    for _ in range(3):  # drafts, CI runs and scans move no figure
        _check(db_client, db, "年金险里这款收益最高")
    _check(db_client, db, "年金险里这款收益最高", purpose="ci")
    _check(db_client, db, "年金险里这款收益最高", purpose="scan")
    headers = bearer(new_key(db, "read"))
    stats = db_client.get("/v1/stats", headers=headers).json()
    assert (stats["purpose"], stats["checked"], stats["compliance_rate"]) == ("publish", 2, 0.5)
    assert stats["by_purpose"] == {"publish": 2, "draft": 3, "ci": 1, "scan": 1}
    today = datetime.now(UTC).astimezone(SHANGHAI).date().isoformat()
    assert [d["key"] for d in stats["by_day"]] == [today] and stats["timezone"] == "Asia/Shanghai"
    drafts = db_client.get("/v1/stats?purpose=draft", headers=headers).json()
    assert (drafts["checked"], drafts["compliance_rate"]) == (3, 0.0)
    assert db_client.get("/v1/stats?purpose=all", headers=headers).json()["checked"] == 7
    bad = db_client.post("/v1/check", json={"text": "你好", "purpose": "vanity"}, headers=bearer(new_key(db, "check")))
    assert bad.status_code == 422


def test_a_stored_verdict_explains_itself(db_client: TestClient, db: Database) -> None:
    audit_id = _check(db_client, db, "年金险里这款收益最高")
    detail = db_client.get(f"/v1/verdicts/{audit_id}", headers=bearer(new_key(db, "read"))).json()
    assert detail["ruleset_version"] == 1 and detail["findings"]
    for f in detail["findings"]:
        assert f["message"] and f["basis"] and f["suggestion"] and f["rule_id"], f
    assert any(f["text"] == "收益最高" for f in detail["findings"]), detail["findings"]
