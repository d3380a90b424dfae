#!/usr/bin/env python3
"""List near-twins between the team's training corpora and the labelled evaluation sets.

usage: python scripts/overlap_check.py [--shared DIR] [--threshold 0.6]

A training line that copies or nearly copies an evaluation sentence inflates that evaluation: this prints every
pair whose character-bigram Jaccard similarity reaches the threshold (training: corpus/sentiment, corpus/claims;
evaluation: ../shared/data/dev comments and posts, eval/suite, eval/heldout, eval/tuning) and exits 1 when any is found.
An extra, not a test: without ../shared it checks only the in-repo evaluation sets.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE_END = re.compile(r"[。！？!?；;\n]+")


def bigrams(text: str) -> set[str]:
    s = "".join(ch for ch in text if ch.isalnum())
    return {s[i : i + 2] for i in range(len(s) - 1)}


def training_lines() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "corpus").glob("*/*")):
        if path.suffix not in {".txt", ".tsv"}:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                out.append((f"{path.relative_to(ROOT)}:{n}", line.split("\t", 1)[-1]))
    return out


def evaluation_sentences(shared: Path) -> list[tuple[str, str]]:
    files = [*sorted((ROOT / "eval").glob("*/posts.jsonl")), *sorted((ROOT / "eval" / "suite").glob("*/posts.jsonl"))]
    files += [shared / "data" / "dev" / n for n in ("comments.jsonl", "posts.jsonl", "longform.jsonl")]
    out = []
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            for k, sentence in enumerate(SENTENCE_END.split(obj["text"])):
                if len(sentence.strip()) >= 6:
                    out.append((f"{path.name}:{obj['id']}#{k}", sentence.strip()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--threshold", type=float, default=0.6)
    args = parser.parse_args(argv)
    if not args.shared.exists():
        print(f"overlap_check: {args.shared} not found; checking only the in-repo evaluation sets")
    evals = evaluation_sentences(args.shared)
    index: dict[str, list[int]] = defaultdict(list)
    grams = [bigrams(s) for _, s in evals]
    for i, g in enumerate(grams):
        for b in g:
            index[b].append(i)
    found = 0
    for where, line in training_lines():
        g = bigrams(line)
        if len(g) < 3:
            continue
        shared_counts: dict[int, int] = defaultdict(int)
        for b in g:
            for i in index.get(b, ()):
                shared_counts[i] += 1
        for i, common in shared_counts.items():
            jaccard = common / len(g | grams[i])
            if jaccard >= args.threshold:
                found += 1
                print(f"{jaccard:.2f}  {where}  {line}\n      {evals[i][0]}  {evals[i][1]}")
    print(f"{found} near-twin pair(s) at Jaccard >= {args.threshold}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
