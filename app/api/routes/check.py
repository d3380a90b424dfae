"""POST /v1/check and /v1/check/batch."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from app.api.deps import CheckCaller, EngineDep, RecorderDep, RequestIdDep, RulesetDep, SettingsDep
from app.api.errors import item_error_code
from app.api.request_log import note_checks
from app.errors import InvalidInput, PostguardError
from app.schemas.check import (
    BatchError,
    BatchRequest,
    BatchResponse,
    CheckRequest,
    CheckResponse,
    ItemError,
    Problem,
)
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
    """Check up to ``batch_limit`` posts in one call, all under the same ruleset version. Each result
    carries the post's ``index`` and ``id``; a post that cannot be checked gets its own error entry."""
    if len(body.posts) > settings.batch_limit:
        raise InvalidInput(f"{len(body.posts)} posts in one batch; the limit is {settings.batch_limit}")

    def one(i: int, post: object) -> CheckResponse | BatchError:
        given = post.get("id") if isinstance(post, dict) else None
        pid = given if isinstance(given, str) else None
        try:
            req = CheckRequest.model_validate(post)
            answer = check_one(engine=engine, ruleset=ruleset, req=req, max_chars=settings.max_text_chars,
                               recorder=recorder, key_id=caller.key_id, request_id=f"{rid}-{i}" if rid else None)
        except ValidationError as exc:
            errors: list[dict[str, Any]] = [dict(e) for e in exc.errors()]
            where = ".".join(str(p) for p in errors[0]["loc"]) or "post"
            return BatchError(index=i, id=pid, error=ItemError(code=item_error_code(errors),
                                                               detail=f"{where}: {errors[0]['msg']}"))
        except PostguardError as exc:
            if exc.status >= 500:
                raise
            return BatchError(index=i, id=pid, error=ItemError(code=exc.code, detail=exc.detail))
        return answer.model_copy(update={"index": i})

    def run() -> BatchResponse:
        results = [one(i, p) for i, p in enumerate(body.posts)]
        checked = sum(1 for r in results if isinstance(r, CheckResponse))
        return BatchResponse(results=results, checked=checked, rejected=len(results) - checked)

    response = await run_in_threadpool(run)
    note_checks(request, [r for r in response.results if isinstance(r, CheckResponse)])
    return response
