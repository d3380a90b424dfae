"""Score one comment: probability of opinion risk toward the insurer, reason class, cue phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.detectors.sentiment.config import SentimentConfig
from app.detectors.sentiment.features import normalize_for_model
from app.detectors.sentiment.model import SentimentModel, load_model

# Clause ends for locating the offending clause inside a long mention.
_CLAUSE_END = re.compile(r"[。！？!?；;\n]+")


@dataclass(frozen=True, slots=True)
class CommentScore:
    probability: float
    reason: str
    cues: tuple[str, ...]
    escalation: tuple[str, ...]


@lru_cache(maxsize=8192)
def _normalized_cue(cue: str) -> str:
    # Cues come from the ruleset (a few hundred strings): fold each once, not once per comment.
    return normalize_for_model(cue)


def matched_cues(normalized: str, cues: list[str]) -> list[str]:
    """Cues found in the text, without those inside a longer found cue (理赔 inside 理赔难)."""
    found = [c for c in cues if _normalized_cue(c) in normalized]
    return [c for c in found if not any(c != o and c in o for o in found)]


def decide_reason(
    text: str, config: SentimentConfig, model: SentimentModel, normalized: str | None = None
) -> tuple[str, list[str]]:
    """Cue words decide (most matches wins, ties by config order); the learned model otherwise.
    ``normalized``: ``normalize_for_model(text)`` when the caller has it already."""
    normalized = normalize_for_model(text) if normalized is None else normalized
    best: tuple[int, str, list[str]] | None = None
    for reason, cues in config.reasons.items():
        hits = matched_cues(normalized, cues)
        if hits and (best is None or len(hits) > best[0]):
            best = (len(hits), reason, hits)
    if best is not None:
        return best[1], best[2]
    return model.reason(text), []


def score_text(text: str, config: SentimentConfig, model: SentimentModel | None = None) -> CommentScore:
    model = model or load_model()
    probability = model.probability(text)
    normalized = normalize_for_model(text)
    reason, reason_cues = decide_reason(text, config, model, normalized)
    escalation = matched_cues(normalized, config.escalation_cues)
    cues = [*reason_cues, *(c for c in escalation if c not in reason_cues)]
    if not cues:
        cues = model.top_ngrams(text)
    return CommentScore(probability, reason, tuple(cues), tuple(escalation))


def worst_clause(text: str, model: SentimentModel) -> tuple[int, int]:
    """(start, end) of the clause with the highest probability, whitespace trimmed."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    scored = [(model.probability(text[s:e]), s, e) for s, e in bounds if text[s:e].strip()]
    if not scored:
        return trimmed_span(text, 0, len(text))
    _, s, e = max(scored)
    return trimmed_span(text, s, e)


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
