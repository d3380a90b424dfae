#!/usr/bin/env python3
"""Claim categories on the dev posts: lexicon alone, classifier alone, both (+ missing_disclosure).

usage: python scripts/eval_claims.py [--shared DIR] [--gold FILE] [--misses] [--configs lexicon,claims,both,unmerged]

Runs the engine with only the named detectors and scores with ../shared/tools/score.py restricted to
the claim categories and missing_disclosure. "clean pass" is the share of clean posts whose verdict
under those detectors is pass. Needs ../shared beside the project (skips with a message otherwise).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.detectors.registry import discover  # noqa: E402
from app.engine import Engine  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402
from app.taxonomy import CLAIM_CATEGORIES, VERDICT_RANK  # noqa: E402
from scripts.eval_dev import load_scorer, post_from_gold  # noqa: E402

CLAIMS = CLAIM_CATEGORIES
SCORED = frozenset({*CLAIMS, "missing_disclosure"})
CONFIGS = {
    "lexicon": ("lexicon",),
    "claims": ("claims",),
    "both": ("lexicon", "claims", "disclosure"),
    # lexicon and classifier run separately and their findings simply concatenated: shows what the
    # engine's merge (which keeps the lexicon's short span) costs in recall
    "unmerged": ("lexicon", "claims", "disclosure"),
}


def predict(engine: Engine, gold: dict[str, Any], detectors: tuple[str, ...], merged: bool) -> dict[str, Any]:
    ruleset = load_default_ruleset()
    preds: dict[str, Any] = {}
    for pid, obj in gold.items():
        post = post_from_gold(obj)
        runs = (
            [engine.check(post, ruleset, only=set(detectors))]
            if merged
            else [engine.check(post, ruleset, only={name}) for name in detectors]
        )
        findings = [
            {"category": f.category, "start": f.start, "end": f.end, "text": f.text}
            for result in runs
            for f in result.findings
            if f.category in SCORED and f.field == "text"
        ]
        verdict = max((r.verdict for r in runs), key=lambda v: VERDICT_RANK[v])
        preds[pid] = {"id": pid, "verdict": verdict.value, "findings": findings}
    return preds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--gold", type=Path, help="another labelled corpus (default: the dev posts)")
    parser.add_argument("--configs", default="lexicon,claims,both,unmerged")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    gold_path = args.gold or args.shared / "data" / "dev" / "posts.jsonl"
    if not gold_path.exists() or not (args.shared / "tools" / "score.py").exists():
        print(f"eval_claims: {gold_path} or the scorer not found; needs ../shared beside the project. Skipped.")
        return 0
    scorer = load_scorer(args.shared)
    gold = scorer.load(str(gold_path))
    restricted = {
        pid: {**g, "findings": [x for x in g["findings"] if x["category"] in SCORED]} for pid, g in gold.items()
    }
    registry = discover(["lexicon", "claims", "disclosure"])
    registry.load_models()
    engine = Engine(registry)
    names = args.configs.split(",")
    table: dict[str, dict[str, Any]] = {}
    for name in names:
        preds = predict(engine, gold, CONFIGS[name], merged=name != "unmerged")
        rows, _overall, misses = scorer.score(restricted, preds)
        table[name] = rows
        clean = [pid for pid, g in gold.items() if not g["findings"]]
        table[name]["_clean"] = sum(preds[p]["verdict"] == "pass" for p in clean) / len(clean)
        if args.misses:
            for m in misses:
                print(name, "MISS", *m)
    header = "category".ljust(22) + "".join(f"{n:>17}" for n in names)
    print(header + "\n" + " " * 22 + "".join(f"{'P':>8} {'R':>8}" for _ in names))
    for cat in (*CLAIMS, "missing_disclosure"):
        cells = []
        for name in names:
            row = table[name].get(cat) or {}
            p, r = row.get("precision"), row.get("recall")
            cells.append(f"{'-' if p is None else f'{p:.3f}':>8} {'-' if r is None else f'{r:.3f}':>8}")
        print(cat.ljust(22) + "".join(cells))
    print("clean pass".ljust(22) + "".join(f"{table[n]['_clean']:>17.3f}" for n in names))
    engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
