#!/usr/bin/env python3
"""HTTP /v1/check against a bare FastAPI echo endpoint under the same uvicorn settings (1 worker, loopback),
with load from a second process, bounded in requests and time.

usage: python bench/http.py [--requests 400] [--concurrency 8] [--seconds 30] [--profile full|lexicon]
                            [--chars N] [--rounds 1] [--json]

``--profile lexicon`` serves the default rules with the lexicon as the only detector (the cheapest check);
``--chars N`` sends a post of N characters (bench/lexicon.py's sentences) instead of the 184-character default.
Each round measures the echo and the check with the same body, one after the other.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

# Run as a script, this file's folder comes first on sys.path and would shadow the standard library's
# "http" (imported later, by httpx); nothing above imports it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BODY = {"text": "今天给大家讲讲重疾险和医疗险的区别，投保前请如实告知健康状况。这款产品收益稳定，欢迎咨询。" * 4,
        "channel": "moments"}
PROFILES = ("full", "lexicon")


def body(chars: int | None = None) -> dict[str, Any]:
    """The request body: BODY, or a post of exactly ``chars`` characters of ordinary sentences."""
    if not chars:
        return BODY
    import random

    from bench.lexicon import SENTENCES

    rng = random.Random(chars)
    text = ""
    while len(text) < chars:
        text += rng.choice(SENTENCES)
    return {"text": text[:chars], "channel": "moments"}


def echo_app() -> Any:
    """The reference: FastAPI parsing the same JSON body and answering it, nothing else."""
    from fastapi import FastAPI

    app = FastAPI()

    @app.post("/v1/check")
    async def echo(body: dict[str, Any]) -> dict[str, Any]:
        return body

    return app


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(factory: str, port: int, extra_env: dict[str, str] | None = None,
           tree: Path = ROOT) -> subprocess.Popen[bytes]:
    env = {**os.environ, "POSTGUARD_DATABASE_URL": "", "POSTGUARD_AUTH": "false", "POSTGUARD_LOG_LEVEL": "WARNING",
           "PYTHONPATH": str(tree), **(extra_env or {})}
    return subprocess.Popen([sys.executable, "-m", "uvicorn", factory, "--factory", "--port", str(port),
                             "--log-level", "warning", "--no-access-log"], cwd=tree, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            httpx.post(url, json=BODY, timeout=5)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def load(url: str, requests: int, concurrency: int, seconds: float, chars: int | None = None) -> dict[str, float]:
    """Closed loop: ``concurrency`` clients, each sending as soon as its last answer came back."""
    import httpx

    payload = body(chars)
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    errors = 0

    def client(n: int) -> None:
        nonlocal errors
        with httpx.Client(timeout=30) as c:
            for _ in range(n):
                if time.monotonic() > deadline:
                    return
                started = time.perf_counter()
                r = c.post(url, json=payload)
                latencies.append(time.perf_counter() - started)
                errors += r.status_code != 200

    for _ in range(concurrency):  # warm each connection path once
        httpx.post(url, json=payload, timeout=30)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(client, [requests // concurrency] * concurrency))
    wall = time.perf_counter() - started
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "rps": round(len(latencies) / wall, 1),
            "p50_ms": round(latencies[len(latencies) // 2] * 1000, 2),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 2)}


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process so far (Linux /proc), None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def lexicon_only_rules(directory: Path) -> Path:
    """The default rules with the lexicon as the only detector, written to ``directory``."""
    from bench.audit_http import _lexicon_only

    path = directory / "lexicon-only.yaml"
    path.write_text(_lexicon_only(), encoding="utf-8")
    return path


def run_one(factory: str, requests: int, concurrency: int, seconds: float, chars: int | None = None,
            env: dict[str, str] | None = None, tree: Path = ROOT) -> dict[str, float]:
    port = _free_port()
    proc = _serve(factory, port, env, tree)
    try:
        url = f"http://127.0.0.1:{port}/v1/check"
        _wait(url, proc)
        # The load runs in a second process so the client's GIL is not the server's.
        command = [sys.executable, __file__, "--load", url, "--requests", str(requests),
                   "--concurrency", str(concurrency), "--seconds", str(seconds)]
        cpu = _cpu_seconds(proc.pid)
        res = subprocess.run([*command, *(["--chars", str(chars)] if chars else [])],
                             check=True, capture_output=True, text=True, cwd=ROOT)
        result: dict[str, float] = json.loads(res.stdout)
        if cpu is not None and (after := _cpu_seconds(proc.pid)) is not None and result["requests"]:
            # The server's own CPU per answer (warm-up requests included): steadier than req/s when the
            # load generator shares the cores, and what a change to the server's work moves.
            result["server_cpu_ms"] = round((after - cpu) * 1000 / result["requests"], 2)
        return result
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def measure(requests: int, concurrency: int, seconds: float, profile: str = "full", chars: int | None = None,
            rounds: int = 1, tree: Path = ROOT) -> dict[str, dict[str, float]]:
    """The echo and the check with the same body, ``rounds`` times interleaved; the best round of each.
    ``tree``: serve the check from another checkout (the echo is always this one's)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        env = {"POSTGUARD_RULESET_FILE": str(lexicon_only_rules(Path(tmp)))} if profile == "lexicon" else {}
        echo: list[dict[str, float]] = []
        check: list[dict[str, float]] = []
        for _ in range(rounds):
            echo.append(run_one("bench.http:echo_app", requests, concurrency, seconds, chars))
            check.append(run_one("app.main:create_app", requests, concurrency, seconds, chars, env, tree))
    best_echo, best_check = max(echo, key=lambda r: r["rps"]), max(check, key=lambda r: r["rps"])
    return {"echo": best_echo, "check": best_check,
            "ratio": {"rps": round(best_check["rps"] / best_echo["rps"], 3)}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--profile", choices=PROFILES, default="full")
    parser.add_argument("--chars", type=int, default=None, help="post length (default: the 184-character post)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--tree", type=Path, default=ROOT, help="serve the check from this checkout")
    parser.add_argument("--load", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.load:
        print(json.dumps(load(args.load, args.requests, args.concurrency, args.seconds, args.chars)))
        return 0
    print(json.dumps(measure(args.requests, args.concurrency, args.seconds, args.profile, args.chars, args.rounds,
                             args.tree.resolve()), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
