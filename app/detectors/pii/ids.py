"""Validators for numeric identifiers: resident ID (GB 11643), bank card (Luhn + BIN), phones.

Each validator takes the bare digit string and answers whether it is plausibly real, not only
well-shaped: a wrong check digit, an impossible birth date or an unknown region code is not an ID.
"""

from __future__ import annotations

import datetime as dt

from app.detectors.pii.tables import Tables

# The longest identifier any validator below accepts: a 19-digit bank card (IDs have 15/18 digits,
# mobiles 11 or 13 with 86, landlines 10-12). The digit-run scan never tries anything longer.
MAX_ID_DIGITS = 19
# Every length some validator accepts: the digit-run scan skips the others without validating.
ID_LENGTHS = frozenset({10, 11, 12, 13, 15, 16, 17, 18, 19})
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def _valid_date(y: int, m: int, d: int, today: dt.date) -> bool:
    try:
        born = dt.date(y, m, d)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= today


def _known_region(code: str, tables: Tables) -> bool:
    # Codes of abolished counties stay on old cards; the table keeps them. A prefecture-level
    # code (xxxx00) is also issued in some cities.
    return code in tables.region_codes or (code[:4] + "00") in tables.region_codes


def is_resident_id(digits: str, tables: Tables, today: dt.date | None = None) -> bool:
    """18-digit ID with a valid check digit, birth date and region, or a 15-digit legacy ID."""
    today = today or dt.date.today()
    if len(digits) == 18:
        # The region lookup first: it is the cheapest test and rejects most digit strings.
        if not digits[:17].isdigit() or not _known_region(digits[:6], tables):
            return False
        return id_check_digit(digits[:17]) == digits[17].upper() and _valid_date(
            int(digits[6:10]), int(digits[10:12]), int(digits[12:14]), today
        )
    if len(digits) == 15 and digits.isdigit():
        # Legacy cards (issued until 2004) have a 2-digit year and no check digit: date and region
        # are all there is to test, so a birth year after 1999 is not possible.
        return _known_region(digits[:6], tables) and _valid_date(
            1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12]), today
        )
    return False


def luhn_ok(digits: str) -> bool:
    # Every second digit from the right is doubled (digit sums of 2d: _DOUBLED[d]).
    total = sum(map(int, digits[::-2])) + sum(_DOUBLED[int(c)] for c in digits[-2::-2])
    return total % 10 == 0


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def card_kind(digits: str, tables: Tables) -> str | None:
    """``"bin"`` for a Luhn-valid number with a known BIN, ``"luhn"`` for Luhn only, else None."""
    if not (16 <= len(digits) <= 19 and digits.isdigit() and luhn_ok(digits)):
        return None
    return "bin" if tables.bin_lengths(digits) else "luhn"


def is_mobile(digits: str, prefixes: frozenset[str]) -> bool:
    """An 11-digit mainland mobile number (an optional 86 country code is stripped first)."""
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    return len(digits) == 11 and digits[:3] in prefixes


def is_landline(digits: str) -> bool:
    """Area code (010, 02x, 0xxx) plus a 7- or 8-digit subscriber number not starting with 0/1/9."""
    if len(digits) < 10 or not digits.startswith("0") or digits.startswith("00"):
        return False
    area = 3 if digits[1] in "12" else 4
    local = digits[area:]
    return len(local) in (7, 8) and local[0] not in "019"
