"""The learned second look at findings (app/rerank.py): features, demotion to info, review capping, the shipped
model's file format, and the engine hook."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from app.detectors.base import Finding, Post
from app.detectors.registry import discover
from app.engine import Engine
from app.rerank import (
    RerankModel,
    RerankSettings,
    default_model_path,
    finding_features,
    hashed,
    post_shape,
    rerank,
)
from app.ruleset import Ruleset, load_default_ruleset, parse_ruleset
from app.taxonomy import Severity, Verdict

BITS = 12


def finding(text: str, phrase: str, category: str = "guaranteed_return", **kw: object) -> Finding:
    start = text.index(phrase)
    base: dict[str, object] = {
        "category": category, "start": start, "end": start + len(phrase), "text": phrase, "detector": "lexicon",
        "rule_id": "r1", "severity": Severity.HIGH,
    }
    return Finding(**{**base, **kw})  # type: ignore[arg-type]


def model_against(feature: str, weight: float = -8.0, bias: float = 3.0) -> RerankModel:
    """A model that is sure of every finding except those with ``feature``."""
    weights = np.zeros(1 << BITS)
    weights[hashed([feature], BITS)] = weight
    return RerankModel(weights, bias, BITS)


def test_features_see_questions_answers_quotes_and_post_level() -> None:
    text = "问：这款保本保息吗？\n答：保本保息，放心买。\n有人说「稳赚不赔」，别信。"
    post = Post(text=text)
    asked = finding(text, "保本保息")
    answered = finding(text.replace("问：这款保本保息吗？", "问：这款怎么样？"), "保本保息")
    quoted = finding(text, "稳赚不赔")
    post_level = Finding("missing_disclosure", None, None, None, "disclosure", "d1", Severity.MEDIUM)
    found = [asked, quoted, post_level]
    shape = post_shape(post, found)
    assert "c=guaranteed_return|in_question_line" in finding_features(asked, post, shape, found)
    assert "c=guaranteed_return|question_after" in finding_features(asked, post, shape, found)
    other = Post(text=text.replace("问：这款保本保息吗？", "问：这款怎么样？"))
    assert "c=guaranteed_return|in_answer_line" in finding_features(answered, other, post_shape(other, [answered]),
                                                                   [answered])
    assert "c=guaranteed_return|quoted" in finding_features(quoted, post, shape, found)
    assert "c=missing_disclosure|postlevel" in finding_features(post_level, post, shape, found)
    assert "qa=True" in shape.features


def test_unlikely_findings_become_info_and_unsure_ones_go_to_review() -> None:
    text = "问：年金险都保本保息吗？\n答：我们家这款年金，收益稳稳的。"
    post = Post(text=text)
    asked = finding(text, "保本保息")
    promised = finding(text, "收益稳稳的")
    model = model_against("c=guaranteed_return|in_question_line")
    out = rerank([asked, promised], post, RerankSettings(enabled=True, drop_at=0.5), model)
    assert out[0].severity is Severity.INFO and out[0].context == "learned:unlikely(asserted)"
    assert out[0].confidence < 0.5
    assert out[1].severity is Severity.HIGH and out[1].confidence > 0.9
    # the same finding, just above the drop line but under review_below: capped at medium
    unsure = RerankModel(np.zeros(1 << BITS), 0.0, BITS)  # p = 0.5 for everything
    capped = rerank([promised], post, RerankSettings(enabled=True, drop_at=0.4, review_below=0.8), unsure)
    assert capped[0].severity is Severity.MEDIUM and capped[0].confidence == 0.5


def test_per_category_threshold_skip_and_disabled() -> None:
    text = "听说那种产品保本保息，国家兜底。"
    post = Post(text=text)
    a = finding(text, "保本保息")
    b = finding(text, "国家兜底", category="false_authority")
    unsure = RerankModel(np.zeros(1 << BITS), 0.0, BITS)
    out = rerank([a, b], post, RerankSettings(enabled=True, drop_at=0.0,
                                              category_drop_at={"false_authority": 0.6}), unsure)
    assert [f.severity for f in out] == [Severity.HIGH, Severity.INFO]
    skipped = rerank([a, b], post, RerankSettings(enabled=True, drop_at=0.9, skip=["guaranteed_return"]), unsure)
    assert skipped[0] == a and skipped[1].severity is Severity.INFO
    assert rerank([a, b], post, RerankSettings(enabled=False, drop_at=0.9), unsure) == [a, b]


def test_settings_are_validated() -> None:
    with pytest.raises(ValidationError):
        RerankSettings(drop_at=1.5)
    with pytest.raises(ValidationError):
        RerankSettings.model_validate({"enabled": True, "threshold": 0.3})  # unknown key


def test_model_file_round_trip_holds_no_pickles(tmp_path: Path) -> None:
    base = model_against("c=guaranteed_return|quoted")
    model = RerankModel(base.weights, base.bias, base.bits, frozenset({"r1", "guaranteed_return.no_loss"}))
    path = tmp_path / "m.npz"
    model.save(path)
    with np.load(path, allow_pickle=False) as data:
        assert set(data.files) == {"weights", "bias", "bits", "rules"}
    again = RerankModel.load(path)
    names = ["c=guaranteed_return", "c=guaranteed_return|quoted"]
    assert again.probability(names) == pytest.approx(model.probability(names), abs=1e-6)
    assert again.rules == model.rules


def test_a_rule_the_model_never_saw_is_left_alone() -> None:
    text = "听说那种产品保本保息，稳稳的。"
    sure_no = RerankModel(np.zeros(1 << BITS), -6.0, BITS, frozenset({"r1"}))
    settings = RerankSettings(enabled=True, drop_at=0.5, review_below=0.7)
    seen, added = finding(text, "保本保息"), finding(text, "稳稳的", rule_id="added.after.training")
    out = rerank([seen, added], Post(text=text), settings, sure_no)
    assert out[0].severity is Severity.INFO and out[1] == added


def test_windows_skip_whitespace_so_ocr_line_breaks_score_as_typed() -> None:
    typed = "安心养老 稳赚不赔 收益看得见"
    read = "安心养老\n稳赚不赔\n收益\n看得见"
    names = []
    for text in (typed, read):
        post = Post(text=text)
        f = finding(text, "稳赚不赔")
        feats = finding_features(f, post, post_shape(post, [f]), [f])
        names.append({n for n in feats if n.startswith(("L", "R", "s"))})
    assert names[0] == names[1] and "L2养老" in names[0] and "R2收益" in names[0]


def test_the_shipped_model_loads_and_has_its_size() -> None:
    model = RerankModel.load(default_model_path())
    assert model.weights.shape == (1 << model.bits,)
    assert np.isfinite(model.weights).all() and np.count_nonzero(model.weights) > 1000


DEFAULT = load_default_ruleset()
_REGISTRY = discover(list(DEFAULT.detectors))
_REGISTRY.load_models()
ENGINE = Engine(_REGISTRY)


def learned(enabled: bool) -> Ruleset:
    doc = DEFAULT.model_dump(mode="json")
    doc["detectors"]["claims"]["config"]["context"]["learned"]["enabled"] = enabled
    # a new ruleset compiles its detectors on first use; a busy CI machine must not turn that into a timeout
    doc["policy"]["detector_timeout_ms"] = 120_000
    return parse_ruleset(doc)


def test_the_default_ruleset_turns_it_on_and_the_engine_applies_it() -> None:
    assert DEFAULT.detectors["claims"].config["context"]["learned"]["enabled"] is True
    blatant = "我们家这款产品稳赚不赔，年化收益8%，比存银行强多了！"
    on = ENGINE.check(Post(text=blatant), learned(True))  # the default, with only the timeout raised
    off = ENGINE.check(Post(text=blatant), learned(False))
    assert on.verdict is Verdict.BLOCK and off.verdict is Verdict.BLOCK
    assert {f.category for f in on.findings} == {f.category for f in off.findings}
    # the engine replaced each finding's confidence with the model's probability
    assert {f.confidence for f in on.findings} != {f.confidence for f in off.findings}
    demoted = ENGINE.check(Post(text=blatant), learned(True), include_info=True)
    assert len(demoted.findings) >= len(on.findings)


def test_the_authors_own_sales_voice_is_never_set_aside() -> None:
    sure_no = RerankModel(np.zeros(1 << BITS), -6.0, BITS)  # p ~ 0.0025 for everything
    settings = RerankSettings(enabled=True, drop_at=0.5, review_below=0.7)
    cases = (("这款产品即将停售，要买的抓紧。", "即将停售"), ("今晚下单，我私人补贴你三成保费！", "补贴你三成保费"))
    for text, phrase in cases:
        out = rerank([finding(text, phrase, category="stop_sale_hype")], Post(text=text), settings, sure_no)
        assert out[0].severity is Severity.MEDIUM and out[0].confidence < 0.01  # unsure: review, not gone
    news = "据报道，多家公司的这类产品即将停售。"
    g = finding(news, "即将停售", category="stop_sale_hype")
    assert rerank([g], Post(text=news), settings, sure_no)[0].severity is Severity.INFO


def test_a_phrase_two_detectors_agree_on_in_an_asserted_sentence_is_never_set_aside() -> None:
    sure_no = RerankModel(np.zeros(1 << BITS), -6.0, BITS)  # p ~ 0.0025 for everything
    text = "新客户投保即返现金五百元，名额不多。"
    both = finding(text, "投保即返现金五百元", category="improper_inducement", context="asserted",
                   evidence=("claims:claims.improper_inducement",))
    alone = finding(text, "投保即返现金五百元", category="improper_inducement", context="asserted")
    quoted = finding(text, "投保即返现金五百元", category="improper_inducement", context="quoted",
                     evidence=("claims:claims.improper_inducement",))
    on = RerankSettings(enabled=True, drop_at=0.5, review_below=0.7, keep_agreed=True)
    kept = rerank([both, alone, quoted], Post(text=text), on, sure_no)
    assert [f.severity for f in kept] == [Severity.MEDIUM, Severity.INFO, Severity.INFO]
    off = rerank([both], Post(text=text), on.model_copy(update={"keep_agreed": False}), sure_no)
    assert off[0].severity is Severity.INFO
    assert load_default_ruleset().detectors["claims"].config["context"]["learned"]["keep_agreed"] is True
