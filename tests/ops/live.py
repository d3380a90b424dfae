"""A real uvicorn process on loopback and a bounded steady load against it, for the ops tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.dbfixtures import wait_ready

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """``command`` is ``serve`` (the real `postguard serve`) or a uvicorn factory path."""

    def __init__(self, tmp: Path, env: dict[str, str], command: str = "serve") -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / f"server-{self.port}.log"
        full_env = {**os.environ, "POSTGUARD_SPOOL_DIR": str(tmp / "spool"), "POSTGUARD_LOG_LEVEL": "WARNING",
                    **env}
        if command == "serve":
            args = ["-c", "import sys; from app.cli import main; sys.exit(main())", "serve", "--port",
                    str(self.port), "--log-level", "warning"]
        else:
            args = ["-m", "uvicorn", command, "--factory", "--port", str(self.port), "--log-level", "warning",
                    "--timeout-graceful-shutdown", "30", "--no-access-log"]
        self._log = self.log_path.open("wb")  # a file, not a pipe: a full pipe would stall the server
        self.proc = subprocess.Popen([sys.executable, *args], env=full_env, cwd=ROOT, stdout=self._log,
                                     stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 90) -> None:
        wait_ready(self.base, lambda: None if self.proc.poll() is None else self.log_tail(), timeout)

    def terminate(self) -> None:
        self.proc.send_signal(signal.SIGTERM)

    def wait(self, timeout: float = 40) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self._log.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.terminate()
            try:
                self.proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()

    def log_tail(self, chars: int = 3000) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]


@dataclass
class Outcome:
    """One request of a load run: when it was sent and answered (monotonic), and what came back."""

    sent: float
    done: float
    status: int | None  # None: transport error (refused, reset), see ``error``
    body: dict[str, Any] | None
    error: str = ""

    @property
    def latency_ms(self) -> float:
        return (self.done - self.sent) * 1000


def steady_load(
    base: str,
    *,
    rate: float,
    seconds: float,
    body: Callable[[int], dict[str, Any]],
    headers: dict[str, str],
    workers: int = 16,
    new_connection_each: bool = False,
    stop: threading.Event | None = None,
) -> list[Outcome]:
    """``rate`` requests per second for ``seconds`` (open loop: a slow server does not slow the sender),
    at most ``workers`` in flight; bounded in both requests and time."""
    local = threading.local()
    clients: list[httpx.Client] = []
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    extra = {"connection": "close"} if new_connection_each else {}

    def client() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=base, timeout=30, headers={**headers, **extra})
            with lock:
                clients.append(local.client)
        c: httpx.Client = local.client
        return c

    def one(i: int) -> None:
        sent = time.monotonic()
        try:
            r = client().post("/v1/check", json=body(i))
            payload = r.json() if r.headers.get("content-type", "").startswith("application/json") else None
            outcome = Outcome(sent, time.monotonic(), r.status_code, payload)
        except httpx.HTTPError as exc:
            outcome = Outcome(sent, time.monotonic(), None, None, type(exc).__name__)
        with lock:
            outcomes.append(outcome)

    total = int(rate * seconds)
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for i in range(total):
            if stop is not None and stop.is_set():
                break
            delay = start + i / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            pool.submit(one, i)
    for c in clients:
        c.close()
    return sorted(outcomes, key=lambda o: o.sent)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0
