"""The alternative claim models of scripts/compare_claim_models.py train and rank sentences sensibly.

Each trains on a tiny corpus written here and must score a held-back sentence of a category above
plain sentences, and expose the interface ClaimDetector uses (``categories``, ``score_many``,
``probabilities``, ``cue_spans``), so the comparison cannot silently break.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from app.detectors.base import DetectContext, Post
from app.detectors.claims import ClaimDetector
from app.ruleset import load_default_ruleset
from app.text import normalize

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # trains two small models (about 10 s each on a busy machine)

CATS = ("guaranteed_return", "stop_sale_hype")

RETURN = [
    "这款产品保本保息，收益稳稳的",
    "放心买，保证收益每年百分之五",
    "稳赚不赔，本金绝对安全",
    "零风险高收益，保本还有分红",
    "收益保证写进合同，保本无忧",
    "保本又保息，年年稳定收益",
    "稳赚的理财，保证收益不亏本",
    "绝对保本，收益稳稳到手",
]
STOP = [
    "下个月就停售了，赶紧上车",
    "马上停售，最后三天抓紧买",
    "停售倒计时，错过再等十年",
    "即将停售，手慢无，速速下单",
    "月底停售涨价，现在不买就亏了",
    "最后一天停售，赶紧抢",
    "停售前最后机会，抓紧上车",
    "倒计时三天停售，过时不候",
]
PLAIN = [
    "今天给大家讲讲重疾险和医疗险的区别",
    "投保前请如实告知健康状况",
    "理赔时需要准备病历和发票",
    "保险合同的犹豫期一般是十五天",
    "欢迎在评论区留言提问",
    "具体保障责任以保险合同条款为准",
    "孩子的教育金应该怎么规划",
    "年金险适合有长期规划需求的家庭",
    "周末带孩子去公园散步",
    "这家餐厅的菜很好吃",
    "等待期是九十天",
    "保费可以按年交也可以按月交",
]


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claim_alt_models", ROOT / "scripts" / "claim_alt_models.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["claim_alt_models"] = module
    spec.loader.exec_module(module)
    return module


def _corpus() -> tuple[list[str], np.ndarray, list[str]]:
    rows = [(t, (1, 0)) for t in RETURN] + [(t, (0, 1)) for t in STOP] + [(t, (0, 0)) for t in PLAIN]
    texts = [normalize(t).text for t, _ in rows]
    return texts, np.array([y for _, y in rows], dtype=np.int8), [f"g{i}" for i in range(len(rows))]


def _check_ranking(model: object) -> None:
    score_many = model.score_many  # type: ignore[attr-defined]
    assert tuple(model.categories) == CATS  # type: ignore[attr-defined]
    unseen = ["这个产品保本保证收益，稳赚", "快停售了，赶紧抓紧买", "理赔需要准备哪些材料"]
    ret, stop, plain = score_many([normalize(t).text for t in unseen])
    assert ret.probabilities["guaranteed_return"] > plain.probabilities["guaranteed_return"]
    assert ret.probabilities["guaranteed_return"] > ret.probabilities["stop_sale_hype"]
    assert stop.probabilities["stop_sale_hype"] > plain.probabilities["stop_sale_hype"]
    assert stop.probabilities["stop_sale_hype"] > stop.probabilities["guaranteed_return"]
    for scored in (ret, stop, plain):
        assert all(0.0 <= p <= 1.0 for p in scored.probabilities.values())
    cues = ret.cue_spans(0)
    assert cues and all(0 <= s < e <= len(ret.text) for s, e in cues)
    assert score_many([]) == []


def _runs_in_detector(model: object) -> None:
    """The engine swap the comparison does: ClaimDetector scores with whatever sits in ``_model``."""
    detector = ClaimDetector()
    detector._model = model  # type: ignore[assignment]
    ruleset = load_default_ruleset()
    post = Post(text="周末带孩子去公园散步。这款产品保本保证收益，稳赚。")
    findings = detector.detect(post, DetectContext(ruleset=ruleset, post=post))
    assert all(f.category in CATS for f in findings)


def test_word_char_model_trains_and_ranks() -> None:
    pytest.importorskip("sklearn")
    pytest.importorskip("jieba")
    alt = _module()
    texts, y, groups = _corpus()
    model = alt.WordCharModel.train(CATS, texts, y, groups)
    assert any(g.startswith(alt.WORD_MARK) for g in model.vocab), "word features are in the vocabulary"
    _check_ranking(model)
    _runs_in_detector(model)
    assert model.size_bytes() > 0


def test_char_cnn_trains_and_ranks() -> None:
    pytest.importorskip("sklearn")
    pytest.importorskip("torch")
    alt = _module()
    texts, y, groups = _corpus()
    cfg = alt.CnnConfig(embed=16, filters=16, epochs=60, batch=8, min_count=1, dropout=0.0, threads=1)
    model = alt.CharCNN.train(CATS, texts, y, groups, cfg, seed=7)
    _check_ranking(model)
    _runs_in_detector(model)
    again = alt.CharCNN.train(CATS, texts, y, groups, cfg, seed=7)
    probe = [normalize("马上停售").text]
    assert model.score_many(probe)[0].probabilities == again.score_many(probe)[0].probabilities, "fixed seeds"
