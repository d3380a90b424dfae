"""A scripted sentiment detector and a real local webhook receiver, for the mentions/incident tests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from app.detectors.base import DetectContext, Finding, Post

# Marker word -> (score, reason): the fake's whole model. Texts without a marker score nothing.
SCRIPT = {"垃圾": (0.95, "service"), "拒赔": (0.9, "claims_dispute"), "有点慢": (0.55, "service")}


class ScriptedSentiment:
    """Reports negative_sentiment over the whole text when a marker word occurs (a pipeline fake)."""

    name = "sentiment"
    version = "scripted"
    categories = frozenset({"negative_sentiment"})

    def load(self) -> None:
        """Nothing to load."""

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        hits = [v for k, v in SCRIPT.items() if k in post.text]
        if not hits:
            return []
        score, reason = max(hits)
        return [Finding(category="negative_sentiment", start=0, end=len(post.text), text=post.text,
                        detector=self.name, rule_id=f"sentiment.{reason}", severity="medium", message="m",
                        basis="b", suggestion="s", score=score, field="text")]


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict[str, object]:
        doc: dict[str, object] = json.loads(self.body)
        return doc


@dataclass
class Receiver:
    """What the receiver got, and the statuses it answers with in turn (then 200)."""

    url: str
    statuses: list[int] = field(default_factory=list)
    calls: list[Received] = field(default_factory=list)
    ok: list[Received] = field(default_factory=list)

    def wait_ok(self, n: int = 1, timeout: float = 10.0) -> list[Received]:
        """The first ``n`` calls answered 2xx, waiting up to ``timeout`` seconds for them."""
        deadline = time.monotonic() + timeout
        while len(self.ok) < n and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.ok[:n]


@contextmanager
def receiver(statuses: list[int] | None = None) -> Iterator[Receiver]:
    """A real HTTP server on 127.0.0.1 on a free port."""
    state = Receiver(url="", statuses=list(statuses or []))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            call = Received({k.lower(): v for k, v in self.headers.items()}, body)
            status = state.statuses.pop(0) if state.statuses else 200
            state.calls.append(call)
            if 200 <= status < 300:
                state.ok.append(call)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # quiet test output
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
