"""Character-level helpers shared by the name rules (names.py) and the NER gate (ner_gate.py)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from app.detectors.pii.tables import Tables


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def starts_with_any(text: str, pos: int, words: list[str]) -> str | None:
    for word in words:
        if text.startswith(word, pos):
            return word
    return None


def ends_with_any(text: str, pos: int, words: list[str]) -> str | None:
    before = text[max(0, pos - 8) : pos].rstrip("：: ")
    for word in words:
        if before.endswith(word):
            return word
    return None


def surnames_at(text: str, i: int, tables: Tables) -> Iterator[int]:
    """Lengths of the surnames starting at ``i`` (compound first)."""
    if text[i : i + 2] in tables.surnames:
        yield 2
    if text[i] in tables.surnames:
        yield 1


@lru_cache(maxsize=1)
def word_freq() -> dict[str, int]:
    from app.jieba_tables import initialize

    freq: dict[str, int] = initialize().dt.FREQ
    return freq
