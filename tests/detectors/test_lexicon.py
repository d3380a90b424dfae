from __future__ import annotations

import pytest

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.lexicon import LexiconDetector
from app.errors import RulesetInvalid
from app.ruleset import Ruleset
from tests.helpers import assert_span, ruleset_with

RULES = [
    {"id": "g.no_loss", "category": "guaranteed_return", "severity": "high", "terms": ["稳赚不赔", "保本"]},
    {"id": "a.best", "category": "ad_absolute", "severity": "medium", "terms": ["最好", "第一"],
     "allow": ["最好先", "第一次"]},
    {"id": "s.stop", "category": "stop_sale_hype", "severity": "high", "terms": ["停售"]},
    {"id": "g.promise", "category": "guaranteed_return", "severity": "high",
     "cooccur": {"first": ["保证"], "second": ["收益"], "window": 6}, "allow": ["保证续保"]},
    {"id": "g.rate", "category": "guaranteed_return", "severity": "high", "pattern": r"年化\d+(\.\d+)?%稳定"},
    {"id": "c.weibo", "category": "confidential_info", "severity": "medium", "terms": ["内部资料"],
     "channels": ["weibo"]},
    {"id": "v.noneg", "category": "coverage_exaggeration", "severity": "high", "terms": ["不用健康告知"],
     "negatable": False},
]
RS = ruleset_with(RULES, variants={"稳赚不赔": ["稳挣不赔"], "停售": ["ting售"], "保本": ["bao本"]})


def run(text: str, ruleset: Ruleset = RS, channel: str | None = None) -> list[Finding]:
    post = Post(text=text, channel=channel)
    return LexiconDetector().detect(post, DetectContext(ruleset=ruleset, post=post))


@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("这款稳赚不赔", "guaranteed_return", "稳赚不赔"),
        ("这款稳 赚 不 赔哦", "guaranteed_return", "稳 赚 不 赔"),
        ("保*本", "guaranteed_return", "保*本"),
        ("穩賺不賠！", "guaranteed_return", "穩賺不賠"),
        ("稳挣不赔", "guaranteed_return", "稳挣不赔"),
        ("bao本理财", "guaranteed_return", "bao本"),
        ("快ting售了", "stop_sale_hype", "ting售"),
        ("保证年化收益3%", "guaranteed_return", "保证年化收益"),
        ("年化4.5%稳定", "guaranteed_return", "年化4.5%稳定"),
        ("我们保证，收益稳", "guaranteed_return", "保证，收益"),
        ("这是最好的产品", "ad_absolute", "最好"),
        ("不用健康告知", "coverage_exaggeration", "不用健康告知"),
        ("稳\u200b赚\u200b不\u200b赔", "guaranteed_return", "稳\u200b赚\u200b不\u200b赔"),
    ],
)
def test_hits(text: str, category: str, span: str) -> None:
    assert_span(run(text), category, span, text)


@pytest.mark.parametrize(
    "text",
    [
        "本产品不保本",  # negation
        "没有稳赚不赔的投资",
        "最好先看条款",  # allow-phrase
        "第一次买保险",
        "保证续保收益高",  # the allow-phrase removes the first term of the pair
        "保证续保。收益另说。",  # co-occurrence never crosses a sentence end
        "警惕“稳赚不赔”的话术",  # education framing: downgraded to info
    ],
)
def test_misses_or_info(text: str) -> None:
    assert all(f.severity.value == "info" for f in run(text)), run(text)


def test_channel_filter() -> None:
    assert run("内部资料", channel="weibo")
    assert not run("内部资料", channel="douyin")


def test_overlapping_hits_of_one_category_are_deduplicated() -> None:
    findings = run("保证收益稳赚不赔保本")
    spans = [(f.start, f.end) for f in findings if f.category == "guaranteed_return"]
    assert len(spans) == len(set(spans))
    for a in spans:
        for b in spans:
            assert a == b or a[1] <= b[0] or b[1] <= a[0]


def test_title_field_is_reported_separately() -> None:
    post = Post(text="正文没问题", title="稳赚不赔")
    findings = LexiconDetector().detect(post, DetectContext(ruleset=RS, post=post))
    assert [(f.field, f.start, f.end) for f in findings] == [("title", 0, 4)]


def test_index_is_built_once_per_ruleset() -> None:
    det = LexiconDetector()
    assert det.index(RS) is det.index(RS)


def test_bad_pattern_is_rejected_with_its_text() -> None:
    rs = ruleset_with([{"id": "x.bad", "category": "ad_absolute", "severity": "low", "pattern": r"(a)\1"}])
    with pytest.raises(RulesetInvalid, match="RE2"):
        run("a", rs)


def test_catastrophic_pattern_stays_linear() -> None:
    rs = ruleset_with([{"id": "x.redos", "category": "ad_absolute", "severity": "low", "pattern": r"(a+)+b"}])
    assert run("a" * 50_000, rs) == []  # a backtracking engine would never return


NEG = ruleset_with(
    [
        {"id": "g.no_loss", "category": "guaranteed_return", "severity": "high", "terms": ["稳赚不赔", "零风险"]},
        {"id": "i.gift", "category": "improper_inducement", "severity": "high",
         "cooccur": {"first": ["签单"], "second": ["送礼"], "window": 4}},
        {"id": "c.manual", "category": "confidential_info", "severity": "high", "terms": ["内部手册"]},
    ],
)


def neg_ruleset() -> Ruleset:
    from app.ruleset import parse_ruleset

    doc = NEG.model_dump(mode="json")
    doc["lexicon"]["negation"] = {"prefixes": ["不", "没有", "不会"], "window": 8, "short_window": 2,
                                  "not_negation": ["不少", "不管"]}
    doc["lexicon"]["education"] = {"cue_words": [], "quote_exempt_categories": ["confidential_info"]}
    return parse_ruleset(doc)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("没有零风险、稳赚不赔的投资", False),  # a list stays inside the negated clause
        ("我们不会承诺稳赚不赔", False),  # multi-character cue within 8 characters
        ("不少人说这款稳赚不赔", True),  # 不少 is not a negation
        ("不管怎样这款都稳赚不赔", True),
        ("不，这款真的稳赚不赔", True),  # the clause break ends the cue's reach
        ("签单不送礼", False),  # a cue between the two terms of a co-occurrence
        ("签单就送礼", True),
        ("《内部手册》第三页", True),  # quotes do not excuse a leaked internal title
    ],
)
def test_negation_scope(text: str, flagged: bool) -> None:
    findings = [f for f in run(text, neg_ruleset()) if f.severity.value != "info"]
    assert bool(findings) is flagged, findings
