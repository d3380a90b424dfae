"""The console entry point leaves in-process `check` and `scan` without interpreter teardown
(app/cli/fastexit.py): nothing they write may be lost, and the exit status must stand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import fastexit, main

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONUNBUFFERED": ""})


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_scan_output_complete(tmp_path: Path, workers: str) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    posts = ["本产品稳赚不赔，收益最高！", "今天带孩子去公园放风筝。"] * 30
    src.write_text("".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(posts)), encoding="utf-8")
    done = _cli("scan", str(src), "-o", str(dst), "--workers", workers)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [str(i) for i in range(60)]
    assert {r["verdict"] for r in rows[::2]} == {"block"} and {r["verdict"] for r in rows[1::2]} == {"pass"}
    assert '"posts": 60' in done.stderr  # the summary line, written just before leaving


@pytest.mark.slow
def test_check_exit_status_and_piped_output(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("本产品稳赚不赔，收益最高！", encoding="utf-8")
    done = _cli("check", str(post), "--format", "json")
    assert done.returncode == 2, done.stderr  # block
    assert json.loads(done.stdout)["verdict"] == "block"  # stdout is a pipe: flushed before leaving


def test_main_returns_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastexit, "_requested", False)
    post = tmp_path / "post.txt"
    post.write_text("今天带孩子去公园放风筝。", encoding="utf-8")
    assert main(["check", str(post)]) == 0  # returns: only the console entry point leaves early
    assert fastexit._requested
