"""Policy-number formats and diagnosis phrases beyond the plain ones: positives and negatives side by side."""

from __future__ import annotations

import pytest

from tests.detectors.pii.test_detector import run


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("保单号 AB2021-0605-774411 请核对", "AB2021-0605-774411"),
        ("赔案号KX-2023-11-8800123已受理", "KX-2023-11-8800123"),
        ("保单号码 ZP2020B00451276 已生效", "ZP2020B00451276"),
    ],
)
def test_policy_formats_found(text: str, span: str) -> None:
    spans = [f.text for f in run(text) if f.category == "pii_policy_number"]
    assert spans == [span]


@pytest.mark.parametrize(
    "text",
    [
        "活动时间 2023-11-05-2023-12-01，欢迎参加",  # dates, no letters and no policy cue
        "订单号 AB2021-0605-774411 已发货",  # an order, not a policy
        "产品型号 ZP2020B00451276 现货",  # no policy cue
        "保单号 AB2021-****-4411 请核对",  # already masked
    ],
)
def test_policy_formats_not_found(text: str) -> None:
    assert not [f for f in run(text) if f.category == "pii_policy_number"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("客户钱立群，体检发现甲状腺结节6mm，核保要加费", "甲状腺结节6mm"),
        ("投保人孔德明去年做过心脏支架，现在能投吗", "心脏支架"),
        ("被保险人丁雨辰查出乙肝小三阳", "乙肝小三阳"),
    ],
)
def test_health_with_person_found(text: str, span: str) -> None:
    spans = [f.text for f in run(text) if f.category == "pii_health"]
    assert len(spans) == 1 and span in spans[0]


@pytest.mark.parametrize(
    "text",
    [
        "某客户体检发现甲状腺结节6mm，核保要加费",  # anonymised
        "做过心脏支架的朋友，这款产品可以看看",  # no identifiable person
        "手机支架买一送一，客户钱立群已下单",  # a phone stand is not a treatment
    ],
)
def test_health_without_identified_condition_not_found(text: str) -> None:
    assert not [f for f in run(text) if f.category == "pii_health"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("合同编号 8800123456789 已归档", True),
        ("案件编号：2024000012345", True),
        ("编号 8800123456789 已归档", False),  # no policy cue
    ],
)
def test_policy_context_words(text: str, found: bool) -> None:
    assert any(f.category == "pii_policy_number" for f in run(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("客户严立峰体检查出胆结石，核保延期", True),
        ("胆结石患者投保前要如实告知", False),  # no person
    ],
)
def test_more_conditions(text: str, found: bool) -> None:
    assert any(f.category == "pii_health" for f in run(text)) is found
