"""The internal result of each PII finder, before it becomes a :class:`Finding`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

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
def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton | None:
    words = tuple(w for w in words if w)
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of every word in ``text``, overlaps included, in one pass.

    One Aho-Corasick scan instead of a ``startswith``/``endswith`` test per word at each position:
    finders use it to pick the few positions worth their exact (slower) checks."""
    automaton = _automaton(words)
    if automaton is None or not text:
        return []
    return [(end + 1 - size, end + 1) for end, size in automaton.iter(text)]
