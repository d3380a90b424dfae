"""The OpenAPI document states what the service really answers: every error is problem+json.

FastAPI documents a 422 ``HTTPValidationError`` as application/json and nothing else; errors.py turns
every error into RFC 9457 problem+json with other status codes too, so clients (and schemathesis)
would see undocumented statuses and content types. This rewrites each operation's error responses once.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from app.schemas.check import Problem

_ERRORS = {
    400: "Malformed body (not JSON, invalid UTF-8)",
    401: "Missing or unknown API key",
    403: "The key lacks the scope",
    404: "No such resource",
    405: "Method not allowed",
    408: "Request body not received in time",
    409: "Conflicts with the current state",
    413: "Body too large",
    415: "Not a JSON body",
    422: "Invalid request",
    429: "Rate limited",
    503: "A dependency (the database) is unavailable",
}
_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def install(app: FastAPI) -> None:
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, description in _ERRORS.items():
                    responses[str(status)] = {
                        "description": description,
                        "content": {"application/problem+json": {"schema": _PROBLEM_REF}},
                    }
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
