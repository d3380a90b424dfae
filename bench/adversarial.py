#!/usr/bin/env python3
"""Hostile input against ordinary posts, both measured in this one run (issue 16.1).

usage: nice python bench/adversarial.py [--hostile 24] [--chars 50000] [--json]

Three figures, each a ratio of two measurements taken side by side in the same process with every
default detector (the engine the service builds, default ruleset and deadline):

1. adversarial vs ordinary, full check time per 1,000 characters, for each input of
   tests/security/adversarial.py at 10,000 characters (digit runs, separators, cue words, surnames,
   email-like strings ...), and for the digit runs at ``--chars`` (the 50 kB limit by default);
2. the same for the PII detector alone on the 10,000-character digit runs (the issue's case);
3. ordinary checks right after ``--hostile`` hostile posts were checked concurrently (as many
   requests at once) vs ordinary checks before them: a detector that ran on past its deadline would
   keep pool threads and cores busy and make this ratio large (it was ~500x before the fix).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, bench/ comes first on the path, and bench/http.py would shadow the standard library.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from app.detectors.base import Post  # noqa: E402
from app.engine import Engine  # noqa: E402
from app.ruleset import Ruleset, load_default_ruleset  # noqa: E402
from bench.lexicon import make_posts  # noqa: E402
from tests.security.adversarial import ADVERSARIAL, DIGIT_RUNS  # noqa: E402


def _engine(ruleset: Ruleset) -> Engine:
    from app.main import build_engine
    from app.settings import Settings
    from app.taxonomy import ContentType

    engine = build_engine(Settings(), list(ruleset.detectors))
    engine.warm(ruleset, [c.value for c in ContentType])
    return engine


def _ms_per_kchar(engine: Engine, ruleset: Ruleset, texts: list[str], only: list[str] | None = None) -> float:
    chars = sum(len(t) for t in texts)
    started = time.perf_counter()
    for text in texts:
        engine.check(Post(text=text), ruleset, only=only)
    return (time.perf_counter() - started) * 1e6 / chars


def _ordinary(engine: Engine, ruleset: Ruleset, posts: list[str], rounds: int = 3) -> float:
    return statistics.median(_ms_per_kchar(engine, ruleset, posts) for _ in range(rounds))


def measure(
    hostile: int = 24, chars: int = 50_000, ordinary_kb: float = 0.1, load_only: bool = False
) -> dict[str, Any]:
    ruleset = load_default_ruleset()
    engine = _engine(ruleset)
    posts = make_posts(ordinary_kb)
    try:
        _ms_per_kchar(engine, ruleset, posts)  # one pass first: lazy loads (tokeniser dictionaries) not timed
        ordinary = _ordinary(engine, ruleset, posts)
        inputs: dict[str, dict[str, Any]] = {}
        for name, make in {} if load_only else ADVERSARIAL.items():
            text = make(10_000)
            result = engine.check(Post(text=text), ruleset)
            inputs[name] = {"ms_per_kchar": round(_ms_per_kchar(engine, ruleset, [text]), 3),
                            "degraded": result.degraded}
        pii_ordinary = _ms_per_kchar(engine, ruleset, posts, only=["pii"])
        pii_digits = {name: round(_ms_per_kchar(engine, ruleset, [make(10_000)], only=["pii"]), 3)
                      for name, make in ({} if load_only else DIGIT_RUNS).items()}
        long_digits: dict[str, dict[str, Any]] = {}
        for name, make in {} if load_only else DIGIT_RUNS.items():
            result = engine.check(Post(text=make(chars)), ruleset)
            long_digits[name] = {"ms_per_kchar": round(result.elapsed_ms * 1000 / chars, 3),
                                 "degraded": result.degraded}
        before = _ordinary(engine, ruleset, posts)
        hostile_texts = [make(chars) for make in DIGIT_RUNS.values()]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=hostile) as clients:  # as many requests at once
            results = list(clients.map(lambda i: engine.check(Post(text=hostile_texts[i % len(hostile_texts)]),
                                                              ruleset), range(hostile)))
        hostile_s = time.perf_counter() - started
        after = _ordinary(engine, ruleset, posts)
    finally:
        engine.close()
    return {
        "ordinary_ms_per_kchar": round(ordinary, 3),
        "adversarial_10k": inputs,
        "worst_10k": max(inputs, key=lambda n: inputs[n]["ms_per_kchar"], default=None),
        "pii_ordinary_ms_per_kchar": round(pii_ordinary, 3),
        "pii_digits_10k_ms_per_kchar": pii_digits,
        "digits_long": long_digits,
        "chars": chars,
        "hostile": hostile,
        "hostile_seconds": round(hostile_s, 2),
        "hostile_degraded": sum(1 for r in results if r.degraded),
        "ordinary_before_ms_per_kchar": round(before, 3),
        "ordinary_after_ms_per_kchar": round(after, 3),
    }


def table_rows(m: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Rows for bench/run_all.py's table: (benchmark, measured, reference, ratio)."""
    ordinary = m["ordinary_ms_per_kchar"]
    worst = m["worst_10k"]
    worst_ms = m["adversarial_10k"][worst]["ms_per_kchar"]
    digits = max(m["digits_long"].values(), key=lambda r: r["ms_per_kchar"])["ms_per_kchar"]
    pii_digits = max(m["pii_digits_10k_ms_per_kchar"].values())
    pii_ordinary = m["pii_ordinary_ms_per_kchar"]
    after, before = m["ordinary_after_ms_per_kchar"], m["ordinary_before_ms_per_kchar"]
    return [
        (f"full check, worst adversarial 10,000-char input ({worst}) vs ordinary posts, per 1,000 chars",
         f"{worst_ms} ms", f"{ordinary} ms", f"{worst_ms / ordinary:.1f}x"),
        (f"full check, worst {m['chars']:,}-char digit run vs ordinary posts, per 1,000 chars",
         f"{digits} ms", f"{ordinary} ms", f"{digits / ordinary:.1f}x"),
        ("PII detector, worst 10,000-char digit run vs ordinary posts, per 1,000 chars",
         f"{pii_digits} ms", f"{pii_ordinary} ms", f"{pii_digits / pii_ordinary:.1f}x"),
        (f"ordinary checks after {m['hostile']} concurrent hostile {m['chars']:,}-char posts vs before,"
         " per 1,000 chars", f"{after} ms", f"{before} ms", f"{after / before:.2f}"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hostile", type=int, default=24, help="hostile posts checked at once (default 24)")
    parser.add_argument("--chars", type=int, default=50_000, help="length of each hostile post (default 50,000)")
    parser.add_argument("--load-only", action="store_true", help="only ordinary checks before/after the hostile load")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    m = measure(args.hostile, args.chars, load_only=args.load_only)
    if args.json or args.load_only:
        print(json.dumps(m, ensure_ascii=False, indent=2))
        return 0
    print("| input (10,000 chars) | full check ms per 1,000 chars | vs ordinary | degraded |\n|---|---|---|---|")
    for name, r in sorted(m["adversarial_10k"].items(), key=lambda kv: -kv[1]["ms_per_kchar"]):
        print(f"| {name} | {r['ms_per_kchar']} | {r['ms_per_kchar'] / m['ordinary_ms_per_kchar']:.1f}x |"
              f" {', '.join(r['degraded']) or '-'} |")
    print(f"\nhostile load: {m['hostile']} posts of {m['chars']:,} chars at once took {m['hostile_seconds']} s,"
          f" {m['hostile_degraded']} degraded\n")
    print("| benchmark | measured | reference (same run) | ratio |\n|---|---|---|---|")
    for row in table_rows(m):
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
