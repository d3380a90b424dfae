from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.db import Database
from app.detectors.base import Post
from app.detectors.registry import discover
from app.engine import Engine
from app.errors import Conflict, RulesetInvalid
from app.services import rulesets as service
from app.services.ruleset_diff import diff_rulesets
from app.services.ruleset_source import DatabaseSource
from tests.dbfixtures import lexicon_only

ENGINE = Engine(discover(["lexicon"]), max_workers=1)
RULE = {"id": "test.sure_win", "category": "guaranteed_return", "severity": "high", "terms": ["紫色长颈鹿计划"],
        "message": "承诺收益", "basis": "《广告法》第二十五条", "suggestion": "删除",
        "examples": {"hit": ["买了就紫色长颈鹿计划"], "miss": ["投资有风险"]}}


def _small(**rule_changes: object) -> dict[str, object]:
    return {"name": "small", "detectors": {"lexicon": {"enabled": True}},
            "lexicon": {"rules": [{**RULE, **rule_changes}]}}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({}, None),
        ({"examples": {"hit": ["完全无关的句子"], "miss": []}}, "does not flag its own hit example"),
        ({"examples": {"hit": [], "miss": ["紫色长颈鹿计划"]}}, "flags its own miss example"),
        ({"terms": [], "pattern": "(?<=a)b"}, "does not compile under RE2"),  # look-behind
    ],
)
def test_validate_ruleset(changes: dict[str, object], problem: str | None) -> None:
    problems = service.validate_ruleset(service.parse_document(_small(**changes)), ENGINE)
    assert (problems == []) if problem is None else any(problem in p for p in problems)


@pytest.mark.parametrize("document", ["name: [unclosed", "- a list", {"name": "x", "policy": {"bogus": 1}}])
def test_parse_document_rejects_bad_input(document: object) -> None:
    with pytest.raises(RulesetInvalid):
        service.parse_document(document)  # type: ignore[arg-type]


def test_draft_publish_rollback_and_hot_swap(db: Database) -> None:
    source = DatabaseSource(db, poll_seconds=0.05)
    first = source.current()
    with db.session() as session, session.begin():
        draft = service.create_draft(session=session, ruleset=service.parse_document(_small()), author="me")
    with db.session() as session, session.begin():
        service.publish_version(session=session, number=draft.number, actor="me", engine=ENGINE)
    deadline = time.monotonic() + 10
    while source.current().version != draft.number and time.monotonic() < deadline:
        time.sleep(0.02)
    assert source.current().name == "small"
    with db.session() as session, session.begin(), pytest.raises(Conflict):
        service.publish_version(session=session, number=draft.number, actor="me", engine=ENGINE)
    with db.session() as session, session.begin():
        back = service.rollback(session=session, actor="me")
    assert back.number == first.version
    deadline = time.monotonic() + 10
    while source.current().version != first.version and time.monotonic() < deadline:
        time.sleep(0.02)
    assert source.current().checksum == first.checksum
    source.close()


def test_invalid_draft_cannot_be_published(db: Database) -> None:
    with db.session() as session, session.begin():
        bad = service.create_draft(session=session, author="me",
                                   ruleset=service.parse_document(_small(examples={"hit": ["无关"]})))
    with db.session() as session, session.begin(), pytest.raises(RulesetInvalid, match="fails validation"):
        service.publish_version(session=session, number=bad.number, actor="me", engine=ENGINE)


def test_diff_names_added_removed_and_changed_rules() -> None:
    old = service.parse_document(_small())
    new_doc = _small(severity="medium")
    new_doc["lexicon"]["rules"].append({**RULE, "id": "test.other"})  # type: ignore[index]
    diff = diff_rulesets(old, service.parse_document(new_doc))
    assert diff["rules_added"] == ["test.other"]
    assert diff["rules_changed"] == {"test.sure_win": {"severity": {"from": "high", "to": "medium"}}}
    assert not diff["identical"]
    assert diff_rulesets(old, old)["identical"]


def test_dry_run_reports_changed_verdicts(db: Database, tmp_path: Path) -> None:
    from app.services.checks import CheckEvent
    from app.services.spool import AuditRecorder

    live = lexicon_only()
    recorder = AuditRecorder(db, policy="full", spool_dir=tmp_path)
    for text in ("买了就紫色长颈鹿计划", "今天天气很好"):
        post = Post(text=text)
        recorder.record(CheckEvent("r", None, post, ENGINE.check(post, live), None))
    recorder.close()
    with db.session() as session:
        result = service.dry_run(session=session, engine=ENGINE, ruleset=service.parse_document(_small()), limit=10)
    assert result["checked"] == 2
    assert result["moves"] == {"pass->block": 1}
