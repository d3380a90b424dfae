#!/usr/bin/env python3
"""Resident memory of a service worker with the default models loaded, against a bare FastAPI process
(same interpreter, same web stack, no detectors), each measured in a fresh process.

usage: python bench/memory.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RSS = """
def rss_mib():
    with open('/proc/self/status') as f:
        return next(int(l.split()[1]) for l in f if l.startswith('VmRSS:')) / 1024
"""
BARE = _RSS + "import fastapi, uvicorn, pydantic, sqlalchemy\napp = fastapi.FastAPI()\nprint(rss_mib())"
WORKER = _RSS + """
from app.main import build_engine
from app.ruleset import load_default_ruleset
from app.settings import Settings
from app.taxonomy import ContentType
ruleset = load_default_ruleset()
engine = build_engine(Settings(), list(ruleset.detectors))
engine.warm(ruleset, [c.value for c in ContentType])
print(rss_mib())
"""


def rss(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    return round(float(out.stdout.strip().splitlines()[-1]), 1)


def measure() -> dict[str, float]:
    return {"bare_mib": rss(BARE), "worker_mib": rss(WORKER)}


if __name__ == "__main__":
    print(json.dumps(measure()))
