# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
from __future__ import annotations

import copy
import json
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
    doc["lexicon"]["rules"].append(copy.deepcopy(RULE))  # type: ignore[index]  (tests edit their copy)
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
    held = db_client.post(f"/v1/rulesets/versions/{number}/publish", headers=admin)  # 1 of 1 verdicts moves
    assert held.status_code == 409 and held.json()["code"] == "confirmation_required", held.text
    assert held.json()["impact"]["dry_run"]["moves"] == {"pass->block": 1}
    published = db_client.post(f"/v1/rulesets/versions/{number}/publish", json={"confirm": True}, headers=admin)
    assert published.json()["status"] == "published" and published.json()["impact"]["diff"]["rules_added"] == [
        "test.giraffe"]
    deadline = time.monotonic() + 10
    while db_client.get("/readyz").json()["ruleset"]["version"] != number and time.monotonic() < deadline:
        time.sleep(0.05)
    assert db_client.post("/v1/check", json=post, headers=checker).json()["verdict"] == "block"
    assert db_client.post("/v1/rulesets/rollback", headers=admin).json()["code"] == "confirmation_required"
    assert db_client.post("/v1/rulesets/rollback", json={"confirm": True}, headers=admin).json()["number"] == 1
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


def test_a_near_empty_ruleset_is_invalid_and_cannot_be_published(db_client: TestClient, db: Database) -> None:
    """Before: ``name: x`` validated with no problems and published; every post then passed."""
    admin = bearer(new_key(db, "admin"))
    yaml_body = {**admin, "Content-Type": "application/x-yaml"}
    number = db_client.post("/v1/rulesets/versions", content=b"name: x\n", headers=yaml_body).json()["number"]
    report = db_client.post(f"/v1/rulesets/versions/{number}/validate", headers=admin).json()
    assert report["valid"] is False
    assert any("no detector is enabled" in p for p in report["problems"]), report
    assert any("ad_absolute" in p and "coverage.not_checked" in p for p in report["problems"]), report
    r = db_client.post(f"/v1/rulesets/versions/{number}/publish", json={"confirm": True}, headers=admin)
    assert r.status_code == 422 and r.json()["code"] == "ruleset_invalid"
    # A policy that lets every finding pass checks nothing either.
    doc = _doc(db_client, admin)
    doc["policy"] = {"severity_verdict": {"high": "pass", "medium": "pass", "low": "pass", "info": "pass"}}
    number = db_client.post("/v1/rulesets/versions", json={"document": doc}, headers=admin).json()["number"]
    report = db_client.post(f"/v1/rulesets/versions/{number}/validate", headers=admin).json()
    assert report["valid"] is False and "guaranteed_return" in report["problems"][0]


def test_publishing_that_removes_protection_shows_the_impact_and_needs_confirm(db_client: TestClient,
                                                                                db: Database) -> None:
    from sqlalchemy import select

    from app.models import AuditEvent

    admin = bearer(new_key(db, "admin"))
    doc = _doc(db_client, admin)
    rules = doc["lexicon"]["rules"]  # type: ignore[index]
    doc["lexicon"]["rules"] = [r for r in rules if r["category"] == "guaranteed_return"]  # type: ignore[index]
    dropped = sorted({r["category"] for r in rules} - {"guaranteed_return"})
    doc["coverage"]["not_checked"].update({c: "checked by the legal team by hand" for c in dropped})  # type: ignore[index]
    number = db_client.post("/v1/rulesets/versions", json={"document": doc}, headers=admin).json()["number"]
    report = db_client.post(f"/v1/rulesets/versions/{number}/validate", headers=admin).json()
    assert report["valid"] is True, report
    for body in (None, {"confirm": False}):
        held = db_client.post(f"/v1/rulesets/versions/{number}/publish", json=body, headers=admin)
        assert held.status_code == 409 and held.json()["code"] == "confirmation_required", held.text
    impact = held.json()["impact"]
    assert impact["confirmation_required"] and (impact["from_version"], impact["to_version"]) == (1, number)
    assert impact["diff"]["categories_no_longer_checked"] == dropped
    assert any(r.startswith("removes") for r in impact["reasons"])
    assert any(r.startswith("stops checking categories: ad_absolute") for r in impact["reasons"])
    assert impact["dry_run"]["scanned"] == 0  # nothing archived yet; said, not hidden
    assert db_client.get("/readyz").json()["ruleset"]["version"] == 1  # nothing was published
    done = db_client.post(f"/v1/rulesets/versions/{number}/publish", json={"confirm": True}, headers=admin)
    assert done.status_code == 200 and done.json()["status"] == "published"
    assert done.json()["impact"]["reasons"] == impact["reasons"]
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.kind == "ruleset.publish")
                                .order_by(AuditEvent.seq.desc()).limit(1)).one()
    payload = json.loads(event.payload)
    assert payload["confirmed"] is True and payload["reasons"] == impact["reasons"]
    # A change that removes nothing and moves no verdict publishes without a confirmation.
    doc["description"] = "same rules, new words"
    number = db_client.post("/v1/rulesets/versions", json={"document": doc}, headers=admin).json()["number"]
    r = db_client.post(f"/v1/rulesets/versions/{number}/publish", headers=admin)
    assert r.status_code == 200 and r.json()["impact"]["reasons"] == [], r.text
