"""Issue 16 item 14: an unusable spool directory at start is one clear line, never a raw traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.main import create_app, writable_dirs
from app.settings import Settings


def _settings(tmp_path: Path) -> Settings:
    (tmp_path / "afile").write_text("not a directory")
    return Settings(database_url=f"sqlite:///{tmp_path / 'pg.db'}", spool_dir=tmp_path / "afile" / "spool",
                    key_cache_dir=tmp_path / "kc")


def test_writable_dirs_names_the_directory(tmp_path: Path) -> None:
    problem = writable_dirs(_settings(tmp_path))
    assert problem is not None and "afile" in problem and "POSTGUARD_SPOOL_DIR" in problem


def test_app_start_refuses_with_the_reason(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    with pytest.raises(RuntimeError, match="POSTGUARD_SPOOL_DIR"), TestClient(create_app(_settings(tmp_path))):
        pass


def test_serve_prints_one_line_and_exits_3(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    env = {"POSTGUARD_DATABASE_URL": f"sqlite:///{tmp_path / 'pg.db'}",
           "POSTGUARD_SPOOL_DIR": str(tmp_path / "afile" / "spool"), "PATH": "/usr/bin:/bin"}
    import os

    done = subprocess.run([sys.executable, "-m", "app.cli", "serve", "--port", "9"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
