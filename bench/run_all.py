#!/usr/bin/env python3
"""Every benchmark in one command, printed as a table; each figure is a ratio against a reference
measured in the same run on the same machine (absolute numbers are for orientation only).

usage: nice python bench/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import adversarial, audit_http, brand, http, lexicon, memory, pii, scan  # noqa: E402


def check_vs_lexicon(megabytes: float) -> dict[str, float]:
    """Full in-process check (all default detectors) vs the lexicon detector alone, ms per 1,000 chars."""
    from app.detectors.base import Post
    from app.main import build_engine
    from app.ruleset import load_default_ruleset
    from app.settings import Settings
    from app.taxonomy import ContentType

    ruleset = load_default_ruleset()
    engine = build_engine(Settings(), list(ruleset.detectors))
    engine.warm(ruleset, [c.value for c in ContentType])
    posts = lexicon.make_posts(megabytes)
    chars = sum(len(p) for p in posts)
    best: dict[str, float] = {"full": float("inf"), "lexicon": float("inf")}
    for _ in range(2):  # interleaved, best of 2
        for name, only in (("lexicon", ["lexicon"]), ("full", None)):
            started = time.perf_counter()
            for p in posts:
                engine.check(Post(text=p), ruleset, only=only)
            best[name] = min(best[name], time.perf_counter() - started)
    engine.close()
    return {"posts": len(posts), "full_ms_per_kchar": round(best["full"] * 1e6 / chars, 3),
            "lexicon_ms_per_kchar": round(best["lexicon"] * 1e6 / chars, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs (a smoke run, noisier ratios)")
    parser.add_argument("--rescan", type=int, default=0, metavar="POSTS",
                        help="also `postguard rescan` on Spark over this many posts (needs the spark extra; minutes)")
    args = parser.parse_args(argv)
    q = args.quick
    rows: list[tuple[str, str, str, str]] = []

    t = lexicon.throughput(lexicon.make_posts(0.3 if q else 2.0), lexicon.load_default_ruleset())
    rows.append(("lexicon detector vs raw pyahocorasick iter() (target >= 0.5)", f"{t['lexicon_mb_s']} MB/s",
                 f"{t['raw_mb_s']} MB/s", f"{t['ratio']:.3f}"))

    c = check_vs_lexicon(0.1 if q else 0.5)
    rows.append(("full check (all default detectors) vs lexicon alone, time per 1,000 chars",
                 f"{c['full_ms_per_kchar']} ms", f"{c['lexicon_ms_per_kchar']} ms",
                 f"{c['full_ms_per_kchar'] / c['lexicon_ms_per_kchar']:.1f}x slower"))

    pr = pii.measure(3 if q else 7)
    for r in (r for r in pr["rows"] if r["pii"] is False):
        rows.append((f"PII detector (NER gated) vs lexicon alone, one {r['chars']:,}-char ordinary post",
                     f"{r['gated_ms']} ms", f"{r['lexicon_ms']} ms", f"{r['gated_ratio']}x"))
    pc = pr["corpus"]
    rows.append(("PII detector (NER gated) vs lexicon alone, ordinary posts, time per 1,000 chars",
                 f"{pc['pii_ms_per_kchar']} ms", f"{pc['lexicon_ms_per_kchar']} ms",
                 f"{pc['pii_ms_per_kchar'] / pc['lexicon_ms_per_kchar']:.1f}x slower"))

    b = brand.measure(0.1 if q else 0.5)
    rows.append(("brand detector (brand rules, catalogue) vs lexicon detector, ordinary posts, time per 1,000 chars",
                 f"{b['brand_ms_per_kchar']} ms", f"{b['lexicon_ms_per_kchar']} ms", f"{b['brand_vs_lexicon']}"))

    rows.extend(adversarial.table_rows(adversarial.measure(6 if q else 24, 20_000 if q else 50_000)))

    # The hot path (issue 15 part 4): each check profile against the echo with the same body, measured in turn.
    n, secs, rounds = (100, 20, 1) if q else (600, 25, 2)
    for label, profile, chars, target in (
        ("lexicon-only profile, 184-char post", "lexicon", None, " (target >= 0.5)"),
        ("full default profile, 1,000-char post", "full", 1000, " (target >= 0.1)"),
        ("full default profile, 184-char post", "full", None, ""),
    ):
        h = http.measure(n, 8, secs, profile, chars, rounds)
        rows.append((f"HTTP /v1/check vs bare FastAPI echo, {label}: throughput{target}", f"{h['check']['rps']} req/s",
                     f"{h['echo']['rps']} req/s", f"{h['check']['rps'] / h['echo']['rps']:.3f}"))
        if profile == "full" and chars is None:
            for key in ("p50_ms", "p99_ms"):
                rows.append((f"HTTP /v1/check vs bare FastAPI echo, {label}: {key[:3]} latency (8 clients)",
                             f"{h['check'][key]} ms", f"{h['echo'][key]} ms",
                             f"{h['check'][key] / h['echo'][key]:.1f}x"))

    a = audit_http.measure(argparse.Namespace(requests=300 if q else 1500, concurrency=16, seconds=20 if q else 40,
                                              lexicon_only=False, pg=audit_http.pg_url(), tree=None,
                                              rounds=1 if q else 2))
    rows.append((f"HTTP /v1/check audited on PostgreSQL vs auditing off (16 clients; {a['lost']} events lost, "
                 f"chain ok: {a['chain_ok']})", f"{a['audit_on_postgres']['rps']} req/s",
                 f"{a['audit_off']['rps']} req/s", f"{a['ratio']:.3f}"))

    s = scan.measure(400 if q else 5000, rounds=1 if q else 2)  # best of 2, as the audited figure
    rows.append((f"`postguard scan` {s['2']['posts']} posts: 2 workers vs 1, wall time (start-up included)",
                 f"{s['2']['posts_s']} posts/s", f"{s['1']['posts_s']} posts/s", f"{s['wall_ratio']:.2f}"))
    rows.append((f"`postguard scan` {s['2']['posts']} posts: 2 workers vs 1, once started",
                 f"{s['2']['posts_s_after_start']} posts/s", f"{s['1']['posts_s_after_start']} posts/s",
                 f"{s['after_start_ratio']:.2f}"))
    rows.append(("`postguard scan` of 20 posts, 1 worker (start-up): cache filled vs a new machine's first run",
                 f"{s['1']['startup_s']} s", f"{s['first_run_s']} s", "-"))

    if args.rescan:
        from bench import rescan

        r = rescan.measure(args.rescan)
        rows.append((f"`postguard rescan` {args.rescan:,} posts, Spark local[1] vs in-process scan, per core",
                     f"{r['local_1']['posts_s']} posts/s", f"{r['in_process']['posts_s']} posts/s",
                     f"{r['local_1_vs_in_process_per_core']:.3f}"))
        rows.append((f"`postguard rescan` {args.rescan:,} posts, Spark local[2] vs local[1]",
                     f"{r['local_2']['posts_s']} posts/s", f"{r['local_1']['posts_s']} posts/s",
                     f"{r['local_2_vs_local_1']:.3f}"))

    m = memory.measure()
    rows.append(("RSS of a worker with default models vs bare FastAPI process", f"{m['worker_mib']} MiB",
                 f"{m['bare_mib']} MiB", f"{m['worker_mib'] / m['bare_mib']:.1f}x"))

    print("| benchmark | measured | reference (same run) | ratio |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
