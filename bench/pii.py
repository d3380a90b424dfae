#!/usr/bin/env python3
"""PII detector latency against the lexicon detector, both measured in this one run.

usage: nice python bench/pii.py [--rounds 7] [--json]

Posts of 200 / 1,000 / 5,000 characters are cut from the ordinary (PII-free) insurance sentences of
bench/lexicon.py, and a "little PII" variant adds one cued customer name, a phone number and a
claim-story sentence. Each cell is the median detect time; the ratio column divides by the lexicon
detector's median on the same post, so the figures travel between machines. NER variants: off
(``backend: none``), gated (the shipped setting) and every sentence (``gate_always``).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.detectors.base import DetectContext, Detector, Post
from app.detectors.lexicon import LexiconDetector
from app.detectors.pii import PiiDetector
from app.ruleset import Ruleset, load_default_ruleset
from bench.lexicon import SENTENCES, make_posts

SIZES = (200, 1000, 5000)
# Written for this benchmark: a cued name, a phone number and a claim story (one of each per post).
PII_SENTENCES = [
    "上个月客户林晓燕女士的理赔已经到账，",
    "有问题可以打她电话13912345678。",
    "她去年体检查出甲状腺结节后投保被拒，",
]


def _with_ner(ruleset: Ruleset, **ner: Any) -> Ruleset:
    doc = ruleset.model_dump(mode="json")
    doc["detectors"]["pii"]["config"]["ner"].update(ner)
    return type(ruleset).model_validate(doc)


def make_post(size: int, pii: bool, seed: int = 3) -> str:
    rng = random.Random(seed + size)
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(rng.choice(SENTENCES))
    if pii:
        for k, s in enumerate(PII_SENTENCES):
            parts.insert(min(len(parts), 1 + k * 2), s)
    return "".join(parts)[:size]


def _median_ms(detector: Detector, post: Post, ruleset: Ruleset, rounds: int) -> float:
    detector.detect(post, DetectContext(ruleset=ruleset, post=post))  # warm: models and caches loaded
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        detector.detect(post, DetectContext(ruleset=ruleset, post=post))
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def measure(rounds: int = 7) -> dict[str, Any]:
    ruleset = load_default_ruleset()
    variants = {"ner_off": _with_ner(ruleset, backend="none"), "gated": ruleset,
                "every_sentence": _with_ner(ruleset, gate_always=True)}  # fmt: skip
    lexicon, pii = LexiconDetector(), PiiDetector()
    lexicon.load()
    pii.load()
    rows: list[dict[str, Any]] = []
    for has_pii in (False, True):
        for size in SIZES:
            post = Post(text=make_post(size, has_pii))
            row: dict[str, Any] = {"chars": size, "pii": has_pii,
                                   "lexicon_ms": round(_median_ms(lexicon, post, ruleset, rounds), 3)}  # fmt: skip
            for name, rs in variants.items():
                row[f"{name}_ms"] = round(_median_ms(pii, post, rs, rounds), 3)
                row[f"{name}_ratio"] = round(row[f"{name}_ms"] / row["lexicon_ms"], 1)
            rows.append(row)
    # The corpus figure: ms per 1,000 characters over many ordinary posts (bench/lexicon.py's).
    posts = [Post(text=p) for p in make_posts(0.15)]
    chars = sum(len(p.text) for p in posts)
    best = {"pii": float("inf"), "lexicon": float("inf")}
    for _ in range(3):  # interleaved, best of 3
        for name, det in (("lexicon", lexicon), ("pii", pii)):
            started = time.perf_counter()
            for p in posts:
                det.detect(p, DetectContext(ruleset=ruleset, post=p))
            best[name] = min(best[name], time.perf_counter() - started)
    corpus = {"posts": len(posts), "pii_ms_per_kchar": round(best["pii"] * 1e6 / chars, 3),
              "lexicon_ms_per_kchar": round(best["lexicon"] * 1e6 / chars, 3)}  # fmt: skip
    return {"rows": rows, "corpus": corpus}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = measure(args.rounds)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print("| post | lexicon | PII, NER off | PII, NER gated (shipped) | PII, NER every sentence |")
    print("|---|---|---|---|---|")
    for r in report["rows"]:
        cells = [f"{r[f'{v}_ms']:.2f} ms ({r[f'{v}_ratio']}x)" for v in ("ner_off", "gated", "every_sentence")]
        label = f"{r['chars']:,} chars, {'a little PII' if r['pii'] else 'no PII'}"
        print(f"| {label} | {r['lexicon_ms']:.2f} ms | " + " | ".join(cells) + " |")
    c = report["corpus"]
    ratio = c["pii_ms_per_kchar"] / c["lexicon_ms_per_kchar"]
    print(f"\n{c['posts']} ordinary posts: PII {c['pii_ms_per_kchar']} ms per 1,000 chars, "
          f"lexicon {c['lexicon_ms_per_kchar']} ms ({ratio:.1f}x)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
