from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.db import Database
from app.detectors.base import Post
from app.detectors.registry import discover
from app.engine import Engine
from app.errors import Conflict, RulesetInvalid
from app.ruleset import Ruleset, load_default_ruleset
from app.services import rulesets as service
from app.services.ruleset_diff import diff_rulesets
from app.services.ruleset_source import DatabaseSource
from app.taxonomy import Category
from tests.dbfixtures import lexicon_only, publish_now

ENGINE = Engine(discover(["lexicon"]), max_workers=1)
CONFIRMED = service.Gate(confirm=True)
RULE = {"id": "test.sure_win", "category": "guaranteed_return", "severity": "high", "terms": ["紫色长颈鹿计划"],
        "message": "承诺收益", "basis": "《广告法》第二十五条", "suggestion": "删除",
        "examples": {"hit": ["买了就紫色长颈鹿计划"], "miss": ["投资有风险"]}}


NOT_CHECKED = {c.value: "a one-rule test pack" for c in Category if c != Category.GUARANTEED_RETURN}


def _small(**rule_changes: object) -> dict[str, object]:
    return {"name": "small", "detectors": {"lexicon": {"enabled": True}},
            "lexicon": {"rules": [{**RULE, **rule_changes}]}, "coverage": {"not_checked": NOT_CHECKED}}


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
        service.publish_version(session=session, number=draft.number, actor="me", engine=ENGINE, gate=CONFIRMED)
    deadline = time.monotonic() + 10
    while source.current().version != draft.number and time.monotonic() < deadline:
        time.sleep(0.02)
    assert source.current().name == "small"
    with db.session() as session, session.begin(), pytest.raises(Conflict):
        service.publish_version(session=session, number=draft.number, actor="me", engine=ENGINE)
    with db.session() as session, session.begin():
        back, _ = service.rollback(session=session, actor="me", engine=ENGINE, gate=CONFIRMED)
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


PII_ENGINE = Engine(discover(["lexicon", "pii"]), max_workers=1)


def _with_pii(**changes: object) -> Ruleset:
    """The packaged rules with the lexicon and the PII detector only (no models needed)."""
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["detectors"] = {name: doc["detectors"][name] for name in ("lexicon", "pii")}
    doc["policy"]["detector_timeout_ms"] = 120_000  # a busy test machine must not turn a finding into a timeout
    doc.update(changes)
    return Ruleset.model_validate(doc)


def _record(db: Database, tmp_path: Path, ruleset: Ruleset, texts: list[str], policy: str) -> list[str]:
    from app.services.checks import CheckEvent
    from app.services.spool import AuditRecorder

    recorder = AuditRecorder(db, policy=policy, spool_dir=tmp_path / "spool")
    ids = []
    for text in texts:
        post = Post(text=text)
        ids.append(recorder.record(CheckEvent("r", None, post, PII_ENGINE.check(post, ruleset), None)))
    recorder.close()
    return [i for i in ids if i]


REDACTED_POSTS = ["客户张三丰的电话是13812345678，欢迎咨询", "这款产品稳赚不赔", "今天天气很好"]


def test_dry_run_and_recheck_of_unchanged_rules_on_redacted_text_report_no_change(db: Database, tmp_path: Path
                                                                                  ) -> None:
    """Before: the masked text lost its PII findings, so the same rules reported review -> pass."""
    from app.services.reviews import recheck

    live = _with_pii()
    number = publish_now(db, live)
    ids = _record(db, tmp_path, live.with_version(number), REDACTED_POSTS, "redacted")
    with db.session() as session:
        result = service.dry_run(session=session, engine=PII_ENGINE, ruleset=live.with_version(number), limit=10)
        again = recheck(session=session, engine=PII_ENGINE, audit_id=ids[0], version=number)
    assert (result["checked"], result["changed"], result["moves"]) == (3, 0, {})
    assert result["by_basis"] == {"replayed": 3} and result["partly_compared"]["pii_masked"] == 1
    assert any("pii_* categories are not compared" in note for note in result["notes"])
    assert again["changed"] is False and again["basis"] == "replayed"
    assert again["recorded"]["verdict"] == "review" and again["before"]["verdict"] == "pass"
    assert "pii_masked" in again["not_compared"]


def test_dry_run_on_redacted_text_still_sees_a_changed_rule(db: Database, tmp_path: Path) -> None:
    live = _with_pii()
    number = publish_now(db, live)
    _record(db, tmp_path, live.with_version(number), ["客户张三丰说紫色长颈鹿计划很好", "今天天气很好"], "redacted")
    doc = live.model_dump(mode="json", exclude={"version"})
    doc["lexicon"]["rules"].append(RULE)
    with db.session() as session:
        result = service.dry_run(session=session, engine=PII_ENGINE, ruleset=Ruleset.model_validate(doc), limit=10)
    assert result["moves"] == {"pass->block": 1}  # PII left out of both sides: pass (was review) -> block
    assert result["examples"][0]["not_compared"] == ["pii_masked", "title_not_stored"]


def test_dry_run_says_what_it_could_not_compare(db: Database, tmp_path: Path) -> None:
    live = _with_pii()
    number = publish_now(db, live)
    _record(db, tmp_path, live.with_version(number), REDACTED_POSTS[:2], "none")
    with db.session() as session:
        result = service.dry_run(session=session, engine=PII_ENGINE, ruleset=live, limit=10)
    assert (result["scanned"], result["checked"], result["not_comparable"]) == (2, 0, {"no_stored_text": 2})
    assert "kept no text" in result["notes"][0]
