"""Small pure stages applied to the findings of all detectors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from app.detectors.base import DetectContext, Finding
from app.detectors.claims.context import judge_findings as judge_context
from app.detectors.claims.context import learned_settings
from app.rerank import rerank

__all__ = ["drop_info", "judge_context", "merge", "rerank_findings"]
from app.taxonomy import SEVERITY_RANK, Severity


def _overlaps(a: Finding, b: Finding) -> bool:
    if a.category != b.category or a.field != b.field:
        return False
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return a.start is None and b.start is None  # two post-level findings of one category
    return a.start < b.end and b.start < a.end


def rerank_findings(findings: list[Finding], ctx: DetectContext) -> list[Finding]:
    """The learned second look (app/rerank.py) at the merged findings, when the ruleset turns it on."""
    settings = learned_settings(ctx) if findings else None
    return findings if settings is None or not settings.enabled else rerank(findings, ctx.post, settings)


def merge(findings: Sequence[Finding], detector_order: Sequence[str]) -> list[Finding]:
    """Merge same-category overlapping findings from different detectors into one.

    The most precise finding (shortest span; ties by ``detector_order``) keeps its span, rule, message
    and suggestion: a lexicon phrase inside a classifier's sentence stays the span (a finding points at
    the phrase responsible), and the sentence goes to ``evidence`` as ``<detector>:<text>``. The merged
    finding takes the highest severity and score; two detectors agreeing raise the confidence
    (1 - (1-a)(1-b)). A second phrase of that sentence keeps its own lexicon finding.

    Each finding merges into the earliest kept one from another detector it overlaps; the kept ones are
    found through a position index (:class:`_Kept`), so a post with thousands of findings costs linear
    time, not the square of their number. Kept spans never grow, so the index never needs updating."""
    rank = {name: i for i, name in enumerate(detector_order)}
    ordered = sorted(findings, key=lambda f: (_length(f), rank.get(f.detector, len(rank)), f.start or 0))
    merged: list[Finding] = []
    kept = _Kept()
    for f in ordered:
        i = kept.first_overlap(f, merged)
        if i is None:
            merged.append(f)
            kept.add(len(merged) - 1, f)
            continue
        k = merged[i]
        severity = max(k.severity, f.severity, key=lambda s: SEVERITY_RANK[s])
        wider = (f"{f.detector}:{f.text}",) if f.text and (f.start, f.end) != (k.start, k.end) else ()
        evidence = tuple(dict.fromkeys((*k.evidence, f"{f.detector}:{f.rule_id}", *wider, *f.evidence)))
        confidence = 1.0 - (1.0 - k.confidence) * (1.0 - f.confidence)
        merged[i] = replace(k, severity=Severity(severity), score=max(k.score, f.score), evidence=evidence,
                            confidence=round(confidence, 4), context=k.context or f.context)
    return sorted(merged, key=lambda f: (f.field != "title", f.start if f.start is not None else -1, f.category))


_BUCKET = 32  # characters per cell of the position index


class _Kept:
    """The merged findings so far, indexed by (category, field) and by 32-character cells of their spans,
    so that the earliest one overlapping a new finding is found among its neighbours only."""

    def __init__(self) -> None:
        self._cells: dict[tuple[str, str, int], list[int]] = {}
        self._post_level: dict[tuple[str, str], list[int]] = {}

    def add(self, i: int, f: Finding) -> None:
        """Register merged finding ``i`` (again, after its span grew: duplicates are harmless)."""
        if f.start is None or f.end is None:
            self._post_level.setdefault((f.category, f.field), []).append(i)
            return
        for cell in _cells(f.start, f.end):
            self._cells.setdefault((f.category, f.field, cell), []).append(i)

    def first_overlap(self, f: Finding, merged: list[Finding]) -> int | None:
        """The lowest index of a merged finding from another detector that overlaps ``f``."""
        if f.start is None or f.end is None:
            candidates: Iterable[int] = self._post_level.get((f.category, f.field), ())
        else:
            key = (f.category, f.field)
            candidates = {i for cell in _cells(f.start, f.end) for i in self._cells.get((*key, cell), ())}
        return min((i for i in candidates if merged[i].detector != f.detector and _overlaps(merged[i], f)),
                   default=None)


def _cells(start: int, end: int) -> range:
    # Every cell holding a position of [start, end); an empty span is in the cell of ``start``.
    return range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1)


def _length(f: Finding) -> int:
    return (f.end - f.start) if f.start is not None and f.end is not None else 1 << 30


def drop_info(findings: Sequence[Finding]) -> list[Finding]:
    """Info-level findings (e.g. a quoted phrase in an educational post) are advisory, not reported by default."""
    return [f for f in findings if f.severity is not Severity.INFO]
