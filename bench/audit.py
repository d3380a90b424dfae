"""Audit append throughput: one event per transaction (what each answered check costs) on SQLite and
PostgreSQL, single-threaded and with 4 concurrent writers contending for the chain-head lock.

    nice python bench/audit.py [--events 500] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
import uuid

from sqlalchemy import create_engine, text

from app.db import Database, upgrade
from app.services.audit import append_events, new_event, verify_chain


def _row() -> dict[str, object]:
    return new_event("check", verdict="review", content_sha256="0" * 64, findings='[{"rule_id":"x"}]',
                     categories=",ad_absolute,", ruleset_name="bench", ruleset_version=1, latency_ms=1.5)


def run(db: Database, events: int, threads: int) -> float:
    per = events // threads

    def work() -> None:
        for _ in range(per):
            with db.session() as session, session.begin():
                append_events(session, [_row()])

    pool = [threading.Thread(target=work) for _ in range(threads)]
    start = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return per * threads / (time.perf_counter() - start)


def bench(url: str, events: int) -> None:
    upgrade(url)
    db = Database(url)
    one = run(db, events, 1)
    four = run(db, events, 4)
    with db.session() as session:
        ok = verify_chain(session, hmac_key="").ok
    start = time.perf_counter()
    with db.session() as session:
        checked = verify_chain(session, hmac_key="").checked
    verify_rate = checked / (time.perf_counter() - start)
    print(f"{db.engine.dialect.name:10s}  1 writer: {one:7.0f} events/s   4 writers: {four:7.0f} events/s   "
          f"verify: {verify_rate:7.0f} events/s   chain ok: {ok}")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{tmp}/bench.db", args.events)
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:
        print(f"postgresql  skipped: {type(exc).__name__}")
        return
    try:
        bench(f"{args.pg}?options=-csearch_path%3D{schema}", args.events)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


if __name__ == "__main__":
    main()
