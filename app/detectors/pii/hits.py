"""The internal result of each PII finder, before it becomes a :class:`Finding`."""

from __future__ import annotations

from dataclasses import dataclass

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
