#!/usr/bin/env python3
"""`postguard rescan` in Spark local mode against the in-process `scan` path, on the same generated posts.

Three measurements, one after the other on the same JSONL file:

- in-process: what `postguard scan --workers 1` does per post (parse the line, check it, encode the answer),
  timed after the models are loaded: posts per second on one core;
- `postguard rescan --master local[1]`: the whole Spark job (reading, executor engine build, checking, writing
  the Parquet tables and the summary), without the JVM start-up: posts per second per core;
- the same with local[2].

Ratios: local[1] / in-process (target >= 0.8) and local[2] / local[1] (target >= 1.7 on 2 cores).

usage: python bench/rescan.py [--posts 100000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lexicon import make_posts  # noqa: E402

CHANNELS = ["wechat_mp", "moments", "weibo", "douyin", "toutiao", "xiaohongshu"]


def write_archive(path: Path, n: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    texts = make_posts(1.0)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            post = {"id": f"p{i}", "text": texts[i % len(texts)], "channel": rng.choice(CHANNELS),
                    "account": {"id": f"acc{rng.randrange(400)}"}, "branch": f"branch{rng.randrange(30)}"}
            fh.write(json.dumps(post, ensure_ascii=False) + "\n")


def in_process(path: Path) -> dict[str, float]:
    """The scan path of `postguard scan` in this process (models loaded first, not timed)."""
    from app.cli.check import parse_line, scan_one
    from app.cli.checker import LocalChecker
    from app.schemas.check import Purpose

    checker = LocalChecker()
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[:20]:  # warm lazy indexes, as a long scan would have
        checker.check(parse_line(line)[1])
    started = time.perf_counter()
    out = 0
    for n, line in enumerate(lines, 1):
        out += len(scan_one(checker, n, line, Purpose.SCAN)[1] or "")
    seconds = time.perf_counter() - started
    return {"posts": len(lines), "seconds": round(seconds, 2), "posts_s": round(len(lines) / seconds, 1)}


def rescan(path: Path, cores: int, tmp: Path) -> dict[str, float]:
    out = tmp / f"out-{cores}"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    started = time.perf_counter()
    command = [sys.executable, "-m", "app.rescan", str(path), "-o", str(out), "--master", f"local[{cores}]"]
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"rescan local[{cores}] failed ({proc.returncode}): {proc.stderr[-2000:]}")
    summary = json.loads(proc.stdout)
    seconds = float(summary["seconds"])
    return {"cores": cores, "posts": summary["checked"], "errors": summary["errors"], "seconds": seconds,
            "wall_with_jvm_start": round(wall, 2), "posts_s": round(summary["checked"] / seconds, 1),
            "posts_s_per_core": round(summary["checked"] / seconds / cores, 1)}


def measure(n: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        path = tmp / "posts.jsonl"
        write_archive(path, n)
        base = in_process(path)
        one = rescan(path, 1, tmp)
        two = rescan(path, 2, tmp)
    return {"posts": n, "in_process": base, "local_1": one, "local_2": two,
            "local_1_vs_in_process_per_core": round(one["posts_s"] / base["posts_s"], 3),
            "local_2_vs_local_1": round(two["posts_s"] / one["posts_s"], 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.posts), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
