#!/usr/bin/env python3
"""Audited HTTP /v1/check on PostgreSQL against the same server with auditing off, in one run.

Both servers are `app.main:create_app` under uvicorn (1 worker, loopback, auth off, the default rules); the
audited one has POSTGUARD_DATABASE_URL set to a fresh PostgreSQL schema (so every answered check is an audit
event, written by group commit), the other none (no audit). Load comes from a second process: closed-loop
clients. Afterwards the audit rows are counted against the requests answered and the chain is verified.

usage: python bench/audit_http.py [--requests 1500] [--concurrency 16] [--seconds 40] [--lexicon-only] [--rounds 1]
                                  [--pg URL] [--tree DIR]   (--tree: serve another checkout, e.g. the previous release)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.http import _cpu_seconds, _free_port, _wait  # noqa: E402

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _serve(tree: Path, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    full = {**os.environ, "POSTGUARD_AUTH": "false", "POSTGUARD_LOG_LEVEL": "WARNING", "PYTHONPATH": str(tree), **env}
    return subprocess.Popen([sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory", "--port", str(port),
                             "--log-level", "warning", "--no-access-log"], cwd=tree, env=full,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _load(url: str, requests: int, concurrency: int, seconds: float) -> dict[str, Any]:
    res = subprocess.run([sys.executable, str(ROOT / "bench" / "http.py"), "--load", url, "--requests", str(requests),
                          "--concurrency", str(concurrency), "--seconds", str(seconds)],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    out: dict[str, Any] = json.loads(res.stdout)
    return out


def _run(tree: Path, env: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    port = _free_port()
    proc = _serve(tree, port, env)
    try:
        url = f"http://127.0.0.1:{port}/v1/check"
        _wait(url, proc)
        cpu = _cpu_seconds(proc.pid)
        result = _load(url, args.requests, args.concurrency, args.seconds)
        if cpu is not None and (after := _cpu_seconds(proc.pid)) is not None and result["requests"]:
            result["server_cpu_ms"] = round((after - cpu) * 1000 / result["requests"], 2)  # the server's own
        return result
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from sqlalchemy import create_engine, func, select, text

    from app.db import Database, upgrade
    from app.models import AuditEvent
    from app.services.audit import verify_chain

    tree = Path(args.tree).resolve() if args.tree else ROOT
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = f"{args.pg}?options=-csearch_path%3D{schema}"
    try:
        upgrade(url)
        with tempfile.TemporaryDirectory() as tmp:
            # A static ruleset for both servers (the database's published version would be the same pack).
            common = {"POSTGUARD_DATA_DIR": tmp, "POSTGUARD_RULESET_FILE": str(tree / "app" / "rules" / "default")}
            if args.lexicon_only:
                rules = Path(tmp) / "lexicon.yaml"
                rules.write_text(_lexicon_only(), encoding="utf-8")
                common["POSTGUARD_RULESET_FILE"] = str(rules)
            offs, ons = [], []
            for _ in range(args.rounds):  # interleaved, best of rounds: the machine is shared
                offs.append(_run(tree, {**common, "POSTGUARD_DATABASE_URL": ""}, args))
                ons.append(_run(tree, {**common, "POSTGUARD_DATABASE_URL": url, "POSTGUARD_SPOOL_DIR": f"{tmp}/spool"},
                                args))
        db = Database(url)
        with db.session() as session:
            rows = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "check"))
        with db.session() as session:
            report = verify_chain(session, hmac_key="")
        db.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    # Every answered request is an audit row: the warm-up requests (one per client) and _wait's probe too.
    answered = sum(on["requests"] - on["errors"] + args.concurrency + 1 for on in ons)
    off, on = max(offs, key=lambda r: r["rps"]), max(ons, key=lambda r: r["rps"])
    return {"tree": str(tree), "rounds": args.rounds, "audit_off": off, "audit_on_postgres": on,
            "ratio": round(on["rps"] / off["rps"], 3), "audit_rows": rows, "answered": answered,
            "lost": answered - (rows or 0), "chain_ok": report.ok}


def _lexicon_only() -> str:
    import yaml

    from app.ruleset import load_default_ruleset

    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["detectors"] = {"lexicon": {"enabled": True}}
    taxonomy = {r["category"] for r in doc["lexicon"]["rules"]}
    from app.taxonomy import Category

    missing = sorted(c.value for c in Category if c.value not in taxonomy)
    doc["coverage"] = {"not_checked": {c: "benchmark: lexicon only" for c in missing}}
    return yaml.safe_dump(doc, allow_unicode=True)


def pg_url() -> str:
    return os.environ.get("POSTGUARD_TEST_PG_URL", PG)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=40)
    parser.add_argument("--lexicon-only", action="store_true", help="the lexicon alone (checks cost least)")
    parser.add_argument("--rounds", type=int, default=1, help="interleaved off/on runs; the best of each is reported")
    parser.add_argument("--pg", default=pg_url())
    parser.add_argument("--tree", help="serve this checkout instead of this one")
    print(json.dumps(measure(parser.parse_args(argv)), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
