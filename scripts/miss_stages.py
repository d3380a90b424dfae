#!/usr/bin/env python3
"""Where each missed gold span is lost: never proposed, or proposed and lost later (issue 10's miss analysis).

usage: python scripts/miss_stages.py FILE.jsonl [FILE.jsonl ...] [--list]

For every gold span of the given labelled corpora, compares the raw output of the enabled detectors with the
engine's answer (context stage, merge and second look applied, info findings included) and counts each span as
``hit`` (a non-info finding of its category overlaps it and is tight by score.py's rule), ``loose`` (overlapping but
too long), ``info_only`` (only an info finding of its category overlaps it), ``other_category`` (a raw finding of
another category overlaps it), ``dropped`` (a raw finding of its category overlapped it but none survived) or
``never_proposed``. Suite corpora (eval/suite/NAME/posts.jsonl) are reduced to their tuning part: misses of a
measure-only part are never read (eval/suite/README.md). ``--list`` prints each miss with its phrase.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_suite import split_of  # noqa: E402

from app.detectors.base import DetectContext, Finding, Post  # noqa: E402
from app.detectors.registry import discover  # noqa: E402
from app.engine import Engine  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402
from app.taxonomy import Severity  # noqa: E402


def overlapping(found: list[Finding], start: int, end: int, category: str | None = None) -> list[Finding]:
    return [f for f in found if f.start is not None and f.end is not None and f.start < end and start < f.end
            and (category is None or f.category == category)]


def stage(gold: dict[str, Any], raw: list[Finding], answer: list[Finding]) -> str:
    """The stage at which one gold span was lost (or ``hit``)."""
    cat, start, end = gold["category"], gold["start"], gold["end"]
    reported = [f for f in overlapping(answer, start, end, cat) if f.severity is not Severity.INFO]
    if any((f.end or 0) - (f.start or 0) <= 2 * (end - start) + 20 for f in reported):
        return "hit"
    if reported:
        return "loose"
    if overlapping(answer, start, end, cat):
        return "info_only"
    if overlapping(raw, start, end, cat):
        return "dropped"
    if overlapping(raw, start, end):
        return "other_category"
    return "never_proposed"


def posts(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # Resolved: a relative path (the usual `eval/suite/NAME/posts.jsonl`) once compared unequal here, so every
    # post, measure-only ones included, was counted and listed (docs/evaluation.md, thirty-fourth round).
    suite = path.resolve().parent.parent == (ROOT / "eval" / "suite").resolve()
    return [r for r in rows if not suite or split_of(path.parent.name, r["id"], r.get("source")) == "tuning"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--list", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    ruleset = load_default_ruleset()
    registry = discover(list(ruleset.detectors))
    registry.load_models()
    engine = Engine(registry)
    counts: Counter[str] = Counter()
    for path in args.files:
        for row in posts(path):
            spans = [g for g in row.get("findings") or row.get("labels") or [] if g.get("start") is not None]
            if not spans:
                continue
            post = Post(text=row["text"])
            ctx = DetectContext(ruleset=ruleset, post=post)
            raw: list[Finding] = []
            for name in engine.enabled(ruleset, post, None):
                raw += registry.get(name).detect(post, ctx)
            answer = engine.check(post, ruleset, include_info=True, observed=False).findings
            for g in spans:
                where = stage(g, raw, answer)
                counts[where] += 1
                if args.list and where != "hit":
                    print(where, path.parent.name, row["id"], g["category"], row["text"][g["start"]:g["end"]])
    total = sum(counts.values())
    print(json.dumps({"gold_spans": total, **dict(counts.most_common())}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
