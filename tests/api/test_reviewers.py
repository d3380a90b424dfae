"""Decisions are made by people (X-Actor), reviewers can open what they review, overrides keep the first."""
# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient

from app.db import Database
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401


def _flagged(client: TestClient, db: Database) -> str:
    r = client.post("/v1/check", json={"text": "这个方案配置起来最省心"}, headers=bearer(new_key(db, "check")))
    assert r.json()["verdict"] == "review", r.text
    return str(r.json()["audit_id"])


def test_a_decision_names_the_person_and_the_key(db_client: TestClient, db: Database) -> None:
    audit_id = _flagged(db_client, db)
    key = new_key(db, "review")
    url = f"/v1/verdicts/{audit_id}/reviews"
    body = {"decision": "reject", "reason": "绝对化"}
    missing = db_client.post(url, json=body, headers=bearer(key))
    assert missing.status_code == 422 and missing.json()["code"] == "actor_required", missing.text
    r = db_client.post(url, json=body, headers={**bearer(key), "X-Actor": quote("王审核")})
    assert r.status_code == 201, r.text
    assert r.json()["reviewer"] == "王审核" and r.json()["key_id"] and r.json()["key_id"] not in key[8:]
    raw = db_client.get(f"/v1/verdicts/{audit_id}", headers=bearer(key)).json()["reviews"][0]
    assert raw["reviewer"] == "王审核" and raw["key_id"] and raw["key_id"] != "王审核"
    utf8 = db_client.post(url, json={**body, "override": True, "reason": "复核"},
                          headers={b"authorization": f"Bearer {key}".encode(), b"x-actor": "李四".encode()})
    assert utf8.status_code == 201 and utf8.json()["reviewer"] == "李四", utf8.text


def test_the_review_scope_reads_what_it_reviews(db_client: TestClient, db: Database) -> None:
    audit_id = _flagged(db_client, db)
    reviewer = bearer(new_key(db, "review"))
    queue = db_client.get("/v1/reviews/queue", headers=reviewer).json()["items"]
    assert [q["id"] for q in queue] == [audit_id]
    assert queue[0]["stored_text"] == "这个方案配置起来最省心" and queue[0]["findings"][0]["message"]
    detail = db_client.get(f"/v1/verdicts/{audit_id}", headers=reviewer)
    assert detail.status_code == 200 and detail.json()["findings"], detail.text
    assert db_client.get(f"/v1/verdicts/{audit_id}", headers=bearer(new_key(db, "check"))).status_code == 403


def test_a_second_decision_is_an_explicit_override_that_keeps_the_first(db_client: TestClient, db: Database) -> None:
    audit_id = _flagged(db_client, db)
    headers = {**bearer(new_key(db, "read", "review")), "X-Actor": "reviewer-a"}
    url = f"/v1/verdicts/{audit_id}/reviews"
    escalated = db_client.post(url, json={"decision": "escalate", "reason": "拿不准"}, headers=headers)
    first = db_client.post(url, json={"decision": "approve", "reason": "客观描述"}, headers=headers)
    assert escalated.status_code == 201 and first.status_code == 201, first.text  # escalate is not final
    again = db_client.post(url, json={"decision": "reject", "reason": "绝对化"},
                           headers={**headers, "X-Actor": "reviewer-b"})
    assert again.status_code == 409 and again.json()["code"] == "already_decided", again.text
    assert "reviewer-a" in again.json()["detail"]
    no_reason = db_client.post(url, json={"decision": "reject", "override": True}, headers=headers)
    assert no_reason.status_code == 422
    over = db_client.post(url, json={"decision": "reject", "reason": "绝对化", "override": True},
                          headers={**headers, "X-Actor": "reviewer-b"})
    assert over.status_code == 201 and over.json()["overrides"] == first.json()["id"], over.text
    detail = db_client.get(f"/v1/verdicts/{audit_id}", headers=headers).json()
    assert [(r["decision"], r["reviewer"]) for r in detail["reviews"]] == [
        ("escalate", "reviewer-a"), ("approve", "reviewer-a"), ("reject", "reviewer-b")]
    assert detail["decision"] == "reject"
    nothing = _flagged(db_client, db)
    bad = db_client.post(f"/v1/verdicts/{nothing}/reviews", json={"decision": "reject", "reason": "x",
                                                                   "override": True}, headers=headers)
    assert bad.status_code == 422
