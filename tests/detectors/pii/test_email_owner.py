"""The author's own contact block is not a third party's email; someone else's still is."""

from __future__ import annotations

import pytest

from tests.detectors.pii.test_detector import run


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("需要方案的随时联系我\n邮箱 zhou.planner@163.com", False),
        ("欢迎私信我，也可发邮件 li_advisor@qq.com", False),
        ("有事找我，客户的邮箱是 wang.kehu@163.com", True),  # a customer's, named in between
        ("请把材料发到 wang.kehu@163.com，他在等", True),  # no self cue
    ],
)
def test_own_contact_block(text: str, found: bool) -> None:
    assert any(f.category == "pii_email" for f in run(text)) is found
