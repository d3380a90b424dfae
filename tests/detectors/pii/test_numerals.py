from __future__ import annotations

import pytest

from app.detectors.pii.numerals import digit_view, number_runs


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("电话１３８", "电话138"),
        ("幺三八一二三四", "1381234"),
        ("一三九 五七二一", "139 5721"),
        ("一些人", "一些人"),  # a lone numeral in a word stays a word
        ("第一二", "第一二"),  # two numerals are not a number
        ("ABC", "abc"),
    ],
)
def test_digit_view(text: str, view: str) -> None:
    assert digit_view(text) == view
    assert len(digit_view(text)) == len(text)


@pytest.mark.parametrize(
    ("view", "runs"),
    [
        ("卡号 6222 0212 3456", ["622202123456"]),
        ("电话138-1234\n5678。", ["13812345678"]),
        ("sf1432876549021", []),  # glued to letters: a code, not a bare number
        ("1432876549021sf", []),
        ("身份证11010519750511806x，", ["11010519750511806X"]),
        ("2024-11-29 15:30", ["2024112915", "30"]),
        ("139****0021", ["139", "0021"]),
    ],
)
def test_number_runs(view: str, runs: list[str]) -> None:
    assert [r.digits for r in number_runs(view)] == runs
