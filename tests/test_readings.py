"""Evasive spellings found by reading (app/readings.py): homophones, pinyin, initials.

All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from app.detectors.base import DetectContext, Post
from app.detectors.lexicon import LexiconDetector
from app.readings import Readings, homophones_of, reading_hits
from app.ruleset import load_default_ruleset
from app.text import normalize

READ = Readings(phrases=("稳赚不赔", "保本", "停售", "返佣", "高收益", "健康告知"), initials=("健康告知", "保本"),
                homophone_min_chars=4)  # fmt: skip


def rewritten(text: str) -> str:
    return normalize(text, readings=READ).text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("wen赚不赔哦", "稳赚不赔哦"),  # pinyin for one character
        ("wenzhuanbupei", "稳赚不赔"),  # one pinyin word for the whole phrase
        ("稳 zhuan 不赔", "稳赚不赔"),  # pinyin between spaces
        ("fan yong 三成", "返佣 三成"),
        ("fanyong30%", "返佣30%"),
        ("稳💰zhuan不赔", "稳赚不赔"),  # split by an emoji
        ("wen*zhuan*bu*pei", "稳赚不赔"),  # split by symbols
        ("保ben型", "保本型"),
        ("马上ting售", "马上停售"),
        ("jk告知不用做", "健康告知不用做"),  # initials, where the pack allows them
        ("jkgz免了", "健康告知免了"),
        ("🅑🅐🅞本", "保本"),  # decorated letters, then pinyin
    ],
)
def test_spellings_rewritten_to_the_phrase(raw: str, expected: str) -> None:
    assert rewritten(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "他有一门高手艺",  # a three-character homophone (高收益) is an ordinary word
        "bb霜和保湿",  # two bare initials
        "urban风格",  # ban inside an English word
        "zhangsan@163.com",
        "客服电话95xxx转2",  # letters inside a number
        "bandwidth不够",  # neither pinyin nor initials
    ],
)
def test_ordinary_text_left_alone(raw: str) -> None:
    assert rewritten(raw) == normalize(raw).text


def test_rewritten_span_maps_back_to_the_evasive_spelling() -> None:
    raw = "这个 wen 赚不陪 的产品"
    norm = normalize(raw, readings=READ)
    i = norm.text.index("稳赚不赔")
    assert raw[slice(*norm.to_original(i, i + 4))] == "wen 赚不陪"


def test_homophones_swap_characters_after_the_first() -> None:
    spellings = homophones_of("稳赚不赔", 4)
    assert {"稳赚不陪", "稳赚不培", "稳转不赔", "稳砖不陪"} <= spellings  # one or two swapped
    assert "稳赚不赔" not in spellings and not any(s[0] != "稳" for s in spellings)
    assert homophones_of("高收益", 4) == frozenset()  # short phrases: 高手艺 is an ordinary word


def test_homophones_anywhere_swap_the_first_character_and_read_three_characters() -> None:
    four = homophones_of("保本保息", 4, anywhere=True)
    assert "饱本饱息" in four and homophones_of("保本保息", 4) < four  # first character swapped too
    three = homophones_of("零风险", 4, anywhere=True)
    assert "零疯险" in three and "零风显" in three
    assert all(s[0] == "零" for s in three), "a three-character phrase keeps its first character"
    assert not any(sum(a != b for a, b in zip(s, "零风险", strict=True)) > 1 for s in three), "one swap only"
    assert homophones_of("高收益", 4, anywhere=True) >= {"高收溢"} and "高手艺" not in homophones_of("高收益", 4, True)


def test_initials_only_for_listed_phrases() -> None:
    assert reading_hits("wzbp", READ) == []
    listed = Readings(phrases=(), initials=("稳赚不赔",))
    assert reading_hits("wzbp", listed) == [(0, 4, "稳赚不赔")]


def test_long_text_rewritten_throughout() -> None:
    text = ("wen赚不陪 jkgz 高手艺 " * 2000)[:20000]
    norm = normalize(text, readings=READ)
    assert norm.text.count("稳赚不赔") == text.count("wen赚不陪")


@pytest.mark.parametrize(
    ("text", "category", "surface"),
    [
        # None of these spellings is in the pack's hand-made variants table.
        ("这款产品稳赚不培，闭眼入", "guaranteed_return", "稳赚不培"),
        ("私信我领hongbao", "improper_inducement", "hongbao"),
        ("下个月就tingshou了，抓紧", "stop_sale_hype", "tingshou"),
        ("保夲保息", "guaranteed_return", "保夲保息"),
        ("这款主打一个稳砖不陪", "guaranteed_return", "稳砖不陪"),  # two characters swapped
        ("年金险饱本饱息，放心存", "guaranteed_return", "饱本饱息"),  # homophones_anywhere: the first swapped
        ("这个计划零疯险，到期全拿回", "guaranteed_return", "零疯险"),  # homophones_anywhere: three characters
    ],
)
def test_default_pack_finds_evasive_spellings(text: str, category: str, surface: str) -> None:
    ruleset = load_default_ruleset()
    post = Post(text=text)
    found = LexiconDetector().detect(post, DetectContext(ruleset=ruleset, post=post))
    assert any(f.category == category and surface in f.text for f in found), found


@pytest.mark.parametrize(
    "text", ["分散配置可以令风险降到最低", "另风险提示：过往业绩不代表未来", "他有一门高手艺，收入稳定"]
)
def test_default_pack_leaves_ordinary_sound_alikes(text: str) -> None:
    ruleset = load_default_ruleset()
    post = Post(text=text)
    found = LexiconDetector().detect(post, DetectContext(ruleset=ruleset, post=post))
    assert not any(f.category == "guaranteed_return" for f in found), found
