"""CI must not silently skip the PostgreSQL tests (issue 16 item 13)."""

from __future__ import annotations

import pytest

from tests import dbfixtures


def test_missing_postgres_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POSTGUARD_REQUIRE_POSTGRES", raising=False)
    with pytest.raises(pytest.skip.Exception):
        dbfixtures.skip_or_fail("no server")


def test_missing_postgres_fails_when_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTGUARD_REQUIRE_POSTGRES", "1")
    with pytest.raises(pytest.fail.Exception, match="REQUIRE_POSTGRES"):
        dbfixtures.skip_or_fail("no server")


def test_require_pg_fails_on_unreachable_server_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTGUARD_REQUIRE_POSTGRES", "1")
    monkeypatch.setattr(dbfixtures, "_pg_state", {"reason": "PostgreSQL not reachable (test)"})
    with pytest.raises(pytest.fail.Exception):
        dbfixtures.require_pg()


def test_ci_script_exports_the_variables_the_tests_read() -> None:
    from pathlib import Path

    script = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "export POSTGUARD_TEST_PG_URL=" in script
    assert "export POSTGUARD_REQUIRE_POSTGRES=1" in script
    assert "POSTGUARD_TEST_PG_URL" in (Path(dbfixtures.__file__)).read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("## Quick start"):].split("```sh", 1)[1].split("```", 1)[0]
    commands = [ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(commands) == 2, commands  # exactly two: serve on SQLite, run the whole suite
    script = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in script.splitlines()
