from __future__ import annotations

import copy
from typing import Any

import pytest

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.claims import ClaimDetector
from app.detectors.claims.config import compile_claims
from app.detectors.claims.features import char_ngrams, prepare
from app.detectors.claims.model import ClaimModel
from app.ruleset import Ruleset, load_default_ruleset, parse_ruleset
from tests.helpers import assert_span

DETECTOR = ClaimDetector()
DETECTOR.load()
DEFAULT = load_default_ruleset()


def run(text: str, ruleset: Ruleset = DEFAULT, title: str | None = None) -> list[Finding]:
    post = Post(text=text, title=title)
    return DETECTOR.detect(post, DetectContext(ruleset=ruleset, post=post))


def with_claims_config(**changes: Any) -> Ruleset:
    """The default ruleset with the claims config changed, re-parsed so its checksum is fresh."""
    doc = DEFAULT.model_dump(mode="json")
    doc["detectors"]["claims"]["config"].update(changes)
    return parse_ruleset(doc)


# Paraphrases that are not in corpus/claims and that no word list holds.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("把钱交给我们，十年之后只多不少，肯定赚。", "guaranteed_return"),
        ("这份年金跟存银行一个道理，可利息给得多多了。", "deposit_comparison"),
        ("再过三天这款就买不到了，要买的赶紧。", "stop_sale_hype"),
        ("得了什么病都能报，连门诊都全包。", "coverage_exaggeration"),
        ("今天在我这里下单，我自掏腰包给你补贴一千。", "improper_inducement"),
        ("那家公司的理赔员出了名的刁难人，谁买谁后悔。", "disparagement"),
        ("这个产品有国家给托底，出了事政府管。", "false_authority"),
        ("錢放進來只會多不會少，穩穩的。", "guaranteed_return"),  # traditional characters
    ],
)
def test_claims_are_found(text: str, category: str) -> None:
    found = run(text)
    assert category in {f.category for f in found}
    f = next(f for f in found if f.category == category)
    assert 0.0 < f.score <= 1.0 and f.rule_id == f"claims.{category}" and f.detector == "claims"
    assert f.evidence and all(cue for cue in f.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "本产品不保证收益，实际利益以合同约定为准。",
        "保险不是存款，请勿将两者混淆。",
        "监管提示：警惕“稳赚不赔”“保本高收益”等宣传。",
        "保证续保期间内，保险公司不得因健康状况变化拒绝续保。",
        "这款产品即将停售，已生效保单不受影响。",
        "我们不送礼品，也没有返现。",
        "今天天气不错，适合出去走走。",
        "",
        "。！",
    ],
)
def test_legitimate_text_is_not_flagged(text: str) -> None:
    assert run(text) == []


def test_span_is_the_sentence_in_the_original_text() -> None:
    text = "今天聊聊养老。钱 放 进 来 只 会 多 不 会 少，稳稳的！欢迎留言"
    f = assert_span(run(text), "guaranteed_return", "钱 放 进 来 只 会 多 不 会 少，稳稳的", text)
    assert f.field == "text"


def test_one_finding_per_category_per_sentence_and_title_field() -> None:
    title = "把钱交给我们只多不少，肯定赚，稳稳的收益，本金一分不少"
    found = run("正文没有问题。", title=title)
    categories = [f.category for f in found]
    assert len(categories) == len(set(categories)) >= 1
    assert {f.field for f in found} == {"title"}


@pytest.mark.parametrize(
    ("changes", "expect_hit"),
    [
        ({}, True),
        ({"categories": {}}, False),  # no category configured: nothing reported
    ],
)
def test_ruleset_controls_categories(changes: dict[str, Any], expect_hit: bool) -> None:
    found = run("把钱交给我们，十年之后只多不少，肯定赚。", with_claims_config(**changes))
    assert bool(found) is expect_hit


def test_threshold_and_severity_come_from_the_ruleset() -> None:
    config = DEFAULT.detectors["claims"].config
    strict = {k: {**v, "threshold": 1.0} for k, v in config["categories"].items()}
    assert run("把钱交给我们，十年之后只多不少，肯定赚。", with_claims_config(categories=strict)) == []
    low = {k: {**v, "severity": "low"} for k, v in config["categories"].items()}
    found = run("把钱交给我们，十年之后只多不少，肯定赚。", with_claims_config(categories=low))
    assert found and {f.severity.value for f in found} == {"low"}


@pytest.mark.parametrize(
    ("category", "sentence", "factor", "context"),
    [
        ("guaranteed_return", "这款不保本，收益可能为零", 0.25, "negated"),
        ("guaranteed_return", "收益稳稳的", 1.0, None),
        ("deposit_comparison", "保险不是存款", 0.25, "negated"),
        ("deposit_comparison", "比存款划算", 1.0, None),
        ("stop_sale_hype", "警惕停售炒作", 0.25, "warning"),  # a cue for every category
    ],
)
def test_scope_cues(category: str, sentence: str, factor: float, context: str | None) -> None:
    compiled = compile_claims(DEFAULT.detectors["claims"].config)
    assert compiled.scope_factor(category, sentence) == (factor, context)


@pytest.mark.parametrize(
    ("sentence", "spans", "quoted"),
    [
        ("别信“稳赚不赔”", [(3, 7)], True),
        ("稳赚不赔“好”", [(0, 4)], False),
        ("「保本」和「高收益」", [(1, 3), (6, 9)], True),
        ("没有引号", [(0, 2)], False),
    ],
)
def test_quoted_cues(sentence: str, spans: list[tuple[int, int]], quoted: bool) -> None:
    compiled = compile_claims(DEFAULT.detectors["claims"].config)
    assert compiled.quoted(sentence, spans) is quoted


def test_config_rejects_unknown_keys_and_bad_patterns() -> None:
    with pytest.raises(ValueError):
        compile_claims({"thresholds": {}})
    with pytest.raises(Exception):  # noqa: B017 - re2 raises its own error type
        compile_claims({"scope": {"all": ["(unclosed"]}})


def test_batch_scores_equal_single_scores() -> None:
    model = ClaimModel()
    texts = ["钱只会多不会少", "", "今天天气不错", "比存银行划算多了"]
    batch = model.score_many(texts)
    for text, scored in zip(texts, batch, strict=True):
        single = model.score(text).probabilities
        assert scored.probabilities == pytest.approx(single, abs=1e-6)
    assert set(model.categories) == set(ClaimDetector.categories)


@pytest.mark.parametrize("text", ["年化3.5%收益", "abc 12\t34", "", "稳"])
def test_features_keep_length_and_fold_digits(text: str) -> None:
    assert len(prepare(text)) == len(text)
    assert not any(ch.isdigit() and ch != "0" for ch in prepare(text))
    assert all(1 <= len(g) <= 3 for g in char_ngrams(text))


@pytest.mark.parametrize(
    ("title", "text", "flagged"),
    [
        (None, "常见的销售误导话术：\n保险就是存款，利息比银行高。\n放在这里只多不少。", False),
        ("警惕这些话术", "保险就是存款，利息比银行高。", False),
        (None, "保险就是存款，利息比银行高。", True),
        (None, "今天说说养老：\n钱放这里只多不少，稳稳的。", True),  # a lead-in without a warning cue
    ],
)
def test_education_lead_in_frames_what_follows(title: str | None, text: str, flagged: bool) -> None:
    assert bool(run(text, title=title)) is flagged


def test_lead_in_framing_can_be_switched_off() -> None:
    scope = {**DEFAULT.detectors["claims"].config["scope"], "carry": False}
    found = run("常见的销售误导话术：\n保险就是存款，利息比银行高。", with_claims_config(scope=scope))
    assert {f.category for f in found} == {"deposit_comparison"}


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("sentence", "今天给大家说说，把钱交给我们，十年之后只多不少，肯定赚"),
        ("clause", "把钱交给我们，十年之后只多不少，肯定赚"),  # not the lead-in 今天给大家说说
    ],
)
def test_span_mode(span: str, expected: str) -> None:
    text = "今天给大家说说，把钱交给我们，十年之后只多不少，肯定赚。"
    # The span decision, not the operating point, is under test: the category's threshold is lowered.
    categories = copy.deepcopy(DEFAULT.detectors["claims"].config["categories"])
    categories["guaranteed_return"]["threshold"] = 0.7
    found = [
        f for f in run(text, with_claims_config(span=span, categories=categories)) if f.category == "guaranteed_return"
    ]
    assert len(found) == 1
    assert found[0].text is not None and found[0].text in expected and "十年" in found[0].text
    if span == "sentence":
        assert found[0].text == expected


def test_clause_windows_are_the_clauses_and_their_pairs_never_the_whole_sentence() -> None:
    from app.detectors.claims import _clause_windows

    sentence = "年化收益稳定，比定期高，还能随时取"
    windows = _clause_windows(sentence)
    assert (0, len(sentence)) not in windows  # the sentence itself is scored once, as its own unit
    assert [sentence[a:b] for a, b in windows] == [
        "年化收益稳定，", "比定期高，", "还能随时取", "年化收益稳定，比定期高，", "比定期高，还能随时取"]
    assert _clause_windows("一句没有逗号的长句子") == []
    two = "甲乙，丙丁"
    assert [two[a:b] for a, b in _clause_windows(two)] == ["甲乙，", "丙丁"]  # their pair is the sentence


def test_whether_a_clause_stands_alone_is_judged_on_its_normalised_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clause check scores each clause as the model saw it in the sentence, without the evasion noise that
    normalisation removed (round 39: scored with its spaces, 「钱 放 进 来 只 会 多 不 会 少」 fell under the floor and
    the span shrank to 稳稳的)."""
    judged: list[str] = []
    score_many = ClaimModel.score_many

    def recording(self: ClaimModel, texts: list[str]) -> Any:
        judged.extend(texts)
        return score_many(self, texts)

    monkeypatch.setattr(ClaimModel, "score_many", recording)
    text = "今天聊聊养老。钱 放 进 来 只 会 多 不 会 少，稳 稳 的！欢迎留言"
    found = [f for f in run(text) if f.category == "guaranteed_return"]
    assert found and judged, "two clause findings of one category are judged alone"
    assert "钱放进来只会多不会少" in judged and "稳稳的" in judged
    assert not any(" " in clause for clause in judged)
