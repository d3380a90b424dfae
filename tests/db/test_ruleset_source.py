"""DatabaseSource warms each newly published version before swapping it in (hot reload without a cold request)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.db import Database
from app.detectors.registry import discover
from app.ruleset import Ruleset
from app.services.ruleset_source import DatabaseSource
from tests.dbfixtures import bearer, lexicon_only, make_settings, new_key, publish_now

SLOW_POLL = 3600.0  # the test calls refresh() itself


def _source_with_warmer(db: Database, fail: bool) -> tuple[DatabaseSource, list[tuple[int, int]]]:
    """A source whose warmer records (version warmed, version current while warming)."""
    source = DatabaseSource(db, poll_seconds=SLOW_POLL)
    seen: list[tuple[int, int]] = []

    def warm(ruleset: Ruleset) -> None:
        seen.append((ruleset.version, source.current().version))
        if fail:
            raise RuntimeError("warm-up broke")

    source.warm_with(warm)
    return source, seen


@pytest.mark.parametrize("fail", [False, True], ids=["warm-ok", "warm-fails-still-swaps"])
def test_new_version_is_warmed_before_it_becomes_current(db: Database, fail: bool) -> None:
    source, seen = _source_with_warmer(db, fail)
    try:
        old = source.current().version
        assert source.refresh() is False and seen == []  # nothing published: no swap, no warm-up
        new = publish_now(db, lexicon_only(description="next"))
        assert source.refresh() is True
        assert seen == [(new, old)]  # warmed while the old version was still being served
        assert source.current().version == new
        assert source.refresh() is False and len(seen) == 1  # same epoch: not warmed again
    finally:
        source.close()


def test_service_warms_a_published_version_with_its_engine(db: Database, db_url: str, tmp_path: Path) -> None:
    from app.main import create_app

    app = create_app(make_settings(db_url, tmp_path), registry=discover(["lexicon"]))
    with TestClient(app):
        engine, source = app.state.engine, app.state.rulesets
        warmed: list[tuple[int, list[str], int]] = []
        real_warm = engine.warm

        def spy(ruleset: Ruleset, content_types: list[str]) -> None:
            warmed.append((ruleset.version, list(content_types), source.current().version))
            real_warm(ruleset, content_types)

        engine.warm = spy
        old = source.current().version
        new = publish_now(db, lexicon_only(description="next"))
        source.refresh()  # what the publish route does; the poll thread may get there first
        deadline = time.monotonic() + 10
        while source.current().version != new and time.monotonic() < deadline:
            time.sleep(0.05)
        assert source.current().version == new
        assert len(warmed) == 1
        version, content_types, current_then = warmed[0]
        assert (version, current_then) == (new, old) and "article" in content_types and "comment" in content_types


def _publish_tampered(db: Database, *, rewrite_checksum: bool) -> int:
    """Publish a version whose stored content is then changed outside postguard (before any worker reads it):
    the flagged term becomes harmless. With ``rewrite_checksum`` the checksum column is recomputed too."""
    import hashlib

    from app.services.rulesets import _make_live, create_draft

    with db.session() as session, session.begin():
        version = create_draft(session=session, ruleset=lexicon_only(description="next"), author="test")
        _make_live(session, version, actor="test", kind="ruleset.publish")
        version.content = version.content.replace("稳赚不赔", "稳赚不赔的反面")
        if rewrite_checksum:
            version.checksum = hashlib.sha256(version.content.encode()).hexdigest()
        return version.number


@pytest.mark.parametrize("rewrite_checksum", [False, True], ids=["content-edited", "checksum-rewritten-too"])
def test_a_tampered_version_is_refused_and_the_last_good_one_kept(db: Database, rewrite_checksum: bool) -> None:
    """Before: workers parsed whatever the row held and served it."""
    source = DatabaseSource(db, poll_seconds=SLOW_POLL)
    try:
        good = source.current()
        bad = _publish_tampered(db, rewrite_checksum=rewrite_checksum)
        assert source.refresh() is False
        assert source.current() is good
        assert source.refused is not None and source.refused["version"] == bad
        assert source.refused["serving"] == good.version
        assert ("audit log" if rewrite_checksum else "does not match its checksum") in str(source.refused["reason"])
        assert source.refresh() is False  # the same epoch is not re-read on every poll
        fixed = publish_now(db, lexicon_only(description="fixed"))
        assert source.refresh() is True and source.current().version == fixed and source.refused is None
    finally:
        source.close()


def test_a_worker_does_not_start_on_a_tampered_version(db: Database) -> None:
    _publish_tampered(db, rewrite_checksum=False)
    with pytest.raises(RuntimeError, match="refusing to serve it"):
        DatabaseSource(db, poll_seconds=SLOW_POLL)


def test_readiness_and_metrics_report_a_refused_version(db: Database, db_url: str, tmp_path: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from app.main import create_app

    app = create_app(make_settings(db_url, tmp_path, ruleset_poll_seconds=SLOW_POLL), registry=discover(["lexicon"]))
    with TestClient(app) as client:
        logging.getLogger("postguard.rulesets").addHandler(caplog.handler)  # the app's logger does not propagate
        assert client.get("/readyz").json()["status"] == "ok"
        bad = _publish_tampered(db, rewrite_checksum=False)
        app.state.rulesets.refresh()  # what the poll thread does
        assert client.get("/readyz").json()["status"] == "degraded"  # public: the status only
        ready = client.get("/readyz", headers=bearer(new_key(db, "read"))).json()
        assert ready["status"] == "degraded" and ready["ruleset"]["refused"]["version"] == bad
        assert ready["ruleset"]["version"] == bad - 1  # still served
        assert "postguard_ruleset_refused 1.0" in client.get("/metrics").text
        logging.getLogger("postguard.rulesets").removeHandler(caplog.handler)
    assert any(r.getMessage() == "ruleset_refused" for r in caplog.records)


def test_a_tampered_published_version_can_be_replaced(db: Database) -> None:
    from app.detectors.registry import discover
    from app.engine import Engine
    from app.errors import ConfirmationRequired
    from app.services import rulesets as service

    bad = _publish_tampered(db, rewrite_checksum=False)
    engine = Engine(discover(["lexicon"]), max_workers=1)
    with db.session() as session, session.begin():
        draft = service.create_draft(session=session, ruleset=lexicon_only(description="repaired"), author="me")
    with db.session() as session, session.begin(), pytest.raises(ConfirmationRequired) as held:
        service.publish_version(session=session, number=draft.number, actor="me", engine=engine)
    assert held.value.extra["impact"]["reasons"][0].startswith(f"no diff: ruleset version {bad}")  # type: ignore[index]
    with db.session() as session, session.begin():
        done, _ = service.publish_version(session=session, number=draft.number, actor="me", engine=engine,
                                          gate=service.Gate(confirm=True))
    source = DatabaseSource(db, poll_seconds=SLOW_POLL)
    assert source.current().version == done.number and source.refused is None
    source.close()
