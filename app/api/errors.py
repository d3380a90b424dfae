"""All errors become RFC 9457 problem+json with a stable ``code``, in one place."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import PostguardError
from app.messages import localise

log = logging.getLogger("postguard.api")
PROBLEM = "application/problem+json"

# pydantic error types that have a code of their own; anything else is validation_error.
_TYPE_CODES = {
    "empty_text": "empty_text",
    "invalid_text": "invalid_text",
    "json_invalid": "malformed_json",
    "enum": "invalid_value",
    "missing": "missing_field",
    "model_attributes_type": "wrong_type",
    "model_type": "wrong_type",
    "string_type": "wrong_type",
    "bool_parsing": "wrong_type",
    "bool_type": "wrong_type",
    "list_type": "wrong_type",
    "dict_type": "wrong_type",
    "too_long": "too_many_items",
    "too_short": "too_few_items",
    "extra_forbidden": "unknown_field",
    # Declared bounds (version numbers within the INTEGER column, limits): the same code as a number
    # the database itself refused, so clients see one code whichever layer caught it.
    "less_than_equal": "value_out_of_range",
    "greater_than_equal": "value_out_of_range",
    "datetime_parsing": "invalid_datetime",
    "datetime_from_date_parsing": "invalid_datetime",
    "datetime_type": "invalid_datetime",
    "datetime_from_number": "invalid_datetime",
    "datetime_out_of_range": "invalid_datetime",
}
_HTTP_CODES = {
    400: "malformed_body", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    413: "body_too_large", 415: "unsupported_media_type", 429: "rate_limited",
}


def problem(status: int, code: str, title: str, detail: str, request: Request | None = None,
            errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    if request is not None:
        title, detail = localise(code, title, detail, request.headers.get("accept-language"))
    body: dict[str, Any] = {"type": f"https://postguard.dev/problems/{code}", "title": title, "status": status,
                            "detail": detail, "code": code}
    if request is not None:
        body["instance"] = request.url.path
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _validation_code(errors: list[dict[str, Any]]) -> tuple[int, str]:
    first = errors[0] if errors else {}
    etype = str(first.get("type", ""))
    loc = [str(p) for p in first.get("loc", ())]
    if etype == "json_invalid":
        return 400, "malformed_json"
    # An optional enum field's loc ends with the union member it was checked against (channel, Channel).
    if etype == "enum" and "channel" in loc[-2:]:
        return 422, "unknown_channel"
    if etype == "enum" and "content_type" in loc[-2:]:
        return 422, "unknown_content_type"
    if etype in ("model_attributes_type", "dict_type") and loc == ["body"]:
        return 422, "wrong_type"
    return 422, _TYPE_CODES.get(etype, "validation_error")


def item_error_code(errors: list[dict[str, Any]]) -> str:
    """The code a request with these pydantic errors would get (for per-item errors in batches)."""
    return _validation_code(errors)[1]


def _allowed_methods(app: FastAPI, path: str) -> list[str]:
    methods: set[str] = set()
    for route in app.router.routes:
        regex, allowed = getattr(route, "path_regex", None), getattr(route, "methods", None)
        if regex is not None and allowed and regex.match(path):
            methods |= set(allowed)
    return sorted(methods)


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "type": e.get("type"), "msg": e.get("msg")}
            for e in exc.errors()
        ]
        status, code = _validation_code(list(exc.errors()))
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors[:5]) or "invalid request"
        return problem(status, code, "Invalid request", detail, request, errors)

    @app.exception_handler(PostguardError)
    async def _domain(request: Request, exc: PostguardError) -> JSONResponse:
        if exc.status >= 500:
            log.error("domain_error", extra={"code": exc.code})
        return problem(exc.status, exc.code, exc.title, exc.detail, request, headers=exc.extra.get("headers"))  # type: ignore[arg-type]

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        headers = dict(exc.headers) if exc.headers else None
        if exc.status_code == 405:  # one route per method: Allow must list every route on this path
            headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(app, request.url.path))}
        return problem(exc.status_code, code, str(exc.detail), str(exc.detail), request, headers=headers)

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def _out_of_range(request: Request, exc: Exception) -> JSONResponse:
        # An integer beyond what the database stores (?to=19020011187541773385728): the caller's
        # mistake, caught once here rather than bounding every id parameter of every route.
        if "0x00" in str(exc) or "NUL" in str(exc):  # PostgreSQL refuses NUL in text (a query parameter)
            return problem(422, "invalid_text", "Invalid text",
                           "a parameter contains a NUL character, which the service does not store", request)
        return problem(422, "value_out_of_range", "Value out of range",
                       "a number in the request is outside the range the service stores", request)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled_error", extra={"error": type(exc).__name__})
        return problem(500, "internal_error", "Internal error", "unexpected error; see the server log", request)
