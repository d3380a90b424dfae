"""Incidents: keyset pages on the list; the mentions behind an incident."""
# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from app.db import Database
from tests.api.test_mentions import fake_registry, item, service
from tests.dbfixtures import bearer, db, db_url, new_key  # noqa: F401


def test_incident_pages_and_their_mentions(db: Database, db_url: str, tmp_path: Path) -> None:
    with service(db_url, tmp_path, None, fake_registry()) as client:
        # each account gets its own burst incident (three negative mentions within 30 minutes)
        for account in ("acc-1", "acc-2", "acc-3"):
            items = [item(n, f"客服态度垃圾，第{n}次", account_id=account, external_id=f"{account}-{n}")
                     for n in range(1, 4)]
            body = client.post("/v1/mentions", json={"items": items}, headers=bearer(new_key(db, "check"))).json()
            assert [i["opened"] for i in body["incidents"]] == [True], body
        review = bearer(new_key(db, "review"))
        everything = [i["id"] for i in client.get("/v1/incidents", headers=review).json()["items"]]
        assert len(everything) == 3
        page1 = client.get("/v1/incidents?limit=2", headers=review).json()
        page2 = client.get(f"/v1/incidents?limit=2&cursor={page1['next_cursor']}", headers=review).json()
        assert [i["id"] for i in page1["items"] + page2["items"]] == everything and page2["next_cursor"] is None
        assert client.get("/v1/incidents?cursor=nope", headers=review).status_code == 422

        incident = page1["items"][0]["id"]
        first = client.get(f"/v1/incidents/{incident}/mentions?limit=2", headers=review).json()
        rest = client.get(f"/v1/incidents/{incident}/mentions?cursor={first['next_cursor']}", headers=review).json()
        mentions = first["items"] + rest["items"]
        assert len(mentions) == 3 and rest["next_cursor"] is None
        assert len({m["account_id"] for m in mentions}) == 1 and all(m["negative"] for m in mentions)
        assert mentions[0]["stored_text"].startswith("客服态度垃圾") and mentions[0]["findings"]
        assert client.get("/v1/incidents/nope/mentions", headers=review).status_code == 404
        acked = client.post(f"/v1/incidents/{incident}/ack", headers={**review, "X-Actor": quote("值班-小王")})
        assert acked.status_code == 200 and acked.json()["acknowledged_by"] == "值班-小王", acked.text
        assert client.get(f"/v1/incidents/{incident}/mentions", headers=bearer(new_key(db, "check"))).status_code == 403
