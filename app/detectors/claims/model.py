"""The shipped claim model: char n-gram TF-IDF, one logistic regression per category, Platt calibration.

Weights are plain arrays in an ``.npz`` (no pickles), so loading needs only numpy; the training
script is scripts/train_claims.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.detectors.claims.features import ngram_spans, sublinear_counts

FloatArray = npt.NDArray[np.float32]


def default_model_path() -> Path:
    return Path(str(resources.files("app") / "data" / "claims" / "model.npz"))


@dataclass(frozen=True, slots=True)
class Scored:
    """Calibrated probability per category for one piece of text, plus what drove each."""

    probabilities: dict[str, float]
    _grams: list[tuple[str, int, int]]
    _columns: npt.NDArray[np.int64]
    _values: FloatArray
    _gram_of_column: dict[int, str]
    _weights: FloatArray

    def cue_spans(self, category_index: int, *, top: int = 4, share: float = 0.3) -> list[tuple[int, int]]:
        """Merged [start, end) spans of the n-grams that pushed ``category_index`` up the most."""
        if self._columns.size == 0:
            return []
        contrib = self._weights[category_index, self._columns] * self._values
        order = np.argsort(-contrib)[:top]
        best = float(contrib[order[0]])
        if best <= 0.0:
            return []
        chosen = {self._gram_of_column[int(self._columns[i])] for i in order if contrib[i] >= share * best}
        covered = sorted((s, e) for g, s, e in self._grams if g in chosen)
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
            vocab = [str(v) for v in data["vocab"]]
            self._index = {g: i for i, g in enumerate(vocab)}
            self._idf: FloatArray = data["idf"].astype(np.float32)
            self._weights: FloatArray = data["coef"].astype(np.float32)
            self._intercept: FloatArray = data["intercept"].astype(np.float32)
            self._platt_a: FloatArray = data["platt_a"].astype(np.float32)
            self._platt_b: FloatArray = data["platt_b"].astype(np.float32)
            self.meta: dict[str, object] = json.loads(str(data["meta"]))

    def score(self, text: str) -> Scored:
        """Score normalised ``text`` (one sentence or clause)."""
        grams = ngram_spans(text)
        counts = sublinear_counts([g for g, _, _ in grams])
        known = [(self._index[g], tf) for g, tf in counts.items() if g in self._index]
        columns = np.fromiter((c for c, _ in known), dtype=np.int64, count=len(known))
        values = np.fromiter((tf for _, tf in known), dtype=np.float32, count=len(known))
        values *= self._idf[columns]
        norm = float(np.linalg.norm(values))
        if norm > 0.0:
            values /= norm
        decision = self._weights[:, columns] @ values + self._intercept
        probs = 1.0 / (1.0 + np.exp(-(self._platt_a * decision + self._platt_b)))
        gram_of_column = {self._index[g]: g for g in counts if g in self._index}
        return Scored(
            probabilities={c: float(p) for c, p in zip(self.categories, probs, strict=True)},
            _grams=grams,
            _columns=columns,
            _values=values,
            _gram_of_column=gram_of_column,
            _weights=self._weights,
        )
