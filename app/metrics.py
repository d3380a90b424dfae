"""Prometheus metrics. One registry per app so tests (and several apps in one process) stay apart.

Labels are bounded: route templates, verdicts, taxonomy categories, detector names — never content,
account ids or key ids.
"""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.engine import CheckResult

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("postguard_http_requests_total", "HTTP requests", ["route", "method", "status"],
                                registry=r)
        self.latency = Histogram("postguard_http_request_seconds", "HTTP request latency", ["route", "method"],
                                 buckets=_LATENCY_BUCKETS, registry=r)
        self.in_flight = Gauge("postguard_http_in_flight", "requests being served", registry=r)
        self.verdicts = Counter("postguard_verdicts_total", "check verdicts", ["verdict"], registry=r)
        self.findings = Counter("postguard_findings_total", "findings by category", ["category", "detector"],
                                registry=r)
        self.detector_seconds = Histogram("postguard_detector_seconds", "detector run time", ["detector"],
                                          buckets=_LATENCY_BUCKETS, registry=r)
        self.detector_failures = Counter("postguard_detector_failures_total", "detector errors and timeouts",
                                         ["detector", "status"], registry=r)
        self.ruleset_version = Gauge("postguard_ruleset_version", "active ruleset version", ["name"], registry=r)
        self.ruleset_refused = Gauge("postguard_ruleset_refused", "1 while the published ruleset version fails its "
                                     "checksum and an older one is served", registry=r)
        self.spool_depth = Gauge("postguard_audit_spool_depth", "audit events waiting in the local spool",
                                 registry=r)

    def observe_check(self, result: CheckResult) -> None:
        self.verdicts.labels(result.verdict.value).inc()
        for f in result.findings:
            self.findings.labels(f.category, f.detector).inc()
        for run in result.runs:
            self.detector_seconds.labels(run.name).observe(run.elapsed_ms / 1000)
            if run.status != "ok":
                self.detector_failures.labels(run.name, run.status).inc()

    def refresh(self, *, ruleset_name: str, ruleset_version: int, spooled: int, ruleset_refused: bool = False
                ) -> None:
        """Gauges read at scrape time: the active ruleset (one series), a refused version, the audit spool depth."""
        self.ruleset_version.clear()  # a renamed ruleset must not leave its old series behind
        self.ruleset_version.labels(ruleset_name).set(ruleset_version)
        self.ruleset_refused.set(1 if ruleset_refused else 0)
        self.spool_depth.set(spooled)

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


def route_template(scope: Scope) -> str:
    """The matched route's path template; never the raw path (ids and typos would explode cardinality)."""
    route: Any = scope.get("route")
    path = getattr(route, "path", None)
    return str(path) if path else "unmatched"


class MetricsMiddleware:
    """Counts requests and latency per route template (not raw path: ids would explode cardinality)."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        started = time.perf_counter()

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        self.metrics.in_flight.inc()
        try:
            await self.app(scope, receive, capture)
        finally:
            self.metrics.in_flight.dec()
            route = route_template(scope)
            method = str(scope.get("method", ""))
            self.metrics.requests.labels(route, method, str(status)).inc()
            self.metrics.latency.labels(route, method).observe(time.perf_counter() - started)
