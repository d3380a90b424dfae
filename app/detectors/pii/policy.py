"""Insurance policy and claim numbers: insurer patterns from the ruleset plus context words."""

from __future__ import annotations

from bisect import bisect_left, insort
from functools import lru_cache
from typing import Any

import re2

from app.detectors.pii.config import PiiConfig, PolicyPattern
from app.detectors.pii.hits import Hit, context_before
from app.taxonomy import Category


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> Any:
    # RE2: patterns come from rulesets that officers edit, so matching must stay linear-time.
    return re2.compile(pattern)


def _bounded(view: str, start: int, end: int) -> bool:
    before = view[start - 1] if start > 0 else " "
    after = view[end] if end < len(view) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def _matches(view: str, rule: PolicyPattern) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _compiled(rule.pattern).finditer(view) if _bounded(view, m.start(), m.end())]


def find_policy_numbers(view: str, cfg: PiiConfig) -> list[Hit]:
    """Policy/claim numbers in ``view`` (half-width); masked numbers (``P2023****8765``) never match."""
    upper = view.upper()
    pn = cfg.policy_numbers
    hits: list[Hit] = []
    # (start, end) of the hits, sorted: they never overlap, so their ends rise with their starts and
    # the last one starting before ``end`` is the only one that can overlap (not a pass over all hits).
    taken: list[tuple[int, int]] = []
    for rule in pn.patterns:
        for start, end in _matches(upper, rule):
            k = bisect_left(taken, (end,))
            if k and taken[k - 1][1] > start:
                continue
            if context_before(view, start, pn.blocking_words, pn.window):
                continue
            cue = context_before(view, start, pn.context_words, pn.window)
            if rule.needs_context and cue is None:
                continue
            evidence = (cue,) if cue else ()
            hits.append(Hit(Category.PII_POLICY_NUMBER, start, end, f"policy.{rule.id}", evidence=evidence))
            insort(taken, (start, end))
    return hits
