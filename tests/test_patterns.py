"""required_literals relies on Python's private regex parser (app/patterns.py says why): these tests fail when
a Python release changes it, instead of the lexicon silently running every pattern unfiltered."""

from __future__ import annotations

from app.patterns import required_literals


def test_literals_found_through_groups_repeats_and_branches() -> None:
    assert required_literals("年化(收益)?\\d+%") == frozenset({"年化"})
    assert required_literals("(保本|保息)的?产品") in (frozenset({"产品"}), frozenset({"保本", "保息"}))
    assert required_literals("(?:最后|仅剩)\\d+天") == frozenset({"最后", "仅剩"})


def test_unknown_or_case_folded_patterns_run_unfiltered() -> None:
    assert required_literals("(?i)abc") is None
    assert required_literals("\\d+") is None
    assert required_literals("[unclosed") is None
