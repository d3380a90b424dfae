"""Names spaced out character by character (王 小 明) are found, with original offsets."""

from __future__ import annotations

import pytest

from tests.detectors.pii.test_detector import run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("请把 韩 若 溪 的保单发我", "韩 若 溪"),
        ("客户 殷　嘉　豪 已确诊", "殷　嘉　豪"),  # ideographic spaces
    ],
)
def test_spaced_names_found(text: str, name: str) -> None:
    found = [f for f in run(text) if f.category == "pii_name"]
    assert [f.text for f in found] == [name]
    assert found[0].start == text.index(name) and found[0].end == text.index(name) + len(name)


@pytest.mark.parametrize(
    "text",
    [
        "重 疾 险 天 花 板，快来看看",  # spaced slogan, no person
        "韩 先 生 的保单已寄出",  # surname + honorific stays the compliant form
    ],
)
def test_spaced_text_without_names(text: str) -> None:
    assert not [f for f in run(text) if f.category == "pii_name"]


def test_spaced_name_with_owner_is_not_reported() -> None:
    assert not [f for f in run("客户 韩 若 溪 已确诊", owner_name="韩若溪") if f.category == "pii_name"]


def test_spaced_name_masks_without_the_spaces() -> None:
    found = [f for f in run("请把 韩 若 溪 的保单发我") if f.category == "pii_name"]
    assert found and "韩**”" in found[0].suggestion
