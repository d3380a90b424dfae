# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
from __future__ import annotations

from fastapi.testclient import TestClient

from app.db import Database
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401

POSTS = [  # (text, channel, account, expected verdict)
    ("今天聊聊重疾险的等待期是怎么回事", "wechat_mp", "a1", "pass"),
    ("这个方案配置起来最省心", "weibo", "a1", "review"),
    ("年金险里这款收益最高", "wechat_mp", "a2", "block"),
    ("家庭保障方案最省心的一种", "wechat_mp", "a2", "review"),
]


def _seed(db_client: TestClient, db: Database) -> tuple[dict[str, str], list[str]]:
    checker = bearer(new_key(db, "check"))
    ids = []
    for text, channel, account, verdict in POSTS:
        r = db_client.post("/v1/check", json={"text": text, "channel": channel, "account": {"id": account},
                                              "purpose": "publish"},
                        headers=checker)
        assert r.status_code == 200 and r.json()["verdict"] == verdict, r.text
        ids.append(r.json()["audit_id"])
    return {**bearer(new_key(db, "read", "review")), "X-Actor": "reviewer-1"}, ids


def test_list_filter_and_keyset_pages(db_client: TestClient, db: Database) -> None:
    headers, ids = _seed(db_client, db)
    page1 = db_client.get("/v1/verdicts?limit=3", headers=headers).json()
    assert [v["id"] for v in page1["items"]] == ids[::-1][:3]
    page2 = db_client.get(f"/v1/verdicts?limit=3&cursor={page1['next_cursor']}", headers=headers).json()
    assert [v["id"] for v in page2["items"]] == [ids[0]] and page2["next_cursor"] is None
    for query, expected in [("verdict=review", [ids[3], ids[1]]), ("channel=weibo", [ids[1]]),
                            ("account=a2", [ids[3], ids[2]]), ("category=ad_absolute", [ids[3], ids[2], ids[1]]),
                            ("since=2999-01-01T00:00:00Z", [])]:
        got = db_client.get(f"/v1/verdicts?{query}", headers=headers).json()["items"]
        assert [v["id"] for v in got] == expected, query
    assert db_client.get("/v1/verdicts?cursor=zzz", headers=headers).status_code == 422


def test_detail_review_queue_and_stats(db_client: TestClient, db: Database) -> None:
    headers, ids = _seed(db_client, db)
    detail = db_client.get(f"/v1/verdicts/{ids[2]}", headers=headers).json()
    assert detail["verdict"] == "block" and detail["stored_text"] == POSTS[2][0] and len(detail["hash"]) == 64
    assert detail["findings"][0]["category"] == "ad_absolute"
    assert db_client.get("/v1/verdicts/nope", headers=headers).status_code == 404
    queue = db_client.get("/v1/reviews/queue", headers=headers).json()["items"]
    assert [v["id"] for v in queue] == [ids[1], ids[3]]  # oldest first
    no_reason = db_client.post(f"/v1/verdicts/{ids[1]}/reviews", json={"decision": "approve"}, headers=headers)
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["detail"]
    ok = db_client.post(f"/v1/verdicts/{ids[1]}/reviews", json={"decision": "approve", "reason": "产品客观描述"},
                     headers=headers)
    assert ok.status_code == 201 and ok.json()["dismissed_rules"]
    db_client.post(f"/v1/verdicts/{ids[3]}/reviews", json={"decision": "escalate", "reason": "拿不准"}, headers=headers)
    assert [v["id"] for v in db_client.get("/v1/reviews/queue", headers=headers).json()["items"]] == [ids[3]]
    db_client.post(f"/v1/verdicts/{ids[3]}/reviews", json={"decision": "reject", "reason": "绝对化"}, headers=headers)
    assert db_client.get("/v1/reviews/queue", headers=headers).json()["items"] == []
    assert db_client.get(f"/v1/verdicts/{ids[3]}", headers=headers).json()["decision"] == "reject"
    stats = db_client.get("/v1/stats", headers=headers).json()
    assert stats["checked"] == 4 and stats["compliance_rate"] == 0.5  # one pass + one approved
    assert sum(stats["by_verdict"].values()) == 4 and set(stats["by_verdict"]) <= {"pass", "review", "block"}
    assert {r["key"]: r["compliance_rate"] for r in stats["by_channel"]} == {"wechat_mp": 0.3333, "weibo": 1.0}
    context = next(r for r in stats["top_rules"] if r["rule_id"] == "ad_absolute.superlative_context")
    assert (context["hits"], context["reviewed"], context["dismissed"], context["false_positive_rate"]) == (
        2, 2, 1, 0.5)


def test_recheck_under_another_version(db_client: TestClient, db: Database) -> None:
    headers, ids = _seed(db_client, db)
    admin = bearer(new_key(db, "admin"))
    doc = db_client.get("/v1/rulesets/versions/1", headers=admin).json()["document"]
    doc["lexicon"]["rules"] = [r for r in doc["lexicon"]["rules"] if r["id"] != "ad_absolute.superlative_quality"]
    draft = db_client.post("/v1/rulesets/versions", json={"document": doc, "notes": "drop a rule"}, headers=admin)
    assert draft.status_code == 201, draft.text
    r = db_client.post(f"/v1/verdicts/{ids[2]}/recheck?version={draft.json()['number']}", headers=headers).json()
    assert r["before"]["verdict"] == "block" and r["after"]["verdict"] != "block" and r["changed"]
