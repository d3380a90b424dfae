"""`postguard users create|list|disable`: the first admin from the command line, then sign-in with it."""

from __future__ import annotations

import pytest

from app.cli import main
from app.db import Database
from app.services.users import sign_in
from tests.dbfixtures import db_url  # noqa: F401  (fixture)


def test_users_create_list_disable(db_url: str, capsys: pytest.CaptureFixture[str],  # noqa: F811
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["db", "upgrade", "--database-url", db_url]) == 0
    monkeypatch.setenv("POSTGUARD_NEW_PASSWORD", "too short")
    assert main(["users", "create", "boss", "--database-url", db_url]) == 3
    assert "at least 10 characters" in capsys.readouterr().err
    monkeypatch.setenv("POSTGUARD_NEW_PASSWORD", "a long enough passphrase")
    assert main(["users", "create", "boss", "--name", "老板", "--database-url", db_url]) == 0
    assert "created admin boss" in capsys.readouterr().err
    assert main(["users", "create", "boss", "--database-url", db_url]) == 3  # names are unique
    assert "taken" in capsys.readouterr().err
    assert main(["users", "list", "--database-url", db_url]) == 0
    assert "boss\t老板\tadmin" in capsys.readouterr().out
    db = Database(db_url)
    try:
        with db.session() as session, session.begin():
            assert sign_in(session=session, username="boss", password="a long enough passphrase") is not None
            assert sign_in(session=session, username="boss", password="wrong passphrase") is None
        assert main(["users", "disable", "boss", "--database-url", db_url]) == 0
        with db.session() as session, session.begin():
            assert sign_in(session=session, username="boss", password="a long enough passphrase") is None
    finally:
        db.dispose()
