"""The shipped claim model: char n-gram TF-IDF, one logistic regression per category, Platt calibration.

Weights are plain arrays in an ``.npz`` (no pickles), so loading needs only numpy; the training
script is scripts/train_claims.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from itertools import compress, repeat
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app import cachedir
from app.detectors.claims.features import FOLDED_CODES, NGRAM_MAX, NGRAM_MIN, feature_spans, features

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

# An n-gram as one int64: each character's code point + 1 in 21 bits (U+10FFFF + 1 fits), first character highest.
# The + 1 keeps a shorter n-gram's key apart from a longer one's ("a" from "\0a"), so the map is one to one and a
# look-up of keys finds exactly the vocabulary entry a look-up of the n-gram string would.
_BITS = 21
assert NGRAM_MAX * _BITS <= 63, "keys must fit a signed 64-bit integer"

# ``Scored.cue_spans``'s default share: what counts as a cue phrase next to the strongest one.
CUE_SHARE = 0.3


# features.prepare as a table over code points (str.translate with a dict costs a dict look-up per character).
_FOLD_TABLE = np.arange(max(FOLDED_CODES) + 1, dtype=np.int64)
_FOLD_TABLE[list(FOLDED_CODES)] = list(FOLDED_CODES.values())


def _codes(text: str) -> IntArray:
    """Code point + 1 of each character of ``text`` (lone surrogates too: fuzzed input may hold them)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64) + 1


def _prepared_codes(text: str) -> IntArray:
    """``_codes(prepare(text))``: digits and whitespace folded on the code points."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    last = _FOLD_TABLE.size - 1
    return np.where(points <= last, _FOLD_TABLE[np.minimum(points, last)], points) + 1


def gram_keys(codes: IntArray, n: int) -> IntArray:
    """The key of the ``n``-gram starting at each position of the text whose ``_codes`` are ``codes``."""
    count = max(len(codes) - n + 1, 0)
    keys = np.zeros(count, dtype=np.int64)
    for j in range(n):
        keys = (keys << _BITS) | codes[j : j + count]
    return keys


def default_model_path() -> Path:
    return Path(str(resources.files("app") / "data" / "claims" / "model.npz"))


def key_table(vocab: npt.NDArray[np.str_]) -> tuple[IntArray, IntArray]:
    """The vocabulary's n-gram keys, sorted, and their columns; for a string listed twice, the last column
    (the one ``ClaimModel._index`` holds)."""
    lengths = np.char.str_len(vocab)
    words: list[str] = vocab.tolist()
    keys = np.full(len(words), -1, dtype=np.int64)
    for n in range(NGRAM_MIN, NGRAM_MAX + 1):
        rows = lengths == n
        if rows.any():  # the n-character entries joined: their keys sit at every n-th position
            keys[rows] = gram_keys(_codes("".join(compress(words, rows.tolist()))), n)[::n]
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    last = np.append(ordered[1:] != ordered[:-1], True) & (ordered >= 0)
    return ordered[last], order[last].astype(np.int64)


# What ``ClaimModel`` keeps of a model file, derived once and kept in the cache directory (app/cachedir.py) under
# a fingerprint of the file's bytes and of this code: the arrays as scoring uses them (float32, the weights
# transposed) and a char model's key table (300,000 keys sorted), so a start-up reads them instead of
# inflating the .npz and deriving them again. Without a cache directory, or with a missing, stale or broken
# entry, they are derived from the file as before.
_STATE_FORMAT = 1
_SOURCES = ("model.py", "features.py")


def _build_state(path: Path) -> dict[str, Any]:
    """The model file's arrays, derived, each as (dtype, shape, bytes): plain data that marshal stores."""
    with np.load(path, allow_pickle=False) as data:
        meta = str(data["meta"])
        vocab = data["vocab"]
        arrays: dict[str, npt.NDArray[Any]] = {
            "vocab": vocab,
            "is_multichar": np.char.str_len(vocab) > 1,
            "idf": data["idf"].astype(np.float32),
            "weights_t": np.ascontiguousarray(data["coef"].astype(np.float32).T),
            "intercept": data["intercept"].astype(np.float32),
            "platt_a": data["platt_a"].astype(np.float32),
            "platt_b": data["platt_b"].astype(np.float32),
        }
    parsed = json.loads(meta)
    if str(parsed.get("kind", "char")) == "char":
        arrays["keys"], arrays["key_columns"] = key_table(vocab)
    packed = {k: (a.dtype.str, tuple(a.shape), np.ascontiguousarray(a).tobytes()) for k, a in arrays.items()}
    return {"format": _STATE_FORMAT, "categories": list(parsed["categories"]), "meta": meta, "arrays": packed}


def _unpack(state: dict[str, Any]) -> dict[str, Any]:
    """``state`` with its arrays as numpy arrays: read-only views of the stored bytes, no copy."""
    arrays = {name: np.frombuffer(raw, dtype=np.dtype(dt)).reshape(shape)
              for name, (dt, shape, raw) in state["arrays"].items()}
    return {**state, "arrays": arrays}


def _valid_state(value: object) -> bool:
    """A whole state of this format: each array's bytes fit its dtype and shape, and the shapes agree."""
    if not isinstance(value, dict) or value.get("format") != _STATE_FORMAT:
        return False
    try:
        categories, arrays = value["categories"], value["arrays"]
        if not (isinstance(value["meta"], str) and isinstance(categories, list) and isinstance(arrays, dict)):
            return False
        shapes: dict[str, tuple[int, ...]] = {}
        for name, (dt, shape, raw) in arrays.items():
            if not isinstance(raw, bytes) or len(raw) != np.dtype(dt).itemsize * int(np.prod(shape, dtype=np.int64)):
                return False
            shapes[name] = tuple(shape)
        (size,) = shapes["vocab"]
        k = len(categories)
        expected = {"is_multichar": (size,), "idf": (size,), "weights_t": (size, k), "intercept": (k,),
                    "platt_a": (k,), "platt_b": (k,)}
        if any(shapes.get(name) != shape for name, shape in expected.items()):
            return False
        return shapes.get("keys") == shapes.get("key_columns")
    except (KeyError, TypeError, ValueError):
        return False


def _cached_state(path: Path) -> dict[str, Any]:
    """``_build_state(path)`` unpacked, read from the cache directory when it holds an entry for these bytes."""
    if cachedir.cache_dir() is None:  # caching off: no need to hash the file
        return _unpack(_build_state(path))
    here = Path(__file__).resolve().parent
    key = cachedir.fingerprint([path, *(here / name for name in _SOURCES)], ("numpy",))
    return _unpack(cachedir.memo("claims-model", key, lambda: _build_state(path), _valid_state))


@dataclass(frozen=True, slots=True)
class Scored:
    """Calibrated probability per category for one piece of text, plus what drove each."""

    text: str
    probabilities: dict[str, float]
    _columns: npt.NDArray[np.int64]
    _values: FloatArray
    _model: ClaimModel
    # Per n-gram length from NGRAM_MIN: the column of the n-gram at each start position of ``text`` (-1: not in the
    # vocabulary), known from scoring; None when scored from feature strings (then ``cue_spans`` cuts the text again).
    _grams: tuple[IntArray, ...] | None = None

    def cue_spans(self, category_index: int, *, top: int = 4, share: float = CUE_SHARE) -> list[tuple[int, int]]:
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
        columns = {int(self._columns[i]) for i in order if contrib[i] >= share * best}
        if self._grams is None:
            vocab = self._model.vocab
            chosen = {vocab[c] for c in columns}
            covered = sorted((s, e) for g, s, e in feature_spans(self.text, self._model.kind) if g in chosen)
        else:  # the same n-grams by column (a column is one vocabulary string); a plain loop beats np.isin here
            covered = sorted((s, s + n) for n, at in enumerate(self._grams, NGRAM_MIN)
                             for s, c in enumerate(at.tolist()) if c in columns)
        merged: list[tuple[int, int]] = []
        for s, e in covered:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged


@dataclass(frozen=True, slots=True)
class Scores:
    """Several texts scored in one pass: the probability matrix, and each text's ``Scored`` on demand (a dict of
    seven probabilities for every clause window cost more than the windows' arithmetic)."""

    probabilities: npt.NDArray[np.float64]  # texts x categories, in ``ClaimModel.categories`` order
    _make: Callable[[int], Scored]

    def __len__(self) -> int:
        return int(self.probabilities.shape[0])

    def __getitem__(self, i: int) -> Scored:
        return self._make(i)

    @staticmethod
    def of(categories: Sequence[str], scored: Sequence[Scored]) -> Scores:
        """Scores from per-text results (a model without ``score_spans``, such as scripts/claim_alt_models.py)."""
        matrix = np.array([[s.probabilities[c] for c in categories] for s in scored], dtype=np.float64)
        return Scores(matrix.reshape(len(scored), len(categories)), scored.__getitem__)


class ClaimModel:
    """Loaded weights; ``score`` is pure and thread-safe."""

    def __init__(self, path: Path | None = None) -> None:
        state = _cached_state(path or default_model_path())
        arrays = state["arrays"]
        self.categories: tuple[str, ...] = tuple(state["categories"])
        self.meta: dict[str, object] = json.loads(state["meta"])
        # "char" (shipped) or "word+char"; models from before the comparison say nothing: char
        self.kind = str(self.meta.get("kind", "char"))
        self._vocab_array: npt.NDArray[np.str_] = arrays["vocab"]
        self.n_features = int(self._vocab_array.size)
        self.is_multichar: npt.NDArray[np.bool_] = arrays["is_multichar"]
        self._idf: FloatArray = arrays["idf"]
        # features x categories, C order: one row gather per sentence
        self.weights_t: FloatArray = arrays["weights_t"]
        self._intercept: FloatArray = arrays["intercept"]
        self._platt_a: FloatArray = arrays["platt_a"]
        self._platt_b: FloatArray = arrays["platt_b"]
        # A char model's features are exactly the 1-3-grams, so a text's columns can be found by key (gram_keys)
        # in one sorted array (``key_table``): no n-gram strings, no dict look-up per n-gram.
        self._keys: IntArray | None = arrays.get("keys")
        self._key_columns: IntArray | None = arrays.get("key_columns")

    @cached_property
    def vocab(self) -> list[str]:
        """The feature strings by column (a char model scores without them: built on first use)."""
        words: list[str] = self._vocab_array.tolist()  # a unicode array: str items, 4x faster than str(v)
        return words

    @cached_property
    def _index(self) -> dict[str, int]:
        """Column by feature string, for scoring from n-gram strings (a word+char model)."""
        return {g: i for i, g in enumerate(self.vocab)}

    def _lookup(self, keys: IntArray) -> IntArray:
        """The column of each n-gram key, -1 for n-grams outside the vocabulary."""
        assert self._keys is not None and self._key_columns is not None
        if self._keys.size == 0:
            return np.full(keys.shape, -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self._keys, keys), self._keys.size - 1)
        return np.where(self._keys[at] == keys, self._key_columns[at], -1)

    def score(self, text: str) -> Scored:
        """Score normalised ``text`` (one sentence or clause)."""
        return self.score_many([text])[0]

    def score_many(self, texts: list[str]) -> list[Scored]:
        """Score several texts in one vectorised pass (per-call numpy overhead dominates short texts)."""
        if self._keys is not None:  # the texts side by side: no n-gram of a span crosses into the next
            ends = np.cumsum([len(t) for t in texts], dtype=np.int64).tolist()
            scores = self.score_spans("".join(texts), list(zip([0, *ends][:-1], ends, strict=True)))
            return [scores[i] for i in range(len(texts))]
        grams = [features(t, self.kind) for t in texts]
        every = [g for gs in grams for g in gs]
        flat = list(map(self._index.get, every, repeat(-1, len(every))))  # a C loop: ~700 look-ups per sentence
        segment = np.repeat(np.arange(len(texts), dtype=np.int64), [len(gs) for gs in grams])
        scores = self._scores(len(texts), segment, np.array(flat, dtype=np.int64), texts.__getitem__, lambda i: None)
        return [scores[i] for i in range(len(texts))]

    def score_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> Scores:
        """Score ``text[s:e]`` for each span, as ``score_many`` of the slices would, with the text cut into n-grams
        and looked up once: a sentence and its clause windows share every n-gram."""
        if self._keys is None:
            return Scores.of(self.categories, self.score_many([text[s:e] for s, e in spans]))
        codes = _prepared_codes(text)  # prepare maps character to character: a slice's n-grams are the text's
        grams = [self._lookup(gram_keys(codes, n)) for n in range(NGRAM_MIN, NGRAM_MAX + 1)]
        starts = np.array([s for s, _ in spans], dtype=np.int64)
        ends = np.array([e for _, e in spans], dtype=np.int64)
        segments, columns = [], []
        for n, at in enumerate(grams, NGRAM_MIN):  # each span's n-grams: the positions s .. e-n, all spans at once
            counts = np.maximum(ends - starts - n + 1, 0)
            segments.append(np.repeat(np.arange(len(spans), dtype=np.int64), counts))
            first = np.cumsum(counts) - counts  # where each span's run starts in the flat array
            columns.append(at[np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(first - starts, counts)])

        def view(i: int) -> tuple[IntArray, ...]:
            s, e = spans[i]
            return tuple(at[s : max(e - n + 1, s)] for n, at in enumerate(grams, NGRAM_MIN))

        segment, cols = np.concatenate(segments), np.concatenate(columns)
        return self._scores(len(spans), segment, cols, lambda i: text[slice(*spans[i])], view)

    def _scores(
        self,
        n: int,
        segment: IntArray,
        cols: IntArray,
        text_of: Callable[[int], str],
        grams_of: Callable[[int], tuple[IntArray, ...] | None],
    ) -> Scores:
        """Probabilities of ``n`` texts from their n-gram columns (``segment``: the text of each entry of ``cols``,
        -1 columns for n-grams outside the vocabulary)."""
        known = cols >= 0
        n_features = self.n_features
        # One entry per (text, feature) with its count, sorted by text, then feature: np.unique's result, from a
        # stable sort (timsort) that finds the runs each text's n-gram block already sorts into, 3x faster than
        # np.unique's quicksort here; sorted integers are the same whichever sort made them.
        ordered = np.sort(segment[known] * n_features + cols[known], kind="stable")
        first = np.empty(ordered.size, dtype=bool)
        first[:1] = True
        np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        keys, counts = ordered[starts], np.diff(np.append(starts, ordered.size))
        seg, columns = keys // n_features, keys % n_features
        tfidf = (1.0 + np.log(counts.astype(np.float32))) * self._idf[columns]  # sublinear tf x idf
        norms = np.sqrt(np.bincount(seg, weights=tfidf * tfidf, minlength=n))
        values: FloatArray = (tfidf / np.where(norms > 0, norms, 1.0)[seg]).astype(np.float32)
        contrib = values[:, None] * self.weights_t[columns]
        per_category = [np.bincount(seg, weights=contrib[:, k], minlength=n) for k in range(contrib.shape[1])]
        decision = np.stack(per_category, axis=1) + self._intercept
        probs = 1.0 / (1.0 + np.exp(-(self._platt_a * decision + self._platt_b)))
        bounds = np.searchsorted(seg, np.arange(n + 1)).tolist()

        def make(i: int) -> Scored:
            return Scored(
                text=text_of(i),
                probabilities=dict(zip(self.categories, probs[i].tolist(), strict=True)),
                _columns=columns[bounds[i] : bounds[i + 1]],
                _values=values[bounds[i] : bounds[i + 1]],
                _model=self,
                _grams=grams_of(i),
            )

        return Scores(probs.reshape(n, len(self.categories)), make)
