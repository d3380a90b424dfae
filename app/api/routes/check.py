"""POST /v1/check and /v1/check/batch."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from app.api.deps import CheckCaller, CheckServicesDep
from app.api.errors import item_error_code
from app.api.offload import off_loop
from app.api.request_log import note_checks
from app.errors import ImageTooLarge, InvalidInput, PostguardError, TooManyImages
from app.images import DecodedImage, decode_all, decode_base64_images, limits_of
from app.schemas.check import (
    BatchError,
    BatchRequest,
    BatchResponse,
    CheckRequest,
    CheckResponse,
    ItemError,
    Problem,
)
from app.schemas.upload import CheckUpload
from app.services.checks import check_one
from app.settings import Settings

router = APIRouter(prefix="/v1", tags=["check"])
_ERRORS: dict[int | str, dict[str, object]] = {
    s: {"model": Problem, "content": {"application/problem+json": {}}} for s in (400, 401, 403, 413, 415, 422, 429)
}


def images_of(req: CheckRequest, settings: Settings) -> list[DecodedImage]:
    """The request's base64 images, decoded under the limits (413 / 422 problems when over them)."""
    if not req.images:
        return []
    return decode_base64_images([(i.data, i.name) for i in req.images], limits_of(settings))


@router.post("/check", response_model=CheckResponse, responses=_ERRORS)
async def check(request: Request, body: CheckRequest, caller: CheckCaller, services: CheckServicesDep) -> CheckResponse:
    """Score a draft post: verdict pass / review / block with located, explained findings. Images sent with it
    (base64 in `images`) are read by OCR and their text is checked with the post's."""
    s = services
    response = await off_loop(
        request,
        lambda: check_one(engine=s.engine, ruleset=s.ruleset, req=body, max_chars=s.settings.max_text_chars,
                          recorder=s.recorder, key_id=caller.key_id, request_id=s.request_id or None,
                          images=images_of(body, s.settings), ocr=s.ocr),
    )
    note_checks(request, [response])
    return response


@router.post("/check/upload", response_model=CheckResponse, responses=_ERRORS)
async def check_upload(
    request: Request, upload: Annotated[CheckUpload, Form(media_type="multipart/form-data")], caller: CheckCaller,
    services: CheckServicesDep,
) -> CheckResponse:
    """Check a post whose images are uploaded as files (multipart/form-data) rather than base64 in JSON: the
    same check and answer as POST /v1/check."""
    engine, ruleset, recorder, settings, rid, ocr = (services.engine, services.ruleset, services.recorder,
                                                     services.settings, services.request_id, services.ocr)
    limits = limits_of(settings)
    if len(upload.images) > limits.max_images:
        raise TooManyImages(f"{len(upload.images)} images in one post; the limit is {limits.max_images}")
    raws: list[tuple[bytes, str | None]] = []
    for i, part in enumerate(upload.images):
        raw = await part.read(limits.max_bytes + 1)
        if len(raw) > limits.max_bytes:
            raise ImageTooLarge(f"images[{i}] is over {limits.max_bytes} bytes")
        raws.append((raw, part.filename or None))
    try:
        req = upload.check_request()
    except ValidationError as exc:  # e.g. a lone surrogate in the text: the same 422 as a JSON body gets
        raise RequestValidationError(exc.errors()) from None

    def run() -> CheckResponse:
        return check_one(engine=engine, ruleset=ruleset, req=req, max_chars=settings.max_text_chars,
                         recorder=recorder, key_id=caller.key_id, request_id=rid or None,
                         images=decode_all(raws, limits), ocr=ocr)

    response = await off_loop(request, run)
    note_checks(request, [response])
    return response


@router.post("/check/batch", response_model=BatchResponse, responses=_ERRORS)
async def check_batch(
    request: Request, body: BatchRequest, caller: CheckCaller, services: CheckServicesDep,
) -> BatchResponse:
    """Check up to ``batch_limit`` posts in one call, all under the same ruleset version. Each result
    carries the post's ``index`` and ``id``; a post that cannot be checked gets its own error entry."""
    engine, ruleset, recorder, settings, rid, ocr = (services.engine, services.ruleset, services.recorder,
                                                     services.settings, services.request_id, services.ocr)
    if len(body.posts) > settings.batch_limit:
        raise InvalidInput(f"{len(body.posts)} posts in one batch; the limit is {settings.batch_limit}")

    def one(i: int, post: object) -> CheckResponse | BatchError:
        given = post.get("id") if isinstance(post, dict) else None
        pid = given if isinstance(given, str) else None
        try:
            req = CheckRequest.model_validate(post)
            answer = check_one(engine=engine, ruleset=ruleset, req=req, max_chars=settings.max_text_chars,
                               recorder=recorder, key_id=caller.key_id, request_id=f"{rid}-{i}" if rid else None,
                               images=images_of(req, settings), ocr=ocr)
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

    response = await off_loop(request, run)
    note_checks(request, [r for r in response.results if isinstance(r, CheckResponse)])
    return response
