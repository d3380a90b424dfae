"""postguard cache info / warm / clear (app/cli/cache.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cachedir
from app.cli import main


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cachedir.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    out: dict[str, object] = json.loads(capsys.readouterr().out)
    return out


def test_warm_info_clear(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cache", "info"]) == 0
    assert _json(capsys)["kinds"] == {}
    # A fresh interpreter, as in the Dockerfile: tables this test process already built (earlier tests) stay
    # memoised in memory and would not be stored again.
    done = subprocess.run([sys.executable, "-m", "app.cli", "cache", "warm"], capture_output=True, text=True,
                          env={**os.environ, cachedir.ENV: str(cache)}, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    warmed = json.loads(done.stdout)
    kinds = warmed["kinds"]
    assert isinstance(kinds, dict)
    assert {"jieba-freq", "jieba-postags", "lexicon-index", "text-tables"} <= set(kinds)
    assert warmed["bytes"] == sum(p.stat().st_size for p in cache.glob("*.bin"))
    stored = len(list(cache.glob("*.bin")))
    assert main(["cache", "clear"]) == 0
    assert _json(capsys)["removed"] == stored
    assert list(cache.glob("*.bin")) == []


def test_off(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(cachedir.ENV, "")
    assert main(["cache", "info"]) == 0
    assert _json(capsys) == {"directory": None, "enabled": False}
    assert main(["cache", "warm"]) == 3  # nothing to fill: one line on stderr, a failure's exit status
    assert "caching is off" in capsys.readouterr().err
