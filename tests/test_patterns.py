"""requirements relies on Python's private regex parser (app/patterns.py says why): these tests fail when
a Python release changes it, instead of the lexicon silently running every pattern unfiltered. And what it
says must hold of every match: the lexicon skips a pattern whose requirements are not in the text."""

from __future__ import annotations

import random

from app.patterns import _without_superstrings, compile_safe, requirements
from app.ruleset import load_default_ruleset
from bench.lexicon import make_posts


def test_literals_found_through_groups_repeats_and_branches() -> None:
    assert requirements("年化(收益)?\\d+%") == [[frozenset({"年化"}), frozenset({"%"})]]
    assert requirements("(?:最后|仅剩)\\d+天") == [[frozenset({"最后", "仅剩"}), frozenset({"天"})]]
    # Consecutive parts of few strings give their products: two characters or more where each part has one.
    assert requirements("(都|全)(能)?(保|赔)") == [
        [frozenset({"都保", "都赔", "全保", "全赔", "都能保", "都能赔", "全能保", "全能赔"})]
    ]
    assert requirements("(保本|保息)的?产品") == [[frozenset({"保本产品", "保息产品", "保本的产品", "保息的产品"})]]
    # One alternative per top-level branch; RE2's Unicode classes are any character.
    assert requirements("ab|c\\d") == [[frozenset({"ab"})], [frozenset({"c"})]]
    assert requirements("某[\\p{Han}]{1,2}坑") == [[frozenset({"坑"}), frozenset({"某"})]]


def test_literals_holding_another_are_dropped_as_by_the_pairwise_test() -> None:
    """_without_superstrings looks up substrings instead of testing every pair (start-up time): same sets."""
    rng = random.Random(5)
    for _ in range(500):
        atom = {"".join(rng.choice("保本息赔") for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 30))}
        assert _without_superstrings(atom) == {x for x in atom if not any(y != x and y in x for y in atom)}
    assert _without_superstrings({"保证", "保", "本金"}) == {"保", "本金"}
    assert _without_superstrings({"", "保"}) == {""}


def test_unknown_case_folded_or_divergent_patterns_are_not_analysed() -> None:
    assert requirements("(?i)abc") is None
    assert requirements("(?i:ab)c") is None
    assert requirements("[unclosed") is None
    assert requirements("[[:alpha:]]x") is None  # a POSIX class in RE2, a set and a "]" for Python
    assert requirements("a{,2}b") is None  # the literal text "{,2}" in RE2, a repeat for Python
    assert requirements("\\d+") == [[]]  # analysed: nothing required
    assert requirements("(保证|稳)?收益") == [[frozenset({"收益"})]]


def _holds(alternatives: list[list[frozenset[str]]], matched: str) -> bool:
    return any(all(any(x in matched for x in atom) for atom in atoms) for atoms in alternatives)


def test_every_match_of_the_pack_s_patterns_holds_its_requirements() -> None:
    rules = [r for r in load_default_ruleset().lexicon.rules if r.pattern]
    pieces = [text for r in rules for text in r.examples.hit] + make_posts(0.05)
    rng = random.Random(5)
    texts = pieces + ["".join(rng.choice(pieces) for _ in range(3)) for _ in range(300)]
    checked = 0
    for rule in rules:
        alternatives = requirements(rule.pattern or "")
        if alternatives is None:
            continue
        compiled = compile_safe(rule.pattern or "")
        for text in texts:
            for m in compiled.finditer(text):
                checked += 1
                assert _holds(alternatives, m.group()), (rule.id, m.group())
    assert checked > 100
