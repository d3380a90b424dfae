"""One structured log line per request: id, route template, status, latency, verdicts and counts.

Never the body, the query string, headers or keys: the route is the template (``/v1/rulesets/versions/{number}``),
not the raw path, and check routes leave only verdicts and counts in the request state for this line.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.metrics import route_template
from app.schemas.check import CheckResponse

log = logging.getLogger("postguard.request")
_STATE_KEY = "check_summary"
_PROBES = frozenset({"/healthz", "/readyz", "/metrics"})


def note_checks(request: Request, responses: Iterable[CheckResponse]) -> None:
    """Leave the verdicts and counts of the answered checks for the request log line."""
    items = list(responses)
    verdicts = Counter(r.verdict.value for r in items)
    summary: dict[str, Any] = {
        "posts": len(items),
        "findings": sum(len(r.findings) for r in items),
        "degraded": sum(1 for r in items if r.degraded),
    }
    if len(items) == 1:
        summary["verdict"] = items[0].verdict.value
        summary["ruleset_version"] = items[0].ruleset.version
    else:
        summary["verdicts"] = ",".join(f"{v}:{n}" for v, n in sorted(verdicts.items()))
    request.scope.setdefault("state", {})[_STATE_KEY] = summary


class RequestLogMiddleware:
    """Outermost, so requests refused by the body/content-type guard are logged too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        request_id = ""
        started = time.perf_counter()

        async def capture(message: Message) -> None:
            nonlocal status, request_id
            if message["type"] == "http.response.start":
                status = int(message["status"])
                for key, value in message.get("headers", []):
                    if key.lower() == b"x-request-id":
                        request_id = value.decode("latin-1")
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            state = scope.get("state") or {}
            extra: dict[str, Any] = {
                "request_id": request_id or str(state.get("request_id", "")),
                "method": str(scope.get("method", "")),
                "route": route_template(scope),
                "status": status,
                "latency_ms": round((time.perf_counter() - started) * 1000, 2),
                **state.get(_STATE_KEY, {}),
            }
            level = logging.ERROR if status >= 500 else logging.INFO
            if extra["route"] in _PROBES and status < 500:
                level = logging.DEBUG  # probes and scrapes every few seconds would drown the real traffic
            log.log(level, "request", extra=extra)
