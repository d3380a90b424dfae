"""The NER gate: which surnames wake the model, the windows it decodes, and the offsets it returns."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import pytest

from app.detectors.pii.config import PiiConfig
from app.detectors.pii.hits import occurrences
from app.detectors.pii.nametext import surnames_at, word_freq
from app.detectors.pii.ner.base import Span
from app.detectors.pii.ner_gate import _MAX_SPAN, _may_start_name, decode_windows, gate_positions, ner_candidates
from app.detectors.pii.tables import load_tables
from app.ruleset import load_default_ruleset


def config(**ner: Any) -> PiiConfig:
    raw = load_default_ruleset().detector_config("pii")
    return PiiConfig.model_validate({**raw, "ner": {**raw["ner"], **ner}})


@pytest.mark.parametrize(
    ("sentence", "woken"),
    [
        ("上个月客户王秀兰的理赔款到了", "王"),  # context word and cue right there
        ("四十三岁的黄志明在去年投保了重疾险", "黄"),  # no cue, but 投保 within reach
        ("听说欧阳明月确诊以后心态很好", "欧"),  # compound surname
    ],
)
def test_surnames_near_a_context_word_wake_the_ner(sentence: str, woken: str) -> None:
    assert sentence.index(woken) in gate_positions(sentence, config(), load_tables())


@pytest.mark.parametrize(
    ("sentence", "asleep"),
    [
        ("很多朋友问我孩子的教育规划怎么做", "孩"),  # no context word at all: no NER span could count
        ("上周陪客户去医院办理了理赔手续", "周"),  # 上周 is a word
        ("理赔时需要准备病历和发票", "时"),  # weak surname without a cue before it
        ("客户王先生的理赔已经结案", "王"),  # surname + honorific is the compliant form
        ("黄金保单的理赔流程", "黄"),  # 黄金 is a common word
    ],
)
def test_ordinary_surname_characters_do_not(sentence: str, asleep: str) -> None:
    assert sentence.index(asleep) not in gate_positions(sentence, config(), load_tables())


def _pairwise_gate(sentence: str, cfg: PiiConfig) -> list[int]:
    """The gate as first written: every surname against every cue (quadratic, issue 16.1)."""
    tables = load_tables()
    context = occurrences(sentence, tuple(cfg.names.context_words))
    near = context + occurrences(sentence, tuple(cfg.names.cues_before))
    reach, gate = cfg.names.context_window, cfg.ner.gate_window
    freq = word_freq() if cfg.names.common_word_min_freq else {}
    return [
        i for i in range(len(sentence))
        if any(_may_start_name(sentence, i, slen, cfg, freq) for slen in surnames_at(sentence, i, tables))
        and any(a >= i - reach and b <= i + _MAX_SPAN + reach for a, b in context)
        and any(a - gate <= i <= b + gate for a, b in near)
    ]


def test_bisected_gate_wakes_the_same_surnames_as_the_pairwise_one() -> None:
    rng = random.Random(16)
    chars = [*"王李张刘陈欧阳司马小明华客户被保险人理赔确诊患者先生的了是我他，时和全", "一二三四五六七八"]
    raw = load_default_ruleset().detector_config("pii")

    def narrow(reach: int, gate: int) -> PiiConfig:
        return PiiConfig.model_validate(
            {**raw, "names": {**raw["names"], "context_window": reach}, "ner": {**raw["ner"], "gate_window": gate}}
        )

    woken = 0
    for cfg in (config(), narrow(3, 12), narrow(3, 2)):  # narrow windows put many cues on their boundaries
        for _ in range(300):
            sentence = "".join(rng.choice(chars) for _ in range(rng.randint(5, 120)))
            expected = _pairwise_gate(sentence, cfg)
            assert gate_positions(sentence, cfg, load_tables()) == expected, sentence
            woken += len(expected)
    assert woken > 100  # the random sentences do exercise the gate


def test_gate_window_bounds_the_cue_distance() -> None:
    sentence = "张羽" + "，" * 20 + "的理赔"
    assert gate_positions(sentence, config(gate_window=30), load_tables()) == [0]
    assert gate_positions(sentence, config(gate_window=12), load_tables()) == []


@pytest.mark.parametrize(
    ("positions", "width", "length", "windows"),
    [
        ([5], 3, 30, [(2, 12)]),
        ([5, 10], 3, 30, [(2, 17)]),  # overlapping windows merge
        ([0, 20], 2, 24, [(0, 6), (18, 24)]),  # clipped to the sentence
        ([], 5, 10, []),
    ],
)
def test_decode_windows(positions: list[int], width: int, length: int, windows: list[tuple[int, int]]) -> None:
    assert decode_windows("x" * length, positions, width) == windows


class _Recorder:
    """A fake NER backend: records what it is given and tags three characters at ``at`` in each."""

    name = "fake"

    def __init__(self, at: int = 0) -> None:
        self.at = at
        self.texts: list[str] = []

    def load(self) -> None:
        pass

    def persons(self, texts: Sequence[str]) -> list[list[Span]]:
        self.texts += texts
        return [[Span(self.at, self.at + 3)] for _ in texts]


def test_only_windows_are_decoded_and_offsets_map_back() -> None:
    filler = "今天天气很好大家出来走走吧" * 4
    text = f"{filler}。{filler}，上月客户王秀兰的理赔到账了，{filler}。"
    name = text.index("王秀兰")
    fake = _Recorder(at=4)  # the window starts 4 characters before the woken surname
    found = ner_candidates(text, config(decode_window=4), load_tables(), fake)
    assert fake.texts == [text[name - 4 : name + 4 + 4]]  # not the 90-character sentence
    assert found == [(name, name + 3)]


def test_gate_always_decodes_whole_sentences() -> None:
    text = "今天天气很好。上月客户王秀兰的理赔到账了。"
    fake = _Recorder()
    ner_candidates(text, config(gate_always=True), load_tables(), fake)
    assert fake.texts == ["今天天气很好。", "上月客户王秀兰的理赔到账了。"]
