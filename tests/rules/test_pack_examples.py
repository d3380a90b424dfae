"""The default rule pack: it validates, every rule flags its own `hit` examples and spares its `miss`
examples, and ordinary insurance writing produces no high-severity lexicon finding.

Each rule is run alone (in a copy of the pack holding only that rule, with the pack's negation,
education and variant settings), so a longer overlapping hit from a neighbouring rule cannot hide it.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import pytest

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.lexicon import LexiconDetector
from app.ruleset import LexiconRule, Ruleset, default_pack_dir, load_default_ruleset, load_pack_dir, parse_ruleset
from app.taxonomy import LEXICAL_CATEGORIES, Severity

PACK = load_default_ruleset()
RULES = {rule.id: rule for rule in PACK.lexicon.rules}
DETECTOR = LexiconDetector()


@cache
def _pack_doc() -> dict[str, Any]:
    return load_pack_dir(default_pack_dir())


@cache
def single_rule_pack(rule_id: str) -> Ruleset:
    doc = copy.deepcopy(_pack_doc())
    doc["lexicon"]["rules"] = [r for r in doc["lexicon"]["rules"] if r["id"] == rule_id]
    return parse_ruleset(doc)


def flagged(text: str, ruleset: Ruleset) -> list[Finding]:
    """Findings that change the verdict: education-downgraded (info) hits do not count."""
    post = Post(text=text)
    found = DETECTOR.detect(post, DetectContext(ruleset=ruleset, post=post))
    return [f for f in found if f.severity != Severity.INFO]


def examples(kind: str) -> list[Any]:
    return [
        pytest.param(rule.id, text, id=f"{rule.id}:{text[:12]}")
        for rule in PACK.lexicon.rules
        for text in getattr(rule.examples, kind)
    ]


def test_pack_validates_and_covers_every_lexical_category() -> None:
    assert PACK.name == "insurance-default"
    by_category: dict[str, list[LexiconRule]] = {}
    for rule in PACK.lexicon.rules:
        assert rule.id.split(".")[0] == rule.category.value, rule.id
        by_category.setdefault(rule.category.value, []).append(rule)
    assert set(by_category) == {c.value for c in LEXICAL_CATEGORIES}
    assert all(len(rules) >= 5 for rules in by_category.values()), {c: len(r) for c, r in by_category.items()}


@pytest.mark.parametrize("rule", PACK.lexicon.rules, ids=lambda r: r.id)
def test_rule_is_documented(rule: LexiconRule) -> None:
    assert rule.message and rule.basis and rule.suggestion
    assert "《" in rule.basis or "公司" in rule.basis, "basis should cite an instrument"
    assert rule.examples.hit and rule.examples.miss


@pytest.mark.parametrize(("rule_id", "text"), examples("hit"))
def test_rule_flags_its_hit_examples(rule_id: str, text: str) -> None:
    hits = [f for f in flagged(text, single_rule_pack(rule_id)) if f.rule_id == rule_id]
    assert hits, f"{rule_id} does not flag {text!r}"
    assert all(f.severity == RULES[rule_id].severity for f in hits)


@pytest.mark.parametrize(("rule_id", "text"), examples("miss"))
def test_rule_spares_its_miss_examples(rule_id: str, text: str) -> None:
    hits = flagged(text, single_rule_pack(rule_id))
    assert not hits, f"{rule_id} flags {text!r}: {[f.text for f in hits]}"


@pytest.mark.parametrize("rule", PACK.lexicon.rules, ids=lambda r: r.id)
def test_rule_word_lists_are_sane(rule: LexiconRule) -> None:
    # A one-character item is almost always a YAML slip (an ASCII comma inside a flow list splits it).
    words = [*rule.terms, *rule.allow]
    assert all(len(w) >= 2 for w in words), [w for w in words if len(w) < 2]
    # An allow phrase equal to a term would switch that term off entirely.
    assert not set(rule.allow) & set(rule.terms), set(rule.allow) & set(rule.terms)


def test_variants_are_phrase_level() -> None:
    for canonical, spellings in PACK.variants.items():
        assert len(canonical) >= 2, canonical
        assert all(len(s) >= 2 and s != canonical for s in spellings), (canonical, spellings)


@pytest.mark.parametrize(
    ("evasive", "category"),
    [
        ("这款年金稳挣不陪", "guaranteed_return"),
        ("wzbp，放心买", "guaranteed_return"),
        ("这款即将亭售", "stop_sale_hype"),
        ("蕞好的重疾险", "ad_absolute"),
        ("投保返拥20%", "improper_inducement"),
        ("百病全陪", "coverage_exaggeration"),
        ("保 本 保 息", "guaranteed_return"),
        ("國家擔保", "false_authority"),
    ],
)
def test_evasive_spellings_are_caught(evasive: str, category: str) -> None:
    assert any(f.category == category for f in flagged(evasive, PACK))


# Ordinary insurance writing of the kind agents publish every day: product specifications, contract
# terms, consumer education, and warnings that quote the banned phrases. None of it may block.
ORDINARY = [
    "重疾险怎么选？先看保额是否够用，一般建议保额覆盖3到5年收入；再看等待期、轻中症赔付比例和免责条款。",
    "这款百万医疗一般医疗最高保额300万，年免赔额1万元，保证续保20年，续保期间费率可能调整，以条款为准。",
    "万能账户最低保证利率为1.75%，超过最低保证利率的部分是不确定的，结算利率以公司公布为准。",
    "年金险合同约定60岁起每年领取生存保险金，20年保证领取期内身故的，按合同约定给付。",
    "意外险无等待期，生效即保；住院医疗费用在扣除免赔额后按比例报销，有社保的报销比例为100%。",
    "最近很多朋友问犹豫期怎么算：签收保单后15天内可以无条件退保，犹豫期最后一天也可以办理。",
    "第一次买保险，最好先给家庭经济支柱配置，再考虑孩子和老人；30岁前后是比较合适的投保年龄。",
    "提醒：保险不是存款，提前退保只能领取现金价值，可能低于已交保费。",
    "警惕“稳赚不赔”“即将停售”之类的话术，监管提示不要轻信炒停售。",
    "世上没有零风险的理财，分红险的红利分配是不确定的，演示利益不代表实际收益。",
    "本产品已在国家金融监督管理总局备案，产品条款可在保险公司官网查询。",
    "交强险是国家强制保险，商业车险按无赔款优待系数计算保费。",
    "确诊合同约定的重大疾病，按基本保额的100%给付重大疾病保险金，最多赔付一次。",
    "本人按备案费率出单，不做任何形式的返佣，保障和服务说清楚最重要。",
    "理赔时请准备病历、发票和身份证明，保险公司会在收到完整材料后按约定时效审核。",
    "惠民保由政府指导、商业保险公司承办，既往症人群可投保，但既往症相关费用的赔付比例较低。",
    "保单借款按复利计息，借款本息需在约定期限内归还。",
    "我们团队下周三举办客户节，活动报名最后一天是周五，名额以现场为准。",
    "如实告知很重要，未如实告知可能导致拒赔或合同解除，健康告知绝对不能隐瞒。",
    "这款重疾险不是最便宜的，但条款清晰，适合预算有限的年轻人。",
    "监管部门提醒，保险销售人员不得以产品即将停售为由诱导消费者投保。",
    "保险产品的预定利率由监管部门设定上限，各公司在上限内自主定价。",
    "养老金融是国家政策支持的方向，个人养老金账户每年可缴存12000元。",
    "少儿医疗险对孩子的门诊、住院费用都有保障，具体以条款为准。",
    "很多客户关心退保问题：犹豫期后退保，只能拿回保单现金价值。",
    "重疾险分为消费型和返还型，返还型的保费更贵一些。",
    "这款年金险的生存金每年按基本保额的20%给付。",
    "有人说保险都是骗人的，其实是因为当初没有读懂条款。",
    "无论什么原因，出险后都请第一时间报案并保留单据。",
    "健康告知不要隐瞒，告知时请如实填写每一个问题。",
]


@pytest.mark.parametrize("text", ORDINARY, ids=lambda t: t[:14])
def test_ordinary_insurance_text_is_not_blocked(text: str) -> None:
    high = [f for f in flagged(text, PACK) if f.severity == Severity.HIGH]
    assert not high, [(f.rule_id, f.text) for f in high]


def test_ordinary_insurance_text_mostly_passes() -> None:
    reviewed = [text for text in ORDINARY if flagged(text, PACK)]
    assert len(reviewed) <= 2, reviewed
