"""Small pure stages applied to the findings of all detectors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.detectors.base import Finding
from app.taxonomy import SEVERITY_RANK, Severity


def _overlaps(a: Finding, b: Finding) -> bool:
    if a.category != b.category or a.field != b.field:
        return False
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return a.start is None and b.start is None  # two post-level findings of one category
    return a.start < b.end and b.start < a.end


def merge(findings: Sequence[Finding], detector_order: Sequence[str]) -> list[Finding]:
    """Merge same-category overlapping findings from different detectors into one.

    The most precise finding (shortest span; ties by ``detector_order``) keeps its rule, message and
    suggestion; the merged span is the union (a classifier's sentence around a lexicon phrase),
    so every offending phrase of that sentence is covered; the precise phrase stays in ``evidence``.
    The merged finding takes the highest severity and score."""
    rank = {name: i for i, name in enumerate(detector_order)}
    # The most precise finding leads (the shortest span: a lexicon phrase inside a classifier's
    # sentence), whatever order the ruleset lists detectors in; ties go by that order.
    ordered = sorted(findings, key=lambda f: (_length(f), rank.get(f.detector, len(rank)), f.start or 0))
    merged: list[Finding] = []
    for f in ordered:
        for i, k in enumerate(merged):
            if k.detector != f.detector and _overlaps(k, f):
                severity = max(k.severity, f.severity, key=lambda s: SEVERITY_RANK[s])
                evidence = tuple(dict.fromkeys((*k.evidence, f"{f.detector}:{f.rule_id}", *f.evidence)))
                start, end, text = k.start, k.end, k.text
                union = _wider_union(k, f)
                if union is not None:
                    evidence = (f"{k.detector}:{k.text}", *evidence)
                    start, end = union
                    text = _union_text(k, f, *union)
                merged[i] = replace(k, start=start, end=end, text=text, severity=Severity(severity),
                                    score=max(k.score, f.score), evidence=evidence)
                break
        else:
            merged.append(f)
    return sorted(merged, key=lambda f: (f.field != "title", f.start if f.start is not None else -1, f.category))


def _length(f: Finding) -> int:
    return (f.end - f.start) if f.start is not None and f.end is not None else 1 << 30


def _wider_union(a: Finding, b: Finding) -> tuple[int, int] | None:
    """The union of two located spans when ``b`` reaches outside ``a``; otherwise None."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return None
    if b.start >= a.start and b.end <= a.end:
        return None
    return min(a.start, b.start), max(a.end, b.end)


def _union_text(a: Finding, b: Finding, start: int, end: int) -> str | None:
    """The text of the union span, rebuilt from the two findings' own texts (they overlap)."""
    if a.text is None or b.text is None or a.start is None or b.start is None:
        return a.text
    first, second = (a, b) if a.start <= b.start else (b, a)
    assert first.text is not None and second.text is not None and first.start is not None
    assert second.start is not None
    joined = first.text + second.text[max(0, (first.start + len(first.text)) - second.start):]
    return joined[: end - start]


def drop_info(findings: Sequence[Finding]) -> list[Finding]:
    """Info-level findings (e.g. a quoted phrase in an educational post) are advisory, not reported by default."""
    return [f for f in findings if f.severity is not Severity.INFO]
