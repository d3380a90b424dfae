"""What each Spark executor runs, without Spark: rows in, result columns out, one engine per process and plan."""

from __future__ import annotations

import json

from app.rescan import worker
from app.rescan.worker import COMPARE_COLUMNS, RESCAN_COLUMNS, Plan, compare_rows, rescan_rows
from app.ruleset import Ruleset, load_default_ruleset, parse_ruleset
from tests.dbfixtures import lexicon_only

RULES = lexicon_only()


def _plan(*rulesets: Ruleset) -> Plan:
    return Plan.of(list(rulesets) or [RULES])


def test_rows_become_columns_and_bad_rows_errors() -> None:
    values = [json.dumps({"id": 1, "text": "这款产品稳赚不赔", "channel": "weibo", "branch": "深圳",
                          "account": {"id": "a9", "owner_name": "某某"}}, ensure_ascii=False),
              "[1, 2]", None, json.dumps({"id": "x", "text": "a" * 60_000})]
    cols = rescan_rows(values, _plan())
    assert tuple(cols) == RESCAN_COLUMNS and all(len(v) == 4 for v in cols.values())
    assert cols["id"][0] == "1" and cols["branch"][0] == "深圳" and cols["account"][0] == "a9"
    assert cols["verdict"][0] == "block" and cols["error"][0] is None and cols["raw"][0] is None
    assert cols["findings"][0][0]["rule_id"].startswith("guaranteed_return.")
    assert cols["error"][1] == "invalid: line is not a JSON object" and cols["raw"][1] == "[1, 2]"
    assert cols["error"][2].startswith("invalid:")  # an empty row
    assert cols["id"][3] == "x" and "TextTooLong" in cols["error"][3] and len(cols["raw"][3]) == worker.RAW_KEPT


def test_pii_matched_text_stays_out_of_the_output() -> None:
    cols = rescan_rows([json.dumps({"id": "p", "text": "客户王小明的电话是13912345678，身份证110101199003071234。"},
                                   ensure_ascii=False)], _plan(load_default_ruleset()))
    pii = [f for f in cols["findings"][0] if f["category"].startswith("pii_")]
    assert pii and all(f["text"] is None for f in pii)


def test_one_engine_per_process_and_plan() -> None:
    plan = _plan()
    rescan_rows([json.dumps({"id": "a", "text": "你好"})], plan)
    first = worker.checker_for(plan)
    rescan_rows([json.dumps({"id": "b", "text": "你好"})], Plan(plan.rulesets, plan.max_chars))  # an equal plan
    assert worker.checker_for(plan) is first


def test_compare_names_the_rules_that_moved_a_verdict() -> None:
    doc = RULES.model_dump(mode="json", exclude={"version"})
    doc["lexicon"]["rules"] = [r for r in doc["lexicon"]["rules"] if r["id"] != "guaranteed_return.no_loss"]
    without = parse_ruleset(doc).with_version(2)
    values = [json.dumps({"id": "hit", "text": "稳赚不赔"}, ensure_ascii=False),
              json.dumps({"id": "calm", "text": "投保前请阅读条款"}, ensure_ascii=False)]
    cols = compare_rows(values, _plan(RULES, without))
    assert tuple(cols) == COMPARE_COLUMNS
    assert cols["changed"] == [True, False]
    assert cols["verdict_a"][0] == "block" and cols["verdict_b"][0] == "pass"
    assert cols["responsible"][0] == ["guaranteed_return.no_loss"] and cols["responsible"][1] == []


def test_a_row_with_images_is_an_error_not_a_silent_text_only_check() -> None:
    cols = rescan_rows([json.dumps({"id": "i", "text": "海报", "images": ["poster.png"]}, ensure_ascii=False)], _plan())
    assert cols["verdict"] == [None] and "images are not checked by rescan" in cols["error"][0]


def test_the_executor_engine_is_warmed_for_every_ruleset_of_the_plan() -> None:
    # Batch engines run the detectors one after the other under one deadline: a ruleset's lexicon index is
    # built when the executor's engine is, never inside the first post's deadline.
    doc = RULES.model_dump(mode="json", exclude={"version"})
    doc["lexicon"]["rules"] = [r for r in doc["lexicon"]["rules"] if r["id"] != "guaranteed_return.no_loss"]
    fresh = parse_ruleset(doc).with_version(7)
    checker = worker.PostChecker(_plan(RULES, fresh))
    assert checker.engine.concurrent is False
    assert fresh.checksum in checker.engine.registry.get("lexicon")._indexes
