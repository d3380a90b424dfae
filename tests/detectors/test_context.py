"""Claim findings judged in context (issue 10): questions, explanations, reported speech, calls to action,
genres, the author's own voice; confidence and review for unsure findings."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.claims import _join_near
from app.detectors.claims.context import (
    ContextSettings,
    compile_context,
    judge_findings,
    sentence_around,
    sentence_breaks,
    sentence_of,
)
from app.detectors.registry import discover
from app.engine import Engine
from app.ruleset import Ruleset, load_default_ruleset, parse_ruleset
from app.taxonomy import CLAIM_CATEGORIES, Severity
from app.text import normalize

DEFAULT = load_default_ruleset()
_REGISTRY = discover(list(DEFAULT.detectors))
_REGISTRY.load_models()
ENGINE = Engine(_REGISTRY)
CLAIMS = {*CLAIM_CATEGORIES, "missing_disclosure"}


_WARMED: set[str] = set()


def claims(text: str, title: str | None = None, ruleset: Ruleset = DEFAULT) -> list[Finding]:
    # A ruleset's first check builds its lexicon and detector indexes; on a busy CI machine that can outlast the
    # production 2-second deadline, and every detector then reports a timeout with no findings. Warm it first, as
    # the service does at start-up (Engine.warm), so these tests judge the findings, not the machine's load.
    if ruleset.checksum not in _WARMED:
        ENGINE.warm(ruleset, ["article"], observed=False)
        _WARMED.add(ruleset.checksum)
    result = ENGINE.check(Post(text=text, title=title), ruleset)
    return [f for f in result.findings if f.category in CLAIMS]


def without_context() -> Ruleset:
    doc = DEFAULT.model_dump(mode="json")
    doc["detectors"]["claims"]["config"]["context"] = {"enabled": False}
    return parse_ruleset(doc)


# Each pair: the flagged phrase in a non-claim speech act, and the same words asserted.
@pytest.mark.parametrize(
    ("not_a_claim", "claim", "category"),
    [
        # a reader's question in a Q&A section; the answer asserting it is still a claim
        ("问：我买了三份重疾险，确诊后都能赔吗？", "答：放心，确诊后都能赔，什么病都能赔。", "coverage_exaggeration"),
        # a rule forbidding the phrase, and the phrase used
        ("销售人员不得在公司公告前向客户宣传产品即将停售。", "这款产品即将停售，要买的抓紧。", "stop_sale_hype"),
    ],
)
def test_speech_act_decides(not_a_claim: str, claim: str, category: str) -> None:
    assert category in {f.category for f in claims(not_a_claim, ruleset=without_context())}  # the candidate exists
    assert category not in {f.category for f in claims(not_a_claim)}
    found = [f for f in claims(claim) if f.category == category]
    # asserted, and never set aside (the learned second look may send an unsure one to review, app/rerank.py)
    assert found and found[0].context in {"asserted", "answer"} and found[0].severity is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("点击文末小程序即可投保，投保前请阅读条款。", False),  # an ordinary call to action
        ("点击文末小程序投保，首年保费返现百分之十五。", True),  # the same with a benefit attached
    ],
)
def test_a_call_to_action_is_an_inducement_only_with_a_benefit(text: str, kept: bool) -> None:
    f = Finding("improper_inducement", 0, len(text) - 1, text[:-1], "claims", "claims.improper_inducement",
                Severity.HIGH, score=0.95)
    judged = judge_findings([f], _ctx(text))
    assert bool(judged) is kept
    if kept:
        assert judged[0].context == "asserted" and judged[0].confidence == pytest.approx(0.95)


def test_news_about_deposit_rates_is_not_a_deposit_comparison() -> None:
    text = ("记者近日从多家银行了解到，一年期定期存款挂牌利率再次下调。据悉，大额存单额度也有所收紧。"
            "业内人士表示，利率下行是长期趋势，存款不如从前划算了。")
    assert "deposit_comparison" not in {f.category for f in claims(text)}


def test_commission_facts_in_a_recruiting_post_are_not_an_inducement() -> None:
    text = ("我们营业部招聘全职代理人，新人入职有培训津贴，晋升通道清晰。"
            "收入来自佣金，首年业绩达标另有奖励，多劳多得。")
    found = {f.category for f in claims(text)}
    assert "improper_inducement" not in found


def test_the_authors_own_promise_is_not_excused_as_reported_speech() -> None:
    reported = "有些代理人跟客户说这款年金保本保息，这是误导。"
    own = "有人问我这款靠不靠谱，我跟大家说，这款年金保本保息，放心买。"
    assert "guaranteed_return" not in {f.category for f in claims(reported)}
    assert "guaranteed_return" in {f.category for f in claims(own)}


def test_every_claim_finding_carries_confidence_and_context() -> None:
    found = claims("这款产品稳赚不赔，收益比银行存款高多了。")
    assert found
    for f in found:
        assert 0.0 < f.confidence <= 1.0 and f.context


def test_agreeing_detectors_keep_the_lexicon_phrase_and_the_sentence_in_evidence() -> None:
    text = "家人们，这款年金稳赚不赔，放多少赚多少。"
    f = next(f for f in claims(text) if f.category == "guaranteed_return")
    assert f.detector == "lexicon" and text[f.start or 0 : f.end] == "稳赚不赔"
    assert any(e.startswith("claims:") and len(e) > len("claims:稳赚不赔") for e in f.evidence)


def _ctx(text: str) -> DetectContext:
    return DetectContext(ruleset=DEFAULT, post=Post(text=text))


def _lexicon_finding(text: str, phrase: str, category: str = "guaranteed_return") -> Finding:
    start = text.index(phrase)
    return Finding(category, start, start + len(phrase), phrase, "lexicon", "x.y", Severity.HIGH)


def test_an_unsure_finding_goes_to_review_not_block() -> None:
    # quoted (0.6) x lexicon base (0.9) = 0.54: kept (>= ad_absolute's report_at 0.5), under block_at 0.8
    text = "这款年金算是同类里“最好”的那一档。"
    [f] = judge_findings([_lexicon_finding(text, "最好", "ad_absolute")], _ctx(text))
    assert f.context == "quoted" and f.confidence == pytest.approx(0.54)
    assert f.severity is Severity.MEDIUM


def _report_at(category: str, value: float) -> Ruleset:
    """The packaged rules with one category's report threshold set here, so a test of the mechanism does not
    depend on the value a round of issue 10 ships."""
    doc = DEFAULT.model_dump(mode="json")
    context = doc["detectors"]["claims"]["config"]["context"]
    context["category_report_at"] = {**context.get("category_report_at", {}), category: value}
    return parse_ruleset(doc)


def test_a_suppressed_candidate_is_not_returned() -> None:
    text = "这款年金“保本”又灵活。"  # quoted (0.6) x lexicon base (0.9) = 0.54: under a report_at of 0.9
    ctx = DetectContext(ruleset=_report_at("guaranteed_return", 0.9), post=Post(text=text))
    assert judge_findings([_lexicon_finding(text, "保本")], ctx) == []
    kept = DetectContext(ruleset=_report_at("guaranteed_return", 0.5), post=Post(text=text))
    [f] = judge_findings([_lexicon_finding(text, "保本")], kept)  # at or above it, the same candidate stays
    assert f.confidence == pytest.approx(0.54)


def test_other_categories_pass_through_untouched() -> None:
    text = "张三的电话是13800000000吗？"
    f = Finding("pii_phone", 6, 17, "13800000000", "pii", "pii.phone", Severity.HIGH)
    assert judge_findings([f], _ctx(text)) == [f]


@pytest.mark.parametrize(
    ("text", "phrase", "sentence"),
    [
        ("第一句。问：都能赔吗？答：能。", "都能赔", "问：都能赔吗？"),
        ("标题\n✅什么病都能赔\n下一行", "什么病都能赔", "✅什么病都能赔"),
        ("没有句号的一整段文字", "一整段", "没有句号的一整段文字"),
    ],
)
def test_sentence_around(text: str, phrase: str, sentence: str) -> None:
    i = text.index(phrase)
    s, e = sentence_around(text, i, i + len(phrase))
    assert text[s:e].strip() == sentence
    assert sentence_of(text, sentence_breaks(text), i, i + len(phrase)) == (s, e)  # the fast path agrees


def test_offsets_out_of_range_do_not_break_the_stage() -> None:
    f = Finding("ad_absolute", 40, 45, "xx", "plugin", "p.r", Severity.HIGH)
    assert judge_findings([f], _ctx("短文本"))  # judged, not an IndexError


@pytest.mark.parametrize(
    "bad",
    [
        {"acts": [{"name": "x", "factor": 2.0}]},
        {"unknown_key": True},
        {"report_at": -1},
    ],
)
def test_context_settings_are_validated(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ContextSettings.model_validate(bad)


def test_default_context_compiles_and_knows_the_genres() -> None:
    compiled = compile_context(ContextSettings.model_validate(DEFAULT.detectors["claims"].config["context"]))
    assert {g.name for g, _ in compiled.genres} >= {"news", "notice", "recruiting"}
    genre = compiled.genre("记者从监管部门获悉……据悉，新规下月实施。")
    assert genre is not None and genre.name == "news"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("分红险的红利来源于经营盈余，消费者应根据自身需求选择。", False),  # advice to consumers
        ("分红险的红利来源于经营盈余，消费者都说好，想买的找我。", True),  # the author sells
    ],
)
def test_missing_disclosure_is_owed_by_a_post_that_sells(text: str, kept: bool) -> None:
    f = Finding("missing_disclosure", None, None, None, "disclosure", "disclosure.participating", Severity.MEDIUM)
    judged = judge_findings([f], _ctx(text))
    assert bool(judged) is kept


def test_split_categories_get_one_finding_per_clause_with_cues() -> None:
    from app.detectors.claims import _cue_clauses

    text = "甲公司快倒闭了，今天天气不错，乙公司理赔最慢"
    a, b = text.index("快倒闭"), text.index("理赔最慢")
    parts = _cue_clauses(text, 0, len(text), [(a, a + 3), (b, b + 4)])
    assert [text[s:e] for s, e, _ in parts] == ["甲公司快倒闭了", "乙公司理赔最慢"]


def test_a_bad_context_cue_fails_when_the_claims_config_compiles() -> None:
    from app.detectors.claims.config import compile_claims

    raw = dict(DEFAULT.detectors["claims"].config)
    raw["context"] = {"acts": [{"name": "broken", "factor": 0.5, "patterns": ["(unclosed"]}]}
    with pytest.raises(Exception, match=r"missing"):
        compile_claims(raw)


# A benefit refused, or a hypothetical offer the reader is told how to treat, is not an inducement;
# the same benefit offered is.
@pytest.mark.parametrize(
    ("not_a_claim", "claim"),
    [
        ("想拿返佣的家人们，不好意思，我们不能给，按规定办。", "拿返佣的家人们私信我，返佣马上给你。"),
        ("要是有业务员拿返现劝你换保单，直接拒绝就好。", "买这款送返现，年交满两万返现一千元。"),
    ],
)
def test_refused_or_hypothetical_benefit(not_a_claim: str, claim: str) -> None:
    assert "improper_inducement" in {f.category for f in claims(not_a_claim, ruleset=without_context())}
    assert "improper_inducement" not in {f.category for f in claims(not_a_claim)}
    assert "improper_inducement" in {f.category for f in claims(claim)}


# A practice named as a violation (listed among 等问题, called 违规 or 明令禁止) is a warning, not a claim;
# the same words used to sell are.
@pytest.mark.parametrize(
    ("not_a_claim", "claim", "category"),
    [
        ("今年查处的案例里，涉及承诺收益、炒作停售等问题的占了大半。", "这份年金收益年年有，写进合同。",
         "guaranteed_return"),
        ("送手机、返现金，这些做法本身就是违规的。", "投保就返现金五百，名额不多。", "improper_inducement"),
        ("返佣、返现这些，在保险法里都是明确禁止的。", "找我投保，返佣三成立刻到账。", "improper_inducement"),
    ],
)
def test_a_practice_named_as_a_violation_is_a_warning(not_a_claim: str, claim: str, category: str) -> None:
    assert category in {f.category for f in claims(not_a_claim, ruleset=without_context())}
    assert category not in {f.category for f in claims(not_a_claim)}
    assert category in {f.category for f in claims(claim)}


def _clause(text: str, phrase: str) -> Finding:
    start = text.index(phrase)
    return Finding(category="improper_inducement", start=start, end=start + len(phrase), text=phrase,
                   detector="claims", rule_id="claims.improper_inducement", severity=Severity.HIGH,
                   evidence=(phrase[:4],), score=0.6, confidence=0.6)


def test_neighbouring_clauses_of_one_claim_are_one_finding() -> None:
    """「补贴你三成保费，当场微信转账给你」 is one inducement: one finding over both clauses, not two halves. Built from
    two clause findings by hand, so the join is checked whatever the shipped classifier flags."""
    text = "宝子们今晚下单，我私人补贴你三成保费，当场微信转账给你！"
    norm = normalize(text)
    first, second = _clause(text, "我私人补贴你三成保费"), _clause(text, "当场微信转账给你")
    (joined,) = _join_near(norm, [first, second], 24)
    assert joined.text == "我私人补贴你三成保费，当场微信转账给你"
    assert (joined.start, joined.end) == (first.start, second.end)
    assert joined.evidence == (first.evidence[0], second.evidence[0])
    assert _join_near(norm, [first, second], 10) == [first, second]  # the joined span would be longer
    assert _join_near(norm, [first, second], 0) == [first, second]


def test_the_shipped_pack_joins_what_it_keeps_apart_without_clause_join() -> None:
    """Through the engine: with ``clause_join_chars`` 0 the clauses the model flags stay apart; with the pack's
    value, the same clauses come back joined, covering the same characters in fewer or as many findings."""
    text = "宝子们今晚下单，我私人补贴你三成保费，当场微信转账给你！"
    doc = DEFAULT.model_dump(mode="json")
    doc["detectors"]["claims"]["config"]["clause_join_chars"] = 0
    apart = ENGINE.check(Post(text=text), parse_ruleset(doc), only={"claims"}).findings
    joined = ENGINE.check(Post(text=text), DEFAULT, only={"claims"}).findings
    assert apart, "the shipped classifier flags this inducement"
    assert len(joined) <= len(apart)
    covered = {i for f in apart for i in range(f.start or 0, f.end or 0)}
    assert covered <= {i for f in joined for i in range(f.start or 0, f.end or 0)}


# A claim the author denies (不是说…, 不要把…当成…), a contrast drawn to explain (≠, 两码事) and a filing
# statement are not claims; the same words asserted are.
@pytest.mark.parametrize(
    ("not_a_claim", "claim", "category"),
    [
        ("过了两年不可抗辩期，也不是说带病投保以后什么都赔。", "过了两年，带病投保也是什么都赔。",
         "coverage_exaggeration"),
        ("看利益表的时候，千万别把演示数字当成确定收益。", "这款年金确定收益，每年稳拿。", "guaranteed_return"),
        ("年金里的生存金是合同约定的给付，跟商家的返现是两码事。", "今天下单的客户，每人返现三百。",
         "improper_inducement"),
        ("惠民保是商业保险，不是医保，也不是国家兜底的。", "这款是国家兜底的，放心买。", "false_authority"),
    ],
)
def test_a_denied_or_contrasted_claim_is_not_a_claim(not_a_claim: str, claim: str, category: str) -> None:
    # Not asserted: that the classifier alone, without the context stage, flags the denial. Trained on writers'
    # clauses it may already read some denials right (docs/evaluation.md, fourteenth round); what ships is below.
    assert category not in {f.category for f in claims(not_a_claim)}
    assert category in {f.category for f in claims(claim)}


def test_industry_analysts_quoted_twice_make_a_news_post() -> None:
    compiled = compile_context(ContextSettings.model_validate(DEFAULT.detectors["claims"].config["context"]))
    genre = compiled.genre("业内人士认为，费用下行是大势所趋。另有分析人士指出，负债成本仍有压力。")
    assert genre is not None and genre.name == "news"
