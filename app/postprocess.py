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

    The finding from the earliest detector in ``detector_order`` keeps its span (the lexicon's span is
    the most precise); the merged finding takes the highest severity and score and all the evidence."""
    rank = {name: i for i, name in enumerate(detector_order)}
    ordered = sorted(findings, key=lambda f: (rank.get(f.detector, len(rank)), f.start or 0))
    merged: list[Finding] = []
    for f in ordered:
        for i, k in enumerate(merged):
            if k.detector != f.detector and _overlaps(k, f):
                severity = max(k.severity, f.severity, key=lambda s: SEVERITY_RANK[s])
                evidence = tuple(dict.fromkeys((*k.evidence, f"{f.detector}:{f.rule_id}", *f.evidence)))
                merged[i] = replace(k, severity=Severity(severity), score=max(k.score, f.score), evidence=evidence)
                break
        else:
            merged.append(f)
    return sorted(merged, key=lambda f: (f.field != "title", f.start if f.start is not None else -1, f.category))


def drop_info(findings: Sequence[Finding]) -> list[Finding]:
    """Info-level findings (e.g. a quoted phrase in an educational post) are advisory, not reported by default."""
    return [f for f in findings if f.severity is not Severity.INFO]
