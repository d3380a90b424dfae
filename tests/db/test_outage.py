"""Nothing lost: a PostgreSQL of our own is stopped mid-stream and restarted; audit rows == checks answered."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.db import Database, upgrade
from app.detectors.registry import discover
from app.models import AuditEvent
from app.services.audit import verify_chain
from tests.dbfixtures import bearer, lexicon_only, make_settings, new_key, publish_now, skip_or_fail


def _pg_bin() -> Path:
    """POSTGUARD_PG_BIN, else the newest server installed from Debian's packages."""
    if env := os.environ.get("POSTGUARD_PG_BIN"):
        return Path(env)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _pg_bin()
pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class OwnPostgres:
    """initdb in a temp directory, own port; as root the server runs as the postgres user."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="pg-outage-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self.as_user, str(PG_BIN / tool), *args], check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")


@pytest.fixture
def own_pg() -> Iterator[OwnPostgres]:
    if not (PG_BIN / "initdb").exists():
        skip_or_fail(f"no PostgreSQL server binaries at {PG_BIN} (set POSTGUARD_PG_BIN)")
    pg = OwnPostgres()
    pg.start()
    try:
        yield pg
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            pg.stop()
        shutil.rmtree(pg.dir, ignore_errors=True)


def test_database_outage_loses_no_audit_event(own_pg: OwnPostgres, tmp_path: Path) -> None:
    from app.main import create_app

    upgrade(own_pg.url)
    db = Database(own_pg.url)
    publish_now(db, lexicon_only())
    headers = bearer(new_key(db, "check"))
    answered = 0
    app = create_app(make_settings(own_pg.url, tmp_path, store_text="none"), registry=discover(["lexicon"]))
    with TestClient(app) as client:

        def burst(n: int) -> None:
            nonlocal answered
            for i in range(n):
                r = client.post("/v1/check", json={"text": f"第{i}篇：这款产品收益最高"}, headers=headers)
                assert r.status_code == 200, r.text
                answered += 1

        burst(15)
        own_pg.stop()
        burst(15)  # the database is down: checks still answered, events spooled
        ready = client.get("/readyz").json()
        assert ready["status"] == "degraded" and ready["audit"]["database"] == "down"
        assert ready["audit"]["spooled"] == 15
        own_pg.start()
        burst(5)
        deadline = time.monotonic() + 20
        while client.get("/readyz").json()["audit"]["status"] != "ok" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert client.get("/readyz").json()["audit"] == {"status": "ok", "database": "up", "spooled": 0,
                                                          "dead_letters": 0}
        burst(5)
    db.dispose()
    db = Database(own_pg.url)
    with db.session() as session:
        rows = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "check"))
        assert rows == answered == 40
        assert verify_chain(session, hmac_key="").ok
    db.dispose()
