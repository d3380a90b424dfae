#!/usr/bin/env python3
"""Claim-category figures of the full engine on several labelled corpora, with the official scorer.

usage: python scripts/eval_claims_corpora.py [--shared DIR] [--out DIR] [GOLD.jsonl ...]

Without arguments: dev posts and longform (../shared/data/dev), eval/tuning, eval/heldout and every
/work/blind-tuning/*.jsonl. All detectors run; only the claim categories (the seven classifier ones,
ad_absolute, confidential_info, missing_disclosure) are scored, and "clean pass" is the verdict those
findings alone would give. Needs ../shared/tools/score.py; says so and stops when it is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.detectors.registry import discover  # noqa: E402
from app.engine import Engine  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402
from app.taxonomy import CLAIM_CATEGORIES  # noqa: E402
from scripts.eval_dev import load_scorer, post_from_gold  # noqa: E402

SCORED = {*CLAIM_CATEGORIES, "ad_absolute", "confidential_info", "missing_disclosure"}


def corpora(shared: Path) -> list[Path]:
    found = [shared / "data" / "dev" / "posts.jsonl", shared / "data" / "dev" / "longform.jsonl",
             ROOT / "eval" / "tuning" / "posts.jsonl", ROOT / "eval" / "heldout" / "posts.jsonl"]
    found += sorted(Path("/work/blind-tuning").glob("*.jsonl"))
    return [p for p in found if p.exists()]


def claims_only(gold: dict[str, Any], preds: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    g = {k: dict(v, findings=[x for x in v.get("findings") or [] if x["category"] in SCORED]) for k, v in gold.items()}
    p = {}
    for k, v in preds.items():
        found = [x for x in v["findings"] if x["category"] in SCORED]
        flagged = any(x["severity"] != "info" for x in found)
        p[k] = dict(v, findings=found, verdict="review" if flagged else "pass")
    return g, p


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, help="write each corpus's predictions here")
    args = parser.parse_args(argv)
    if not (args.shared / "tools" / "score.py").exists():
        print(f"eval_claims_corpora: {args.shared}/tools/score.py not found; pass --shared. Skipped.")
        return 0
    scorer = load_scorer(args.shared)
    ruleset = load_default_ruleset()
    registry = discover(list(ruleset.detectors))
    registry.load_models()
    engine = Engine(registry)
    print(f"{'corpus':32} {'posts':>5} {'P':>6} {'R':>6} {'F1':>6} {'clean':>6}")
    for path in args.gold or corpora(args.shared):
        gold = scorer.load(str(path))
        preds: dict[str, Any] = {}
        for pid, obj in gold.items():
            result = engine.check(post_from_gold(obj), ruleset)
            preds[pid] = {"id": pid, "verdict": result.verdict.value, "findings": [
                {"category": f.category, "start": f.start, "end": f.end, "text": f.text, "rule_id": f.rule_id,
                 "severity": f.severity.value, "confidence": f.confidence, "context": f.context}
                for f in result.findings]}
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            name = f"{path.parent.name}_{path.stem}.jsonl"
            (args.out / name).write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds.values()))
        _, overall, _ = scorer.score(*claims_only(gold, preds))
        clean = overall["clean_pass_rate"]
        label = f"{path.parent.name}/{path.name}"
        print(f"{label:32} {len(gold):5} {overall['precision']:6.3f} {overall['recall']:6.3f} {overall['f1']:6.3f} "
              f"{clean if clean is None else round(clean, 3)!s:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
