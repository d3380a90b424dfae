#!/usr/bin/env python3
"""HTTP /v1/check against a bare FastAPI echo endpoint under the same uvicorn settings (1 worker, loopback),
with load from a second process, bounded in requests and time.

usage: python bench/http.py [--requests 400] [--concurrency 8] [--seconds 30] [--json]
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


def _serve(factory: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "POSTGUARD_DATABASE_URL": "", "POSTGUARD_AUTH": "false", "POSTGUARD_LOG_LEVEL": "WARNING",
           "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "uvicorn", factory, "--factory", "--port", str(port),
                             "--log-level", "warning", "--no-access-log"], cwd=ROOT, env=env,
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


def load(url: str, requests: int, concurrency: int, seconds: float) -> dict[str, float]:
    """Closed loop: ``concurrency`` clients, each sending as soon as its last answer came back."""
    import httpx

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
                r = c.post(url, json=BODY)
                latencies.append(time.perf_counter() - started)
                errors += r.status_code != 200

    for _ in range(concurrency):  # warm each connection path once
        httpx.post(url, json=BODY, timeout=30)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(client, [requests // concurrency] * concurrency))
    wall = time.perf_counter() - started
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "rps": round(len(latencies) / wall, 1),
            "p50_ms": round(latencies[len(latencies) // 2] * 1000, 2),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 2)}


def measure(requests: int, concurrency: int, seconds: float) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for name, factory in (("echo", "bench.http:echo_app"), ("check", "app.main:create_app")):
        port = _free_port()
        proc = _serve(factory, port)
        try:
            url = f"http://127.0.0.1:{port}/v1/check"
            _wait(url, proc)
            # The load runs in a second process so the client's GIL is not the server's.
            res = subprocess.run([sys.executable, __file__, "--load", url, "--requests", str(requests),
                                  "--concurrency", str(concurrency), "--seconds", str(seconds)],
                                 check=True, capture_output=True, text=True, cwd=ROOT)
            out[name] = json.loads(res.stdout)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--load", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.load:
        print(json.dumps(load(args.load, args.requests, args.concurrency, args.seconds)))
        return 0
    print(json.dumps(measure(args.requests, args.concurrency, args.seconds), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
