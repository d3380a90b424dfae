"""Console page latency on a dev-sized archive: a SQLite database filled with ``--events`` checked posts (the
claim corpus's sentences, checked by the lexicon rules, cycled over channels and accounts, a tenth reviewed),
then each console page fetched ``--repeat`` times in-process; prints the median and worst milliseconds.

    nice python bench/console.py [--events 20000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, bench/ comes first on sys.path and its http.py would shadow the standard library's "http".
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from app.db import Database, upgrade  # noqa: E402
from app.detectors.base import Account, Post  # noqa: E402
from app.detectors.registry import discover  # noqa: E402
from app.engine import Engine  # noqa: E402
from app.services.audit import append_events  # noqa: E402
from app.services.checks import CheckEvent  # noqa: E402
from app.services.reviews import add_review, review_queue  # noqa: E402
from app.services.spool import check_row  # noqa: E402
from app.services.users import create_user  # noqa: E402
from tests.dbfixtures import lexicon_only, make_settings, publish_now  # noqa: E402

CHANNELS = ["moments", "wechat_mp", "weibo", "douyin", "xiaohongshu"]
PASSWORD = "bench password"


def texts() -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "corpus" / "claims").glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return lines


def fill(db: Database, events: int) -> None:
    ruleset = lexicon_only()
    registry = discover(["lexicon"])
    registry.load_models()
    engine = Engine(registry, max_workers=1)
    corpus, rng = texts(), random.Random(7)
    batch: list[dict[str, object]] = []
    for i in range(events):
        post = Post(text=corpus[i % len(corpus)], channel=CHANNELS[i % len(CHANNELS)], content_type="article",
                    account=Account(id=f"acct-{rng.randrange(40)}"))
        result = engine.check(post, ruleset)
        batch.append(check_row(CheckEvent(f"bench-{i}", "bench", post, result, None), policy="full"))
        if len(batch) == 500:
            with db.session() as session, session.begin():
                append_events(session, batch)
            batch = []
    if batch:
        with db.session() as session, session.begin():
            append_events(session, batch)
    with db.session() as session, session.begin():
        waiting, _ = review_queue(session=session, limit=events // 10)
        for e in waiting[::2]:
            add_review(session=session, audit_id=e.id, decision="reject", reason="bench", reviewer="bench")
        create_user(session=session, username="bench", display_name="bench", role="admin", password=PASSWORD,
                    actor="bench")
    engine.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    from app.main import create_app

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        upgrade(url)
        db = Database(url)
        publish_now(db, lexicon_only())
        started = time.perf_counter()
        fill(db, args.events)
        print(f"filled {args.events} events in {time.perf_counter() - started:.1f} s")
        with db.session() as session:
            some = review_queue(session=session, limit=1)[0]
            audit_id = some[0].id if some else ""
        db.dispose()
        app = create_app(make_settings(url, Path(tmp)), registry=discover(["lexicon"]))
        with TestClient(app) as client:
            login = client.get("/console/login")
            token = login.text.split('name="csrf" value="')[1].split('"')[0]
            client.post("/console/login", data={"username": "bench", "password": PASSWORD, "csrf": token})
            pages = ["/console/check", "/console/queue", "/console/verdicts", "/console/verdicts?verdict=block",
                     f"/console/verdicts/{audit_id}", "/console/rules", "/console/incidents", "/console/dashboard"]
            print(f"{'page':40} {'median ms':>10} {'max ms':>8}")
            for page in pages:
                times = []
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    response = client.get(page)
                    times.append((time.perf_counter() - t0) * 1000)
                    assert response.status_code == 200, (page, response.status_code)
                print(f"{page[:40]:40} {statistics.median(times):10.1f} {max(times):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
