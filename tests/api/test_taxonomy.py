"""GET /v1/taxonomy: category labels in Chinese and English (issue 11 item 12)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.taxonomy import Category


def test_taxonomy_lists_every_category_with_both_labels(client: TestClient) -> None:
    r = client.get("/v1/taxonomy")
    assert r.status_code == 200
    rows = {row["code"]: row for row in r.json()}
    assert list(rows) == [c.value for c in Category]
    assert rows["guaranteed_return"]["label"] == "承诺收益/保本"  # Chinese by default
    assert rows["pii_health"]["kind"] == "personal_information"
    assert rows["missing_disclosure"]["kind"] == "post_level"
    assert all(row["label_zh"] and row["label_en"] for row in rows.values())


def test_taxonomy_language_follows_the_request(client: TestClient) -> None:
    en = client.get("/v1/taxonomy", headers={"Accept-Language": "en-GB,en;q=0.8"}).json()
    assert en[0]["label"] == en[0]["label_en"]
    zh = client.get("/v1/taxonomy?lang=zh", headers={"Accept-Language": "en"}).json()
    assert zh[0]["label"] == zh[0]["label_zh"]
    assert client.get("/v1/taxonomy?lang=fr").status_code == 422
