"""The shipped negative-opinion model: linear weights over character n-grams, read from JSON.

app/data/sentiment/model.json is written by scripts/train_sentiment.py. It holds two linear models
over the same features (app/detectors/sentiment/features.py): a binary one (negative toward the
insurer vs not) and a multinomial one for the reason class, used when no cue word decides it.
Scoring needs only the standard library, so loading is cheap and has no native dependencies.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from app.detectors.sentiment.features import ngram_features

MODEL_FORMAT = 1


@dataclass(frozen=True, slots=True)
class SentimentModel:
    version: str
    max_n: int
    bias: float
    weights: dict[str, float]
    reason_classes: tuple[str, ...]
    reason_bias: tuple[float, ...]
    reason_weights: dict[str, tuple[float, ...]]

    @classmethod
    def from_document(cls, doc: dict[str, Any]) -> SentimentModel:
        if doc.get("format") != MODEL_FORMAT:
            raise ValueError(f"sentiment model format {doc.get('format')!r}, expected {MODEL_FORMAT}")
        reason = doc["reason"]
        return cls(
            version=str(doc["version"]),
            max_n=int(doc["max_n"]),
            bias=float(doc["negative"]["bias"]),
            weights={k: float(v) for k, v in doc["negative"]["weights"].items()},
            reason_classes=tuple(reason["classes"]),
            reason_bias=tuple(float(b) for b in reason["bias"]),
            reason_weights={k: tuple(float(x) for x in v) for k, v in reason["weights"].items()},
        )

    def probability(self, text: str) -> float:
        """P(the text is a complaint or opinion risk toward the insurer)."""
        feats = ngram_features(text, self.max_n)
        z = self.bias + sum(self.weights.get(g, 0.0) * x for g, x in feats.items())
        return _sigmoid(z)

    def top_ngrams(self, text: str, limit: int = 3) -> list[str]:
        """The n-grams (2+ chars) pushing hardest toward negative, no one inside another."""
        feats = ngram_features(text, self.max_n)
        ranked = sorted(
            (g for g in feats if _is_word(g) and self.weights.get(g, 0.0) > 0),
            key=lambda g: -self.weights[g],
        )
        chosen: list[str] = []
        for gram in ranked:
            clean = gram.strip("^$")
            if not any(clean in c or c in clean for c in chosen):
                chosen.append(clean)
            if len(chosen) == limit:
                break
        return chosen

    def reason(self, text: str) -> str:
        """The most likely reason class by the learned model."""
        feats = ngram_features(text, self.max_n)
        scores = list(self.reason_bias)
        for gram, x in feats.items():
            for i, w in enumerate(self.reason_weights.get(gram, ())):
                scores[i] += w * x
        return self.reason_classes[max(range(len(scores)), key=scores.__getitem__)]


def _is_word(gram: str) -> bool:
    """Two or more letters, digits or CJK characters: a phrase worth showing as evidence."""
    core = gram.strip("^$")
    return len(core) >= 2 and all(ch.isalnum() for ch in core)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def default_model_path() -> Path:
    return Path(str(resources.files("app") / "data" / "sentiment" / "model.json"))


@lru_cache(maxsize=4)
def load_model(path: Path | None = None) -> SentimentModel:
    """Read and cache the model (the packaged one unless ``path`` is given)."""
    target = path or default_model_path()
    return SentimentModel.from_document(json.loads(target.read_text(encoding="utf-8")))
