"""Numeric identifiers found in the digit view: resident IDs, bank cards, mobiles, landlines,
passports and travel permits.

A run of digit groups (``3101 1519 6401 2092 28``) is tried whole first, then as its longest valid
sub-runs, so two numbers on one line (``13812345678 13987654321``) are both found. Only sub-runs of
at most MAX_ID_DIGITS digits can be an identifier, so from each group only that many digits ahead are
tried, on one joined digit string per run: the scan is linear in the run (it was cubic: ``"1 " * 800``
took seconds, a 50 kB post hours).
"""

from __future__ import annotations

import re

from app.deadline import checkpoint
from app.detectors.pii.config import PiiConfig
from app.detectors.pii.hits import Hit, context_before
from app.detectors.pii.ids import ID_LENGTHS, MAX_ID_DIGITS, card_kind, is_landline, is_mobile, is_resident_id
from app.detectors.pii.numerals import number_runs
from app.detectors.pii.tables import Tables
from app.taxonomy import Category

# Passport (E/G + 8 digits), Hong Kong / Macau permit (C + 8 alnum, H/M + 8-10 digits), Taiwan
# compatriot permit (8 digits): only with an ID context word, they are too short to stand alone.
_TRAVEL_DOC = re.compile(r"(?<![a-z0-9])(?:[eg]\d{8}|c[0-9a-z]\d{7}|[hm]\d{8,10}|\d{8})(?![a-z0-9])")


def _owner_digits(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = "".join(c for c in phone if c.isdigit())
    return digits[2:] if len(digits) == 13 and digits.startswith("86") else digits


# What the digits alone say: category, rule, and the context words it still needs ("ids" for a
# 15-digit legacy ID, "cards" for a Luhn-only card number) or None.
Shape = tuple[Category, str, str | None] | None


def _shape(digits: str, tables: Tables, prefixes: frozenset[str]) -> Shape:
    if len(digits) in (15, 18) and is_resident_id(digits, tables):
        return Category.PII_ID_CARD, f"id_card.{len(digits)}", None if len(digits) == 18 else "ids"
    if "X" in digits:
        return None
    kind = card_kind(digits, tables)
    if kind is not None:  # 16-19 digits: never a phone number, so a card without its context is nothing
        return Category.PII_BANK_CARD, f"bank_card.{kind}", None if kind == "bin" else "cards"
    if is_mobile(digits, prefixes):
        return Category.PII_PHONE, "phone.mobile", None
    if is_landline(digits):
        return Category.PII_PHONE, "phone.landline", None
    return None


def _classify(
    digits: str,
    start: int,
    view: str,
    cfg: PiiConfig,
    tables: Tables,
    prefixes: frozenset[str],
    memo: dict[str, Shape] | None = None,
) -> tuple[Category, str] | None:
    """The identifier ``digits`` (at ``start`` in ``view``) is, if any; ``memo`` caches the validators'
    answer per digit string (a hostile run repeats the same few strings thousands of times)."""
    if memo is None:
        shape = _shape(digits, tables, prefixes)
    elif digits in memo:
        shape = memo[digits]
    else:
        shape = memo[digits] = _shape(digits, tables, prefixes)
    if shape is None:
        return None
    category, rule, needs = shape
    if needs == "ids" and not context_before(view, start, cfg.ids.context_words, cfg.ids.window):
        return None
    if needs == "cards" and not context_before(view, start, cfg.cards.context_words, cfg.cards.window):
        return None
    return category, rule


def find_numbers(view: str, cfg: PiiConfig, tables: Tables, owner_phone: str | None) -> list[Hit]:
    """Validated numeric identifiers in ``view`` (the digit view of one field)."""
    prefixes = frozenset(str(p) for p in cfg.phones.mobile_prefixes)
    owner = _owner_digits(owner_phone)
    hits: list[Hit] = []
    memo: dict[str, Shape] = {}
    for run in number_runs(view):
        checkpoint()
        groups = run.groups
        n = len(groups)
        joined = "".join(g.digits for g in groups)  # sub-run i..j is joined[offset[i]:offset[j]]
        offset = [0]
        for g in groups:
            offset.append(offset[-1] + len(g.digits))
        i = 0
        top = 0  # the last j (exclusive) whose sub-run i..j has at most MAX_ID_DIGITS digits
        while i < n:
            top = max(top, i)
            while top < n and offset[top + 1] - offset[i] <= MAX_ID_DIGITS:
                top += 1
            for j in range(top, i, -1):  # longest first; nothing longer can be an identifier
                if offset[j] - offset[i] not in ID_LENGTHS:
                    continue
                digits, start = joined[offset[i] : offset[j]], groups[i].start
                found = _classify(digits, start, view, cfg, tables, prefixes, memo)
                if found is None:
                    continue
                category, rule = found
                if category is Category.PII_PHONE and (
                    _owner_digits(digits) == owner
                    or context_before(view, start, cfg.phones.corporate_context, cfg.phones.window)
                ):
                    break  # the owner's own number, or a company line: compliant, not a finding
                hits.append(Hit(category, start, groups[j - 1].end, rule))
                i = j - 1
                break
            i += 1
    return hits


def find_travel_documents(view: str, cfg: PiiConfig, taken: list[Hit]) -> list[Hit]:
    """Passport and permit numbers, only right after an ID context word."""
    hits: list[Hit] = []
    for m in _TRAVEL_DOC.finditer(view):
        if any(h.start < m.end() and m.start() < h.end for h in taken):
            continue
        cue = context_before(view, m.start(), cfg.ids.context_words, cfg.ids.window)
        if cue and cue not in ("身份证", "身份证号"):
            hits.append(Hit(Category.PII_ID_CARD, m.start(), m.end(), "id_card.travel", evidence=(cue,)))
    return hits
