"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    """Ready to check posts: models loaded, a ruleset active; reports degraded audit storage."""
    state = request.app.state
    ruleset = state.rulesets.current()
    body: dict[str, Any] = {
        "status": "ok",
        "ruleset": {"name": ruleset.name, "version": ruleset.version, "checksum": ruleset.checksum},
        "detectors": {d.name: d.version for d in state.engine.registry.all()},
    }
    refused = getattr(state.rulesets, "refused", None)
    if refused:  # the published version failed its checksum: an older one is served
        body["status"] = "degraded"
        body["ruleset"]["refused"] = refused
    failed = state.engine.registry.failed
    if failed:
        body["status"] = "degraded"
        body["failed_detectors"] = sorted(failed)
    recorder = getattr(state, "recorder", None)
    health = getattr(recorder, "health", None)
    if callable(health):
        audit = health()
        body["audit"] = audit
        if audit.get("status") != "ok":
            body["status"] = "degraded"  # still answering checks; audit events are spooled
    return JSONResponse(body, status_code=200)
