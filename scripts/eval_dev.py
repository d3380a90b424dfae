#!/usr/bin/env python3
"""Score the engine on the dev corpus with the held-out evaluation's own rule (../shared/tools/score.py).

usage: python scripts/eval_dev.py [--detectors lexicon,pii,...] [--shared DIR] [--misses] [--out PRED.jsonl]

An extra, not a test: it needs ../shared beside the project and says so when it is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.detectors.base import Account, Post  # noqa: E402
from app.detectors.registry import discover  # noqa: E402
from app.engine import Engine  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def post_from_gold(obj: dict[str, object]) -> Post:
    owner = obj.get("account_owner") or {}
    assert isinstance(owner, dict)
    return Post(
        text=str(obj["text"]),
        channel=str(obj.get("channel") or "") or None,
        content_type=str(obj.get("content_type") or "article"),
        account=Account(owner_name=owner.get("name"), owner_phone=owner.get("phone")),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--detectors", help="comma-separated detector names (default: all the ruleset enables)")
    parser.add_argument("--corpus", default="data/dev/posts.jsonl", help="path under --shared")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--out", type=Path, help="also write predictions here")
    args = parser.parse_args(argv)
    gold_path = args.shared / args.corpus
    if not gold_path.exists():
        print(f"eval_dev: {gold_path} not found; this script needs ../shared beside the project. Skipped.")
        return 0
    scorer = load_scorer(args.shared)
    only = set(args.detectors.split(",")) if args.detectors else None
    ruleset = load_default_ruleset()
    registry = discover([n for n in ruleset.detectors if only is None or n in only])
    registry.load_models()
    engine = Engine(registry)
    gold = scorer.load(str(gold_path))
    preds: dict[str, dict[str, object]] = {}
    started = time.perf_counter()
    for pid, obj in gold.items():
        result = engine.check(post_from_gold(obj), ruleset, only=only)
        preds[pid] = {
            "id": pid,
            "verdict": result.verdict.value,
            "findings": [
                {"category": f.category, "start": f.start, "end": f.end, "text": f.text, "rule_id": f.rule_id}
                for f in result.findings
            ],
        }
    elapsed = time.perf_counter() - started
    if args.out:
        args.out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds.values()), "utf-8")
    rows, overall, misses = scorer.score(gold, preds)
    if args.json:
        print(json.dumps({"categories": rows, "overall": overall}, ensure_ascii=False, indent=1))
        return 0
    fmt = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
    print(f"detectors: {','.join(sorted(only)) if only else 'all enabled'}; {len(gold)} posts in {elapsed:.2f}s")
    print(f"{'category':24} {'gold':>5} {'pred':>5} {'recall':>6} {'prec':>6} {'f1':>6}")
    for c, r in rows.items():
        print(f"{c:24} {r['gold']:5} {r['pred']:5} {fmt(r['recall']):>6} {fmt(r['precision']):>6} {fmt(r['f1']):>6}")
    if args.misses:
        for m in misses:
            print("MISS", *m)
    print("overall", {k: (round(v, 3) if isinstance(v, float) else v) for k, v in overall.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
