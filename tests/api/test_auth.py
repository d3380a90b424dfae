# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from app.db import Database
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401

BODY = {"text": "这款产品收益最高"}


def test_health_needs_no_key(db_client: TestClient) -> None:
    assert db_client.get("/healthz").status_code == 200
    ready = db_client.get("/readyz").json()
    assert ready["audit"]["status"] == "ok"


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "unauthorized"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, 401, "unauthorized"),
        ({"Authorization": "Bearer pg_notarealkey"}, 401, "unauthorized"),
    ],
)
def test_missing_or_invalid_key_is_401(db_client: TestClient, headers: dict[str, str], status: int, code: str) -> None:
    r = db_client.post("/v1/check", json=BODY, headers=headers)
    assert (r.status_code, r.json()["code"]) == (status, code)
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("scopes", "method", "path", "status"),
    [
        (("check",), "post", "/v1/check", 200),
        (("read",), "post", "/v1/check", 403),
        (("check",), "get", "/v1/verdicts", 403),
        (("read",), "get", "/v1/verdicts", 200),
        (("read",), "get", "/v1/reviews/queue", 403),
        (("review",), "get", "/v1/reviews/queue", 200),
        (("review",), "get", "/v1/keys", 403),
        (("admin",), "get", "/v1/keys", 200),
        (("admin",), "post", "/v1/check", 200),  # admin implies every scope
    ],
)
def test_scopes(db_client: TestClient, db: Database, scopes: tuple[str, ...], method: str, path: str,
                status: int) -> None:
    kwargs = {"json": BODY} if method == "post" else {}
    r = db_client.request(method.upper(), path, headers=bearer(new_key(db, *scopes)), **kwargs)  # type: ignore[arg-type]
    assert r.status_code == status, r.text


def test_rate_limit_answers_429_with_retry_after(db_client: TestClient, db: Database) -> None:
    headers = bearer(new_key(db, "check", rate=3))
    codes = [db_client.post("/v1/check", json=BODY, headers=headers).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = db_client.post("/v1/check", json=BODY, headers=headers)
    assert r.json()["code"] == "rate_limited" and int(r.headers["retry-after"]) >= 1


def test_key_lifecycle_over_http_and_revocation(db_client: TestClient, db: Database,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import app.services.auth as auth

    monkeypatch.setattr(auth, "CACHE_SECONDS", 0.0)
    admin = bearer(new_key(db, "admin"))
    created = db_client.post("/v1/keys", json={"owner": "cms", "scopes": ["check"]}, headers=admin)
    assert created.status_code == 201
    token, key_id = created.json()["key"], created.json()["id"]
    assert token.startswith("pg_") and all("key" not in k for k in db_client.get("/v1/keys", headers=admin).json())
    assert db_client.post("/v1/check", json=BODY, headers=bearer(token)).status_code == 200
    assert db_client.post(f"/v1/keys/{key_id}/revoke", headers=admin).status_code == 200
    assert db_client.post("/v1/check", json=BODY, headers=bearer(token)).status_code == 401
    bad = db_client.post("/v1/keys", json={"owner": "x", "scopes": ["root"]}, headers=admin)
    # The scopes are an enum in the schema: the error points at the bad item and names the valid ones.
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"] == ["body", "scopes", "0"]
    assert "'admin'" in bad.json()["detail"]


def test_keys_never_reach_the_logs(db_client: TestClient, db: Database, caplog: pytest.LogCaptureFixture) -> None:
    token = new_key(db, "check")
    logger = logging.getLogger("postguard")
    logger.propagate = True
    try:
        with caplog.at_level(logging.DEBUG):
            db_client.post("/v1/check", json=BODY, headers=bearer(token))
            db_client.post("/v1/check", json=BODY, headers=bearer(token + "x"))
    finally:
        logger.propagate = False
    assert token not in caplog.text
