"""The internal result of each PII finder, before it becomes a :class:`Finding`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs

from app.taxonomy import Category


@dataclass(frozen=True, slots=True)
class Hit:
    category: Category
    start: int
    end: int
    rule_id: str
    score: float = 1.0
    evidence: tuple[str, ...] = ()


def overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def context_before(text: str, start: int, words: list[str], window: int) -> str | None:
    """The first of ``words`` found in the ``window`` characters before ``start``."""
    before = text[max(0, start - window) : start]
    for word in words:
        if word in before:
            return word
    return None


@lru_cache(maxsize=64)
def _automaton(words: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick | None:
    unique = sorted({w for w in words if w})  # a repeated word would be reported once per copy
    if not unique:
        return None
    return ahocorasick_rs.AhoCorasick(unique, matchkind=ahocorasick_rs.MatchKind.Standard)


def occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of every word in ``text``, overlaps included, in one pass, by end
    and, at one end, longest first.

    One Aho-Corasick scan instead of a ``startswith``/``endswith`` test per word at each position:
    finders use it to pick the few positions worth their exact (slower) checks. ahocorasick_rs (as in the
    lexicon): its scan returns every match at once, several times faster than pyahocorasick's iterator."""
    automaton = _automaton(words)
    if automaton is None or not text:
        return []
    return [(s, e) for _, s, e in automaton.find_matches_as_indexes(text, overlapping=True)]
