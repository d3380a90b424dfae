"""The brand detector (brand_inconsistency, unauthorized_product) and the catalogue's part in the disclosure check,
on the default pack's example company (安宁人寿) and its example catalogue (issue 13)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.brand import BrandDetector, _best_substring
from app.detectors.disclosure import DisclosureDetector
from app.ruleset import Ruleset, load_default_ruleset

BRAND = BrandDetector()
DISCLOSURE = DisclosureDetector()


def real_catalogue(**changes: Any) -> Ruleset:
    """The default pack with its catalogue taken as the company's own (as an import makes it)."""
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["catalogue"] = {**doc["catalogue"], "example": False, **changes}
    return Ruleset.model_validate(doc)


def detect(text: str, ruleset: Ruleset | None = None, title: str | None = None) -> list[Finding]:
    post = Post(text=text, title=title)
    return BRAND.detect(post, DetectContext(ruleset=ruleset or load_default_ruleset(), post=post))


def rules(text: str, ruleset: Ruleset | None = None) -> set[tuple[str, str | None]]:
    return {(f.rule_id, f.text) for f in detect(text, ruleset)}


@pytest.mark.parametrize(("text", "expected"), [
    # listed wrong names
    ("安宁人寿保险有限公司成立于2010年。", {("brand.outdated_name", "安宁人寿保险有限公司")}),
    ("安宁保险集团旗下产品。", {("brand.lookalike_name", "安宁保险集团")}),
    # mangled names: same reading, other characters; a long name with characters dropped or changed
    ("安凝人寿的服务很好。", {("brand.mangled_name", "安凝人寿")}),
    ("安 柠 人 寿，值得信赖。", {("brand.mangled_name", "安 柠 人 寿")}),
    ("安宁人寿保险股分有限公司", {("brand.mangled_name", "安宁人寿保险股分有限公司")}),
    # mangled slogans: standing alone, near the name, a cue or quotes
    ("安宁人寿，守护每一日！", {("brand.mangled_slogan", "守护每一日")}),
    ("「守护每一日」是我们的口号。", {("brand.mangled_slogan", "守护每一日")}),
    ("我们的广告语：守护每天。", {("brand.mangled_slogan", "守护每天")}),
    ("安宁人寿，守护每一年。", {("brand.mangled_slogan", "守护每一年")}),  # listed, so found anywhere
    ("守护每一年", {("brand.mangled_slogan", "守护每一年")}),
    ("标识改成 ANNING INSURANCE GROUP 了", {("brand.logo_wording", "ANNING INSURANCE GROUP")}),
    # approved forms and look-alikes that are not ours
    ("安宁人寿保险股份有限公司，守护每一天。", set()),
    ("安宁人寿，守护您的每一天。", set()),
    ("Anning Life Insurance Co., Ltd. 欢迎您", set()),
    ("平安人寿保险股份有限公司发布年报。", set()),  # a competitor: no 安宁 in it
    ("安宁人寿守护每一个家庭。", set()),  # runs on: another sentence, not the slogan
    ("守护每一日", set()),  # alone, with no name, cue or quotes near: ordinary words
    ("心里很安宁，日子每一天都很好。", set()),
])
def test_brand_rules(text: str, expected: set[tuple[str, str]]) -> None:
    assert rules(text) == expected


def test_a_finding_carries_the_approved_form() -> None:
    (finding,) = detect("安凝人寿，欢迎咨询。")
    assert (finding.category, finding.severity, finding.start, finding.end) == ("brand_inconsistency", "medium", 0, 4)
    assert "安宁人寿" in finding.suggestion and finding.evidence == ("expected:安宁人寿",)
    (slogan,) = detect("安宁人寿，守护每一日！")
    assert "守护每一天" in slogan.suggestion and 0 < slogan.score < 1


def test_title_is_checked_too() -> None:
    post = Post(text="正文", title="安宁保险集团新品")
    (finding,) = BRAND.detect(post, DetectContext(ruleset=load_default_ruleset(), post=post))
    assert finding.field == "title" and finding.text == "安宁保险集团"


@pytest.mark.parametrize(("text", "expected"), [
    # a stopped product (金禧终身寿险, stopped 2023-06-30), by full or short name
    ("推荐金禧终身寿，收益稳定。", {("catalogue.stopped_product", "金禧终身寿")}),
    ("安宁金禧终身寿险（分红型）热销中", {("catalogue.stopped_product", "安宁金禧终身寿险（分红型）")}),
    # a notice about it is not promotion
    ("金禧分红已于2023年6月30日停售，已投保客户不受影响。", set()),
    # on sale
    ("福满堂今年开门红，欢迎咨询。", set()),
    # not in the catalogue: the example catalogue flags nothing unknown (it is not yours)
    ("安宁鑫享年金保险即将上市。", set()),
])
def test_catalogue_on_the_example(text: str, expected: set[tuple[str, str]]) -> None:
    assert rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("安宁鑫享年金保险即将上市。", {("catalogue.unknown_product", "安宁鑫享年金保险")}),
    ("推荐这款鑫享两全保险（分红型），收益稳定。", {("catalogue.unknown_product", "鑫享两全保险（分红型）")}),
    ("详见《安宁鑫享两全保险（分红型）条款》。", {("catalogue.unknown_product", "安宁鑫享两全保险（分红型）")}),
    ("安宁人寿旗下鑫享两全保险上市。", {("catalogue.unknown_product", "鑫享两全保险")}),
    # a table cell or a quotation before the name is not part of it (normalisation joins across the noise)
    ("| 产品名称 | 结算利率 |\n| 鑫账户终身寿险（万能型） | 3% |",
     {("catalogue.unknown_product", "鑫账户终身寿险（万能型）")}),
    ("一份“鑫享年金（分红型）", {("catalogue.unknown_product", "鑫享年金（分红型）")}),
    ("养老年金（分红型）怎么选", set()),
    # kinds of product, laws, the catalogue's own products: no finding
    ("安宁人寿的重疾险怎么样？", set()),
    ("安宁百万医疗险和增额终身寿险（分红型）有什么区别？", set()),
    ("《保险法》第十六条规定如实告知。", set()),
    ("今天聊聊重大疾病保险和《增额终身寿险》。", set()),
    ("安宁福满堂两全保险（分红型）和《安宁康健一生重大疾病保险》", set()),
    ("这款产品（分红型）很好。", set()),
])
def test_unknown_products_once_the_catalogue_is_real(text: str, expected: set[tuple[str, str]]) -> None:
    assert rules(text, real_catalogue()) == expected


def test_stopped_product_evidence_is_the_catalogue_entry() -> None:
    (finding,) = detect("金禧终身寿现在还能买！")
    assert finding.category == "unauthorized_product" and finding.severity == "high"
    assert finding.evidence[:5] == ("catalogue:安宁金禧终身寿险（分红型）", "type:participating(分红型)",
                                    "status:stopped", "on_sale_from:2019-05-01", "stopped_on:2023-06-30")
    assert finding.evidence[-1].startswith("checked_on:")


def test_sales_dates() -> None:
    products = [{"name": "安宁未来星年金保险", "short_names": ["未来星"], "type": "annuity",
                 "on_sale_from": "2999-01-01"},
                {"name": "安宁长青护理保险", "type": "care", "status": "on_sale", "stopped_on": "2999-12-31"},
                {"name": "安宁旧约两全保险", "type": "endowment", "status": "stopped"}]
    ruleset = real_catalogue(products=products)
    assert rules("未来星年金，抢先预约！", ruleset) == {("catalogue.not_yet_on_sale", "未来星")}
    assert rules("安宁长青护理保险", ruleset) == set()  # a stop date ahead: still on sale
    assert rules("安宁旧约两全保险", ruleset) == {("catalogue.stopped_product", "安宁旧约两全保险")}


def test_a_participating_product_named_by_its_short_name_needs_its_statement() -> None:
    post = Post(text="福满堂今年开门红，每年都能领钱，欢迎咨询。")
    (finding,) = DISCLOSURE.detect(post, DetectContext(ruleset=load_default_ruleset(), post=post))
    assert (finding.rule_id, finding.evidence) == ("disclosure.participating",
                                                   ("catalogue:安宁福满堂两全保险（分红型）",))
    post = Post(text="福满堂今年开门红，分红水平不确定，历史红利实现率不代表未来。")
    assert DISCLOSURE.detect(post, DetectContext(ruleset=load_default_ruleset(), post=post)) == []
    post = Post(text="康健一生重疾险，保障120种疾病。")  # critical illness: no statement required
    assert DISCLOSURE.detect(post, DetectContext(ruleset=load_default_ruleset(), post=post)) == []


@pytest.mark.parametrize(("change", "message"), [
    ({"catalogue": {"products": [{"name": "甲乙两全保险", "type": "endowment"}]}}, "needs the finding text"),
    ({"catalogue": {"rules": {"nope": {"severity": "low", "message": "m", "basis": "b", "suggestion": "s"}}}},
     "unknown catalogue rule kind"),
    ({"catalogue": {"products": [{"name": "甲", "type": "endowment"}]}}, "at least 2"),
    ({"catalogue": {"products": [{"name": "甲乙保险", "type": "pension"}]}}, "type"),
    ({"catalogue": {"timezone": "Mars/Base"}}, "unknown time zone"),
    ({"brand": {"names": {"outdated": ["旧名"]}}}, "needs the finding text"),
    ({"brand": {"names": {"official": [" "]}}}, "blank"),
])
def test_bad_brand_and_catalogue_sections_are_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Ruleset.model_validate({"name": "t", **change})


def test_two_products_cannot_share_a_name() -> None:
    rules_ = load_default_ruleset().catalogue.model_dump(mode="json")["rules"]
    products = [{"name": "甲乙两全保险", "short_names": ["甲乙"], "type": "endowment"},
                {"name": "甲乙年金保险", "short_names": ["甲乙"], "type": "annuity"}]
    with pytest.raises(ValidationError, match="names two products"):
        Ruleset.model_validate({"name": "t", "catalogue": {"products": products, "rules": rules_}})


def test_empty_sections_keep_old_checksums() -> None:
    plain = Ruleset.model_validate({"name": "old"})
    dumped = plain.model_dump(mode="json")
    assert "brand" not in dumped and "catalogue" not in dumped


def test_best_substring_prefers_the_closest_length() -> None:
    assert _best_substring("守护每一天", "守护每一日！", 1) == (1, 0, 5)
    assert _best_substring("守护每一天", "完全无关的话", 1) is None
