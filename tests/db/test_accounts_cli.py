# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""postguard accounts create|list|show|update|delete|import|report (issue 13), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database
from tests.dbfixtures import db, db_url  # noqa: F401


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_accounts_commands(db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTGUARD_STORE_TEXT", "redacted")
    monkeypatch.setenv("POSTGUARD_MENTION_HASH_KEY", "k")
    url = ("--database-url", db_url)
    code, out, _ = run(capsys, "accounts", "create", "--platform", "weibo", "--handle", "anning_wb",
                       "--owner-id", "E9", "--owner-name", "孙丽", "--contact", "13812345678", *url)
    assert code == 0 and json.loads(out)["contact"] == "138****5678"
    code, _, err = run(capsys, "accounts", "create", "--platform", "weibo", "--handle", "anning_wb", *url)
    assert code == 3 and "already" in err
    code, _, err = run(capsys, "accounts", "create", "--platform", "fax", "--handle", "x", *url)
    assert code == 3 and "platform" in err
    code, out, _ = run(capsys, "accounts", "update", "weibo:anning_wb", "--branch", "苏州分公司",
                       "--status", "suspended", *url)
    assert code == 0 and json.loads(out)["branch"] == "苏州分公司"
    code, out, _ = run(capsys, "accounts", "update", "weibo:anning_wb", "--branch", "", *url)
    assert json.loads(out)["branch"] is None
    listing = tmp_path / "accounts.csv"
    listing.write_text("平台,账号,工号,负责人\n抖音,a1,E9,孙丽\n抖音,a2,E9,孙丽\n抖音,a3,E9,孙丽\n火星,a4,,\n", "utf-8")
    code, out, err = run(capsys, "accounts", "import", str(listing), "--dry-run", *url)
    assert code == 1 and "3 would be created" in out and "row 5: invalid_value" in err
    code, out, _ = run(capsys, "accounts", "import", str(listing), *url)
    assert code == 1 and "3 created" in out
    code, out, _ = run(capsys, "accounts", "list", "--owner", "E9", *url)
    assert code == 0 and len(out.splitlines()) == 4
    code, out, _ = run(capsys, "accounts", "report", "owners", *url)
    assert code == 0 and json.loads(out.splitlines()[0])["accounts"] == 4
    code, out, _ = run(capsys, "accounts", "report", "incomplete", *url)
    assert code == 0 and len(out.splitlines()) == 4
    code, out, _ = run(capsys, "accounts", "report", "unregistered", *url)
    assert code == 0 and out == ""
    code, out, _ = run(capsys, "accounts", "report", "falling", *url)
    assert code == 0 and out == ""
    code, out, _ = run(capsys, "accounts", "show", "douyin:a1", *url)
    assert code == 0 and json.loads(out)["owner_employee_id"] == "E9"
    code, out, _ = run(capsys, "accounts", "delete", "douyin:a1", *url)
    assert code == 0
    code, _, err = run(capsys, "accounts", "show", "douyin:a1", *url)
    assert code == 3 and "no account" in err
