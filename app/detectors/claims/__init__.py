"""Claim classifier: misleading promises that no word list catches.

Each sentence of the normalised title and text is scored by a character n-gram model
(:mod:`app.detectors.claims.model`) for seven claim categories. Negation and scope cues in the
sentence (不保证收益, 不是存款, 以合同约定为准, a regulator warning) and quotation marks around the
cue phrases lower the probability; a sentence whose adjusted probability reaches the category's
threshold becomes one finding per category, spanning the sentence in the original text, with the
calibrated probability as ``score`` and the cue phrases that drove it as ``evidence``. Thresholds,
severities and cues are ruleset data (detectors/claims.yaml). The lexicon keeps its own findings;
the engine merges the two where they overlap.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from threading import Lock

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.claims.config import CompiledClaims, compile_claims
from app.detectors.claims.model import ClaimModel
from app.text import NormalizedText, sentences

__all__ = ["ClaimDetector"]

# Trimmed from both ends of a reported sentence: the span is the words, not the punctuation.
_EDGE = " \t\r\n。！？!?；;，,、：:…~～"
_CLAUSE = ",，;；:："


class ClaimDetector:
    """Sentence-level claim classifier for the seven claim categories."""

    name = "claims"
    version = "1.0.0"
    categories = frozenset(
        {
            "guaranteed_return",
            "deposit_comparison",
            "stop_sale_hype",
            "coverage_exaggeration",
            "improper_inducement",
            "disparagement",
            "false_authority",
        }
    )

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
        for field_name, _ in post.fields():
            norm = ctx.normalized(field_name)
            for start, end in sentences(norm.text):
                findings.extend(self._sentence(self._model, settings, norm, field_name, start, end))
        return findings

    def _sentence(
        self, model: ClaimModel, settings: CompiledClaims, norm: NormalizedText, field_name: str, start: int, end: int
    ) -> list[Finding]:
        while start < end and norm.text[start] in _EDGE:
            start += 1
        while end > start and norm.text[end - 1] in _EDGE:
            end -= 1
        if end - start < 2:
            return []
        sentence = norm.text[start:end]
        units = [(0, len(sentence))]
        if len(sentence) > settings.config.clause_split_chars:
            units.extend(_clause_windows(sentence))
        best: dict[str, tuple[float, int, list[tuple[int, int]]]] = {}
        for u_start, u_end in units:
            scored = model.score(sentence[u_start:u_end])
            for k, category in enumerate(model.categories):
                cat = settings.config.categories.get(category)
                p = scored.probabilities[category]
                if cat is None or p < cat.threshold or p <= best.get(category, (0.0, 0, []))[0]:
                    continue
                cues = [(u_start + s, u_start + e) for s, e in scored.cue_spans(k)]
                best[category] = (p, k, cues)
        out: list[Finding] = []
        orig_start, orig_end = norm.to_original(start, end)
        for category, (p, _, cues) in best.items():
            cat = settings.config.categories[category]
            p *= settings.scope_factor(category, sentence)
            if settings.quoted(sentence, cues):
                p *= settings.config.scope.quoted_factor
            if p < cat.threshold:
                continue
            out.append(
                Finding(
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
                    evidence=tuple(dict.fromkeys(sentence[s:e] for s, e in cues)),
                )
            )
        return out


def _clause_windows(sentence: str) -> list[tuple[int, int]]:
    """Spans of each clause and each pair of neighbouring clauses (split at commas, colons)."""
    bounds = [0] + [i + 1 for i, ch in enumerate(sentence) if ch in _CLAUSE] + [len(sentence)]
    clauses = [(a, b) for a, b in pairwise(bounds) if b - a > 1]
    windows = list(clauses)
    windows.extend((a[0], b[1]) for a, b in pairwise(clauses))
    return windows
