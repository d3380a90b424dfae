#!/usr/bin/env python3
"""Lexicon detector throughput against raw pyahocorasick, plus automaton build time and memory.

usage: python bench/lexicon.py [--mb 3] [--terms 100000] [--json]

Both sides run in this one process over the same posts with the same automaton, so the ratio is
meaningful on a noisy machine; absolute MB/s figures are for orientation only.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from pathlib import Path

import ahocorasick

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.detectors.base import DetectContext, Post
from app.detectors.lexicon import LexiconDetector, LexiconIndex
from app.ruleset import Ruleset, load_default_ruleset, parse_ruleset

# Sentences in the register of insurers' self-media posts (written for this benchmark).
SENTENCES = [
    "今天给大家讲讲重疾险和医疗险的区别，", "很多朋友问我孩子的教育金应该怎么规划。", "这款产品的等待期是90天，",
    "投保前请如实告知健康状况，", "保险合同的犹豫期一般是15天。", "理赔时需要准备病历、发票和身份证明，",
    "我们的客服热线是95xxx，欢迎咨询。", "年金险适合有长期储蓄需求的家庭，", "具体保障责任以保险合同条款为准。",
    "上周陪客户去医院办理了理赔手续，", "保费可以按年交，也可以按月交，", "身故保险金按基本保额给付。",
    "意外险的保障范围包括意外身故和伤残，", "医疗险一般有免赔额，", "我们公司成立于1996年，总部在上海。",
    "最近很多人关注养老问题，", "第一次买保险的朋友可以先从意外险开始。", "这款产品支持线上投保，",
    "欢迎在评论区留言提问😊", "点击下方链接了解更多👇", "稳赚不赔的说法是违规的，请大家警惕。",
    "重疾险最高保额50万元，", "续保需要重新审核吗？", "分红水平不确定，演示利益不代表实际收益。",
]
HOT = ["稳赚不赔", "保本保息", "即将停售", "最好的", "国家兜底", "返佣", "内部资料", "百病全赔", "稳 赚 不 赔", "保*本"]


def make_posts(megabytes: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    posts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        parts = [rng.choice(SENTENCES) for _ in range(rng.randint(4, 30))]
        if rng.random() < 0.3:
            parts.insert(rng.randrange(len(parts)), rng.choice(HOT))
        post = "".join(parts)
        posts.append(post)
        size += len(post.encode("utf-8"))
    return posts


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def synthetic_pack(n_terms: int, seed: int = 11) -> Ruleset:
    rng = random.Random(seed)
    chars = [chr(c) for c in range(0x4E00, 0x9FA5)]
    terms = sorted({"".join(rng.choice(chars) for _ in range(rng.randint(2, 6))) for _ in range(n_terms)})
    rules = [
        {"id": f"bench.r{i}", "category": "ad_absolute", "severity": "medium", "terms": terms[i : i + 100],
         "message": "m", "basis": "b", "suggestion": "s"}
        for i in range(0, len(terms), 100)
    ]
    return parse_ruleset({"name": "bench", "detectors": {"lexicon": {}}, "lexicon": {"rules": rules}})


def build_cost(ruleset: Ruleset) -> dict[str, float]:
    gc.collect()
    before = rss_kib()
    started = time.perf_counter()
    index = LexiconIndex(ruleset)
    elapsed = time.perf_counter() - started
    after = rss_kib()
    return {"terms": index.term_count, "build_s": round(elapsed, 3), "rss_mib": round((after - before) / 1024, 1)}


def reference_automaton(index: LexiconIndex) -> ahocorasick.Automaton:
    """The raw reference: pyahocorasick over the lexicon's own keys, with a payload like the one it kept
    before it moved to ahocorasick_rs (the key's length, its term rules, its other payloads)."""
    automaton = ahocorasick.Automaton()
    for key, terms, others in zip(index.keys, index.term_rules, index.other_payload, strict=True):
        automaton.add_word(key, (len(key), terms, others))
    automaton.make_automaton()
    return automaton


def throughput(posts: list[str], ruleset: Ruleset, rounds: int = 3) -> dict[str, float]:
    detector = LexiconDetector()
    automaton = reference_automaton(detector.index(ruleset))
    total_mb = sum(len(p.encode("utf-8")) for p in posts) / 1_000_000
    raw_best = ours_best = float("inf")
    hits_raw = hits_ours = 0
    for _ in range(rounds):  # interleaved, best of N: both sides see the same machine noise
        started = time.perf_counter()
        hits_raw = sum(1 for p in posts for _ in automaton.iter(p))
        raw_best = min(raw_best, time.perf_counter() - started)
        started = time.perf_counter()
        hits_ours = 0
        for p in posts:
            post = Post(text=p)
            hits_ours += len(detector.detect(post, DetectContext(ruleset=ruleset, post=post)))
        ours_best = min(ours_best, time.perf_counter() - started)
    return {
        "mb": round(total_mb, 2), "posts": len(posts),
        "raw_mb_s": round(total_mb / raw_best, 2), "lexicon_mb_s": round(total_mb / ours_best, 2),
        "ratio": round(raw_best / ours_best, 3), "raw_hits": hits_raw, "findings": hits_ours,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0)
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    default = load_default_ruleset()
    posts = make_posts(args.mb)
    report = {
        "throughput_default_pack": throughput(posts, default),
        "build_default_pack": build_cost(default),
        f"build_{args.terms}_terms": build_cost(synthetic_pack(args.terms)),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        t = report["throughput_default_pack"]
        print(f"lexicon vs raw pyahocorasick iter() on {t['mb']} MB ({t['posts']} posts), normalisation on:")
        print(f"  raw {t['raw_mb_s']} MB/s, lexicon {t['lexicon_mb_s']} MB/s, ratio {t['ratio']} (target >= 0.5)")
        for key in ("build_default_pack", f"build_{args.terms}_terms"):
            b = report[key]
            print(f"  {key}: {b['terms']} terms, build {b['build_s']} s, +{b['rss_mib']} MiB RSS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
