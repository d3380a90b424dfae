"""Claim classifier: misleading promises that no word list catches.

Each sentence of the normalised title and text is scored by a character n-gram model
(:mod:`app.detectors.claims.model`) for seven claim categories. Negation and scope cues in the
sentence (不保证收益, 不是存款, 以合同约定为准, a regulator warning) and quotation marks around the
cue phrases lower the probability; a sentence whose adjusted probability reaches the category's
threshold becomes a finding spanning the clauses that hold the cue phrases (one per clause for the
``split`` categories), with the calibrated probability as ``score`` and the cue phrases that drove
it as ``evidence``. Thresholds, severities and cues are ruleset data (detectors/claims.yaml). The
engine then judges every claim finding in its context (:mod:`app.detectors.claims.context`) and
merges the classifier's and the lexicon's findings where they overlap (the lexicon phrase stays the span).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from math import inf
from pathlib import Path
from threading import Lock

import numpy as np

from app.deadline import checkpoint
from app.detectors.base import DetectContext, Finding, Post
from app.detectors.claims.config import CategorySettings, CompiledClaims, compile_claims
from app.detectors.claims.model import CUE_SHARE, ClaimModel, Scores
from app.taxonomy import CLAIM_CATEGORIES
from app.text import NormalizedText, sentences

__all__ = ["ClaimDetector"]

# Trimmed from both ends of a reported sentence: the span is the words, not the punctuation.
_EDGE = " \t\r\n。！？!?；;，,、：:…~～"
_CLAUSE = ",，;；:："
_CLAUSE_END = re.compile(f"[{_CLAUSE}]")  # a scan in C: every sentence over 30 characters is cut into clauses


class ClaimDetector:
    """Sentence-level claim classifier for the seven claim categories."""

    name = "claims"
    version = "1.0.0"
    categories = frozenset(CLAIM_CATEGORIES)
    inline = True  # a linear model over n-grams, a checkpoint per field: no pool hop (app/engine.py)

    def __init__(self, model_path: Path | None = None) -> None:
        self._model_path = model_path
        self._model: ClaimModel | None = None
        self._compiled: dict[str, CompiledClaims] = {}
        self._lock = Lock()

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                self._model = ClaimModel(self._model_path)

    def _settings(self, ctx: DetectContext) -> CompiledClaims:
        key = ctx.ruleset.checksum
        with self._lock:
            if key not in self._compiled:
                if len(self._compiled) >= 8:  # rulesets change rarely; keep the memo small
                    self._compiled.clear()
                self._compiled[key] = compile_claims(ctx.detector_config(self.name))
            return self._compiled[key]

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        if self._model is None:
            self.load()
        assert self._model is not None
        settings = self._settings(ctx)
        findings: list[Finding] = []
        # A title such as 「警惕这些销售话术」 frames the whole text as education.
        framed = settings.config.scope.carry and post.title is not None
        framed = framed and settings.frames(ctx.normalized("title").text)
        for field_name, _ in post.fields():
            checkpoint()  # past the engine's deadline: stop here (app/deadline.py)
            norm = ctx.normalized(field_name)
            findings.extend(self._field(self._model, settings, norm, field_name, framed and field_name == "text"))
        return findings

    def _field(
        self, model: ClaimModel, settings: CompiledClaims, norm: NormalizedText, field_name: str, framed: bool
    ) -> list[Finding]:
        spans: list[tuple[int, int]] = []
        framed_from = 0 if framed else None  # sentences from this one on sit under an education lead-in
        for s, e in _split_at(sentences(norm.text), _line_breaks(norm)):
            start, end = _trim(norm.text, s, e)
            if end - start >= settings.config.min_chars:
                spans.append((start, end))
            lead_in = norm.text[s:e].rstrip().endswith((":", "："))
            if framed_from is None and settings.config.scope.carry and lead_in and settings.frames(norm.text[s:e]):
                framed_from = len(spans)
        # Score every sentence, and every clause window of long sentences, in one batch.
        units: list[tuple[int, int, int]] = []  # (sentence number, start, end) in the normalised text
        for n, (start, end) in enumerate(spans):
            units.append((n, start, end))
            if end - start > settings.config.clause_split_chars:
                units.extend((n, start + a, start + b) for a, b in _clause_windows(norm.text[start:end]))
        checkpoint()
        scores = _score_spans(model, norm.text, [(s, e) for _, s, e in units])
        checkpoint()
        # Only (unit, category) pairs at the category's threshold can count; np.nonzero lists them unit by unit,
        # each unit's categories in order, as a loop over every pair would meet them, so the dict keeps the same
        # order and, per sentence and category, the first unit with the highest probability.
        limits = [_threshold(settings, category) for category in model.categories]
        best: dict[tuple[int, str], tuple[float, int, int]] = {}  # (sentence, category) -> (probability, unit, k)
        rows, columns = np.nonzero(scores.probabilities >= np.array(limits))
        for u, k in zip(rows.tolist(), columns.tolist(), strict=True):
            n, category, p = units[u][0], model.categories[k], float(scores.probabilities[u, k])
            if p > best.get((n, category), (0.0, 0, 0))[0]:
                best[(n, category)] = (p, u, k)
        groups: list[tuple[str, list[tuple[Finding, str]]]] = []
        for (n, category), (p, u, k) in best.items():
            result, u_start = scores[u], units[u][1]  # cue phrases of the winning unit only
            cues = [(u_start + s, u_start + e) for s, e in result.cue_spans(k)]
            strong = cues  # the ruleset's cue_share is the default share (0.3 in every model): the same spans
            if settings.config.cue_share != CUE_SHARE:
                strong = [(u_start + s, u_start + e) for s, e in result.cue_spans(k, share=settings.config.cue_share)]
            context = None
            if framed_from is not None and n >= framed_from:
                p *= settings.config.scope.factor
                context = "warning"
            found = self._finding(settings, norm, field_name, spans[n], category, p, cues, strong, context)
            groups.append((category, found))
        return self._supported(model, settings, norm, groups)

    @staticmethod
    def _supported(
        model: ClaimModel,
        settings: CompiledClaims,
        norm: NormalizedText,
        groups: list[tuple[str, list[tuple[Finding, str]]]],
    ) -> list[Finding]:
        """Each group's clauses (a split finding of one category) that make the claim on their own. A clause that
        only borders the claim (那个，刚才说的那几家公司啊) holds a strong n-gram of the sentence but says nothing
        alone; when no clause stands alone, the claim lives in their combination and one span covers them. The
        clauses of every group are scored in one batch, as normalised text: the model never sees the evasion
        noise (钱 放 进 来) that normalisation removed from the sentence it judged."""
        share = settings.config.clause_support
        judged = [pairs for _, pairs in groups if share > 0.0 and len(pairs) >= 2]
        alone = iter(model.score_many([clause for pairs in judged for _, clause in pairs]) if judged else [])
        out: list[Finding] = []
        for category, pairs in groups:
            found = [f for f, _ in pairs]
            if share <= 0.0 or len(found) < 2:
                out.extend(found)
                continue
            floor = settings.config.categories[category].threshold * share
            kept = [f for f in found if next(alone).probabilities[category] >= floor]
            out.extend(_join_near(norm, kept, settings.config.clause_join_chars) if kept else [_joined(norm, found)])
        return out

    def _finding(
        self,
        settings: CompiledClaims,
        norm: NormalizedText,
        field_name: str,
        span: tuple[int, int],
        category: str,
        p: float,
        cues: list[tuple[int, int]],
        strong: list[tuple[int, int]],
        context: str | None = None,
    ) -> list[tuple[Finding, str]]:
        """The sentence's findings for ``category`` after scope and quotation (none below threshold), each with
        its normalised clause text."""
        start, end = span
        sentence = norm.text[start:end]
        local = [(s - start, e - start) for s, e in cues]
        factor, label = settings.scope_factor(category, sentence)
        p *= factor
        context = label or context
        if settings.quoted(sentence, local):
            p *= settings.config.scope.quoted_factor
            context = "quoted"
        cat = settings.config.categories[category]
        if p < cat.threshold:
            return []
        parts = [(start, end, cues)]
        if settings.config.span == "clause" and local:
            # One finding per clause holding cue phrases: each points at its own phrase, and a lexicon hit
            # merged into one clause leaves the others standing (三个短句三个说法).
            if cat.split and strong:
                parts = _cue_clauses(norm.text, start, end, strong)
            else:
                parts = _cue_clauses(norm.text, start, end, cues)
                parts = [(parts[0][0], parts[-1][1], cues)]
        return [(self._make(norm, field_name, category, cat, p, context, s, e, c), norm.text[s:e]) for s, e, c in parts]

    def _make(
        self,
        norm: NormalizedText,
        field_name: str,
        category: str,
        cat: CategorySettings,
        p: float,
        context: str | None,
        start: int,
        end: int,
        cues: list[tuple[int, int]],
    ) -> Finding:
        orig_start, orig_end = norm.to_original(start, end)
        return Finding(
            category=category,
            start=orig_start,
            end=orig_end,
            text=norm.original[orig_start:orig_end],
            detector=self.name,
            rule_id=f"claims.{category}",
            severity=cat.severity,
            message=cat.message,
            basis=cat.basis,
            suggestion=cat.suggestion,
            score=round(p, 4),
            field=field_name,
            evidence=tuple(dict.fromkeys(norm.text[s:e] for s, e in cues)),
            confidence=round(p, 4),
            context=context,  # None: judged later in the post's context (app/detectors/claims/context.py)
        )


def _threshold(settings: CompiledClaims, category: str) -> float:
    cat = settings.config.categories.get(category)
    return inf if cat is None else cat.threshold  # a category the ruleset leaves out is never reported


def _score_spans(model: ClaimModel, text: str, spans: list[tuple[int, int]]) -> Scores:
    """``model.score_spans``; a stand-in model with only ``score_many`` (scripts/claim_alt_models.py) scores the
    slices."""
    if hasattr(model, "score_spans"):
        return model.score_spans(text, spans)
    return Scores.of(model.categories, model.score_many([text[s:e] for s, e in spans]))


def _joined(norm: NormalizedText, found: list[Finding]) -> Finding:
    """One finding spanning ``found`` (clauses of one sentence, in order), with all their evidence."""
    first, last = found[0], found[-1]
    assert first.start is not None and last.end is not None
    evidence = tuple(dict.fromkeys(e for f in found for e in f.evidence))
    return replace(first, end=last.end, text=norm.original[first.start : last.end], evidence=evidence,
                   score=max(f.score for f in found), confidence=max(f.confidence or 0.0 for f in found))


def _join_near(norm: NormalizedText, found: list[Finding], limit: int) -> list[Finding]:
    """Neighbouring clauses joined while the joined span stays within ``limit`` characters: 「返你20%，直接转你微信」
    is one inducement told in two clauses, and two findings would point a reviewer at half of it twice."""
    if limit <= 0 or len(found) < 2:
        return found
    out: list[Finding] = []
    run = [found[0]]
    for f in found[1:]:
        assert f.end is not None and run[0].start is not None
        if f.end - run[0].start <= limit:
            run.append(f)
        else:
            out.append(_joined(norm, run) if len(run) > 1 else run[0])
            run = [f]
    out.append(_joined(norm, run) if len(run) > 1 else run[0])
    return out


def _line_breaks(norm: NormalizedText) -> list[int]:
    """Normalised offsets where the original has a line break: normalisation drops line breaks between
    CJK characters (evasion noise), but a list item or a poster line ends a statement."""
    if "\n" not in norm.original or not norm.text:
        return []
    breaks: list[int] = []
    pos = norm.original.find("\n")
    while pos != -1:
        lo, hi = 0, len(norm.text)  # the first normalised character that starts at or after the break
        while lo < hi:
            mid = (lo + hi) // 2
            if norm.to_original(mid, mid + 1)[0] >= pos:
                hi = mid
            else:
                lo = mid + 1
        if 0 < lo < len(norm.text) and (not breaks or breaks[-1] != lo):
            breaks.append(lo)
        nxt = norm.original.find("\n", pos + 1)
        while nxt == pos + 1:  # a run of line breaks is one break
            pos, nxt = nxt, norm.original.find("\n", nxt + 1)
        pos = nxt
    return breaks


def _split_at(spans: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    """``spans`` cut at every offset in ``breaks`` (both sorted)."""
    if not breaks:
        return spans
    out: list[tuple[int, int]] = []
    i = 0
    for s, e in spans:
        while i < len(breaks) and breaks[i] <= s:
            i += 1
        start = s
        while i < len(breaks) and breaks[i] < e:
            out.append((start, breaks[i]))
            start = breaks[i]
            i += 1
        out.append((start, e))
    return out


def _cue_clauses(
    text: str, start: int, end: int, cues: list[tuple[int, int]]
) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Each of the sentence's clauses that holds cue phrases, trimmed, with the cues inside it. A cue across a
    comma (下单，我) counts in both clauses; whether each makes the claim alone is judged later (``_supported``),
    and neighbouring clauses that do are joined again (``_join_near``)."""
    bounds = [start, *(m.end() for m in _CLAUSE_END.finditer(text, start, end)), end]
    clauses = [(a, b) for a, b in pairwise(bounds) if b > a]
    runs: list[list[int]] = []  # [first clause start, last clause end]
    for a, b in clauses:
        if not any(s < b and a < e for s, e in cues):
            continue
        runs.append([a, b])
    out = []
    for a, b in runs:
        ts, te = _trim(text, a, b)
        if te > ts:
            out.append((ts, te, [(s, e) for s, e in cues if s < te and ts < e]))
    return out or [(start, end, cues)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence without leading/trailing spaces and punctuation: the span is the words."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _clause_windows(sentence: str) -> list[tuple[int, int]]:
    """Spans of each clause and each pair of neighbouring clauses (split at commas, colons), less the whole
    sentence: it is scored already, and since every sentence over 30 characters gets windows, a sentence of one
    or two clauses would otherwise be scored twice for nothing."""
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(sentence)), len(sentence)]
    clauses = [(a, b) for a, b in pairwise(bounds) if b - a > 1]
    windows = list(clauses)
    windows.extend((a[0], b[1]) for a, b in pairwise(clauses))
    return [w for w in windows if w != (0, len(sentence))]
