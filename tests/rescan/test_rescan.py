"""`postguard rescan` in Spark local mode (local[2]): outputs, the errors table, --compare, loading into the DB.

One Spark session for the module (starting the JVM is most of the cost); every job checks a handful of posts."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime (17+); .ci/run installs one", allow_module_level=True)
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from app.cli import main  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402

# A made-up phrase no default rule knows: ruleset B adds a rule for it, so exactly the posts that use it and
# passed under A change verdict; one that was blocked anyway stays blocked.
NEW_TERM = "紫藤花专享计划"
NEW_RULE = "improper_inducement.test_wisteria"

GOOD = [
    {"id": "g1", "text": "今天和大家聊聊重疾险和医疗险的区别，投保前请仔细阅读条款。", "channel": "weibo",
     "account": {"id": "acc1"}, "branch": "上海分公司"},
    {"id": "g2", "text": "这款产品稳赚不赔，即将停售，赶紧上车！", "channel": "moments",
     "account": {"id": "acc1"}, "branch": "上海分公司"},
    {"id": "g3", "text": f"周末社区活动介绍{NEW_TERM}，欢迎邻居们来了解保险小知识。", "channel": "douyin",
     "account": {"id": "acc2"}, "branch": "北京分公司"},
    {"id": "g4", "text": f"{NEW_TERM}今天开讲：如何看懂保单的免责条款。", "channel": "weibo",
     "account": {"id": "acc2"}, "branch": "北京分公司"},
    {"id": "g5", "text": f"{NEW_TERM}保本保息稳赚不赔，年化收益高达百分之十！", "channel": "moments",
     "account": {"id": "acc3"}, "branch": "北京分公司"},
    {"id": "g6", "text": "买保险前先做好家庭财务规划，按需配置。", "channel": "wechat_mp",
     "account": {"id": "acc3"}},
]
BAD = [
    "这一行不是 JSON",
    json.dumps({"id": "b2", "text": "   "}),  # blank text: the API refuses it
    json.dumps({"text": "没有 id 的一行"}),
    json.dumps({"id": "b4", "text": "渠道不对", "channel": "fax"}),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("postguard-rescan-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
               .config("spark.log.level", "ERROR").getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "posts.jsonl"
    lines = [json.dumps(p, ensure_ascii=False) for p in GOOD] + BAD
    path.write_text("\n".join(lines[:5]) + "\n\n" + "\n".join(lines[5:]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rescanned(spark: Any, archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rescan") / "out"
    assert main(["rescan", str(archive), "-o", str(out), "--partitions", "3"]) == 0
    return out


def _rows(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return rows


def test_rescan_writes_verdicts_findings_and_summary(rescanned: Path) -> None:
    verdicts = {r["id"]: r for r in _rows(rescanned / "verdicts")}
    assert sorted(verdicts) == sorted(p["id"] for p in GOOD)
    assert verdicts["g1"]["verdict"] == "pass" and verdicts["g6"]["verdict"] == "pass"
    assert verdicts["g2"]["verdict"] == "block" and verdicts["g5"]["verdict"] == "block"
    assert verdicts["g2"]["branch"] == "上海分公司" and verdicts["g2"]["account"] == "acc1"
    assert len({r["run_id"] for r in verdicts.values()}) == 1
    categories_g2 = {f["category"] for f in verdicts["g2"]["findings"]}
    assert {"guaranteed_return", "stop_sale_hype"} <= categories_g2

    findings = _rows(rescanned / "findings")
    assert len(findings) == sum(len(r["findings"]) for r in verdicts.values())
    assert {f["id"] for f in findings} <= {"g2", "g5"} | {i for i, r in verdicts.items() if r["verdict"] != "pass"}

    summary = json.loads((rescanned / "summary.json").read_text(encoding="utf-8"))
    assert summary["checked"] == len(GOOD) and summary["errors"] == len(BAD) and summary["posts"] == len(GOOD) + 4
    passed = sum(r["verdict"] == "pass" for r in verdicts.values())
    assert summary["compliance_rate"] == round(passed / len(GOOD), 4)
    by_branch = {r["key"]: r for r in summary["by_branch"]}
    assert by_branch["上海分公司"]["checked"] == 2 and by_branch["上海分公司"]["passed"] == 1
    assert by_branch["(none)"]["checked"] == 1
    by_account = {r["key"]: r["checked"] for r in summary["by_account"]}
    assert by_account == {"acc1": 2, "acc2": 2, "acc3": 2}
    assert {r["key"] for r in summary["by_channel"]} == {"weibo", "moments", "douyin", "wechat_mp"}
    top = {r["rule_id"]: r["posts"] for r in summary["top_rules"]}
    assert top["guaranteed_return.no_loss"] == 2  # g2 and g5


def test_bad_rows_land_in_the_errors_table(rescanned: Path) -> None:
    errors = _rows(rescanned / "errors")
    assert len(errors) == len(BAD)
    by_raw = {e["raw"]: e for e in errors}
    assert by_raw["这一行不是 JSON"]["id"] is None and by_raw["这一行不是 JSON"]["error"].startswith("invalid:")
    assert "missing id" in by_raw[BAD[2]]["error"]
    assert by_raw[BAD[1]]["id"] == "b2" and "text" in by_raw[BAD[1]]["error"]
    assert by_raw[BAD[3]]["id"] == "b4" and "channel" in by_raw[BAD[3]]["error"]
    assert all(e["source"].endswith("posts.jsonl") for e in errors)


def test_compare_finds_exactly_the_posts_a_changed_rule_moves(spark: Any, rescanned: Path, tmp_path: Path) -> None:
    base = load_default_ruleset()
    doc = base.model_dump(mode="json", exclude={"version"})
    doc["lexicon"]["rules"].append({"id": NEW_RULE, "category": "improper_inducement", "severity": "high",
                                    "terms": [NEW_TERM], "message": "测试规则", "basis": "测试", "suggestion": "删除"})
    changed = tmp_path / "b.json"
    changed.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    # The archive as Parquet this time (nested account column): the other input format, same posts.
    parquet = tmp_path / "posts.parquet"
    pq.write_table(pa.Table.from_pylist(GOOD), parquet)
    out = tmp_path / "cmp"
    assert main(["rescan", str(parquet), "-o", str(out), "--compare", "app/rules/default", str(changed)]) == 0

    before = {r["id"]: r["verdict"] for r in _rows(rescanned / "verdicts")}
    expected = {p["id"] for p in GOOD if NEW_TERM in p["text"] and before[p["id"]] != "block"}
    assert expected == {"g3", "g4"}  # g5 uses the phrase too but was blocked already
    changes = {r["id"]: r for r in _rows(out / "changes")}
    assert set(changes) == expected
    for row in changes.values():
        assert row["verdict_b"] == "block" and row["responsible"] == [NEW_RULE]
        assert row["verdict_a"] == before[row["id"]]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["checked"] == len(GOOD) and summary["changed"] == 2 and summary["errors"] == 0
    assert summary["responsible_rules"] == [{"rule_id": NEW_RULE, "posts": 2}]


def test_load_into_db_feeds_stats_once(rescanned: Path, tmp_path: Path) -> None:
    from app.db import Database, upgrade
    from app.rescan.load import load_into_db
    from app.services.audit import verify_chain
    from app.services.stats import compute_stats

    url = f"sqlite:///{tmp_path / 'pg.db'}"
    upgrade(url)
    db = Database(url, audit_key="k")
    try:
        assert load_into_db(db, str(rescanned)) == {"loaded": len(GOOD), "already_loaded": 0}
        assert load_into_db(db, str(rescanned)) == {"loaded": 0, "already_loaded": len(GOOD)}
        with db.session() as session:
            stats = compute_stats(session=session, since=None, until=None, purpose="scan")
            assert stats["checked"] == len(GOOD)
            assert compute_stats(session=session, since=None, until=None)["checked"] == 0  # publish figures untouched
            by_account = {r["key"]: r["checked"] for r in stats["by_account"]}
            assert by_account == {"acc1": 2, "acc2": 2, "acc3": 2}
            assert "guaranteed_return.no_loss" in {r["rule_id"] for r in stats["top_rules"]}
        with db.session() as session:
            assert verify_chain(session, hmac_key="k").ok
    finally:
        db.dispose()


def test_a_stored_version_from_the_cli_and_load_into_db(spark: Any, archive: Path, tmp_path: Path) -> None:
    """--version N reads the rules from the database (checksum verified); --load-into-db appends the verdicts."""
    from sqlalchemy import func, select

    from app.db import Database, upgrade
    from app.models import AuditEvent
    from app.services.rulesets import create_draft

    url = f"sqlite:///{tmp_path / 'pg.db'}"
    upgrade(url)
    db = Database(url)
    try:
        with db.session() as session, session.begin():
            number = create_draft(session=session, ruleset=load_default_ruleset(), author="test").number
        out = tmp_path / "out"
        args = ["rescan", str(archive), "-o", str(out), "--version", str(number), "--database-url", url]
        assert main([*args, "--load-into-db"]) == 0
        assert {r["ruleset_version"] for r in _rows(out / "verdicts")} == {number}
        with db.session() as session:
            checks = select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "check",
                                                                        AuditEvent.purpose == "scan")
            assert session.scalar(checks) == len(GOOD)
        assert main(["rescan", "-o", str(out), "--load-only", "--database-url", url]) == 0  # nothing new
        with db.session() as session:
            assert session.scalar(checks) == len(GOOD)
        assert main(["rescan", str(archive), "-o", str(tmp_path / "x"), "--version", "99", "--database-url", url]) == 3
    finally:
        db.dispose()
