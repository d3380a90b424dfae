#!/usr/bin/env python3
"""The audit recorder in-process on PostgreSQL: 16 threads record() checks at once; process CPU per answer.

No HTTP and no check in the loop (the check's result is made once), so the figure is the audit's own CPU per
answer: the row, the hand-over to the committer, the group's write, the answer's wake-up. ``--tree DIR`` runs
another checkout's recorder (the previous release, say) on the same machine.

usage: python bench/audit_recorder.py [--tree DIR] [--per-thread 150] [--threads 16] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def measure(args: argparse.Namespace) -> dict[str, Any]:
    tree = Path(args.tree).resolve() if args.tree else ROOT
    sys.path.insert(0, str(tree))
    from sqlalchemy import create_engine, text

    from app.db import Database, upgrade
    from app.detectors.base import Post
    from app.detectors.registry import discover
    from app.engine import Engine
    from app.ruleset import load_default_ruleset
    from app.services.checks import CheckEvent
    from app.services.spool import AuditRecorder

    body = "今天给大家讲讲重疾险和医疗险的区别，投保前请如实告知健康状况。这款产品收益稳定，欢迎咨询。" * 4
    post = Post(text=body, channel="moments")  # bench/http.py's post
    result = Engine(discover(), max_workers=1).check(post, load_default_ruleset())
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = f"{args.pg}?options=-csearch_path%3D{schema}"
    try:
        upgrade(url)
        db = Database(url, audit_key="bench-key")
        with tempfile.TemporaryDirectory() as tmp:
            recorder = AuditRecorder(db, policy="redacted", spool_dir=Path(tmp), retry_seconds=3600)

            def work(t: int, n: int) -> None:
                for i in range(n):
                    recorder.record(CheckEvent(f"{t}-{i}", None, post, result, None, "publish"))

            out: dict[str, Any] = {"tree": str(tree)}
            for n in (20, args.per_thread):  # the first pass warms up (prepared statements, caches)
                threads = [threading.Thread(target=work, args=(t, n)) for t in range(args.threads)]
                cpu, wall, groups = time.process_time(), time.perf_counter(), recorder._committer.groups
                for th in threads:
                    th.start()
                for th in threads:
                    th.join()
                total = args.threads * n
                out.update(cpu_ms_per_answer=round((time.process_time() - cpu) * 1000 / total, 3),
                           answers_per_s=round(total / (time.perf_counter() - wall)),
                           mean_group=round(total / (recorder._committer.groups - groups), 1))
            recorder.close()
        db.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tree", help="run this checkout's recorder instead of this one's")
    parser.add_argument("--per-thread", type=int, default=150)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    print(json.dumps(measure(parser.parse_args(argv))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
