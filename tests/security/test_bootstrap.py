"""Item 9: `db upgrade` (run at every container start) mints an admin key only on an empty database,
and concurrent bootstraps create one key, not several."""
# ruff: noqa: F811
from __future__ import annotations

import contextlib
import threading

import pytest

import app.services.keys as keys
from app.cli import main
from app.db import Database
from app.services.keys import bootstrap_admin, list_keys, revoke_key
from tests.dbfixtures import db_url  # noqa: F401


def test_a_restart_after_revoking_every_admin_key_prints_no_new_key(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade", "--database-url", db_url]) == 0
    assert capsys.readouterr().out.strip().startswith("pg_")  # the first run on an empty database: once
    db = Database(db_url)
    with db.session() as session, session.begin():
        for key in list_keys(session=session):
            revoke_key(session=session, key_id=key.id, actor="incident")
    assert main(["db", "upgrade", "--database-url", db_url]) == 0  # the container restarts
    assert capsys.readouterr().out == ""
    with db.session() as session:
        assert list_keys(session=session) == []
    # Recovery is explicit:
    assert main(["keys", "bootstrap", "--database-url", db_url]) == 0
    assert capsys.readouterr().out.strip().startswith("pg_")
    db.dispose()


def test_parallel_bootstraps_create_one_admin_key(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.db import upgrade

    upgrade(db_url)
    db = Database(db_url)
    # Hold every bootstrap that got past its check until all four arrive (or 0.5 s pass): without a lock
    # around check-and-insert, all four get there and each mints a key.
    barrier = threading.Barrier(4, timeout=0.5)
    real_create = keys.create_key

    def create_key(**kwargs: object) -> object:
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        return real_create(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keys, "create_key", create_key)
    tokens: list[str | None] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            with db.session() as session, session.begin():
                tokens.append(bootstrap_admin(session=session, only_if_empty=True))
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len([t for t in tokens if t]) == 1
    with db.session() as session:
        assert len(list_keys(session=session)) == 1
    db.dispose()
