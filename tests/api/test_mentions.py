# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.db import Database
from app.detectors.registry import Registry, discover
from app.main import create_app
from app.models import Mention, WebhookDelivery
from app.ruleset import Ruleset, load_default_ruleset
from app.rulesource import StaticSource
from app.services.webhooks import sign
from tests.dbfixtures import bearer, db, db_url, make_settings, new_key  # noqa: F401
from tests.services.fakes import Receiver, ScriptedSentiment, receiver

ALERTS = [
    {"id": "burst.account", "kind": "burst", "group_by": "account", "min_count": 3, "window_minutes": 30,
     "min_score": 0.6, "target_minutes": 90},
    {"id": "escalation", "kind": "keyword_spike", "words": ["曝光", "投诉", "12378"], "min_score": 0.7,
     "severity": "high"},
]


def mentions_ruleset() -> Ruleset:
    """The packaged sentiment and PII settings, with these tests' alert rules."""
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["detectors"] = {name: doc["detectors"][name] for name in ("sentiment", "pii")}
    doc["alerts"] = ALERTS
    return Ruleset.model_validate(doc)


@contextmanager
def service(db_url: str, tmp_path: Path, hook: Receiver | None, registry: Registry) -> Iterator[TestClient]:
    settings = make_settings(db_url, tmp_path, store_text="redacted", mention_hash_key="k",
                             alert_webhook_url=hook.url if hook else "", alert_webhook_secret="whsec",
                             alert_webhook_backoff_seconds=0.05, alert_webhook_backoff_max_seconds=0.2)
    app = create_app(settings, registry=registry, rulesets=StaticSource(mentions_ruleset()))
    with TestClient(app) as client:
        yield client


def fake_registry() -> Registry:
    pii = discover(["pii"]).get("pii")
    return Registry([ScriptedSentiment(), pii])


def item(n: int, text: str, **extra: Any) -> dict[str, Any]:
    return {"source": "weibo", "external_id": f"w{n}", "account_id": "acc-1", "post_ref": "p-9",
            "author_handle": f"@用户{n}", "text": text, "created_at": f"2026-03-02T09:{n:02d}:00+08:00", **extra}


BATCH = [
    item(1, "客服态度垃圾，电话打了三次"),
    item(2, "理赔被拒赔了，联系人13812345678"),
    item(3, "产品介绍挺清楚的"),
    item(4, "等了一周还没消息，真垃圾"),
    {"source": "weibo", "external_id": "w5"},
    item(6, "   "),
    item(7, "这是什么", content_type="review"),
    item(8, "几点了", created_at="2026-03-02T09:00:00"),
    "not an object",
]


def test_mentions_to_incident_to_webhook_to_stats(db: Database, db_url: str, tmp_path: Path) -> None:
    check, review = new_key(db, "check"), new_key(db, "review", "read")
    with receiver(statuses=[500]) as hook, service(db_url, tmp_path, hook, fake_registry()) as client:
        r = client.post("/v1/mentions", json={"items": BATCH}, headers=bearer(check))
        assert r.status_code == 200, r.text
        body = r.json()
        assert (body["accepted"], body["duplicates"], body["rejected"], body["negative"]) == (4, 0, 5, 3)
        assert [i["error"]["code"] for i in body["items"] if i["status"] == "rejected"] == [
            "missing_field", "empty_text", "unknown_content_type", "naive_datetime", "wrong_type"]
        [incident] = body["incidents"]
        assert (incident["rule_id"], incident["group_key"], incident["opened"]) == ("burst.account", "acc-1", True)
        assert body["items"][3]["incidents"] == [incident["id"]] and body["items"][0]["incidents"] == []

        [call] = hook.wait_ok(1)  # the first attempt was answered 500 and retried
        assert len(hook.calls) == 2
        assert call.headers["x-postguard-signature"] == sign("whsec", call.body)
        sent = call.json()
        assert sent["event"] == "incident.opened" and sent["incident"]["mention_count"] == 3  # type: ignore[index]
        assert "垃圾" not in call.body.decode() and "@用户" not in call.body.decode()

        again = client.post("/v1/mentions", json={"items": BATCH[:4]}, headers=bearer(check)).json()
        assert (again["accepted"], again["duplicates"], again["incidents"]) == (0, 4, [])

        assert client.get("/v1/incidents", headers=bearer(check)).status_code == 403
        listed = client.get("/v1/incidents?state=open", headers=bearer(review)).json()["items"]
        assert [i["id"] for i in listed] == [incident["id"]]
        url = f"/v1/incidents/{incident['id']}"
        acked = client.post(f"{url}/ack", json={"note": "已联系客户"}, headers=bearer(review)).json()
        assert acked["state"] == "acknowledged" and acked["acknowledged_at"]
        assert client.post(f"{url}/ack", headers=bearer(review)).json()["code"] == "conflict"
        resolved = client.post(f"{url}/resolve", headers=bearer(review)).json()
        assert resolved["state"] == "resolved" and resolved["resolved_by"]
        detail = client.get(url, headers=bearer(review)).json()
        assert [e["kind"] for e in detail["events"]] == ["opened", "mention", "mention", "mention", "acknowledged",
                                                        "resolved"]
        figures = client.get("/v1/stats", headers=bearer(review)).json()["incidents"]
        assert figures["opened"] == 1 and figures["by_state"]["resolved"] == 1
        assert figures["time_to_acknowledge_minutes"]["count"] == 1
        assert figures["time_to_resolve_minutes"]["median"] is not None
        assert (figures["due"], figures["handled_within_target"], figures["timely_rate"]) == (1, 1, 1.0)
    with db.session() as session:
        stored = {m.external_id: m for m in session.scalars(select(Mention))}
        delivery = session.scalars(select(WebhookDelivery)).one()
    assert (delivery.status, delivery.attempts) == ("delivered", 2)
    assert "13812345678" not in (stored["w2"].stored_text or "") and "5678" in (stored["w2"].stored_text or "")
    assert all(m.author and m.author.startswith("h:") for m in stored.values())
    assert stored["w2"].reason == "claims_dispute" and stored["w3"].negative is False


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"items": []}, 422, "too_few_items"),
    ({"items": [item(1, "好")] * 101}, 422, "invalid_input"),
    ({"posts": []}, 422, "missing_field"),
])
def test_whole_batch_problems(db: Database, db_url: str, tmp_path: Path, body: dict[str, Any], status: int,
                              code: str) -> None:
    with service(db_url, tmp_path, None, fake_registry()) as client:
        r = client.post("/v1/mentions", json=body, headers=bearer(new_key(db, "check")))
    assert (r.status_code, r.json()["code"]) == (status, code)


def test_real_sentiment_detector_opens_an_escalation_incident(db: Database, db_url: str, tmp_path: Path) -> None:
    comments = [item(1, "理赔拖了两个月最后还拒赔，骗子公司，我已经打12378投诉了"),
                item(2, "今天天气不错，去公园走了走")]
    with service(db_url, tmp_path, None, discover(["sentiment", "pii"])) as client:
        body = client.post("/v1/mentions", json={"items": comments}, headers=bearer(new_key(db, "check"))).json()
    angry, calm = body["items"]
    assert angry["negative"] and angry["score"] >= 0.7 and not calm["negative"]
    assert [i["rule_id"] for i in body["incidents"]] == ["escalation"]
    with db.session() as session:
        assert session.scalars(select(WebhookDelivery)).first() is None  # no URL configured: nothing queued
    assert json.dumps(body, ensure_ascii=False).count("骗子") == 0  # the response carries no text
