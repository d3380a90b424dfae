from __future__ import annotations

import pytest

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.disclosure import DisclosureDetector, compile_config, find_missing
from app.ruleset import load_default_ruleset
from app.taxonomy import Severity

DETECTOR = DisclosureDetector()


def detect(text: str, title: str | None = None) -> list[Finding]:
    post = Post(text=text, title=title)
    return DETECTOR.detect(post, DetectContext(ruleset=load_default_ruleset(), post=post))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # promoted without the statement
        ("这款分红型年金每年都有分红，给孩子攒一笔教育金。", {"disclosure.participating"}),
        ("萬能賬戶結算利率4.2%，隨存隨取。", {"disclosure.universal"}),
        ("投连险去年账户涨了两成，今年继续冲。", {"disclosure.investment_linked"}),
        ("按中档演示，60岁每年能领三万多。", {"disclosure.demonstration"}),
        ("分 红 型终身寿，年年有红利可领。", {"disclosure.participating"}),
        # the statement for that type is present
        ("这款分红型年金的分红水平不确定，历史红利实现率不代表未来。", set()),
        ("万能账户结算利率3%，超过最低保证利率的部分是不确定的。", set()),
        ("投连险的投资风险由投保人承担，账户价值可能低于已交保费。", set()),
        ("利益演示基于精算假设，演示利益不代表实际收益。", set()),
        ("分红型年金，公司不保证分红，以实际公布为准。", set()),
        ("万能账户结算利率随市场调整，历史不代表未来。", set()),
        # not the product, or explaining rather than promoting
        ("这是一款非分红型养老年金，领取金额写在合同里。", set()),
        ("政策红利之下，养老第三支柱发展很快。", set()),
        ("什么是分红险？它的红利来自公司的经营盈余。", set()),
        ("这款年金不是分红型的，领取金额写在合同里。", set()),
        ("重疾险和医疗险怎么搭配，今天聊聊。", set()),
        # a talk that says it sells nothing, or reads out a regulator's warning
        ("今天不推荐具体哪一款，只讲分红险的红利从哪里来。", set()),
        ("先读一段监管部门发的风险提示：有人把分红险的演示利益说成实得。", set()),
        ("本文只作科普，不构成投保建议：万能账户的结算利率按月公布。", set()),
    ],
)
def test_rule_ids(text: str, expected: set[str]) -> None:
    assert {f.rule_id for f in detect(text)} == expected


def test_statement_in_title_satisfies() -> None:
    assert detect("分红型年金，每年分红。", title="提示：分红水平不确定") == []


def test_one_finding_per_type_and_post_level() -> None:
    findings = detect("分红型年金+万能账户，结算利率4%。")
    assert sorted(f.rule_id for f in findings) == ["disclosure.participating", "disclosure.universal"]
    for f in findings:
        assert (f.category, f.start, f.end, f.text) == ("missing_disclosure", None, None, None)
        assert f.evidence


def test_generic_statement_alone_lowers_severity() -> None:
    (finding,) = detect("分红型年金每年分红。保险有风险，投保需谨慎。")
    assert finding.severity == Severity.LOW
    (finding,) = detect("分红型年金每年分红。")
    assert finding.severity == Severity.MEDIUM


def test_config_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError):
        compile_config({"product_types": {}, "typo": 1})


def test_find_missing_on_plain_text() -> None:
    config = {
        "product_types": {
            "x": {
                "label": "X",
                "severity": "high",
                "triggers": ["甲型"],
                "exemptions": ["非甲型"],
                "satisfied_by": ["甲有风险"],
                "message": "m",
                "basis": "b",
                "suggestion": "s",
            }
        }
    }
    compiled = compile_config(config)
    assert [m.product_type for m in find_missing("买甲型", compiled)] == ["x"]
    assert find_missing("买非甲型", compiled) == []
    assert find_missing("买甲型，甲有风险", compiled) == []
