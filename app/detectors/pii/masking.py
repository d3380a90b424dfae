"""The customary Chinese masked form of each kind of PII value (used by app/redact.py and for
the suggestions in findings).

张三丰 -> 张**, 13812345678 -> 138****5678, 330106196803159726 -> 3301**********9726,
6222028990136532136 -> 6222***********2136, lishufen68@163.com -> l*********@163.com, an address
keeps its province/city/district and masks the rest, 沪A12345 -> 沪A·1****.
"""

from __future__ import annotations

import re

from app.detectors.pii.numerals import digit_view
from app.detectors.pii.plates import SEPARATORS as PLATE_SEPARATORS
from app.taxonomy import Category

_AREA_END = re.compile(r"^.*?(?:省|自治区|市|自治州|地区|盟)?.*?(?:市|州)?.*?(?:区|县|旗)")
_AT = re.compile(r"@|\[at\]|\(at\)|\{at\}|<at>|\s+at\s+|#|艾特")


def _digits(surface: str) -> str:
    return "".join(c for c in digit_view(surface) if c.isdigit() or c in "xX").upper()


def _keep(value: str, head: int, tail: int) -> str:
    if len(value) <= head + tail:
        return value[:1] + "*" * (len(value) - 1)
    return value[:head] + "*" * (len(value) - head - tail) + value[len(value) - tail :]


def _mask_email(surface: str) -> str:
    view = digit_view(surface)
    m = _AT.search(view)
    if m is None:
        return _keep(surface, 1, 0)
    local, domain = surface[: m.start()].strip(), surface[m.end() :].strip()
    return local[:1] + "*" * max(len(local) - 1, 2) + "@" + domain


def _mask_address(surface: str) -> str:
    m = _AREA_END.match(surface)
    if m is None or m.end() >= len(surface) - 1 or m.end() > 16:
        return _keep(surface, 3, 0)
    return surface[: m.end()] + "*" * (len(surface) - m.end())


def _mask_plate(surface: str) -> str:
    """Province, office letter, a dot and the first serial character: 沪A·1****, 沪A·D*****."""
    compact = [c for c in surface if c not in PLATE_SEPARATORS and not c.isspace()]
    if len(compact) < 4:
        return _keep(surface, 1, 0)
    view = digit_view("".join(compact)).upper()
    return compact[0] + view[1] + "·" + view[2] + "*" * (len(compact) - 3)


def mask_value(category: str, surface: str) -> str:
    """The masked form of one PII value (the text of a finding)."""
    if category == Category.PII_NAME:
        name = "".join(surface.split())  # 王 小 明, spaced out, masks as 王**
        return name[:1] + "*" * max(len(name) - 1, 1)
    if category == Category.PII_PHONE:
        digits = _digits(surface)
        return _keep(digits, 3, 4) if len(digits) >= 11 else _keep(digits, 3, 2)
    if category == Category.PII_ID_CARD:
        return _keep(_digits(surface) or surface, 4, 4)
    if category == Category.PII_BANK_CARD:
        return _keep(_digits(surface), 4, 4)
    if category == Category.PII_POLICY_NUMBER:
        return _keep(digit_view(surface).upper(), 4, 4)
    if category == Category.PII_EMAIL:
        return _mask_email(surface)
    if category == Category.PII_ADDRESS:
        return _mask_address(surface)
    if category == Category.PII_PLATE:
        return _mask_plate(surface)
    if category == Category.PII_HEALTH:
        return "*" * len(surface)
    return surface
