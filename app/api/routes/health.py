"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from app.api.deps import require
from app.errors import PostguardError

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


async def _may_see_detail(request: Request) -> bool:
    """Checksums and detector versions help an attacker probe the rules: only a caller with the read scope
    sees them. A probe without a key (or with a bad one) still gets its status, never a 401."""
    if getattr(request.app.state, "authenticator", None) is None:
        return True  # auth is off: everything is open anyway
    if "authorization" not in request.headers:
        return False
    try:
        await require("read")(request)
    except PostguardError:
        return False
    return True


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    """Ready to check posts: models loaded, a ruleset active; reports degraded audit storage. The ruleset
    checksum, detector versions and failed detector names need a key with the read scope."""
    state = request.app.state
    ruleset = state.rulesets.current()
    detail = await _may_see_detail(request)
    body: dict[str, Any] = {"status": "ok", "ruleset": {"name": ruleset.name, "version": ruleset.version}}
    if detail:
        body["ruleset"]["checksum"] = ruleset.checksum
        body["detectors"] = {d.name: d.version for d in state.engine.registry.all()}
    refused = getattr(state.rulesets, "refused", None)
    if refused:  # the published version failed its checksum: an older one is served
        body["status"] = "degraded"
        if detail:
            body["ruleset"]["refused"] = refused
    failed = state.engine.registry.failed
    if failed:
        body["status"] = "degraded"
        body["failed_detectors"] = sorted(failed) if detail else len(failed)
    recorder = getattr(state, "recorder", None)
    health = getattr(recorder, "health", None)
    if callable(health):
        audit = health()
        body["audit"] = audit
        if audit.get("status") != "ok":
            body["status"] = "degraded"  # still answering checks; audit events are spooled
    return JSONResponse(body, status_code=200)
