#!/usr/bin/env python3
"""Train the negative-opinion model and write app/data/sentiment/model.json.

usage: nice python scripts/train_sentiment.py [--external DIR] [--out PATH] [--insurance-weight W]

Data: the public review corpora in ../shared/data/external/sentiment (hotel, food delivery, online
shopping; negative vs positive), minus a held-out split carved here with a fixed seed, plus the
insurance comments the team wrote in corpus/sentiment/ (complaints and sarcasm are negative;
neutral questions, praise and grief in claim stories are not). The dev comments are never read.
Runs in well under a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.detectors.sentiment.features import ngram_features, normalize_for_model  # noqa: E402
from app.detectors.sentiment.model import MODEL_FORMAT  # noqa: E402

EXTERNAL = ROOT.parent / "shared" / "data" / "external" / "sentiment"
CORPUS = ROOT / "corpus" / "sentiment"
PUBLIC_FILES = (
    "chnsenticorp_htl_all.train.jsonl.gz",
    "waimai_10k.train.jsonl.gz",
    "online_shopping_10_cats.train.jsonl.gz",
)
SPLIT_SEED = 20261201  # the public held-out split; eval_sentiment.py carves the same one
HELD_OUT_SHARE = 0.1
MAX_N = 2
MIN_DF = 2
KEEP_WEIGHTS = 60_000
REASONS = ("claims_dispute", "sales_misconduct", "service", "fraud_accusation", "product")
VERSION = "2026.12.1"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    negative: bool
    source: str
    reason: str | None = None


def load_public(directory: Path) -> list[Example]:
    """Every public row once: duplicates across files merged, texts with both labels dropped."""
    labels: dict[str, set[bool]] = {}
    first: dict[str, Example] = {}
    for name in PUBLIC_FILES:
        with gzip.open(directory / name, "rt", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                key = normalize_for_model(row["text"])
                if not key:
                    continue
                negative = row["label"] == "negative"
                labels.setdefault(key, set()).add(negative)
                first.setdefault(key, Example(row["text"], negative, row["source"]))
    return [ex for key, ex in first.items() if len(labels[key]) == 1]


def split_public(rows: list[Example]) -> tuple[list[Example], list[Example]]:
    """(train, held_out): a seeded shuffle, the first HELD_OUT_SHARE held out."""
    ordered = sorted(rows, key=lambda ex: (ex.source, ex.text))
    random.Random(SPLIT_SEED).shuffle(ordered)
    cut = int(len(ordered) * HELD_OUT_SHARE)
    return ordered[cut:], ordered[:cut]


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def load_insurance(directory: Path) -> list[Example]:
    """The team's insurance comments: *.tsv are negative (reason<TAB>text), *.txt are not."""
    out: list[Example] = []
    for path in sorted(directory.glob("*.tsv")):
        for line in _lines(path):
            reason, text = line.split("\t", 1)
            if reason not in REASONS:
                raise ValueError(f"{path.name}: unknown reason {reason!r}")
            out.append(Example(text, True, f"insurance/{path.stem}", reason))
    for path in sorted(directory.glob("*.txt")):
        out.extend(Example(text, False, f"insurance/{path.stem}") for text in _lines(path))
    return out


def build_vocab(texts: list[str], keep_always: list[str]) -> dict[str, int]:
    df: Counter[str] = Counter()
    for text in texts:
        df.update(ngram_features(text, MAX_N))
    grams = {g for g, c in df.items() if c >= MIN_DF}
    for text in keep_always:
        grams.update(ngram_features(text, MAX_N))
    return {g: i for i, g in enumerate(sorted(grams))}


def featurize(texts: list[str], vocab: dict[str, int]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        for gram, x in ngram_features(text, MAX_N).items():
            c = vocab.get(gram)
            if c is not None:
                rows.append(r)
                cols.append(c)
                vals.append(x)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), len(vocab)))


def fit_negative(x: csr_matrix, examples: list[Example], insurance_weight: float, c: float) -> LogisticRegression:
    y = np.array([ex.negative for ex in examples], dtype=int)
    weight = np.array([insurance_weight if ex.source.startswith("insurance/") else 1.0 for ex in examples])
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
    clf.fit(x, y, sample_weight=weight)
    return clf


def train_negative(examples: list[Example], insurance_weight: float, c: float) -> tuple[float, dict[str, float]]:
    texts = [ex.text for ex in examples]
    vocab = build_vocab(texts, [ex.text for ex in examples if ex.source.startswith("insurance/")])
    clf = fit_negative(featurize(texts, vocab), examples, insurance_weight, c)
    coef = clf.coef_[0]
    inverse = {i: g for g, i in vocab.items()}
    keep = np.argsort(-np.abs(coef))[:KEEP_WEIGHTS]
    weights = {inverse[int(i)]: round(float(coef[i]), 4) for i in keep if abs(coef[i]) >= 1e-4}
    return round(float(clf.intercept_[0]), 4), weights


def cross_validate(public: list[Example], insurance: list[Example], folds: int, weight: float, c: float) -> str:
    """Negative F1 on the team's insurance comments, each fold scored by a model trained without it.

    This is how weights and C are chosen: the dev comments are for measuring only.
    """
    examples = public + insurance
    texts = [ex.text for ex in examples]
    # One vocabulary for all folds: an n-gram seen only in the scored fold gets no weight anyway.
    x = featurize(texts, build_vocab(texts, [ex.text for ex in insurance]))
    order = list(range(len(insurance)))
    random.Random(SPLIT_SEED).shuffle(order)
    scores: list[tuple[float, bool]] = []
    for k in range(folds):
        held = {order[i] for i in range(k, len(order), folds)}
        train_idx = list(range(len(public))) + [len(public) + i for i in order if i not in held]
        clf = fit_negative(x[train_idx], [examples[i] for i in train_idx], weight, c)
        rows = sorted(held)
        proba = clf.predict_proba(x[[len(public) + i for i in rows]])[:, 1]
        scores.extend((float(p), insurance[i].negative) for i, p in zip(rows, proba, strict=True))
    parts = [f"weight {weight:g} C {c:g}: insurance CV F1"]
    for threshold in (0.5, 0.6, 0.7, 0.8):
        tp = sum(p >= threshold and g for p, g in scores)
        fp = sum(p >= threshold and not g for p, g in scores)
        fn = sum(p < threshold and g for p, g in scores)
        parts.append(f"@{threshold:g} {2 * tp / max(2 * tp + fp + fn, 1):.3f}")
    return " ".join(parts)


def train_reason(examples: list[Example]) -> dict[str, object]:
    rows = [ex for ex in examples if ex.reason]
    vocab = build_vocab([], [ex.text for ex in rows])
    x = featurize([ex.text for ex in rows], vocab)
    y = np.array([REASONS.index(ex.reason or "") for ex in rows])
    clf = LogisticRegression(C=10.0, max_iter=2000)
    clf.fit(x, y)
    inverse = {i: g for g, i in vocab.items()}
    # The classifier only sees the classes present; map them back onto REASONS order.
    coef = np.zeros((len(REASONS), len(vocab)))
    bias = np.full(len(REASONS), -10.0)
    for row, cls in enumerate(clf.classes_):
        coef[cls] = clf.coef_[row]
        bias[cls] = clf.intercept_[row]
    weights = {
        inverse[i]: [round(float(w), 3) for w in coef[:, i]]
        for i in range(len(vocab))
        if np.abs(coef[:, i]).max() >= 0.01
    }
    return {"classes": list(REASONS), "bias": [round(float(b), 3) for b in bias], "weights": weights}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--external", type=Path, default=EXTERNAL)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=ROOT / "app" / "data" / "sentiment" / "model.json")
    ap.add_argument("--insurance-weight", type=float, default=300.0)
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the negative model")
    ap.add_argument("--cv", type=int, default=0, help="k-fold CV on the insurance corpus; writes no model")
    args = ap.parse_args(argv)

    train_public, held_out = split_public(load_public(args.external))
    insurance = load_insurance(args.corpus)
    if args.cv:
        print(cross_validate(train_public, insurance, args.cv, args.insurance_weight, args.c))
        return 0
    examples = train_public + insurance
    bias, weights = train_negative(examples, args.insurance_weight, args.c)
    doc = {
        "format": MODEL_FORMAT,
        "version": VERSION,
        "max_n": MAX_N,
        "negative": {"bias": bias, "weights": weights},
        "reason": train_reason(insurance),
        "trained_on": {
            "public_rows": len(train_public),
            "public_held_out_rows": len(held_out),
            "public_split_seed": SPLIT_SEED,
            "insurance_rows": len(insurance),
            "insurance_weight": args.insurance_weight,
            "c": args.c,
            "sources": [*PUBLIC_FILES, "corpus/sentiment/*"],
            "licence": "public data: SophonPlus/ChineseNlpCorpus, no licence stated (research use)",
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(
        f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB): {len(weights)} weights, "
        f"{len(train_public)} public + {len(insurance)} insurance rows, {len(held_out)} held out"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
