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
from tests.dbfixtures import lexicon_only, make_settings, publish_now

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
