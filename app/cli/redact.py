"""postguard redact: print files with personal information masked (张**, 138****5678, ...)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.checker import LocalChecker
from app.schemas.check import CheckOptions, CheckRequest


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("redact", help="mask personal information in files (or - for stdin)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--ruleset", type=Path)
    p.add_argument("--in-place", action="store_true", help="rewrite the files instead of printing")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    checker = LocalChecker(args.ruleset)
    for path in args.files:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        if not text.strip():
            sys.stdout.write(text)
            continue
        resp = checker.check(CheckRequest(text=text, options=CheckOptions(redact=True)))
        masked = resp.redacted_text if resp.redacted_text is not None else text
        if args.in_place and path != "-":
            Path(path).write_text(masked, encoding="utf-8")
        else:
            sys.stdout.write(masked)
    return 0
