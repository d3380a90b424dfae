from __future__ import annotations

import pytest

from app.detectors.base import Finding
from app.redact import mask_value, redact
from app.taxonomy import Severity


@pytest.mark.parametrize(
    ("category", "value", "masked"),
    [
        ("pii_name", "张三丰", "张**"),
        ("pii_name", "欧阳静宜", "欧***"),
        ("pii_phone", "13812345678", "138****5678"),
        ("pii_phone", "138-1234-5678", "138****5678"),
        ("pii_phone", "幺三八 一二三四 五六七八", "138****5678"),
        ("pii_id_card", "330106196803159726", "3301**********9726"),
        ("pii_id_card", "3301 0619 6803 1597 26", "3301**********9726"),
        ("pii_bank_card", "6222028990136532136", "6222***********2136"),
        ("pii_email", "lishufen68@163.com", "l*********@163.com"),
        ("pii_email", "chenmo[at]qq.com", "c*****@qq.com"),
        ("pii_policy_number", "RH2024510700113258", "RH20**********3258"),
        ("pii_address", "浙江省杭州市拱墅区湖墅南路186号3幢", "浙江省杭州市拱墅区**********"),
        ("pii_health", "乳腺癌", "***"),
    ],
)
def test_mask_value(category: str, value: str, masked: str) -> None:
    assert mask_value(category, value) == masked


def finding(category: str, start: int, end: int, text: str, field: str = "text") -> Finding:
    return Finding(category, start, end, text[start:end], "pii", "r", Severity.MEDIUM, field=field)


def test_redact_masks_pii_and_leaves_the_rest() -> None:
    text = "客户张三丰电话13812345678，保本保息"
    found = [
        finding("pii_name", 2, 5, text),
        finding("pii_phone", 7, 18, text),
        finding("guaranteed_return", 19, 23, text),  # not PII: left as written
        finding("pii_name", 2, 4, text),  # overlaps the first: masked once
        finding("pii_name", 0, 2, text, field="title"),  # another field
    ]
    assert redact(text, found) == "客户张**电话138****5678，保本保息"
    assert redact(text, []) == text
