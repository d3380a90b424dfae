#!/usr/bin/env python3
"""Cost per 1,000 characters: claim classifier next to the lexicon (and disclosure), one run.

usage: python bench/claims.py [--posts 300] [--chars 1000] [--repeat 3] [--json]

Every detector sees the same posts in this one process, each with a fresh DetectContext (so the
shared normalisation is paid inside each figure, and reported on its own too). The best of
``--repeat`` passes is kept, which makes the ratios meaningful on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.detectors.base import DetectContext, Post
from app.detectors.claims import ClaimDetector
from app.detectors.claims.context import judge_findings
from app.detectors.disclosure import DisclosureDetector
from app.detectors.lexicon import LexiconDetector
from app.ruleset import load_default_ruleset

# Sentences in the register of insurers' self-media posts (written for this benchmark).
SENTENCES = [
    "今天给大家讲讲重疾险和医疗险的区别，",
    "很多朋友问我孩子的教育金应该怎么规划。",
    "这款产品的等待期是90天，",
    "投保前请如实告知健康状况。",
    "保险合同的犹豫期一般是15天。",
    "理赔时需要准备病历、发票和身份证明，",
    "年金险适合有长期规划需求的家庭，",
    "具体保障责任以保险合同条款为准。",
    "上周陪客户去医院办理了理赔手续！",
    "保费可以按年交，也可以按月交，",
    "身故保险金按基本保额给付。",
    "钱放在这里只会多不会少，比银行踏实。",
    "下个月就买不到了，抓紧时间。",
    "分红水平不确定，演示利益不代表实际收益。",
    "欢迎在评论区留言提问😊\n",
    "在我这里投保，首年保费返你两成。",
    "万能账户结算利率4%，",
    "有病也能买，以后照样赔。",
]


def make_posts(count: int, chars: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        text = ""
        while len(text) < chars:
            text += rng.choice(SENTENCES)
        posts.append(text[:chars])
    return posts


def best_seconds(run: Callable[[], None], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--chars", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    ruleset = load_default_ruleset()
    posts = [Post(text=t) for t in make_posts(args.posts, args.chars)]
    total_chars = sum(len(p.text) for p in posts)
    detectors = {"lexicon": LexiconDetector(), "claims": ClaimDetector(), "disclosure": DisclosureDetector()}
    started = time.perf_counter()
    for det in detectors.values():
        det.load()
    load_s = time.perf_counter() - started

    def normalise_only() -> None:
        for post in posts:
            DetectContext(ruleset=ruleset, post=post).normalized("text")

    def runner(name: str) -> Callable[[], None]:
        det = detectors[name]

        def run() -> None:
            for post in posts:
                det.detect(post, DetectContext(ruleset=ruleset, post=post))

        return run

    for name in detectors:  # warm caches (compiled rules per ruleset) outside the timed passes
        det = detectors[name]
        det.detect(posts[0], DetectContext(ruleset=ruleset, post=posts[0]))
    per_kchar = {"normalise": best_seconds(normalise_only, args.repeat) * 1e6 / total_chars}
    for name in detectors:
        per_kchar[name] = best_seconds(runner(name), args.repeat) * 1e6 / total_chars
    # The context stage (issue 10) on the lexicon's and the classifier's findings of each post.
    found = []
    for post in posts:
        ctx = DetectContext(ruleset=ruleset, post=post)
        found.append((post, [f for name in ("lexicon", "claims") for f in detectors[name].detect(post, ctx)]))

    def context_only() -> None:
        for post, findings in found:
            judge_findings(findings, DetectContext(ruleset=ruleset, post=post))

    per_kchar["context"] = best_seconds(context_only, args.repeat) * 1e6 / total_chars
    result = {
        "posts": len(posts),
        "chars_per_post": args.chars,
        "ms_per_1000_chars": {k: round(v, 3) for k, v in per_kchar.items()},
        "claims_over_lexicon": round(per_kchar["claims"] / per_kchar["lexicon"], 2),
        "load_s_all": round(load_s, 3),
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"{len(posts)} posts x {args.chars} chars, best of {args.repeat}; ms per 1,000 characters:")
        for k, v in result["ms_per_1000_chars"].items():  # type: ignore[attr-defined]
            print(f"  {k:11} {v:8.3f}")
        print(f"  claims / lexicon = {result['claims_over_lexicon']}x; model+rules load {result['load_s_all']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
