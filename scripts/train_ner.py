#!/usr/bin/env python3
"""Train the default person-name CRF shipped in app/data/ner/.

usage: nice python scripts/train_ner.py [--shared ../shared] [--out app/data/ner/person_crf.crfsuite]
                                       [--bare] [--max-iter 120] [--msra 8000] [--weibo-repeat 3]
                                       [--types PER,ORG,LOC,GPE] [--c1 0.05] [--c2 0.01]
The shipped model: the defaults (about 8 minutes on a shared 2-core machine).

Training data: Weibo NER train+dev, Resume train, CLUENER train, an MSRA subsample (all from
../shared/data/external/ner) plus the team's insurance sentences in corpus/ner/insurance.txt.
Never the Weibo test split: scripts/eval_pii.py reports on it. Only PER is used at run time;
nominal mentions (PER_NOM) are O; ORG/LOC/GPE are learnt as helper tags by default.
``--bare`` trains the character-only baseline (PER only, for the comparison in docs/pii.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.detectors.pii.ner.crf import bare_features, features  # noqa: E402
from app.detectors.pii.tables import load_tables  # noqa: E402

Sample = tuple[str, list[tuple[int, int, str]]]
TYPES = {"PER"}
_MARK = re.compile(r"\[\[(.+?)\]\]")


def read_jsonl(path: Path) -> Iterator[Sample]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            spans = [(e["start"], e["end"], e["type"]) for e in obj["entities"] if e["type"] in TYPES]
            if obj["text"].strip():
                yield obj["text"], spans


def read_marked(path: Path) -> Iterator[Sample]:
    """Sentences with names marked [[...]] (corpus/ner/*.txt)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, spans, pos = "", [], 0
        for m in _MARK.finditer(line):
            text += line[pos : m.start()]
            spans.append((len(text), len(text) + len(m.group(1)), "PER"))
            text += m.group(1)
            pos = m.end()
        yield text + line[pos:], spans


def tags_for(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * len(text)
    for s, e, kind in spans:
        tags[s] = "B-" + kind
        for i in range(s + 1, e):
            tags[i] = "I-" + kind
    return tags


def training_samples(shared: Path, msra: int, weibo_repeat: int) -> list[Sample]:
    ner = shared / "data" / "external" / "ner"
    rng = random.Random(7)
    weibo = [*read_jsonl(ner / "weibo" / "train.jsonl.gz"), *read_jsonl(ner / "weibo" / "dev.jsonl.gz")]
    msra_all = list(read_jsonl(ner / "msra" / "train_sub20k.jsonl.gz"))
    rng.shuffle(msra_all)
    insurance = list(read_marked(ROOT / "corpus" / "ner" / "insurance.txt"))
    samples = [
        *weibo * weibo_repeat,  # the social-media domain is closest to posts
        *read_jsonl(ner / "resume" / "train.jsonl.gz"),
        *read_jsonl(ner / "cluener" / "train.jsonl.gz"),
        *msra_all[:msra],
        *insurance,
        *insurance,
        *insurance,
    ]
    rng.shuffle(samples)
    return samples


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "app" / "data" / "ner" / "person_crf.crfsuite")
    ap.add_argument("--bare", action="store_true", help="character features only (baseline)")
    ap.add_argument("--max-iter", type=int, default=120)
    ap.add_argument("--msra", type=int, default=8000, help="MSRA sentences to use")
    ap.add_argument("--weibo-repeat", type=int, default=3)
    # Learning ORG/LOC/GPE as well, though only PER is used, raised Weibo PER F1 0.653 -> 0.697.
    ap.add_argument("--types", default="PER,ORG,LOC,GPE", help="entity types learnt (PER is the one used)")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "external" / "ner").is_dir():
        print(f"no NER data under {args.shared}; nothing trained")
        return 0
    import pycrfsuite

    surnames = load_tables().surnames
    TYPES.clear()
    TYPES.update(args.types.split(","))
    samples = training_samples(args.shared, args.msra, args.weibo_repeat)
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, spans in samples:
        xs = bare_features(text) if args.bare else features(text, surnames)
        trainer.append(xs, tags_for(text, spans))
    print(f"{len(samples)} sentences featurised in {time.time() - t0:.0f}s")
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iter, "feature.possible_transitions": True}
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    t1 = time.time()
    trainer.train(str(args.out))
    size = args.out.stat().st_size / 1e6
    print(f"trained in {time.time() - t1:.0f}s -> {args.out} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
