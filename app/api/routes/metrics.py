"""GET /metrics: Prometheus text exposition of this worker process.

Open by default, like /healthz: the series carry no content, keys or account ids (bounded labels
only), and scrapers rarely hold API keys; keep the port on the internal network. With
``POSTGUARD_METRICS_REQUIRE_KEY=true`` a key with the ``read`` scope is required.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.api.deps import require
from app.metrics import Metrics

router = APIRouter(tags=["health"])
_read = require("read")


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Requests, latency, verdicts, findings, detector timings, ruleset version, audit spool depth."""
    state = request.app.state
    if state.settings.metrics_require_key:
        await _read(request)
    registry: Metrics = state.metrics
    ruleset = state.rulesets.current()
    health = getattr(getattr(state, "recorder", None), "health", None)
    spooled = int(health().get("spooled", 0)) if callable(health) else 0
    registry.refresh(ruleset_name=ruleset.name, ruleset_version=ruleset.version, spooled=spooled,
                     ruleset_refused=bool(getattr(state.rulesets, "refused", None)))
    body, content_type = registry.render()
    return Response(body, media_type=content_type)
