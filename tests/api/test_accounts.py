# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""The account archive over HTTP (issue 13): records, CSV and XLSX imports with per-row errors, the contact stored
per the PII policy, the four reports; on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.db import Database
from app.detectors.registry import discover
from app.main import create_app
from app.models import Account, AuditEvent
from app.services.audit import append_events, new_event
from tests.dbfixtures import bearer, db, db_url, make_settings, new_key  # noqa: F401


@pytest.fixture
def api(db: Database, db_url: str, tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, str], dict[str, str]]]:
    """The service (contacts masked, hashed with a key), an admin key's headers and a read key's."""
    settings = make_settings(db_url, tmp_path, store_text="redacted", mention_hash_key="contact-key")
    admin, reader = new_key(db, "admin"), new_key(db, "read")
    with TestClient(create_app(settings, registry=discover(["lexicon"]))) as client:
        yield client, bearer(admin), bearer(reader)


def account(**changes: Any) -> dict[str, Any]:
    return {"platform": "wechat_mp", "handle": "anning_hz", "display_name": "安宁人寿杭州", "owner_employee_id": "E001",
            "owner_name": "王小明", "branch": "杭州分公司", "contact": "138-1234-5678", "registration_status":
            "registered", "registered_on": "2024-03-01", "opened_on": "2024-01-05", **changes}


def test_crud_and_the_audit_trail(api: Any, db: Database) -> None:
    client, admin, reader = api
    created = client.post("/v1/accounts", json=account(), headers={**admin, "X-Actor": "li"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["id"] == "wechat_mp:anning_hz" and body["complete"] and body["missing"] == []
    assert (body["contact"], body["contact_policy"]) == ("138****5678", "redacted")
    assert client.post("/v1/accounts", json=account(), headers=admin).json()["code"] == "conflict"
    again = client.post("/v1/accounts", json=account(id="other"), headers=admin)
    assert again.status_code == 409 and "wechat_mp:anning_hz" in again.json()["detail"]
    assert client.post("/v1/accounts", json=account(handle="x"), headers=reader).status_code == 403

    got = client.get("/v1/accounts/wechat_mp:anning_hz", headers=reader).json()
    assert got["owner_name"] == "王小明" and got["updated_by"] == "li"
    changed = client.patch("/v1/accounts/wechat_mp:anning_hz", json={"branch": None, "status": "suspended"},
                           headers=admin).json()
    assert (changed["branch"], changed["status"], changed["missing"], changed["complete"]) == (
        None, "suspended", ["branch"], False)
    assert client.patch("/v1/accounts/nope", json={"notes": "x"}, headers=admin).status_code == 404
    closed = client.patch("/v1/accounts/wechat_mp:anning_hz", json={"status": "closed", "closed_on": "2023-01-01"},
                          headers=admin).json()
    assert closed["problems"] == ["closed_on is before opened_on"]

    # The same contact written another way finds the account (keyed hash); the raw number is stored nowhere.
    found = client.get("/v1/accounts", params={"contact": "13812345678"}, headers=reader).json()["items"]
    assert [a["id"] for a in found] == ["wechat_mp:anning_hz"]
    with db.session() as session:
        row = session.get(Account, "wechat_mp:anning_hz")
        assert row is not None and row.contact == "138****5678" and row.contact_hash
        kinds = [(e.kind, json.loads(e.payload)) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.kind.like("account.%")).order_by(AuditEvent.seq))]
    assert kinds[0] == ("account.create", {"fields": sorted(
        ["platform", "handle", "display_name", "owner_employee_id", "owner_name", "branch", "contact",
         "registration_status", "registered_on", "opened_on"])})
    assert kinds[1] == ("account.update", {"fields": ["branch", "status"]})
    assert "13812345678" not in json.dumps(kinds) and "1234" not in json.dumps(kinds)

    gone = client.delete("/v1/accounts/wechat_mp:anning_hz", headers=admin)
    assert gone.status_code == 200 and gone.json()["id"] == "wechat_mp:anning_hz"
    assert client.get("/v1/accounts/wechat_mp:anning_hz", headers=reader).status_code == 404


def test_full_policy_keeps_the_contact_and_bad_input_is_refused(db: Database, db_url: str, tmp_path: Path) -> None:
    settings = make_settings(db_url, tmp_path, store_text="full")
    admin = bearer(new_key(db, "admin"))
    with TestClient(create_app(settings, registry=discover(["lexicon"]))) as client:
        body = client.post("/v1/accounts", json=account(contact="li@example.com"), headers=admin).json()
        assert (body["contact"], body["contact_policy"]) == ("li@example.com", "full")
        for bad, code in (({"platform": "fax", "handle": "x"}, "invalid_value"),
                          ({"platform": "weibo", "handle": "  "}, "empty_text"),
                          ({"platform": "weibo", "handle": "x", "id": "a b"}, "validation_error"),
                          ({"platform": "weibo", "handle": "x", "opened_on": "2024-13-01"}, "validation_error"),
                          ({"platform": "weibo", "handle": "x", "colour": "red"}, "unknown_field")):
            answer = client.post("/v1/accounts", json=bad, headers=admin)
            assert answer.status_code == 422 and answer.headers["content-type"] == "application/problem+json"
            assert answer.json()["code"] == code, (bad, answer.json())


CSV = """平台,账号,名称,工号,负责人,分支机构,联系方式,报备状态,报备日期,开通日期,状态,微信群
公众号,anning_hz,安宁人寿杭州,E001,王小明,杭州分公司,13812345678,已报备,2024/3/1,2024年1月5日,正常,x
微博,anning_hz_wb,安宁杭州微博,E001,王小明,杭州分公司,,报备中,,2024-02-01,正常,
火星,mars,,,,,,,,,,
抖音,anning_dy,,E002,陈静,宁波分公司,13900001111,已报备,2024-04-01,2024-04-01,暂停,
公众号,anning_hz,重复,,,,,,,,,
抖音,anning_dy2,,,,,,,,2024-99-01,,
"""


def test_csv_import_reports_each_bad_row_and_stores_the_rest(api: Any) -> None:
    client, admin, reader = api
    dry = client.post("/v1/accounts/import", json={"format": "csv", "data": CSV, "dry_run": True}, headers=admin)
    assert dry.status_code == 200, dry.text
    assert (dry.json()["created"], dry.json()["rejected"]) == (3, 3)
    assert client.get("/v1/accounts", headers=reader).json()["items"] == []  # a dry run stores nothing
    report = client.post("/v1/accounts/import", json={"format": "csv", "data": CSV}, headers=admin).json()
    assert (report["rows"], report["created"], report["updated"], report["rejected"]) == (6, 3, 0, 3)
    assert report["ignored_columns"] == ["微信群"]
    errors = {(e["row"], e["code"], e["field"]) for e in report["errors"]}
    assert errors == {(4, "invalid_value", "platform"), (6, "duplicate_in_file", "id"),
                      (7, "invalid_date", "opened_on")}
    items = {a["id"]: a for a in client.get("/v1/accounts", headers=reader).json()["items"]}
    assert set(items) == {"wechat_mp:anning_hz", "weibo:anning_hz_wb", "douyin:anning_dy"}
    hz = items["wechat_mp:anning_hz"]
    assert (hz["registered_on"], hz["opened_on"], hz["contact"], hz["complete"]) == (
        "2024-03-01", "2024-01-05", "138****5678", True)
    assert items["douyin:anning_dy"]["status"] == "suspended"
    # Importing again updates by id (or platform and handle); empty cells leave fields as they were.
    update = "id,branch\nweibo:anning_hz_wb,温州分公司\n"
    again = client.post("/v1/accounts/import", json={"format": "csv", "data": update}, headers=admin).json()
    assert (again["created"], again["updated"], again["rejected"]) == (0, 1, 0)
    wb = client.get("/v1/accounts/weibo:anning_hz_wb", headers=reader).json()
    assert (wb["branch"], wb["owner_name"]) == ("温州分公司", "王小明")


def test_xlsx_import(api: Any) -> None:
    from openpyxl import Workbook

    client, admin, reader = api
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["platform", "handle", "owner_name", "owner_employee_id", "contact", "opened_on", "status"])
    sheet.append(["xiaohongshu", "anning_xhs", "赵敏", 10086, 13700001111, datetime(2024, 5, 6), "active"])
    sheet.append(["xiaohongshu", None, "钱多多", None, None, None, "active"])
    buffer = io.BytesIO()
    book.save(buffer)
    data = base64.b64encode(buffer.getvalue()).decode()
    report = client.post("/v1/accounts/import", json={"format": "xlsx", "data": data}, headers=admin).json()
    assert (report["created"], report["rejected"]) == (1, 1)
    assert report["errors"][0]["row"] == 3 and report["errors"][0]["code"] == "missing_field"
    got = client.get("/v1/accounts/xiaohongshu:anning_xhs", headers=reader).json()
    assert (got["owner_employee_id"], got["contact"], got["opened_on"]) == ("10086", "137****1111", "2024-05-06")
    for bad in ({"format": "xlsx", "data": "not base64!"}, {"format": "xlsx", "data": base64.b64encode(b"PK").decode()},
                {"format": "csv", "data": ""}):
        answer = client.post("/v1/accounts/import", json=bad, headers=admin)
        assert answer.status_code == 422 and answer.json()["code"] == "invalid_input", answer.text


def _check(session: Any, account_id: str, verdict: str, at: datetime) -> None:
    append_events(session, [new_event("check", account_id=account_id, verdict=verdict, purpose="publish",
                                      created_at=at)])


def test_reports_on_a_test_archive(api: Any, db: Database) -> None:
    client, admin, reader = api
    # Several owners; one (E001) runs four accounts; two records incomplete; one closed.
    rows = [account(handle="a1"), account(handle="a2", platform="weibo"), account(handle="a3", platform="douyin"),
            account(handle="a4", platform="toutiao", status="closed", closed_on="2024-06-01"),
            account(handle="a5", platform="xiaohongshu"),
            account(handle="b1", owner_employee_id="E002", owner_name="陈静", branch=None),
            account(handle="c1", owner_employee_id="E003", owner_name="周杰", registration_status="pending",
                    registered_on=None)]
    for row in rows:
        assert client.post("/v1/accounts", json=row, headers=admin).status_code == 201
    owners = client.get("/v1/accounts/reports/owners", headers=reader).json()  # default limit 3
    assert [(o["owner"], o["accounts"]) for o in owners] == [("E001", 4)]
    assert "toutiao:a4" not in owners[0]["account_ids"]
    assert client.get("/v1/accounts/reports/owners", params={"more_than": 0}, headers=reader).json()[-1][
        "accounts"] == 1
    incomplete = {r["id"]: r for r in client.get("/v1/accounts/reports/incomplete", headers=reader).json()}
    assert set(incomplete) == {"wechat_mp:b1", "wechat_mp:c1"}
    assert incomplete["wechat_mp:b1"]["missing"] == ["branch"]
    assert incomplete["wechat_mp:c1"]["registration_status"] == "pending"

    # Checks and mentions from accounts the archive does not hold are reported, never refused.
    seen = client.post("/v1/check", json={"text": "周末聊聊保险", "account": {"id": "gh_ghost"}},
                       headers=admin)
    assert seen.status_code == 200
    mention = {"source": "weibo", "account_id": "wb_ghost", "text": "客服电话打不通"}
    client.post("/v1/mentions", json={"items": [mention]}, headers=admin)
    client.post("/v1/check", json={"text": "周末聊聊保险", "account": {"id": "wechat_mp:a1"}}, headers=admin)
    ghosts = client.get("/v1/accounts/reports/unregistered", headers=reader).json()
    assert [(g["account_id"], g["checks"], g["mentions"]) for g in ghosts] in (
        [("gh_ghost", 1, 0), ("wb_ghost", 0, 1)], [("wb_ghost", 0, 1), ("gh_ghost", 1, 0)])
    old = client.get("/v1/accounts/reports/unregistered", params={"until": "2020-01-01"}, headers=reader).json()
    assert old == []

    # 合规率 by week: a1 falls from 4/4 to 1/4; a2 stays; a3 falls but has too few checks.
    now = datetime.now(UTC)
    with db.session() as session, session.begin():
        for i in range(4):
            _check(session, "wechat_mp:a1", "pass", now - timedelta(days=10, hours=i))
            _check(session, "wechat_mp:a1", "pass" if i == 0 else "block", now - timedelta(days=2, hours=i))
            _check(session, "weibo:a2", "pass", now - timedelta(days=10, hours=i))
            _check(session, "weibo:a2", "pass", now - timedelta(days=2, hours=i))
        _check(session, "douyin:a3", "pass", now - timedelta(days=9))
        _check(session, "douyin:a3", "block", now - timedelta(days=1))
    falling = client.get("/v1/accounts/reports/falling", params={"weeks": 3}, headers=reader).json()
    assert [(f["account_id"], f["previous_rate"], f["latest_rate"], f["drop"]) for f in falling] == [
        ("wechat_mp:a1", 1.0, 0.25, 0.75)]
    assert falling[0]["registered"] and falling[0]["owner_name"] == "王小明"
    assert [w["checked"] for w in falling[0]["weeks"]] == [0, 4, 4]
    loose = client.get("/v1/accounts/reports/falling", params={"min_checks": 1}, headers=reader).json()
    assert [f["account_id"] for f in loose] == ["douyin:a3", "wechat_mp:a1"]
    assert client.get("/v1/accounts/reports/falling", params={"weeks": 1}, headers=reader).status_code == 422
