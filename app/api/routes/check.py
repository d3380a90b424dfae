"""POST /v1/check and /v1/check/batch."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from app.api.deps import CheckCaller, EngineDep, RecorderDep, RequestIdDep, RulesetDep, SettingsDep
from app.api.request_log import note_checks
from app.errors import InvalidInput
from app.schemas.check import BatchRequest, BatchResponse, CheckRequest, CheckResponse, Problem
from app.services.checks import check_one

router = APIRouter(prefix="/v1", tags=["check"])
_ERRORS: dict[int | str, dict[str, object]] = {
    s: {"model": Problem, "content": {"application/problem+json": {}}} for s in (400, 401, 403, 413, 415, 422, 429)
}


@router.post("/check", response_model=CheckResponse, responses=_ERRORS)
async def check(
    request: Request, body: CheckRequest, caller: CheckCaller, engine: EngineDep, ruleset: RulesetDep,
    recorder: RecorderDep, settings: SettingsDep, rid: RequestIdDep,
) -> CheckResponse:
    """Score a draft post: verdict pass / review / block with located, explained findings."""
    response = await run_in_threadpool(
        lambda: check_one(engine=engine, ruleset=ruleset, req=body, max_chars=settings.max_text_chars,
                          recorder=recorder, key_id=caller.key_id, request_id=rid or None)
    )
    note_checks(request, [response])
    return response


@router.post("/check/batch", response_model=BatchResponse, responses=_ERRORS)
async def check_batch(
    request: Request, body: BatchRequest, caller: CheckCaller, engine: EngineDep, ruleset: RulesetDep,
    recorder: RecorderDep, settings: SettingsDep, rid: RequestIdDep,
) -> BatchResponse:
    """Check up to ``batch_limit`` posts in one call, all under the same ruleset version."""
    if len(body.posts) > settings.batch_limit:
        raise InvalidInput(f"{len(body.posts)} posts in one batch; the limit is {settings.batch_limit}")

    def run() -> BatchResponse:
        return BatchResponse(results=[
            check_one(engine=engine, ruleset=ruleset, req=p, max_chars=settings.max_text_chars, recorder=recorder,
                      key_id=caller.key_id, request_id=f"{rid}-{i}" if rid else None)
            for i, p in enumerate(body.posts)
        ])

    response = await run_in_threadpool(run)
    note_checks(request, response.results)
    return response
