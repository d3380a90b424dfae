"""Alternative claim models for scripts/compare_claim_models.py (issue 10 item 4); not shipped.

Both speak the shipped model's interface (app/detectors/claims/model.py): ``categories``,
``score_many(texts) -> list`` of objects with ``probabilities`` (calibrated, per category) and
``cue_spans(category_index)``, so ClaimDetector can run them in place of ``_model``.

* :class:`WordCharModel`: jieba words (2+ characters) + character 1-3-grams in one sublinear TF-IDF
  space, one L2 logistic regression per category, Platt-calibrated on 5-fold grouped CV scores
  (the shipped model's recipe with words added).
* :class:`CharCNN`: a character CNN (embedding, convolutions 2/3/4 characters wide, global max
  pool, one linear layer, multi-label sigmoid) trained from scratch on CPU with fixed seeds,
  Platt-calibrated on a grouped 20 % validation split, then refitted on everything.

Training input: ``(texts, labels, groups)``, texts already normalised (app.text.normalize), labels
a 0/1 matrix (rows: texts, columns: categories), groups keep augmented copies of one written
sentence on one side of a split.
"""

from __future__ import annotations

import io
import logging
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.detectors.claims.features import char_ngrams, ngram_spans, prepare

WORD_MARK = "\u2063"  # prefix of word features: never produced by a character n-gram of normalised text
SEED = 20261201


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _platt(decision: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():  # one class only (tiny corpora): identity-like sigmoid
        return 1.0, 0.0
    platt = LogisticRegression(C=1e4).fit(decision.reshape(-1, 1), y)
    return float(platt.coef_[0, 0]), float(platt.intercept_[0])


# ---------------------------------------------------------------- (b) words + characters, linear


def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """(feature, start, end) of every jieba word of 2+ characters in ``prepare(text)`` (precise mode)."""
    s = prepare(text)
    return [(WORD_MARK + w, a, b) for w, a, b in _jieba().tokenize(s) if b - a >= 2 and not w.isspace()]


def word_char_grams(text: str) -> list[str]:
    """The training analyzer: character 1-3-grams plus marked words."""
    return char_ngrams(text) + [g for g, _, _ in word_spans(text)]


@dataclass(frozen=True, slots=True)
class WordCharScored:
    text: str
    probabilities: dict[str, float]
    _columns: np.ndarray
    _values: np.ndarray
    _words: list[tuple[str, int, int]]
    _model: WordCharModel

    def cue_spans(self, category_index: int, *, top: int = 4, share: float = 0.3) -> list[tuple[int, int]]:
        """Spans of the n-grams and words that pushed the category up most (as the shipped model)."""
        if self._columns.size == 0:
            return []
        contrib = self._model.weights_t[self._columns, category_index] * self._values
        contrib = np.where(self._model.is_multichar[self._columns], contrib, contrib * 0.5)
        order = np.argsort(-contrib)[:top]
        best = float(contrib[order[0]])
        if best <= 0.0:
            return []
        vocab = self._model.vocab
        chosen = {vocab[int(self._columns[i])] for i in order if contrib[i] >= share * best}
        spans = [(s, e) for g, s, e in ngram_spans(self.text) if g in chosen]
        spans += [(s, e) for g, s, e in self._words if g in chosen]
        return _merge(spans)


class WordCharModel:
    """Words + character n-grams, TF-IDF, logistic regression per category, Platt calibration."""

    def __init__(self, categories: Sequence[str], arrays: dict[str, np.ndarray]) -> None:
        self.categories = tuple(categories)
        self.arrays = arrays
        self.vocab: list[str] = [str(v) for v in arrays["vocab"]]
        self._index = {g: i for i, g in enumerate(self.vocab)}
        self.is_multichar = np.array([len(g) > 1 for g in self.vocab], dtype=bool)
        self._idf = arrays["idf"].astype(np.float32)
        self.weights_t = np.ascontiguousarray(arrays["coef"].astype(np.float32).T)
        self._intercept = arrays["intercept"].astype(np.float32)
        self._platt_a = arrays["platt_a"].astype(np.float32)
        self._platt_b = arrays["platt_b"].astype(np.float32)

    @classmethod
    def train(
        cls, categories: Sequence[str], texts: list[str], y: np.ndarray, groups: list[str], *, c: float = 4.0
    ) -> WordCharModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold

        min_df = 2 if len(texts) >= 100 else 1
        vec = TfidfVectorizer(analyzer=word_char_grams, sublinear_tf=True, min_df=min_df, norm="l2", smooth_idf=True)
        x = vec.fit_transform(texts)
        n_splits = min(5, len(set(groups)))
        folds = list(GroupKFold(n_splits=n_splits).split(x, groups=groups))

        def make() -> LogisticRegression:
            return LogisticRegression(C=c, solver="liblinear", random_state=SEED)

        coef, intercept, pa, pb = [], [], [], []
        for k in range(len(categories)):
            cv = np.zeros(len(texts))
            for tr, te in folds:
                if y[tr, k].min() == y[tr, k].max():
                    cv[te] = 1.0 if y[tr, k][0] else -1.0
                    continue
                cv[te] = make().fit(x[tr], y[tr, k]).decision_function(x[te])
            a, b = _platt(cv, y[:, k])
            clf = make().fit(x, y[:, k])
            coef.append(clf.coef_[0])
            intercept.append(clf.intercept_[0])
            pa.append(a)
            pb.append(b)
        vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
        arrays = {
            "vocab": np.array(vocab),
            "idf": vec.idf_.astype(np.float32),
            "coef": np.array(coef, dtype=np.float32),
            "intercept": np.array(intercept, dtype=np.float32),
            "platt_a": np.array(pa, dtype=np.float32),
            "platt_b": np.array(pb, dtype=np.float32),
        }
        return cls(categories, arrays)

    def size_bytes(self) -> int:
        """Size of the weights as a compressed .npz (how the shipped model is stored)."""
        buf = io.BytesIO()
        np.savez_compressed(buf, **self.arrays)
        return buf.getbuffer().nbytes

    def score(self, text: str) -> WordCharScored:
        return self.score_many([text])[0]

    def score_many(self, texts: list[str]) -> list[WordCharScored]:
        """The shipped model's vectorised scoring, with word features added to each text's n-grams."""
        n = len(texts)
        words = [word_spans(t) for t in texts]
        grams = [char_ngrams(t) + [g for g, _, _ in ws] for t, ws in zip(texts, words, strict=True)]
        index = self._index
        flat = [index.get(g, -1) for gs in grams for g in gs]
        segment = np.repeat(np.arange(n, dtype=np.int64), [len(gs) for gs in grams])
        cols = np.array(flat, dtype=np.int64)
        known = cols >= 0
        n_features = len(self.vocab)
        keys, counts = np.unique(segment[known] * n_features + cols[known], return_counts=True)
        seg, columns = keys // n_features, keys % n_features
        tfidf = (1.0 + np.log(counts.astype(np.float32))) * self._idf[columns]
        norms = np.sqrt(np.bincount(seg, weights=tfidf * tfidf, minlength=n))
        values = (tfidf / np.where(norms > 0, norms, 1.0)[seg]).astype(np.float32)
        contrib = values[:, None] * self.weights_t[columns]
        per_category = [np.bincount(seg, weights=contrib[:, k], minlength=n) for k in range(contrib.shape[1])]
        decision = np.stack(per_category, axis=1) + self._intercept
        probs = 1.0 / (1.0 + np.exp(-(self._platt_a * decision + self._platt_b)))
        bounds = np.searchsorted(seg, np.arange(n + 1))
        return [
            WordCharScored(
                text=text,
                probabilities=dict(zip(self.categories, probs[i].tolist(), strict=True)),
                _columns=columns[bounds[i] : bounds[i + 1]],
                _values=values[bounds[i] : bounds[i + 1]],
                _words=words[i],
                _model=self,
            )
            for i, text in enumerate(texts)
        ]


# ---------------------------------------------------------------- (c) character CNN


@dataclass(frozen=True)
class CnnConfig:
    embed: int = 48
    filters: int = 96
    widths: tuple[int, ...] = (2, 3, 4)
    dropout: float = 0.3
    epochs: int = 8
    batch: int = 64
    lr: float = 2e-3
    max_len: int = 120
    min_count: int = 2
    threads: int = 2


def _network(vocab_size: int, n_out: int, cfg: CnnConfig) -> Any:
    import torch
    from torch import nn

    class Net(nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.embed = nn.Embedding(vocab_size, cfg.embed, padding_idx=0)
            self.convs = nn.ModuleList(nn.Conv1d(cfg.embed, cfg.filters, w) for w in cfg.widths)
            self.drop = nn.Dropout(cfg.dropout)
            self.out = nn.Linear(cfg.filters * len(cfg.widths), n_out)

        def pooled(self, ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            """Max-pooled filter activations and the window position each maximum came from."""
            e = self.embed(ids).transpose(1, 2)
            maxes, where = zip(*(torch.relu(conv(e)).max(dim=2) for conv in self.convs), strict=True)
            return torch.cat(maxes, dim=1), torch.cat(where, dim=1)

        def forward(self, ids: torch.Tensor) -> torch.Tensor:
            return self.out(self.drop(self.pooled(ids)[0]))

    return Net()


@dataclass(frozen=True, slots=True)
class CnnScored:
    text: str
    probabilities: dict[str, float]
    _pooled: np.ndarray  # (filters,)
    _where: np.ndarray  # (filters,) window start of each maximum
    _model: CharCNN = field(repr=False)

    def cue_spans(self, category_index: int, *, top: int = 4, share: float = 0.3) -> list[tuple[int, int]]:
        """Windows of the filters whose maxima pushed the category up most (activation x output weight)."""
        contrib = self._pooled * self._model.out_weight[category_index]
        order = np.argsort(-contrib)[:top]
        best = float(contrib[order[0]])
        if best <= 0.0:
            return []
        spans = []
        for i in order:
            if contrib[i] < share * best:
                continue
            start = int(self._where[i])
            end = min(start + int(self._model.filter_width[i]), len(self.text))
            if start < end:
                spans.append((start, end))
        return _merge(spans)


class CharCNN:
    """A small character CNN; inference on one CPU thread by default (as a request runs)."""

    def __init__(self, categories: Sequence[str], chars: list[str], net: Any, cfg: CnnConfig,
                 platt: np.ndarray) -> None:
        self._init(categories, chars, net, cfg, platt)

    def __getstate__(self) -> dict[str, Any]:  # pickle the weights, not the local network class
        chars = sorted(self._index, key=self._index.__getitem__)
        return {"categories": self.categories, "chars": chars, "cfg": self.cfg, "platt": self._platt,
                "weights": self.net.state_dict()}

    def __setstate__(self, state: dict[str, Any]) -> None:
        net = _network(len(state["chars"]) + 2, len(state["categories"]), state["cfg"])
        net.load_state_dict(state["weights"])
        self._init(state["categories"], state["chars"], net, state["cfg"], state["platt"])

    def _init(self, categories: Sequence[str], chars: list[str], net: Any, cfg: CnnConfig, platt: np.ndarray) -> None:
        self.categories = tuple(categories)
        self.cfg = cfg
        self._index = {ch: i + 2 for i, ch in enumerate(chars)}  # 0: padding, 1: unknown
        self.net = net.eval()
        self._platt = platt.astype(np.float32)  # (2, categories): a, b
        self.out_weight = net.out.weight.detach().numpy().astype(np.float32)  # (categories, filters)
        self.filter_width = np.repeat(np.array(cfg.widths), cfg.filters)

    # -- training

    @staticmethod
    def _encode(index: dict[str, int], texts: list[str], max_len: int, min_len: int) -> Any:
        import torch

        rows = [[index.get(ch, 1) for ch in prepare(t)[:max_len]] for t in texts]
        width = max(min_len, *(len(r) for r in rows)) if rows else min_len
        ids = torch.zeros((len(rows), width), dtype=torch.long)
        for i, r in enumerate(rows):
            if r:
                ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
        return ids

    @classmethod
    def _fit(cls, index: dict[str, int], texts: list[str], y: np.ndarray, cfg: CnnConfig, seed: int) -> Any:
        import torch

        torch.manual_seed(seed)
        rng = random.Random(seed)
        net = _network(len(index) + 2, y.shape[1], cfg)
        opt = torch.optim.Adam(net.parameters(), lr=cfg.lr)
        loss_fn = torch.nn.BCEWithLogitsLoss()
        target = torch.tensor(y, dtype=torch.float32)
        # Batches of similar length (less padding); the batch order is shuffled each epoch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = [order[i : i + cfg.batch] for i in range(0, len(order), cfg.batch)]
        encoded = [cls._encode(index, [texts[i] for i in b], cfg.max_len, max(cfg.widths)) for b in batches]
        net.train()
        for _ in range(cfg.epochs):
            for j in rng.sample(range(len(batches)), len(batches)):
                opt.zero_grad()
                loss = loss_fn(net(encoded[j]), target[batches[j]])
                loss.backward()
                opt.step()
        return net.eval()

    @classmethod
    def train(
        cls,
        categories: Sequence[str],
        texts: list[str],
        y: np.ndarray,
        groups: list[str],
        cfg: CnnConfig | None = None,
        *,
        seed: int = SEED,
    ) -> CharCNN:
        import torch
        from sklearn.model_selection import GroupShuffleSplit

        cfg = cfg or CnnConfig()
        threads = torch.get_num_threads()
        torch.set_num_threads(cfg.threads)
        try:
            counts = Counter(ch for t in texts for ch in prepare(t))
            chars = sorted(ch for ch, n in counts.items() if n >= cfg.min_count)
            index = {ch: i + 2 for i, ch in enumerate(chars)}
            # Platt parameters from a grouped 20 % validation split, then the network refitted on all data.
            tr, va = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=seed).split(texts, groups=groups))
            probe = cls._fit(index, [texts[i] for i in tr], y[tr], cfg, seed)
            with torch.no_grad():
                logits = probe(cls._encode(index, [texts[i] for i in va], cfg.max_len, max(cfg.widths))).numpy()
            platt = np.array([_platt(logits[:, k], y[va, k]) for k in range(y.shape[1])]).T
            net = cls._fit(index, texts, y, cfg, seed)
        finally:
            torch.set_num_threads(threads)
        return cls(categories, chars, net, cfg, platt)

    def size_bytes(self) -> int:
        import torch

        buf = io.BytesIO()
        torch.save(self.net.state_dict(), buf)
        return buf.getbuffer().nbytes + sum(len(ch.encode()) + 1 for ch in self._index)

    # -- inference

    def score(self, text: str) -> CnnScored:
        return self.score_many([text])[0]

    def score_many(self, texts: list[str]) -> list[CnnScored]:
        import torch

        if not texts:
            return []
        ids = self._encode(self._index, texts, 100_000, max(self.cfg.widths))  # no cut at inference
        with torch.inference_mode():
            pooled_t, where_t = self.net.pooled(ids)
            logits = self.net.out(pooled_t).numpy()
        pooled, where = pooled_t.numpy(), where_t.numpy()
        probs = 1.0 / (1.0 + np.exp(-(self._platt[0] * logits + self._platt[1])))
        return [
            CnnScored(
                text=t,
                probabilities=dict(zip(self.categories, probs[i].tolist(), strict=True)),
                _pooled=pooled[i],
                _where=where[i],
                _model=self,
            )
            for i, t in enumerate(texts)
        ]
