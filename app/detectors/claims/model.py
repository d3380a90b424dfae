"""The shipped claim model: char n-gram TF-IDF, one logistic regression per category, Platt calibration.

Weights are plain arrays in an ``.npz`` (no pickles), so loading needs only numpy; the training
script is scripts/train_claims.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.detectors.claims.features import feature_spans, features

FloatArray = npt.NDArray[np.float32]


def default_model_path() -> Path:
    return Path(str(resources.files("app") / "data" / "claims" / "model.npz"))


@dataclass(frozen=True, slots=True)
class Scored:
    """Calibrated probability per category for one piece of text, plus what drove each."""

    text: str
    probabilities: dict[str, float]
    _columns: npt.NDArray[np.int64]
    _values: FloatArray
    _model: ClaimModel

    def cue_spans(self, category_index: int, *, top: int = 4, share: float = 0.3) -> list[tuple[int, int]]:
        """Merged [start, end) spans of the n-grams that pushed ``category_index`` up the most."""
        if self._columns.size == 0:
            return []
        contrib = self._model.weights_t[self._columns, category_index] * self._values
        # Single characters rarely read as a cue on their own: rank n-grams of 2+ characters first.
        contrib = np.where(self._model.is_multichar[self._columns], contrib, contrib * 0.5)
        order = np.argsort(-contrib)[:top]
        best = float(contrib[order[0]])
        if best <= 0.0:
            return []
        vocab = self._model.vocab
        chosen = {vocab[int(self._columns[i])] for i in order if contrib[i] >= share * best}
        covered = sorted((s, e) for g, s, e in feature_spans(self.text, self._model.kind) if g in chosen)
        merged: list[tuple[int, int]] = []
        for s, e in covered:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged


class ClaimModel:
    """Loaded weights; ``score`` is pure and thread-safe."""

    def __init__(self, path: Path | None = None) -> None:
        with np.load(path or default_model_path(), allow_pickle=False) as data:
            self.categories: tuple[str, ...] = tuple(json.loads(str(data["meta"]))["categories"])
            self.vocab: list[str] = data["vocab"].tolist()  # a unicode array: str items, 4x faster than str(v)
            self._index = {g: i for i, g in enumerate(self.vocab)}
            self.is_multichar = np.array([len(g) > 1 for g in self.vocab], dtype=bool)
            self._idf: FloatArray = data["idf"].astype(np.float32)
            # features x categories, C order: one row gather per sentence
            self.weights_t: FloatArray = np.ascontiguousarray(data["coef"].astype(np.float32).T)
            self._intercept: FloatArray = data["intercept"].astype(np.float32)
            self._platt_a: FloatArray = data["platt_a"].astype(np.float32)
            self._platt_b: FloatArray = data["platt_b"].astype(np.float32)
            self.meta: dict[str, object] = json.loads(str(data["meta"]))
            # "char" (shipped) or "word+char"; models from before the comparison say nothing: char
            self.kind = str(self.meta.get("kind", "char"))

    def score(self, text: str) -> Scored:
        """Score normalised ``text`` (one sentence or clause)."""
        return self.score_many([text])[0]

    def score_many(self, texts: list[str]) -> list[Scored]:
        """Score several texts in one vectorised pass (per-call numpy overhead dominates short texts)."""
        n = len(texts)
        grams = [features(t, self.kind) for t in texts]
        every = [g for gs in grams for g in gs]
        flat = list(map(self._index.get, every, repeat(-1, len(every))))  # a C loop: ~700 look-ups per sentence
        segment = np.repeat(np.arange(n, dtype=np.int64), [len(gs) for gs in grams])
        cols = np.array(flat, dtype=np.int64)
        known = cols >= 0
        n_features = len(self.vocab)
        # One entry per (text, feature) with its count; np.unique sorts by text, then feature.
        keys, counts = np.unique(segment[known] * n_features + cols[known], return_counts=True)
        seg, columns = keys // n_features, keys % n_features
        tfidf = (1.0 + np.log(counts.astype(np.float32))) * self._idf[columns]  # sublinear tf x idf
        norms = np.sqrt(np.bincount(seg, weights=tfidf * tfidf, minlength=n))
        values: FloatArray = (tfidf / np.where(norms > 0, norms, 1.0)[seg]).astype(np.float32)
        contrib = values[:, None] * self.weights_t[columns]
        per_category = [np.bincount(seg, weights=contrib[:, k], minlength=n) for k in range(contrib.shape[1])]
        decision = np.stack(per_category, axis=1) + self._intercept
        probs = 1.0 / (1.0 + np.exp(-(self._platt_a * decision + self._platt_b)))
        bounds = np.searchsorted(seg, np.arange(n + 1))
        return [
            Scored(
                text=text,
                probabilities=dict(zip(self.categories, probs[i].tolist(), strict=True)),
                _columns=columns[bounds[i] : bounds[i + 1]],
                _values=values[bounds[i] : bounds[i + 1]],
                _model=self,
            )
            for i, text in enumerate(texts)
        ]
