"""Shared test helpers."""

from __future__ import annotations

from collections.abc import Iterable

from app.detectors.base import Finding
from app.ruleset import Ruleset, parse_ruleset

RULE_DEFAULTS = {"message": "m", "basis": "b", "suggestion": "s"}


def ruleset_with(rules: Iterable[dict[str, object]], **extra: object) -> Ruleset:
    """A lexicon-only ruleset built from short rule dicts (message/basis/suggestion filled in)."""
    doc: dict[str, object] = {
        "name": "test",
        "detectors": {"lexicon": {}},
        "lexicon": {
            "negation": {"prefixes": ["不", "没有", "不是", "不承诺"], "window": 4},
            "education": {"cue_words": ["警惕", "谨防"], "window": 8},
            "rules": [{**RULE_DEFAULTS, **r} for r in rules],
        },
    }
    doc.update(extra)
    return parse_ruleset(doc)


def assert_span(findings: list[Finding], category: str, text: str, original: str) -> Finding:
    """Exactly one finding of ``category`` whose span is ``text`` inside ``original``."""
    hits = [f for f in findings if f.category == category]
    assert len(hits) == 1, f"expected one {category} finding, got {hits}"
    f = hits[0]
    assert f.start is not None and f.end is not None
    assert original[f.start : f.end] == text == f.text, (original[f.start : f.end], text, f.text)
    return f


# A small lexicon-only ruleset for API and CLI tests with predictable verdicts.
LEXICON_ONLY: dict[str, object] = {
    "name": "api-test",
    "detectors": {"lexicon": {}},
    "lexicon": {"rules": [
        {**RULE_DEFAULTS, "id": "g.no_loss", "category": "guaranteed_return", "severity": "high",
         "terms": ["稳赚不赔"]},
        {**RULE_DEFAULTS, "id": "a.best", "category": "ad_absolute", "severity": "medium", "terms": ["最好"]},
    ]},
}
