"""Batch results carry each post's index and id; one bad post gets its own error entry."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_one_bad_post_does_not_fail_the_batch(client: TestClient) -> None:
    posts = [{"text": "稳赚不赔", "id": "a"}, {"text": "", "id": "b"}, "not a post",
             {"text": "x" * 1001, "id": "d"}, {"text": "你好", "channel": "myspace", "id": "e"}]
    r = client.post("/v1/check/batch", json={"posts": posts[:3]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["checked"], body["rejected"]) == (1, 2)
    first, empty, junk = body["results"]
    assert (first["index"], first["id"], first["verdict"]) == (0, "a", "block") and first["audit_id"]
    assert (empty["index"], empty["id"], empty["error"]["code"]) == (1, "b", "empty_text")
    assert (junk["index"], junk["id"], junk["error"]["code"]) == (2, None, "wrong_type")
    r = client.post("/v1/check/batch", json={"posts": posts[3:]})
    assert [(x["id"], x["error"]["code"]) for x in r.json()["results"]] == [
        ("d", "text_too_long"), ("e", "unknown_channel")]


def test_results_carry_the_posts_ids(client: TestClient) -> None:
    r = client.post("/v1/check/batch", json={"posts": [{"text": "你好", "id": "p-1"}, {"text": "你好"}]})
    assert [(x["index"], x["id"], x["verdict"]) for x in r.json()["results"]] == [(0, "p-1", "pass"), (1, None, "pass")]
    assert client.post("/v1/check", json={"text": "你好", "id": "single"}).json()["id"] == "single"
