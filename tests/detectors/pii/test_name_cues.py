"""Name cues added for lists and forms: weak surnames, record fields after a name, verb tails."""

from __future__ import annotations

import pytest

from tests.detectors.pii.test_detector import run


def names(text: str) -> list[str]:
    return [f.text for f in run(text) if f.category == "pii_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("，柴文博先生的资料我已收到", "柴文博"),  # weak surname, full name, honorific after
        ("焦思远女士您好，续期已办好", "焦思远"),  # weak surname at the start of the text
        ("【回访】庄一鸣 保单号尚未回执", "庄一鸣"),  # a record field after a space
        ("找一下 孔令涛，手机换号了", "孔令涛"),  # a record field after a comma
        ("提醒一下钱佳宁，明天带证件", "钱佳宁"),
        ("把冯子衿的银行卡发我", "冯子衿"),
    ],
)
def test_names_found(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "帮客户查一下理赔进度",  # 查 is a weak surname, 一下 a verb tail
        "随时找我，电话在主页",  # 时 inside a word, then a record field
        "了解减保的资料可以私信",  # 解 inside 了解
        "存单和银行卡号都要带",  # 银行 is a word
        "柴先生的资料已收到",  # surname + honorific is the compliant form
    ],
)
def test_names_not_found(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我外婆蒋秀兰今年七十了", "蒋秀兰"),
        ("车主廖文杰已到现场", "廖文杰"),
    ],
)
def test_family_and_role_cues(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("客户王小明、李晓红、赵子刚都已投保", ["王小明", "李晓红", "赵子刚"]),
        ("投保人严立峰和钱佳宁的保单", ["严立峰", "钱佳宁"]),
        ("客户王小明和大家分享心得", ["王小明"]),  # 和大家 is not a listed name
        ("客户王小明和李先生", ["王小明"]),  # surname + honorific stays compliant
    ],
)
def test_names_listed_after_a_found_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
