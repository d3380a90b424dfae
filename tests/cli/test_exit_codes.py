"""CLI failures are one line and exit 3 (never a traceback's 1, which CI reads as "review");
--server checks carry their purpose (check: ci, scan: scan)."""
# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.cli import checker, main
from app.db import Database
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401


def _one_line(err: str) -> str:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_check_against_an_unreachable_server_exits_3_with_one_line(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("稳赚不赔", "utf-8")
    run = subprocess.run([sys.executable, "-m", "app.cli", "check", str(post), str(post),
                          "--server", "http://127.0.0.1:9"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stderr
    assert "cannot reach http://127.0.0.1:9" in _one_line(run.stderr)


@pytest.mark.parametrize("argv", [
    ["scan", "{jsonl}", "--server", "http://127.0.0.1:9"],
    ["scan", "{missing}"],
    ["check", "{post}", "--ruleset", "{missing}"],
    ["check", "{post}", "--server", "ht!tp://nowhere"],
])
def test_every_failure_is_one_line_and_exit_3(tmp_path: Path, argv: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    paths = {"jsonl": tmp_path / "in.jsonl", "post": tmp_path / "post.md", "missing": tmp_path / "nope"}
    paths["jsonl"].write_text(json.dumps({"id": 1, "text": "你好"}) + "\n", "utf-8")
    paths["post"].write_text("你好", "utf-8")
    assert main([a.format(**{k: str(v) for k, v in paths.items()}) for a in argv]) == 3
    _one_line(capsys.readouterr().err)


@pytest.fixture
def served(db_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    """RemoteChecker talks to the test app (a TestClient is an httpx.Client)."""

    def init(self: checker.RemoteChecker, url: str, api_key: str | None = None, timeout: float = 30.0) -> None:
        self.client = db_client  # type: ignore[assignment]  # an httpx client all the same
        db_client.headers.update({"Authorization": f"Bearer {api_key}"} if api_key else {})

    monkeypatch.setattr(checker.RemoteChecker, "__init__", init)
    return db_client


def test_a_refused_key_is_one_line_and_exit_3(served: TestClient, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    post = tmp_path / "a.md"
    post.write_text("你好", "utf-8")
    assert main(["check", str(post), str(post), "--server", "http://test", "--api-key", "pg_wrong"]) == 3
    assert "refused the API key (401" in _one_line(capsys.readouterr().err)


def test_server_checks_record_their_purpose(served: TestClient, db: Database, tmp_path: Path) -> None:
    key = new_key(db, "check")
    post = tmp_path / "a.md"
    post.write_text("你好", "utf-8")
    assert main(["check", str(post), "--server", "http://test", "--api-key", key]) == 0
    assert main(["check", str(post), "--server", "http://test", "--api-key", key, "--purpose", "publish"]) == 0
    lines = [{"id": "x", "text": "你好"}, {"id": "y", "text": "你好", "purpose": "draft"}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    assert main(["scan", str(src), "-o", str(tmp_path / "out.jsonl"), "--server", "http://test",
                 "--api-key", key]) == 0
    items: list[dict[str, Any]] = served.get("/v1/verdicts", headers=bearer(new_key(db, "read"))).json()["items"]
    assert [v["purpose"] for v in items] == ["draft", "scan", "publish", "ci"]  # newest first
