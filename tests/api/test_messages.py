"""Problems in Chinese or English by Accept-Language; the code never changes (issue 11 item 12)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.messages import ZH, localise


def test_problem_in_chinese_keeps_code_and_english_specifics(client: TestClient) -> None:
    r = client.post("/v1/check", json={"text": "x", "channel": "fax"}, headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    body = r.json()
    assert body["code"] == "unknown_channel" and body["title"] == "未知渠道"
    assert body["detail"].startswith("发布渠道不在支持的列表中（") and "channel" in body["detail"]


def test_problem_in_english_by_default(client: TestClient) -> None:
    body = client.post("/v1/check", json={"text": "x", "channel": "fax"}).json()
    assert body["code"] == "unknown_channel" and body["title"] == "Invalid request"
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in body["title"] + body["detail"])


def test_middleware_problems_are_localised_too(client: TestClient) -> None:
    r = client.post("/v1/check", content=b"a=b", headers={"content-type": "text/plain", "Accept-Language": "zh"})
    assert r.status_code == 415 and r.json()["title"] == "不支持的内容类型"


def test_unknown_code_falls_back_and_every_entry_has_both_parts() -> None:
    assert localise("brand_new_code", "T", "D", "zh")[0] == "请求错误"
    assert localise("not_found", "Not found", "no verdict 7", "en") == ("Not found", "no verdict 7")
    assert all(title and message for title, message in ZH.values())
