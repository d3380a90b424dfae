#!/usr/bin/env python3
"""The brand detector's cost against the lexicon detector's, both measured side by side in this one run.

usage: nice python bench/brand.py [--megabytes 0.5] [--json]

The same ordinary posts (bench/lexicon.py's generator), each detector called directly under the default
ruleset (its example brand rules and catalogue), best of 3 interleaved rounds; the figure that matters is the
ratio brand / lexicon (absolute times are for orientation only). Also the ratio on posts that name the
example company, its slogan and its products in every sentence (the near-miss and catalogue paths busy).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from app.detectors.base import DetectContext, Post  # noqa: E402
from app.detectors.registry import discover  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402
from bench.lexicon import make_posts  # noqa: E402

BRANDED = ("安宁人寿，守护每一天。", "推荐福满堂两全保险（分红型），", "安凝人寿守护每一日！", "金禧终身寿已停售。",
           "《安宁鑫享年金保险》即将上市，", "康健一生重疾险保障全面。")


def _seconds(detector: object, posts: list[str]) -> float:
    ruleset = load_default_ruleset()
    started = time.perf_counter()
    for text in posts:
        post = Post(text=text)
        detector.detect(post, DetectContext(ruleset=ruleset, post=post))  # type: ignore[attr-defined]
    return time.perf_counter() - started


def measure(megabytes: float = 0.5) -> dict[str, float]:
    registry = discover(["lexicon", "brand"])
    registry.load_models()
    lexicon, brand = registry.get("lexicon"), registry.get("brand")
    ordinary = make_posts(megabytes)
    branded = [p + "".join(BRANDED) for p in ordinary]
    chars = sum(len(p) for p in ordinary)
    _seconds(lexicon, ordinary[:50]), _seconds(brand, ordinary[:50])  # indexes built, not timed
    best = {k: float("inf") for k in ("lexicon", "brand", "lexicon_branded", "brand_branded")}
    for _ in range(3):
        best["lexicon"] = min(best["lexicon"], _seconds(lexicon, ordinary))
        best["brand"] = min(best["brand"], _seconds(brand, ordinary))
        best["lexicon_branded"] = min(best["lexicon_branded"], _seconds(lexicon, branded))
        best["brand_branded"] = min(best["brand_branded"], _seconds(brand, branded))
    return {"posts": len(ordinary), "kchars": round(chars / 1000, 1),
            "lexicon_ms_per_kchar": round(best["lexicon"] * 1e6 / chars, 3),
            "brand_ms_per_kchar": round(best["brand"] * 1e6 / chars, 3),
            "brand_vs_lexicon": round(best["brand"] / best["lexicon"], 3),
            "brand_vs_lexicon_branded": round(best["brand_branded"] / best["lexicon_branded"], 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=0.5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.megabytes)
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
