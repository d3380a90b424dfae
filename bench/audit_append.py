#!/usr/bin/env python3
"""The live audit group's write on PostgreSQL, in-process: the Core path (``append_rows_on`` in a transaction on a
held connection) against the one-statement path (``PgLiveAppender``), CPU of this thread per group.

The rows are the recorder's own (``check_row`` of a check of bench/http.py's post with every default detector,
policy ``redacted``); each path writes ``--groups`` groups of each size, alternately, twice, to a fresh schema
whose chain is verified afterwards.

usage: python bench/audit_append.py [--sizes 1,2,8] [--groups 300] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.audit_http import pg_url  # noqa: E402


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from sqlalchemy import create_engine, text

    from app.db import Database, upgrade
    from app.detectors.base import Post
    from app.detectors.registry import discover
    from app.engine import Engine
    from app.ruleset import load_default_ruleset
    from app.services.audit import append_rows_on, verify_chain
    from app.services.audit_pg import PgLiveAppender
    from app.services.checks import CheckEvent
    from app.services.spool import check_row
    from bench.http import BODY

    ruleset = load_default_ruleset()
    post = Post(text=BODY["text"], channel=BODY["channel"])
    event = CheckEvent("bench", None, post, Engine(discover(), max_workers=1).check(post, ruleset), None, "publish")
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = f"{args.pg}?options=-csearch_path%3D{schema}"
    out: dict[str, Any] = {"findings": len(event.result.findings)}
    try:
        upgrade(url)
        db = Database(url, audit_key="bench-key")
        conn = db.engine.connect()
        fast = PgLiveAppender(db.engine, "bench-key")
        for size in args.sizes:
            best = {"core": float("inf"), "fast": float("inf")}
            for _ in range(2):
                for name in ("core", "fast"):
                    groups = [[check_row(event, policy="redacted") for _ in range(size)] for _ in range(args.groups)]
                    started = time.thread_time()
                    for group in groups:
                        if name == "core":
                            with conn.begin():
                                append_rows_on(conn, "bench-key", group)
                        else:
                            fast.append(group)
                    best[name] = min(best[name], (time.thread_time() - started) / args.groups * 1000)
            out[f"group_{size}_cpu_ms"] = {k: round(v, 3) for k, v in best.items()}
        conn.close()
        fast.close()
        with db.session() as session:
            out["chain_ok"] = verify_chain(session, hmac_key="bench-key").ok
        db.dispose()
    finally:
        with admin.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2, 8])
    parser.add_argument("--groups", type=int, default=300)
    parser.add_argument("--pg", default=pg_url())
    print(json.dumps(measure(parser.parse_args(argv)), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
