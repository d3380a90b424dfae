"""postguard cache: the directory of derived tables (app/cachedir.py) — where it is, what it holds, filling it
ahead of time (an image build, a deploy step) and emptying it."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from app import cachedir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cache", help="the cache of derived tables: info, warm, clear")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    info = actions.add_parser("info", help="where the cache is and what it holds, per kind (JSON)")
    info.set_defaults(func=run_info)
    warm = actions.add_parser("warm", help="load the models once so every table is built and stored")
    warm.add_argument("--ruleset", type=Path, help="also the lexicon index of this ruleset file or pack")
    warm.set_defaults(func=run_warm)
    clear = actions.add_parser("clear", help="delete every entry (they are rebuilt on the next start)")
    clear.set_defaults(func=run_clear)


def _entries(base: Path) -> list[Path]:
    return sorted(p for p in base.glob("*.bin") if p.is_file())


def _kind(path: Path) -> str:
    return path.name.rsplit("-", 1)[0]


def describe() -> dict[str, object]:
    base = cachedir.cache_dir()
    if base is None:
        return {"directory": None, "enabled": False}
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: {"entries": 0, "bytes": 0})
    for path in _entries(base):
        kinds[_kind(path)]["entries"] += 1
        kinds[_kind(path)]["bytes"] += path.stat().st_size
    return {"directory": str(base), "enabled": True, "kinds": dict(sorted(kinds.items())),
            "bytes": sum(k["bytes"] for k in kinds.values())}


def run_info(args: argparse.Namespace) -> int:
    print(json.dumps(describe(), indent=1))
    return 0


def run_warm(args: argparse.Namespace) -> int:
    from app.cli.checker import LocalChecker

    if cachedir.cache_dir() is None:
        print("postguard cache: caching is off (POSTGUARD_CACHE_DIR is empty) or the directory is not usable",
              file=sys.stderr)
        return 3
    started = time.perf_counter()
    LocalChecker(args.ruleset).close()
    print(json.dumps({**describe(), "seconds": round(time.perf_counter() - started, 2)}, indent=1))
    return 0


def run_clear(args: argparse.Namespace) -> int:
    base = cachedir.cache_dir()
    removed = 0
    if base is not None:
        for path in [*_entries(base), *base.glob(".tmp-*")]:
            path.unlink(missing_ok=True)
            removed += 1
    print(json.dumps({"directory": str(base) if base else None, "removed": removed}))
    return 0
