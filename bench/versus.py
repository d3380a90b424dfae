#!/usr/bin/env python3
"""Full-check cost of this tree against another checkout of Postguard (e.g. an older commit), measured side by
side: the two run alternately in fresh processes, several rounds, on the same generated posts, and the ratio of
their best times is reported (machines here are noisy; a ratio from interleaved runs is what holds).

usage: git worktree add /tmp/pg-old <commit>
       nice python bench/versus.py /tmp/pg-old [--rounds 3] [--megabytes 0.3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the tree being measured (cwd and PYTHONPATH point at it); prints ms per 1,000 characters.
SNIPPET = """
import json, sys, time
from app.detectors.base import Post
from app.main import build_engine
from app.ruleset import load_default_ruleset
from app.settings import Settings
from app.taxonomy import ContentType
posts = json.load(open(sys.argv[1], encoding="utf-8"))
ruleset = load_default_ruleset()
engine = build_engine(Settings(), list(ruleset.detectors))
engine.warm(ruleset, [c.value for c in ContentType])
chars = sum(len(p) for p in posts)
best = float("inf")
for _ in range(2):
    started = time.perf_counter()
    for p in posts:
        engine.check(Post(text=p), ruleset)
    best = min(best, time.perf_counter() - started)
print(json.dumps({"ms_per_1000_chars": 1e6 * best / chars}))
engine.close()
"""


def run(tree: Path, posts_file: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", SNIPPET, str(posts_file)], cwd=tree, env=env, check=True,
                          capture_output=True, text=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["ms_per_1000_chars"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="another Postguard checkout (the reference)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--megabytes", type=float, default=0.3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bench.lexicon import make_posts

    posts_file = ROOT / ".bench-versus-posts.json"
    posts_file.write_text(json.dumps(make_posts(args.megabytes), ensure_ascii=False), encoding="utf-8")
    try:
        this, other = [], []
        for _ in range(args.rounds):  # interleaved: drift on the machine hits both alike
            other.append(run(args.other.resolve(), posts_file))
            this.append(run(ROOT, posts_file))
    finally:
        posts_file.unlink()
    print(json.dumps({"this_ms_per_1000_chars": round(min(this), 2), "other_ms_per_1000_chars": round(min(other), 2),
                      "ratio_this_over_other": round(min(this) / min(other), 2), "rounds": args.rounds,
                      "all_this": [round(x, 2) for x in this], "all_other": [round(x, 2) for x in other]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
