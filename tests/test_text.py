from __future__ import annotations

import pytest

from app.text import normalize, sentences


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("稳 赚 不 赔", "稳赚不赔"),
        ("保*本", "保本"),
        ("穩賺不賠", "稳赚不赔"),
        ("國家擔保", "国家担保"),
        ("稳💰赚不赔", "稳赚不赔"),
        ("返.佣", "返佣"),
        ("保\u200b本", "保本"),
        ("保\ufeff本\u00ad", "保本"),
        ("ＮＯ．１", "no.1"),
        ("ＴＯＰ１", "top1"),
        ("年化4.5%", "年化4.5%"),  # noise is only removed between CJK characters
        ("hello world", "hello world"),
        ("第一句，第二句！", "第一句，第二句！"),  # clause punctuation is kept as it is
        ("快买!稳赚", "快买!稳赚"),  # and never stripped as noise
    ],
)
def test_normalised_form(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize("raw", ["稳 赚 不 赔", "稳💰赚不赔", "保\u200b本", "穩賺不賠", "㈱稳*赚"])
def test_every_normalised_char_maps_back_inside_original(raw: str) -> None:
    norm = normalize(raw)
    for i in range(len(norm.text)):
        s, e = norm.to_original(i, i + 1)
        assert 0 <= s < e <= len(raw)


def test_span_of_evaded_phrase_covers_the_noise() -> None:
    raw = "这款稳 赚 不 赔哦"
    norm = normalize(raw)
    i = norm.text.index("稳赚不赔")
    s, e = norm.to_original(i, i + 4)
    assert raw[s:e] == "稳 赚 不 赔"


def test_variants_replace_whole_phrase_and_map_to_it() -> None:
    raw = "马上ting售了"
    norm = normalize(raw, variants=(("ting售", "停售"),))
    assert norm.text == "马上停售了"
    i = norm.text.index("停售")
    assert raw[slice(*norm.to_original(i, i + 2))] == "ting售"


def test_identity_map_when_nothing_changes_length() -> None:
    norm = normalize("普通文字")
    assert not norm.maps and norm.to_original(1, 3) == (1, 3)


def test_empty_text() -> None:
    norm = normalize("")
    assert norm.text == "" and norm.to_original(0, 0) == (0, 0)


def test_sentences() -> None:
    text = "第一句。第二句！\n第三句……最后"
    assert [text[s:e] for s, e in sentences(text)] == ["第一句。", "第二句！\n", "第三句……", "最后"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("保夲", "保本"),  # a variant shape
        ("冣好的", "最好的"),
        ("收益穏定", "收益稳定"),  # a Japanese shinjitai shape
        ("错过再等壹年", "错过再等一年"),  # a financial numeral
        ("❶号", "1号"),  # dingbat negative circled digit
        ("⓫期", "11期"),
        ("🅑🅐🅞本", "bao本"),  # negative circled letters
        ("𝟏𝟎𝟎%保本", "100%保本"),  # mathematical bold digits
        ("𝔹𝔸𝕆本", "bao本"),  # double-struck letters
        ("1\ufe0f\u20e3号", "1号"),  # keycap
        ("🇨🇳保险", "🇨🇳保险"),  # a flag stays a flag
    ],
)
def test_lookalike_and_decorated_characters(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_lookalike_offsets_are_one_to_one() -> None:
    raw = "这款❶号产品保夲"
    norm = normalize(raw)
    i = norm.text.index("保本")
    assert raw[slice(*norm.to_original(i, i + 2))] == "保夲"
