"""A version published through one running worker reaches a second worker process without a restart."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from app.db import Database, upgrade
from tests.db.test_outage import free_port
from tests.dbfixtures import bearer, lexicon_only, new_key, pg_schema, publish_now, require_pg, wait_ready

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
POLL_SECONDS = 1.0


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    require_pg()
    with pg_schema() as url:
        yield url


def _worker(url: str, port: int, spool: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "POSTGUARD_DATABASE_URL": url, "POSTGUARD_RULESET_POLL_SECONDS": str(POLL_SECONDS),
           "POSTGUARD_SPOOL_DIR": spool, "POSTGUARD_LOG_LEVEL": "WARNING"}
    return subprocess.Popen([sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory", "--host",
                             "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    def why_dead() -> str | None:
        if proc.poll() is None:
            return None
        return (proc.stderr.read() if proc.stderr else b"").decode()[-2000:]

    wait_ready(base, why_dead)


def test_publish_on_one_worker_reaches_the_other(pg_schema_url: str, tmp_path: object) -> None:
    upgrade(pg_schema_url)
    db = Database(pg_schema_url)
    publish_now(db, lexicon_only())
    admin = bearer(new_key(db, "admin"))
    db.dispose()
    ports = [free_port(), free_port()]
    procs = [_worker(pg_schema_url, p, f"{tmp_path}/spool{i}") for i, p in enumerate(ports)]
    try:
        a, b = (f"http://127.0.0.1:{p}" for p in ports)
        for base, proc in zip((a, b), procs, strict=True):
            _wait_ready(base, proc)
        doc = httpx.get(f"{a}/v1/rulesets/versions/1", headers=admin).json()["document"]
        doc["description"] = "hot reload test"
        number = httpx.post(f"{a}/v1/rulesets/versions", json={"document": doc}, headers=admin).json()["number"]
        published = httpx.post(f"{a}/v1/rulesets/versions/{number}/publish", headers=admin, timeout=30)
        assert published.status_code == 200, published.text
        started = time.monotonic()
        while httpx.get(f"{b}/readyz").json()["ruleset"]["version"] != number:
            assert time.monotonic() - started < 10 * POLL_SECONDS, "worker B never saw the new version"
            time.sleep(0.01)
        took = time.monotonic() - started
        print(f"\nhot reload: version {number} reached the second worker {took * 1000:.0f} ms after publish "
              f"(poll every {POLL_SECONDS} s)")
        assert took < 2 * POLL_SECONDS + 1  # one poll interval plus loading, with slack for a busy machine
        assert httpx.get(f"{a}/readyz").json()["ruleset"]["version"] == number
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=15)
            if proc.stderr:
                proc.stderr.close()
