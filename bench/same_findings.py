#!/usr/bin/env python3
"""Do two checkouts give the same answers? For changes that must not change behaviour (start-up work).

Each tree runs the default engine the way ``postguard scan`` does (``LocalChecker``, the packaged rules) over
the same posts: generated ones (bench/lexicon.py's ``make_posts``), every line of the claims corpus and every
post of the evaluation corpora, on a few channels. Every field of every answer is compared (all but the request
id and the elapsed time), and so is a digest of the lexicon index's tables (both trees under one hash seed).

usage: python bench/same_findings.py --tree A --tree B [--mb 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CHANNELS = (None, "wechat_mp", "douyin")


def _texts(root: Path, mb: float) -> list[str]:
    sys.path.insert(0, str(root))
    from bench.lexicon import HOT, make_posts

    texts = make_posts(mb) + make_posts(mb / 4, seed=13)
    texts += [line.strip() for p in sorted((root / "corpus" / "claims").glob("*.txt"))
              for line in p.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    for p in sorted((root / "eval").rglob("posts.jsonl")):
        texts += [json.loads(line)["text"] for line in p.read_text("utf-8").splitlines() if line.strip()]
    texts += [h + "，" + h.replace("赚", "砖") for h in HOT]  # evasions: spaced, masked, homophones
    return [t for t in texts if t.strip()]


def _index_digest(checker: Any) -> str:
    """The lexicon index's tables, in order: a different build shows here even if no post hits the difference."""
    from app.detectors.lexicon import LexiconIndex

    index = LexiconIndex(checker.ruleset)
    sets = [sorted(x) for x in (*index.alt_needs, *index._key_alts, *index._keys_of.values(), index._term_keys)]
    regexes = [r.pattern if r is not None else None
               for r in (index.neg_prefix_re, index.neg_suffix_re, index.not_negation_re, index.cue_re, index.quote_re)]
    tables = [index.keys, index.term_rules, index.other_payload, index._by_kind, index.pattern_rules,
              index.alt_pattern, index.alt_checks, index.atom_alt, index.unanchored,
              [sorted(x) if x else None for x in index.alt_multi], index._first_mask, index._second_mask, sets,
              index.patterns.sources, index.unanchored_patterns.sources, index.term_count, index.rule_info,
              index.rule_checks, regexes]
    return hashlib.sha256(repr(tables).encode("utf-8")).hexdigest()


def dump(out: Path, mb: float) -> None:
    """In the tree this runs in (the working directory): its index digest and the code it ran, then one JSON
    line per (post, channel) answer."""
    import app
    from app.cli.checker import LocalChecker
    from app.schemas.check import CheckRequest

    checker = LocalChecker()
    with out.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"index": _index_digest(checker)}) + "\n")
        print(f"same_findings: {app.__file__}", file=sys.stderr)
        for n, text in enumerate(_texts(Path.cwd(), mb)):
            channel = CHANNELS[n % len(CHANNELS)]
            body: dict[str, Any] = {"text": text[:50_000], "channel": channel} if channel else {"text": text[:50_000]}
            answer = checker.check(CheckRequest.model_validate(body)).model_dump(mode="json")
            answer.pop("request_id"), answer.pop("elapsed_ms")
            f.write(json.dumps(answer, ensure_ascii=False, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, action="append", default=[], help="a checkout (give two)")
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of generated posts")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the child run in one tree
    args = parser.parse_args(argv)
    if args.dump:
        dump(args.dump, args.mb)
        return 0
    if len(args.tree) != 2:
        parser.error("give --tree twice")
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for k, tree in enumerate(args.tree):
            out = Path(tmp) / f"{k}.jsonl"
            # This script, run in the tree (its code and its posts: the other tree need not have it), from the
            # tree's root rather than from bench/, whose http.py would stand for the standard library's.
            run = f"import runpy, sys; sys.argv = {[__file__, '--dump', str(out), '--mb', str(args.mb)]!r}; " \
                  f"runpy.run_path({str(Path(__file__).resolve())!r}, run_name='__main__')"
            subprocess.run([sys.executable, "-c", run], cwd=tree, env=_env(tree), check=True)
            outs.append(out.read_text("utf-8").splitlines())
    a, b = outs
    index_same = a[0] == b[0]
    differ = [n for n, (x, y) in enumerate(zip(a[1:], b[1:], strict=False)) if x != y]
    findings = sum(len(json.loads(x)["findings"]) for x in a[1:])
    print(json.dumps({"answers": len(a) - 1, "findings": findings, "same_count": len(a) == len(b),
                      "answers_differing": len(differ), "index_tables_same": index_same,
                      "identical": index_same and len(a) == len(b) and not differ}, indent=1))
    for n in differ[:3]:
        print(f"first differences, answer {n}:\n  {a[n + 1][:400]}\n  {b[n + 1][:400]}", file=sys.stderr)
    return 0 if index_same and len(a) == len(b) and not differ else 1


def _env(tree: Path) -> dict[str, str]:
    import os

    # One hash seed for both: the index's key order follows set iteration (as in production, where it differs
    # from process to process without changing any finding), so its tables compare only under the same seed.
    return {**os.environ, "PYTHONPATH": str(tree.resolve()), "PYTHONHASHSEED": "0"}


if __name__ == "__main__":
    sys.exit(main())
