"""Small pure stages applied to the findings of all detectors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from app.detectors.base import DetectContext, Finding
from app.detectors.claims.context import judge_findings as judge_context
from app.detectors.claims.context import learned_settings
from app.rerank import rerank

__all__ = ["drop_info", "judge_context", "merge", "rerank_findings"]
from app.taxonomy import CLAIM_CATEGORIES, SEVERITY_RANK, Severity

# Clause marks a claim finding's span is cut at when a shorter phrase takes its place (see ``_rest``).
_CLAUSE = ",，;；:：、|｜/"
_EDGE = _CLAUSE + " \t\r\n。！？!?…~～"
_REST_MIN_CHARS = 4
_CLAIMS = frozenset(CLAIM_CATEGORIES)


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
    (1 - (1-a)(1-b)). A second phrase of that sentence keeps its own lexicon finding. When a claim finding
    spans several clauses and the phrase sits in one of them, the clauses before and after it stay a finding
    of their own (投保不看病史，理赔不查既往症，买了就能赔: three claims, one of them a lexicon phrase).

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
        # Shorter findings come first, so every phrase this claim holds is kept already.
        for piece in _rest(f, [merged[j] for j in kept.overlaps(f, merged)]):
            merged.append(piece)
            kept.add(len(merged) - 1, piece)
        severity = max(k.severity, f.severity, key=lambda s: SEVERITY_RANK[s])
        wider = (f"{f.detector}:{f.text}",) if f.text and (f.start, f.end) != (k.start, k.end) else ()
        evidence = tuple(dict.fromkeys((*k.evidence, f"{f.detector}:{f.rule_id}", *wider, *f.evidence)))
        confidence = 1.0 - (1.0 - k.confidence) * (1.0 - f.confidence)
        merged[i] = replace(k, severity=Severity(severity), score=max(k.score, f.score), evidence=evidence,
                            confidence=round(confidence, 4), context=k.context or f.context)
    return sorted(merged, key=lambda f: (f.field != "title", f.start if f.start is not None else -1, f.category))


def _rest(wide: Finding, phrases: Sequence[Finding]) -> list[Finding]:
    """The runs of clauses of claim finding ``wide`` that hold none of ``phrases``, each a finding of its own."""
    if wide.category not in _CLAIMS or not wide.text or wide.start is None or wide.end is None:
        return []
    text, n = wide.text, len(wide.text)
    if n != wide.end - wide.start:
        return []
    covered = bytearray(n)  # 1 where a phrase covers the character
    for p in phrases:
        if p.start is not None and p.end is not None:
            lo = min(max(p.start - wide.start, 0), n - 1)
            hi = min(max(p.end - wide.start, lo + 1), n)  # an empty phrase still holds its clause
            covered[lo:hi] = b"\x01" * (hi - lo)
    runs: list[tuple[int, int]] = []
    run_start: int | None = None  # first character of the current run of phrase-free clauses
    a = 0
    for b in [*(j for j, ch in enumerate(text) if ch in _CLAUSE), n]:
        if 1 in covered[a:b]:
            if run_start is not None:
                runs.append((run_start, a))
            run_start = None
        elif run_start is None:
            run_start = a
        a = b + 1
    if run_start is not None:
        runs.append((run_start, n))
    out = []
    for a, b in runs:
        while a < b and text[a] in _EDGE:
            a += 1
        while b > a and text[b - 1] in _EDGE:
            b -= 1
        if b - a >= _REST_MIN_CHARS:
            out.append(replace(wide, start=wide.start + a, end=wide.start + b, text=text[a:b]))
    return out


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

    def overlaps(self, f: Finding, merged: list[Finding]) -> list[int]:
        """Every merged finding from another detector that overlaps span finding ``f``."""
        if f.start is None or f.end is None:
            return []
        key = (f.category, f.field)
        candidates = {i for cell in _cells(f.start, f.end) for i in self._cells.get((*key, cell), ())}
        return [i for i in candidates if merged[i].detector != f.detector and _overlaps(merged[i], f)]

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
