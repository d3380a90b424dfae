"""Small pure stages applied to the findings of all detectors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
    The merged finding takes the highest severity and score.

    Each finding merges into the earliest kept one it overlaps; the kept ones are found through a
    position index (:class:`_Kept`), so a post with thousands of findings costs linear time, not the
    square of their number."""
    rank = {name: i for i, name in enumerate(detector_order)}
    # The most precise finding leads (the shortest span: a lexicon phrase inside a classifier's
    # sentence), whatever order the ruleset lists detectors in; ties go by that order.
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
        evidence = tuple(dict.fromkeys((*k.evidence, f"{f.detector}:{f.rule_id}", *f.evidence)))
        start, end, text = k.start, k.end, k.text
        union = _wider_union(k, f)
        if union is not None:
            evidence = (f"{k.detector}:{k.text}", *evidence)
            start, end = union
            text = _union_text(k, f, *union)
        merged[i] = replace(k, start=start, end=end, text=text, severity=Severity(severity),
                            score=max(k.score, f.score), evidence=evidence)
        if union is not None:
            kept.add(i, merged[i])
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
