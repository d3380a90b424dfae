from __future__ import annotations

import datetime as dt

import pytest

from app.detectors.pii.ids import card_kind, id_check_digit, is_landline, is_mobile, is_resident_id, luhn_ok
from app.detectors.pii.tables import load_tables

TABLES = load_tables()
TODAY = dt.date(2026, 12, 1)
MOBILE = frozenset({"138", "139", "150", "186", "199"})


def make_id(first17: str) -> str:
    return first17 + id_check_digit(first17)


def wrong_check(first17: str) -> str:
    return first17 + ("1" if id_check_digit(first17) != "1" else "2")


def luhn_broken(payload: str) -> str:
    return next(payload + d for d in "0123456789" if not luhn_ok(payload + d))


def luhn_complete(payload: str) -> str:
    return next(payload + d for d in "0123456789" if luhn_ok(payload + d))


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        (make_id("33010619880214102"), True),  # 西湖区, 1988-02-14
        (make_id("11010819750630001"), True),
        (make_id("33010319900101123"), True),  # 杭州下城区: abolished in 2021, still on old cards
        (wrong_check("33010619880214102"), False),
        (make_id("33010619881314102"), False),  # month 13
        (make_id("33010620300101102"), False),  # born in the future
        (make_id("99999919880214102"), False),  # no such region
        (make_id("20241129153022481"), False),  # an order number with a valid check digit
        ("330106880214102", True),  # legacy 15-digit
        ("330106881314102", False),
        ("3301061988021410", False),  # 16 digits
    ],
)
def test_resident_id(number: str, valid: bool) -> None:
    assert is_resident_id(number, TABLES, TODAY) is valid


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (luhn_complete("622202123456789012"), "bin"),  # ICBC, 19 digits
        (luhn_complete("621483123456789"), "bin"),  # CMB, 16 digits
        (luhn_complete("880220233101006"), "luhn"),  # Luhn-valid, unknown BIN
        (luhn_broken("622202123456789012"), None),
        (luhn_complete("62220212345"), None),  # too short for a card
    ],
)
def test_card_kind(number: str, kind: str | None) -> None:
    assert card_kind(number, TABLES) == kind


@pytest.mark.parametrize(
    ("digits", "mobile", "landline"),
    [
        ("13812345678", True, False),
        ("8613812345678", True, False),
        ("12812345678", False, False),  # no such carrier segment
        ("1381234567", False, False),
        ("057188776655", False, True),
        ("01066554433", False, True),
        ("4008889595", False, False),  # company 400 line
        ("95522", False, False),
        ("0571123", False, False),
    ],
)
def test_phones(digits: str, mobile: bool, landline: bool) -> None:
    assert is_mobile(digits, MOBILE) is mobile
    assert is_landline(digits) is landline
