"""Defaults that must not depend on where a command is run (issue 11 item 14) or on optional drivers (item 13)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.db import Database, MissingDriver
from app.settings import Settings


def test_default_database_is_the_same_from_any_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("POSTGUARD_DATABASE_URL", "POSTGUARD_DATA_DIR", "POSTGUARD_SPOOL_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    seen = set()
    for where in ("a", "b"):
        (tmp_path / where).mkdir()
        monkeypatch.chdir(tmp_path / where)
        settings = Settings()
        seen.add((settings.database_url, settings.spool_dir))
    assert seen == {(f"sqlite:///{tmp_path / 'xdg' / 'postguard' / 'postguard.db'}",
                     tmp_path / "xdg" / "postguard" / "spool")}


def test_data_dir_moves_database_spool_and_key_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POSTGUARD_DATABASE_URL", raising=False)
    monkeypatch.delenv("POSTGUARD_SPOOL_DIR", raising=False)
    monkeypatch.setenv("POSTGUARD_DATA_DIR", str(tmp_path / "pg"))
    settings = Settings()
    assert settings.database_url == f"sqlite:///{tmp_path / 'pg' / 'postguard.db'}"
    assert settings.key_cache_path == tmp_path / "pg" / "keycache"
    assert os.path.isabs(settings.database_url.removeprefix("sqlite:///"))


def test_missing_postgres_driver_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name: str, *args: object, **kwargs: object) -> object:
        if name == "psycopg" or name.startswith("psycopg."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(MissingDriver, match="psycopg"):
        Database("postgresql+psycopg://postgres@127.0.0.1:5432/test")
