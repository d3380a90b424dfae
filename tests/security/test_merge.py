"""Issue 16.1: the engine's merge of overlapping findings is linear in their number (a 50 kB post can
carry thousands of lexicon findings) and merges exactly as the pairwise loop it replaced."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from app.detectors.base import Finding
from app.postprocess import _length, _overlaps, merge
from app.taxonomy import SEVERITY_RANK, Severity
from tests.security.workmeter import lines_executed


def _pairwise(findings: Sequence[Finding], detector_order: Sequence[str]) -> list[Finding]:
    """merge() before the fix: every finding against every merged one (quadratic)."""
    rank = {name: i for i, name in enumerate(detector_order)}
    ordered = sorted(findings, key=lambda f: (_length(f), rank.get(f.detector, len(rank)), f.start or 0))
    merged: list[Finding] = []
    for f in ordered:
        for i, k in enumerate(merged):
            if k.detector != f.detector and _overlaps(k, f):
                severity = max(k.severity, f.severity, key=lambda s: SEVERITY_RANK[s])
                wider = (f"{f.detector}:{f.text}",) if f.text and (f.start, f.end) != (k.start, k.end) else ()
                evidence = tuple(dict.fromkeys((*k.evidence, f"{f.detector}:{f.rule_id}", *wider, *f.evidence)))
                confidence = 1.0 - (1.0 - k.confidence) * (1.0 - f.confidence)
                merged[i] = replace(k, severity=Severity(severity), score=max(k.score, f.score), evidence=evidence,
                                    confidence=round(confidence, 4), context=k.context or f.context)
                break
        else:
            merged.append(f)
    return sorted(merged, key=lambda f: (f.field != "title", f.start if f.start is not None else -1, f.category))


TEXT = "".join(chr(0x4E00 + i % 500) for i in range(400))


def _random_findings(rng: random.Random) -> list[Finding]:
    out = []
    for _ in range(rng.randint(0, 40)):
        detector = rng.choice(["lexicon", "claims", "pii", "disclosure"])
        category = rng.choice(["ad_absolute", "guaranteed_return", "pii_name"])
        field = rng.choice(["text", "text", "title"])
        if rng.random() < 0.1:
            out.append(Finding(category, None, None, None, detector, f"{detector}.r", Severity.MEDIUM, field=field))
            continue
        start = rng.randint(0, 300)
        end = start + rng.choice([0, 1, 2, 3, 5, 8, 40, 90])
        severity = rng.choice(list(Severity))
        out.append(Finding(category, start, end, TEXT[start:end], detector, f"{detector}.r{rng.randint(0, 3)}",
                           severity, score=rng.random(), field=field))
    return out


def test_merge_matches_the_pairwise_merge() -> None:
    rng = random.Random(16)
    order = ["lexicon", "claims", "pii", "disclosure"]
    for _ in range(3000):
        findings = _random_findings(rng)
        assert merge(findings, order) == _pairwise(findings, order)


def _many(n: int) -> list[Finding]:
    # One lexicon finding per 3 characters and a claims sentence over every 30: a long hostile post.
    lexicon = [Finding("guaranteed_return", 3 * i, 3 * i + 2, "保本", "lexicon", "lex.r", Severity.HIGH)
               for i in range(n)]
    claims = [Finding("guaranteed_return", 30 * i, 30 * i + 29, None, "claims", "claims.r", Severity.MEDIUM)
              for i in range(n // 10)]
    return lexicon + claims


def test_merge_work_grows_linearly_with_the_number_of_findings() -> None:
    order = ["lexicon", "claims"]
    small = lines_executed(lambda: merge(_many(500), order))
    large = lines_executed(lambda: merge(_many(2000), order))
    assert large <= 5 * small, (small, large)
