# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""Issue 13, done when: importing an account list and a product catalogue, then checking posts, flags an unknown
and a stopped product as unauthorized_product with the catalogue entry as evidence, a mangled company name and
slogan as brand_inconsistency, still requires the risk statement of a 分红 product named only by its short name, and
puts a post from an unregistered account in the report. Over HTTP (and the CLI for the catalogue), on SQLite and
PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from app.cli import main
from app.db import Database
from app.detectors.registry import discover
from app.main import create_app
from app.ruleset import Ruleset, load_default_ruleset
from app.taxonomy import Category
from tests.dbfixtures import bearer, db, db_url, make_settings, new_key, publish_now  # noqa: F401

DETECTORS = ("lexicon", "brand", "disclosure")
ACCOUNTS = """platform,handle,display_name,owner_employee_id,owner_name,branch,contact,registration_status,opened_on
wechat_mp,anning_hz,安宁人寿杭州,E001,王小明,杭州分公司,13812345678,registered,2024-01-05
douyin,anning_dy,安宁人寿抖音,E002,陈静,宁波分公司,13900001111,registered,2024-04-01
"""
CATALOGUE = """产品名称,简称,类型,销售状态,上市日期,停售日期,备案号
安宁福满堂两全保险（分红型）,福满堂、福满堂两全,分红,在售,2023-03-01,,安宁〔2023〕012号
安宁康健一生重大疾病保险,康健一生,重疾,在售,2021-01-01,,
安宁金禧终身寿险（分红型）,金禧终身寿、金禧分红,分红型,停售,2019-05-01,2023-06-30,安宁〔2019〕003号
"""


def base_ruleset() -> Ruleset:
    """The packaged rules with the three detectors these checks need (the others declared unchecked)."""
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["detectors"] = {name: doc["detectors"][name] for name in DETECTORS}
    covered = {c.value for c in Category if c.value.startswith(("brand", "unauthorized", "missing"))}
    covered |= {r["category"] for r in doc["lexicon"]["rules"]}
    doc["coverage"] = {"not_checked": {c.value: "not part of this test" for c in Category if c.value not in covered}}
    return Ruleset.model_validate(doc)


def findings(client: TestClient, key: dict[str, str], text: str, account: str) -> list[dict[str, object]]:
    answer = client.post("/v1/check", json={"text": text, "account": {"id": account}, "purpose": "publish"},
                         headers=key)
    assert answer.status_code == 200, answer.text
    found: list[dict[str, object]] = answer.json()["findings"]
    return found


def test_import_accounts_and_catalogue_then_check(db: Database, db_url: str, tmp_path: Path) -> None:
    publish_now(db, base_ruleset())
    admin = bearer(new_key(db, "admin"))
    settings = make_settings(db_url, tmp_path, store_text="redacted", mention_hash_key="k")
    with TestClient(create_app(settings, registry=discover(list(DETECTORS)))) as client:
        imported = client.post("/v1/accounts/import", json={"format": "csv", "data": ACCOUNTS}, headers=admin).json()
        assert (imported["created"], imported["rejected"]) == (2, 0)

        path = tmp_path / "catalogue.csv"
        path.write_text(CATALOGUE, encoding="utf-8")
        assert main(["rules", "catalogue", str(path), "--database-url", db_url]) == 0
        draft = max(v["number"] for v in client.get("/v1/rulesets/versions", headers=admin).json())
        published = client.post(f"/v1/rulesets/versions/{draft}/publish", json={"confirm": True}, headers=admin)
        assert published.status_code == 200, published.text
        document = client.get(f"/v1/rulesets/versions/{draft}", headers=admin).json()["document"]
        assert document["catalogue"]["example"] is False and len(document["catalogue"]["products"]) == 3

        unknown = findings(client, admin, "安宁鑫享年金保险即将上市，欢迎咨询。", "wechat_mp:anning_hz")
        assert [(f["rule_id"], f["text"]) for f in unknown] == [("catalogue.unknown_product", "安宁鑫享年金保险")]
        assert unknown[0]["category"] == "unauthorized_product" and unknown[0]["evidence"][0] == "catalogue:none"

        stopped = findings(client, admin, "金禧终身寿还能买，分红水平不确定，过往红利不代表未来。",
                           "wechat_mp:anning_hz")
        (entry,) = [f for f in stopped if f["category"] == "unauthorized_product"]
        assert (entry["rule_id"], entry["text"], entry["severity"]) == (
            "catalogue.stopped_product", "金禧终身寿", "high")
        assert entry["evidence"][:5] == ["catalogue:安宁金禧终身寿险（分红型）", "type:participating(分红型)",
                                         "status:stopped", "on_sale_from:2019-05-01", "stopped_on:2023-06-30"]
        assert "code:安宁〔2019〕003号" in entry["evidence"]

        brand = findings(client, admin, "安凝人寿，守护每一日！", "douyin:anning_dy")
        assert sorted((f["category"], f["rule_id"], f["text"]) for f in brand) == [
            ("brand_inconsistency", "brand.mangled_name", "安凝人寿"),
            ("brand_inconsistency", "brand.mangled_slogan", "守护每一日")]

        short = findings(client, admin, "福满堂今年开门红，每年都能领，欢迎咨询。", "douyin:anning_dy")
        assert [(f["category"], f["rule_id"], f["evidence"]) for f in short] == [
            ("missing_disclosure", "disclosure.participating", ["catalogue:安宁福满堂两全保险（分红型）"])]

        clean = findings(client, admin, "安宁人寿，守护每一天。康健一生重疾险，保障范围以合同为准。",
                         "douyin:anning_dy")
        assert clean == []

        ghost = findings(client, admin, "周末家庭保障知识分享会，欢迎报名。", "gh_unregistered_agent")
        assert ghost == []  # checked as any other post: an unknown account is reported, not refused
        report = client.get("/v1/accounts/reports/unregistered", headers=admin).json()
        assert [(r["account_id"], r["checks"]) for r in report] == [("gh_unregistered_agent", 1)]

        handbook = client.get(f"/v1/rulesets/versions/{draft}/handbook", headers=admin)
        assert handbook.status_code == 200 and "安宁金禧终身寿险（分红型）" in handbook.text


def test_catalogue_cli_refuses_bad_rows_unless_told(db: Database, db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.csv"
    path.write_text("name,type,stopped_on\n甲乙两全保险,endowment,\n丙丁年金保险,pension,\n戊己医疗保险,医疗,2024-99-01\n",
                    encoding="utf-8")
    assert main(["rules", "catalogue", str(path), "--database-url", db_url]) == 1
    err = capsys.readouterr().err
    assert "row 3: invalid_value: type" in err and "row 4: invalid_value: stopped_on" in err
    assert "nothing written" in err
    assert main(["rules", "catalogue", str(path), "--database-url", db_url, "--skip-bad-rows"]) == 1
    assert "draft version 2" in capsys.readouterr().out
    assert main(["rules", "catalogue", str(tmp_path / "missing.csv"), "--database-url", db_url]) == 3
