# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""Issue 16 items 10 and 12: shared rate limits, failed-auth throttling, authentication during a database outage."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.db import Database
from app.detectors.registry import discover
from app.services import auth as auth_service
from app.services.auth import KeyStoreDown, KeyVerifier
from app.services.keycache import REVOKED, CachedKey, SharedKeyCache
from app.services.keys import hash_key
from app.services.ratelimit import RateLimiter, build_limiter
from tests.dbfixtures import bearer, db, db_url, make_settings, new_key  # noqa: F401

BODY = {"text": "这款产品收益最高"}
DEAD_URL = "postgresql+psycopg://postgres@127.0.0.1:9/none?connect_timeout=1"


def _app(db_url: str, tmp_path: Path, **changes: object) -> FastAPI:
    from app.main import create_app

    return create_app(make_settings(db_url, tmp_path, **changes), registry=discover(["lexicon"]))


@pytest.fixture
def two_workers(db: Database, db_url: str, tmp_path: Path) -> Iterator[tuple[TestClient, TestClient]]:
    """Two app instances on one database and one host directory: two worker processes, as uvicorn runs them."""
    with TestClient(_app(db_url, tmp_path)) as a, TestClient(_app(db_url, tmp_path)) as b:
        yield a, b


def test_rate_limit_is_shared_by_workers(two_workers: tuple[TestClient, TestClient], db: Database) -> None:
    a, b = two_workers
    headers = bearer(new_key(db, "check", rate=4))
    codes = [(a if i % 2 else b).post("/v1/check", json=BODY, headers=headers).status_code for i in range(6)]
    # Per-process buckets let 8 through (4 per worker); one shared count stops the fifth.
    assert codes == [200, 200, 200, 200, 429, 429]


def test_failed_authentication_is_throttled_per_client(db: Database, db_url: str, tmp_path: Path) -> None:
    with TestClient(_app(db_url, tmp_path, auth_failures_per_minute=3)) as c:
        codes = [c.post("/v1/check", json=BODY, headers=bearer(f"pg_wrong{i}")).json()["code"] for i in range(5)]
        assert codes[:3] == ["unauthorized"] * 3
        assert codes[3:] == ["too_many_auth_failures"] * 2
        r = c.post("/v1/check", json=BODY, headers=bearer("pg_wrong9"))
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


def test_failed_authentication_throttle_is_shared_by_workers(db: Database, db_url: str, tmp_path: Path) -> None:
    with TestClient(_app(db_url, tmp_path, auth_failures_per_minute=2)) as a, \
            TestClient(_app(db_url, tmp_path, auth_failures_per_minute=2)) as b:
        assert a.post("/v1/check", json=BODY, headers=bearer("pg_x1")).status_code == 401
        assert b.post("/v1/check", json=BODY, headers=bearer("pg_x2")).status_code == 401
        assert a.post("/v1/check", json=BODY, headers=bearer("pg_x3")).json()["code"] == "too_many_auth_failures"


def _kill_database(client: TestClient) -> None:
    """From now on this worker's key look-ups fail as in a database outage."""
    verifier = client.app.state.authenticator.verifier  # type: ignore[attr-defined]
    verifier.db = Database(DEAD_URL)


def test_outage_accepts_a_key_verified_by_another_worker(two_workers: tuple[TestClient, TestClient], db: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth_service, "CACHE_SECONDS", 0.0)
    a, b = two_workers
    token, unseen = new_key(db, "check"), new_key(db, "check")
    assert a.post("/v1/check", json=BODY, headers=bearer(token)).status_code == 200
    _kill_database(b)
    # Worker b never saw the key, but worker a verified it: the shared host cache lets it through.
    assert b.post("/v1/check", json=BODY, headers=bearer(token)).status_code == 200
    r = b.post("/v1/check", json=BODY, headers=bearer(unseen))
    # Not 401: the key may be valid; the service cannot tell until the database is back.
    assert (r.status_code, r.json()["code"]) == (503, "auth_unavailable")
    assert "retry-after" in r.headers


def test_outage_refuses_a_key_revoked_through_this_host(two_workers: tuple[TestClient, TestClient], db: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth_service, "CACHE_SECONDS", 60.0)  # worker b's own cache still holds the key
    a, b = two_workers
    admin, token = new_key(db, "admin"), new_key(db, "check")
    assert b.post("/v1/check", json=BODY, headers=bearer(token)).status_code == 200
    key_id = next(k["id"] for k in a.get("/v1/keys", headers=bearer(admin)).json() if k["scopes"] == ["check"])
    assert a.post(f"/v1/keys/{key_id}/revoke", headers=bearer(admin)).status_code == 200
    monkeypatch.setattr(auth_service, "CACHE_SECONDS", 0.0)
    b.app.state.authenticator.verifier._cache.clear()  # type: ignore[attr-defined]
    _kill_database(b)
    r = b.post("/v1/check", json=BODY, headers=bearer(token))
    assert (r.status_code, r.json()["code"]) == (401, "unauthorized")


def test_outage_grace_expires(tmp_path: Path) -> None:
    cache = SharedKeyCache(tmp_path / "kc", grace_seconds=60)
    cache.remember("ab12", CachedKey("k1", "cms", ("check",), 10, time.time() - 61))
    assert cache.lookup("ab12") is None
    cache.remember("ab12", CachedKey("k1", "cms", ("check",), 10, time.time()))
    assert isinstance(cache.lookup("ab12"), CachedKey)
    cache.revoke("ab12")
    assert cache.lookup("ab12") == REVOKED


def test_forged_or_moved_cache_files_are_ignored(tmp_path: Path) -> None:
    cache = SharedKeyCache(tmp_path / "kc", grace_seconds=600)
    cache.remember("aa", CachedKey("k1", "cms", ("check",), 10, time.time()))
    path = tmp_path / "kc" / "aa.json"
    forged = path.read_text().replace('\\"check\\"', '\\"admin\\"')
    path.write_text(forged)
    assert cache.lookup("aa") is None  # signature no longer matches
    cache.remember("aa", CachedKey("k1", "cms", ("check",), 10, time.time()))
    (tmp_path / "kc" / "bb.json").write_text(path.read_text())
    assert cache.lookup("bb") is None  # a valid file under another key's name
    other = SharedKeyCache(tmp_path / "kc2", grace_seconds=600)
    (tmp_path / "kc2" / "aa.json").write_text(path.read_text())
    assert other.lookup("aa") is None  # signed with another host's secret


def test_without_shared_cache_an_outage_is_503_not_401(tmp_path: Path) -> None:
    verifier = KeyVerifier(Database(DEAD_URL), default_rate_per_minute=10)
    with pytest.raises(KeyStoreDown):
        verifier.verify("pg_anything")
    assert hash_key("pg_anything")  # the digest is what the cache files are named by


def test_limiter_fails_open_when_its_storage_is_down() -> None:
    limiter = build_limiter("database", Database(DEAD_URL))
    assert limiter.hit("key", "k1", 1).allowed and limiter.hit("key", "k1", 1).allowed
    assert limiter.storage_errors == 2


def test_memory_storage_counts_per_process() -> None:
    limiter = build_limiter("memory", None)
    assert isinstance(limiter, RateLimiter)
    assert [limiter.hit("key", "k", 2).allowed for _ in range(3)] == [True, True, False]


def test_redis_storage_is_shared() -> None:
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/15", socket_connect_timeout=1).ping()
    except redis.exceptions.RedisError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    first, second = build_limiter("redis://127.0.0.1:6379/15", None), build_limiter("redis://127.0.0.1:6379/15", None)
    key = f"t{time.time_ns()}"
    assert [lim.hit("key", key, 3).allowed for lim in (first, second, first, second)] == [True, True, True, False]


def test_readiness_detail_needs_a_read_key(two_workers: tuple[TestClient, TestClient], db: Database) -> None:
    a, _ = two_workers
    public = a.get("/readyz")
    assert public.status_code == 200 and public.json()["status"] == "ok"
    assert "checksum" not in public.json()["ruleset"] and "detectors" not in public.json()
    assert a.get("/readyz", headers=bearer("pg_bad")).status_code == 200  # a probe never gets 401
    assert "detectors" not in a.get("/readyz", headers=bearer(new_key(db, "check"))).json()
    full = a.get("/readyz", headers=bearer(new_key(db, "read"))).json()
    assert len(full["ruleset"]["checksum"]) == 64 and "lexicon" in full["detectors"]
