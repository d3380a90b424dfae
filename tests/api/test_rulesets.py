# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
from __future__ import annotations

import time

import yaml
from fastapi.testclient import TestClient

from app.db import Database
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401

RULE = {"id": "test.giraffe", "category": "guaranteed_return", "severity": "high", "terms": ["紫色长颈鹿计划"],
        "message": "承诺收益", "basis": "《广告法》第二十五条", "suggestion": "删除",
        "examples": {"hit": ["快来加入紫色长颈鹿计划"], "miss": ["长颈鹿很高"]}}


def _doc(db_client: TestClient, headers: dict[str, str]) -> dict[str, object]:
    doc: dict[str, object] = db_client.get("/v1/rulesets/versions/1", headers=headers).json()["document"]
    doc["lexicon"]["rules"].append(RULE)  # type: ignore[index]
    return doc


def test_yaml_draft_validate_diff_dry_run_publish_rollback(db_client: TestClient, db: Database) -> None:
    admin = bearer(new_key(db, "admin"))
    checker = bearer(new_key(db, "check"))
    post = {"text": "朋友们都在聊紫色长颈鹿计划", "channel": "weibo"}
    assert db_client.post("/v1/check", json=post, headers=checker).json()["verdict"] == "pass"
    body = yaml.safe_dump(_doc(db_client, admin), allow_unicode=True)
    r = db_client.post("/v1/rulesets/versions?notes=giraffe", content=body.encode(),
                    headers={**admin, "Content-Type": "application/x-yaml"})
    assert r.status_code == 201, r.text
    number = r.json()["number"]
    assert r.json()["status"] == "draft" and r.json()["notes"] == "giraffe"
    assert db_client.post(f"/v1/rulesets/versions/{number}/validate", headers=admin).json()["valid"] is True
    diff = db_client.get(f"/v1/rulesets/diff?to={number}", headers=admin).json()
    assert diff["rules_added"] == ["test.giraffe"] and diff["rules_removed"] == []
    dry = db_client.post(f"/v1/rulesets/versions/{number}/dry-run?limit=10", headers=admin).json()
    assert dry["checked"] == 1 and dry["moves"] == {"pass->block": 1}
    assert db_client.post(f"/v1/rulesets/versions/{number}/publish", headers=admin).json()["status"] == "published"
    deadline = time.monotonic() + 10
    while db_client.get("/readyz").json()["ruleset"]["version"] != number and time.monotonic() < deadline:
        time.sleep(0.05)
    assert db_client.post("/v1/check", json=post, headers=checker).json()["verdict"] == "block"
    assert db_client.post("/v1/rulesets/rollback", headers=admin).json()["number"] == 1
    deadline = time.monotonic() + 10
    while db_client.get("/readyz").json()["ruleset"]["version"] != 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert db_client.post("/v1/check", json=post, headers=checker).json()["verdict"] == "pass"
    versions = db_client.get("/v1/rulesets/versions", headers=admin).json()
    assert [(v["number"], v["status"]) for v in versions] == [(number, "retired"), (1, "published")]


def test_bad_drafts_are_rejected_with_reasons(db_client: TestClient, db: Database) -> None:
    admin = bearer(new_key(db, "admin"))
    r = db_client.post("/v1/rulesets/versions", json={"document": {"name": "x", "policy": {"nope": 1}}}, headers=admin)
    assert r.status_code == 422 and r.json()["code"] == "ruleset_invalid"
    doc = _doc(db_client, admin)
    doc["lexicon"]["rules"][-1]["examples"] = {"hit": ["和规则无关的句子"]}  # type: ignore[index]
    number = db_client.post("/v1/rulesets/versions", json={"document": doc}, headers=admin).json()["number"]
    report = db_client.post(f"/v1/rulesets/versions/{number}/validate", headers=admin).json()
    assert report["valid"] is False and "test.giraffe" in report["problems"][0]
    r = db_client.post(f"/v1/rulesets/versions/{number}/publish", headers=admin)
    assert r.status_code == 422 and "fails validation" in r.json()["detail"]
    assert db_client.post("/v1/rulesets/versions/1/publish", headers=admin).status_code == 409


def test_handbook_markdown_and_html(db_client: TestClient, db: Database) -> None:
    reader = bearer(new_key(db, "read"))
    md = db_client.get("/v1/rulesets/versions/1/handbook", headers=reader)
    assert md.status_code == 200 and md.text.startswith("# 审核标准和细则") and "## 绝对化用语" in md.text
    page = db_client.get("/v1/rulesets/versions/1/handbook?format=html", headers=reader)
    assert page.headers["content-type"].startswith("text/html") and "<h2>绝对化用语" in page.text


def test_yaml_draft_that_is_not_utf8_is_a_422_with_a_code(db_client: TestClient, db: Database) -> None:
    admin = bearer(new_key(db, "admin"))
    r = db_client.post("/v1/rulesets/versions", content="name: 默认规则\n".encode("gbk"),
                       headers={**admin, "Content-Type": "application/x-yaml"})
    assert r.status_code == 422 and r.json()["code"] == "ruleset_not_utf8", r.text
    assert "not UTF-8" in r.json()["detail"]
