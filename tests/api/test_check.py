from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient


def test_check_answers_verdict_with_located_findings(client: TestClient) -> None:
    text = "这款产品稳 赚 不 赔，最好的选择"
    resp = client.post("/v1/check", json={"text": text, "channel": "weibo"})
    assert resp.status_code == 200
    body = resp.json()
    assert body["verdict"] == "block" and body["ruleset"]["name"] == "api-test"
    spans = {(f["category"], text[f["start"]:f["end"]]) for f in body["findings"]}
    assert spans == {("guaranteed_return", "稳 赚 不 赔"), ("ad_absolute", "最好")}
    f = body["findings"][0]
    assert {"rule_id", "severity", "message", "basis", "suggestion", "field", "detector"} <= set(f)
    assert all(0 < x["confidence"] <= 1 and x["context"] == "asserted" for x in body["findings"])  # issue 10
    assert resp.headers["x-request-id"] == body["request_id"]


def test_clean_post_passes(client: TestClient) -> None:
    assert client.post("/v1/check", json={"text": "保险不是存款，请仔细阅读条款。"}).json()["verdict"] == "pass"


def test_title_offsets_point_into_the_title(client: TestClient) -> None:
    body = client.post("/v1/check", json={"text": "正文", "title": "稳赚不赔"}).json()
    assert [(f["field"], f["start"], f["end"]) for f in body["findings"]] == [("title", 0, 4)]


def test_request_id_is_taken_from_the_caller(client: TestClient) -> None:
    resp = client.post("/v1/check", json={"text": "你好"}, headers={"X-Request-ID": "abc-123"})
    assert resp.json()["request_id"] == "abc-123"


def test_batch(client: TestClient) -> None:
    resp = client.post("/v1/check/batch", json={"posts": [{"text": "稳赚不赔"}, {"text": "你好"}]})
    assert [r["verdict"] for r in resp.json()["results"]] == ["block", "pass"]


@pytest.mark.parametrize(
    ("body", "headers", "status", "code"),
    [
        ({"text": ""}, None, 422, "empty_text"),
        ({"text": "   "}, None, 422, "empty_text"),
        ({"text": "x" * 1001}, None, 422, "text_too_long"),
        ({"text": "x", "title": "y" * 1001}, None, 422, "text_too_long"),
        ({"text": 5}, None, 422, "wrong_type"),
        ({}, None, 422, "missing_field"),
        ({"text": "x", "channel": "myspace"}, None, 422, "unknown_channel"),
        ({"text": "x", "content_type": "fax"}, None, 422, "unknown_content_type"),
        ({"text": "x", "options": {"detectors": ["nope"]}}, None, 422, "invalid_input"),
        ({"text": "x", "options": {"frobnicate": True}}, None, 422, "unknown_field"),
        ([1, 2], None, 422, "wrong_type"),
        (b"{not json", {"content-type": "application/json"}, 400, "malformed_json"),
        (b'{"text": "\\ud800"}', {"content-type": "application/json"}, 422, "invalid_text"),
        (b'{"text": "\xff\xfe"}', {"content-type": "application/json"}, 400, "malformed_body"),
        (b"text=1", {"content-type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
        (b"x" * 100_001, {"content-type": "application/json"}, 413, "body_too_large"),
    ],
)
def test_bad_input_gets_a_problem_with_a_code(
    client: TestClient, body: object, headers: dict[str, str] | None, status: int, code: str
) -> None:
    if isinstance(body, bytes):
        resp = client.post("/v1/check", content=body, headers=headers)
    else:
        resp = client.post("/v1/check", content=json.dumps(body), headers={"content-type": "application/json"})
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    problem = resp.json()
    assert problem["code"] == code and problem["status"] == status and problem["detail"]


def test_batch_over_the_limit_is_rejected(client: TestClient) -> None:
    resp = client.post("/v1/check/batch", json={"posts": [{"text": "a"}] * 4})
    assert resp.status_code == 422 and resp.json()["code"] == "invalid_input"


def test_unknown_path_is_a_problem(client: TestClient) -> None:
    resp = client.get("/v1/nope")
    assert resp.status_code == 404 and resp.json()["code"] == "not_found"


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["ruleset"]["name"] == "api-test" and "lexicon" in ready["detectors"]


def test_openapi_documents_the_check_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/v1/check" in spec["paths"] and "/v1/check/batch" in spec["paths"]


@pytest.mark.parametrize("value", [0, 1, "true", None])
def test_option_flags_must_be_booleans(client: TestClient, value: object) -> None:
    resp = client.post("/v1/check", json={"text": "你好", "options": {"include_info": value}})
    assert resp.status_code == 422 and resp.json()["code"] == "wrong_type"
