from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.db import SchemaBehind, check_schema, downgrade, make_engine, upgrade
from app.models import Base


def test_upgrade_head_leaves_no_autogenerate_diff(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    check_schema(engine)
    engine.dispose()


def test_downgrade_base_drops_every_table_and_upgrade_again(db_url: str) -> None:
    upgrade(db_url)
    downgrade(db_url)
    engine = make_engine(db_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(db_url)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_empty_database_is_refused_with_the_command_to_run(db_url: str) -> None:
    engine = make_engine(db_url)
    with pytest.raises(SchemaBehind, match="postguard db upgrade"):
        check_schema(engine)
    engine.dispose()


def test_app_refuses_to_start_on_a_schema_behind_head(db_url: str, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from app.main import create_app
    from app.settings import Settings

    if db_url.startswith("sqlite"):  # an empty SQLite file is initialised (quick start); an old schema is not
        upgrade(db_url)
        engine = make_engine(db_url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0000_older'"))
        engine.dispose()
    app = create_app(Settings(database_url=db_url, spool_dir=tmp_path))
    with pytest.raises(RuntimeError, match="postguard db upgrade"), TestClient(app):
        pass


def test_fresh_sqlite_file_is_initialised_on_first_start(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from app.detectors.registry import discover
    from app.main import create_app
    from app.settings import Settings

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'new.db'}", spool_dir=tmp_path, auth=False)
    with TestClient(create_app(settings, registry=discover(["lexicon"]))) as client:
        assert client.get("/readyz").json()["ruleset"]["version"] == 1


def test_0003h_keeps_hashes_and_links_existing_review_events_to_their_check(db_url: str) -> None:
    # A log written before 0003h: mac and subject_seq did not exist. Build it at head, then go back.
    from app.db import Database
    from app.models import AuditEvent
    from app.services.audit import append_events, new_event, verify_chain
    from app.services.reviews import add_review, reviews_of

    upgrade(db_url)
    db = Database(db_url, audit_key="")
    with db.session() as session, session.begin():
        check = append_events(session, [new_event("check", verdict="review", findings="[]")])[0]
        check_id, check_seq = check.id, check.seq
        add_review(session=session, audit_id=check_id, decision="reject", reason="x", reviewer="r")
    downgrade(db_url, "0002")
    upgrade(db_url)
    with db.session() as session:
        review = session.query(AuditEvent).filter(AuditEvent.kind == "review").one()
        assert review.subject_seq == check_seq and review.mac is None
        assert [r.decision for r in reviews_of(session=session, seqs=[check_seq])[check_seq]] == ["reject"]
    with db.session() as session:
        assert verify_chain(session, hmac_key="").ok
    db.dispose()
