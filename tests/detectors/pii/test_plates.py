"""Licence plates (pii_plate): positives and negatives side by side, then masking and redaction."""

from __future__ import annotations

import pytest

from app.detectors.pii.config import PiiConfig
from app.detectors.pii.numerals import digit_view
from app.detectors.pii.plates import find_plates
from app.redact import mask_value, redact
from app.ruleset import load_default_ruleset
from tests.detectors.pii.test_detector import run


def plates(text: str) -> list[str]:
    return [f.text or "" for f in run(text) if f.category == "pii_plate"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("客户车牌沪A12345出险了", "沪A12345"),  # ordinary, cue before
        ("车牌号：京N·8K2J7，请核对", "京N·8K2J7"),  # letters in the serial
        ("标的车粤B 12345D 已定损", "粤B 12345D"),  # large new-energy car, space separator
        ("出险车辆苏E·D12345停在路边", "苏E·D12345"),  # small new-energy car
        ("车牌号：沪Ａ·Ｆ１２３４５", "沪Ａ·Ｆ１２３４５"),  # full-width
        ("车主浙B一二三四五来电", "浙B一二三四五"),  # Chinese numerals
        ("牌照滬A-1 2 3 4 5", "滬A-1 2 3 4 5"),  # traditional province, spaced out
        ("号牌川a\u200b12345", "川a\u200b12345"),  # lower case and a zero-width space
        ("驾校车牌京A1234学", "京A1234学"),  # coach car
        ("鲁B88G66的车主联系我们", "鲁B88G66"),  # cue right after
        ("沪A·12345 停在门口", "沪A·12345"),  # the dotted official form labels it
        ("我的车牌沪A12345，客户车牌沪B54321", "沪B54321"),  # own car, then a client's
    ],
)
def test_plate_found(text: str, span: str) -> None:
    assert plates(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "车牌沪A·1****已经打码",  # masked
        "车牌沪A***23",  # masked
        "车牌沪A1XX23",  # masked with X
        "沪A12345今天见",  # no vehicle word, not in the dotted form
        "车险产品型号A12345",  # no province character
        "车辆配件编号XA12345",  # no province character
        "我的车牌沪A12345，欢迎来看车",  # the author's own car
        "沪A12345是我的车，车险快到期了",  # the author's own car, said after
        "车牌沪I12345",  # I is never an office letter
        "车牌沪A123456789",  # too long: part of another number
        "车牌沪AABCDE",  # no digits: a word, not a serial
    ],
)
def test_plate_not_found(text: str) -> None:
    assert plates(text) == []


def test_plates_can_be_switched_off() -> None:
    cfg = PiiConfig.model_validate(load_default_ruleset().detector_config("pii"))
    off = cfg.model_copy(update={"plates": cfg.plates.model_copy(update={"enabled": False})})
    view = digit_view("客户车牌沪A12345出险了")
    assert len(find_plates(view, cfg)) == 1
    assert find_plates(view, off) == []


def test_plate_finding_is_reviewed_with_a_masked_suggestion() -> None:
    (found,) = run("客户车牌沪A12345出险了")
    assert (found.severity, found.rule_id, found.start, found.end) == ("medium", "pii.plate.ordinary", 4, 11)
    assert "沪A·1****" in found.suggestion and found.basis


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("沪A12345", "沪A·1****"),
        ("沪A·12345", "沪A·1****"),
        ("沪Ａ·Ｄ１２３４５", "沪A·D*****"),
        ("粤B 12345D", "粤B·1*****"),
        ("滬a-1 2 3 4 5", "滬A·1****"),
    ],
)
def test_mask_plate(value: str, masked: str) -> None:
    assert mask_value("pii_plate", value) == masked


def test_redact_masks_a_plate() -> None:
    text = "客户车牌沪A12345出险了，电话13912345678"
    assert redact(text, run(text)) == "客户车牌沪A·1****出险了，电话139****5678"
