#!/usr/bin/env python3
"""Measure the negative-opinion model beside the snownlp baseline, in one run.

usage: python scripts/eval_sentiment.py [--dev PATH] [--external DIR] [--misses]

1. Dev comments (../shared/data/dev/comments.jsonl): negative vs the rest (neutral + positive),
   negative-class precision / recall / F1, scored through score_comment with the packaged ruleset's
   threshold, exactly as the detector decides.
2. Public held-out split: the seeded split scripts/train_sentiment.py keeps out of training;
   accuracy of negative vs positive.
snownlp: negative when SnowNLP(text).sentiments < 0.5 (its own positive-probability cut).
Only counts are printed for the public split; --misses prints dev misses (ids and labels only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_sentiment import CORPUS, EXTERNAL, load_insurance, load_public, split_public  # noqa: E402

from app.detectors.sentiment import SentimentConfig, load_sentiment_config, score_comment  # noqa: E402
from app.detectors.sentiment.model import load_model  # noqa: E402
from app.detectors.sentiment.scoring import decide_reason  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "dev" / "comments.jsonl"

Predict = Callable[[str], bool]


def f1_negative(rows: list[tuple[str, bool]], predict: Predict) -> tuple[float, float, float, list[int]]:
    tp = fp = fn = 0
    wrong: list[int] = []
    for i, (text, gold) in enumerate(rows):
        pred = predict(text)
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
        if pred != gold:
            wrong.append(i)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), wrong


def accuracy(rows: list[tuple[str, bool]], predict: Predict) -> float:
    return sum(predict(text) == gold for text, gold in rows) / len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--external", type=Path, default=EXTERNAL)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    if not args.dev.exists() or not args.external.exists():
        print(f"skipped: shared data not found ({args.dev}, {args.external})")
        return 0

    from snownlp import SnowNLP

    config = load_sentiment_config(load_default_ruleset())
    systems: dict[str, Predict] = {
        "postguard": lambda t: score_comment(t, config)[0] >= config.threshold,
        "snownlp": lambda t: SnowNLP(t).sentiments < 0.5,
    }
    dev_raw = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = [(row["text"], row["label"] == "negative") for row in dev_raw]
    _, held_out = split_public(load_public(args.external))
    public = [(ex.text, ex.negative) for ex in held_out]
    n_neg = sum(g for _, g in dev)
    print(
        f"dev comments: {len(dev)} ({n_neg} negative); public held-out: {len(public)} "
        f"({sum(g for _, g in public)} negative); threshold {config.threshold}"
    )
    print(f"{'system':<10} {'dev P':>6} {'dev R':>6} {'dev F1':>7} {'public acc':>11} {'seconds':>8}")
    for name, predict in systems.items():
        start = time.perf_counter()
        p, r, f1, wrong = f1_negative(dev, predict)
        acc = accuracy(public, predict)
        print(f"{name:<10} {p:>6.3f} {r:>6.3f} {f1:>7.3f} {acc:>11.3f} {time.perf_counter() - start:>8.1f}")
        if args.misses:
            print("  misses:", ", ".join(f"{dev_raw[i]['id']}({dev_raw[i]['label']})" for i in wrong))
    print(reason_agreement(config))
    return 0


def reason_agreement(config: SentimentConfig) -> str:
    """Reason class vs the labels of the team's complaints (same author as the cue words: indicative)."""
    rows = [ex for ex in load_insurance(CORPUS) if ex.reason]
    model = load_model()
    cue_rows = cue_hits = 0
    for ex in rows:
        reason, cues = decide_reason(ex.text, config, model)
        if cues:
            cue_rows += 1
            cue_hits += reason == ex.reason
    return (
        f"reason class on {len(rows)} team complaints: {cue_rows} decided by cue words, "
        f"{cue_hits / max(cue_rows, 1):.3f} of those agree with the label (the rest go to the model, "
        "which was trained on these rows)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
