"""Writers during `audit verify` on SQLite: the slowest append while verify walks N events, next to the
slowest append with no verify running (side by side, same process, same file).

    nice python bench/audit_verify_live.py [--events 60000]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time

from app.db import Database, upgrade
from app.services.audit import append_events, new_event, verify_chain


def _appends_while(db: Database, running: threading.Event) -> list[float]:
    """Append one event every 10 ms while ``running`` is set; the latency of each."""
    latencies = []
    while running.is_set():
        start = time.perf_counter()
        with db.session() as session, session.begin():
            append_events(session, [new_event("check", verdict="pass")])
        latencies.append(time.perf_counter() - start)
        time.sleep(0.01)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=60_000)
    args = parser.parse_args()
    url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    upgrade(url)
    db = Database(url, audit_key="")
    for _ in range(0, args.events, 2000):
        with db.session() as session, session.begin():
            append_events(session, [new_event("check", verdict="pass", stored_text="x" * 200) for _ in range(2000)])
    took: dict[str, float] = {}

    def verify(running: threading.Event) -> None:
        start = time.perf_counter()
        with db.session() as session:
            assert verify_chain(session, hmac_key="").ok
        took["verify"] = time.perf_counter() - start
        running.clear()

    running = threading.Event()
    running.set()
    walker = threading.Thread(target=verify, args=(running,))
    walker.start()
    during = _appends_while(db, running)
    walker.join()
    quiet = threading.Event()
    quiet.set()
    threading.Timer(took["verify"], quiet.clear).start()
    alone = _appends_while(db, quiet)
    print(f"verify of {args.events} events: {took['verify']:.1f} s; appends meanwhile: {len(during)}, slowest "
          f"{max(during) * 1000:.0f} ms; with no verify: {len(alone)}, slowest {max(alone) * 1000:.0f} ms; "
          f"ratio {max(during) / max(alone):.1f}")
    db.dispose()


if __name__ == "__main__":
    main()
