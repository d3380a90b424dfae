from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.sentiment import (
    REASON_CLASSES,
    SentimentConfig,
    SentimentDetector,
    load_sentiment_config,
    score_comment,
)
from app.detectors.sentiment.features import ngrams, normalize_for_model
from app.detectors.sentiment.model import SentimentModel, default_model_path, load_model
from app.ruleset import default_pack_dir, load_default_ruleset, parse_ruleset
from app.taxonomy import Category, Severity
from tests.helpers import assert_span

DETECTOR = SentimentDetector()
NEGATIVE = Category.NEGATIVE_SENTIMENT.value


def detect(text: str, content_type: str = "comment") -> list[Finding]:
    post = Post(text=text, content_type=content_type)
    return DETECTOR.detect(post, DetectContext(ruleset=load_default_ruleset(), post=post))


# (comment, flagged?) — complaints toward the insurer beside grief, questions and praise that
# share their words (理赔, 退保, 投诉, 拒赔).
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("你们公司拒赔的理由简直荒唐，我要讨个说法", True),
        ("想问一下拒赔之后可以申诉吗", False),
        ("退保扣钱扣到只剩三成，太黑了", True),
        ("请问退保需要带什么材料", False),
        ("已经打了12378投诉，等着被处理吧", True),
        ("投诉渠道在哪里可以找到", False),
        ("理赔难，材料交了一遍又一遍", True),
        ("理赔顺利到账，谢谢工作人员", False),
        ("这种骗子公司迟早关门", True),
        ("讲得很好，学到了", False),
        ("业务员销售误导，说这是存款", True),
        ("外婆上个月走了，家里人都很伤心", False),
        ('真是"好"保险，交钱积极，赔钱装死', True),
        ("住院那几天真的很难熬，还好赔款很快下来了", False),
        ("客服电话永远打不通，服务太差", True),
        # curly and corner quotes, traditional characters fold to the same features
        ("理赔服务真「贴心」，三个月没消息", True),
        ("這種騙子公司遲早關門", True),
    ],
)
def test_flags_complaints_not_grief_or_questions(text: str, flagged: bool) -> None:
    assert bool(detect(text)) is flagged


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("你们公司拒赔的理由简直荒唐，我要讨个说法", "claims_dispute"),
        ("业务员销售误导，说这是存款", "sales_misconduct"),
        ("客服电话永远打不通，服务太差", "service"),
        ("这种骗子公司迟早关门", "fraud_accusation"),
        ("退保扣钱扣到只剩三成，太黑了", "product"),
    ],
)
def test_reason_class(text: str, reason: str) -> None:
    probability, got, cues = score_comment(text)
    assert got == reason
    assert cues and 0.5 <= probability <= 1.0
    (finding,) = detect(text)
    assert finding.rule_id == f"sentiment.{reason}"
    assert reason in finding.message
    assert finding.evidence == cues


def test_finding_covers_the_whole_comment() -> None:
    text = "  客服电话永远打不通，服务太差\n"
    finding = assert_span(detect(text), NEGATIVE, text.strip(), text)
    assert finding.detector == "sentiment"
    assert finding.severity is Severity.MEDIUM
    assert finding.field == "text"
    assert finding.score == pytest.approx(score_comment(text)[0], abs=1e-4)


def test_long_mention_reports_the_worst_clause() -> None:
    clause = "理赔拖了三个月还不给钱，你们就是骗子！"
    text = "上周看了这个号的直播，主播讲了很多关于养老规划的内容，家里人也跟着一起看了。" * 2 + clause
    assert len(text) > load_sentiment_config(load_default_ruleset()).clause_span_min_chars
    assert_span(detect(text, content_type="mention"), NEGATIVE, clause, text)


def test_escalation_cue_is_evidence_and_named_in_message() -> None:
    (finding,) = detect("理赔一直不给结果，我已经找媒体曝光了")
    assert "曝光" in finding.evidence and "媒体" in finding.evidence
    assert "曝光" in finding.message


def test_threshold_and_severity_come_from_the_ruleset() -> None:
    base = load_default_ruleset()
    text = "客服电话永远打不通，服务太差"
    settings = base.detectors["sentiment"].model_dump()
    settings["config"] = {**settings["config"], "threshold": 0.999, "severity": "low"}
    strict = parse_ruleset({**base.model_dump(mode="json"), "detectors": {"sentiment": settings}})
    post = Post(text=text, content_type="comment")
    assert DETECTOR.detect(post, DetectContext(ruleset=strict, post=post)) == []
    settings["config"]["threshold"] = 0.1
    loose = parse_ruleset({**base.model_dump(mode="json"), "detectors": {"sentiment": settings}})
    (finding,) = DETECTOR.detect(post, DetectContext(ruleset=loose, post=post))
    assert finding.severity is Severity.LOW


def test_settings_file_runs_on_inbound_content_only() -> None:
    settings = load_default_ruleset().detectors["sentiment"]
    assert settings.enabled and sorted(settings.content_types) == ["comment", "mention"]
    config = load_sentiment_config(load_default_ruleset())
    assert set(config.reasons) == set(REASON_CLASSES)


@pytest.mark.parametrize(
    "bad",
    [
        {"threshold": 1.5},
        {"reasons": {"weather": ["下雨"]}},
        {"unknown_key": 1},
    ],
)
def test_config_is_validated(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        SentimentConfig.model_validate(bad)


def test_score_comment_is_plain() -> None:
    probability, reason, cues = score_comment("服务很好，谢谢")
    assert isinstance(probability, float) and probability < 0.5
    assert reason in REASON_CLASSES
    assert isinstance(cues, tuple)


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("真是“好”保险", '真是"好"保险'),
        ("「靠譜」 的 公司", '"靠谱"的公司'),
        ("投訴！！！！", "投诉!!"),
        ("ＡＰＰ閃退", "app闪退"),
    ],
)
def test_model_normalisation_keeps_quotes(raw: str, normalized: str) -> None:
    assert normalize_for_model(raw) == normalized


def test_ngrams_have_edge_marks() -> None:
    assert ngrams("好保险", 2) == {"好", "保", "险", "^好", "好保", "保险", "险$"}


def test_shipped_model_is_small_and_versioned() -> None:
    path = default_model_path()
    assert path.stat().st_size < 2_000_000
    model = load_model()
    assert 1 <= model.max_n <= 4 and model.reason_classes == REASON_CLASSES
    doc = json.loads(path.read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="format"):
        SentimentModel.from_document({**doc, "format": 99})


def test_settings_file_parses_as_yaml_mapping() -> None:
    raw = yaml.safe_load((Path(default_pack_dir()) / "detectors" / "sentiment.yaml").read_text("utf-8"))
    assert SentimentConfig.model_validate(raw["config"]).threshold == 0.5


@pytest.mark.parametrize(("content_type", "expected"), [("comment", 1), ("mention", 1), ("article", 0)])
def test_engine_runs_it_on_inbound_text_only(content_type: str, expected: int) -> None:
    from app.detectors.registry import Registry
    from app.engine import Engine

    engine = Engine(Registry([DETECTOR]))
    try:
        post = Post(text="这种骗子公司迟早关门", content_type=content_type)
        result = engine.check(post, load_default_ruleset(), only={"sentiment"})
    finally:
        engine.close()
    assert [f.category for f in result.findings] == [NEGATIVE] * expected
