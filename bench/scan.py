#!/usr/bin/env python3
"""`postguard scan` posts/second with 1 and 2 worker processes over the same generated posts (wall time of
the whole command, start-up and model loading included: what a bulk review costs).

usage: python bench/scan.py [--posts 600] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lexicon import make_posts  # noqa: E402


def run_scan(posts: list[str], workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text("".join(json.dumps({"id": str(i), "text": p}, ensure_ascii=False) + "\n"
                               for i, p in enumerate(posts)), encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())", "scan",
                        str(src), "-o", str(dst), "--workers", str(workers)], check=False, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        done = sum(1 for _ in dst.open(encoding="utf-8")) if dst.exists() else 0
    return {"workers": workers, "posts": done, "seconds": round(wall, 2), "posts_s": round(done / wall, 1)}


def measure(n: int) -> dict[str, dict[str, float]]:
    posts = make_posts(1.0)[:n]
    return {"1": run_scan(posts, 1), "2": run_scan(posts, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=600)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.posts), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
