"""postguard cache info / warm / clear (app/cli/cache.py)."""

from __future__ import annotations

import json
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
    assert main(["cache", "warm"]) == 0
    warmed = _json(capsys)
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
