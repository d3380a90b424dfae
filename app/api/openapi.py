"""The OpenAPI document states what the service really answers: every error is problem+json.

FastAPI documents a 422 ``HTTPValidationError`` as application/json and nothing else; errors.py turns
every error into RFC 9457 problem+json with other status codes too, so clients (and schemathesis)
would see undocumented statuses and content types. This rewrites each operation's error responses once.
It also states two things the route signatures cannot: a ruleset draft's body (read raw, JSON or YAML)
is a Ruleset, and ``options.detectors`` names only the detectors of the ruleset being served.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from app.ruleset import Ruleset
from app.schemas.check import Problem
from app.schemas.rulesets import RulesetVersionCreate

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
_REF = "#/components/schemas/{model}"


def _add_model(schemas: dict[str, Any], name: str, schema: dict[str, Any]) -> None:
    for sub, definition in schema.pop("$defs", {}).items():
        schemas.setdefault(sub, definition)  # enums shared with other models (Severity, Verdict) are identical
    schemas[name] = schema


def _add_draft_body(schemas: dict[str, Any]) -> None:
    # POST /v1/rulesets/versions reads its body itself (JSON or YAML), so FastAPI cannot derive it.
    _add_model(schemas, "Ruleset", Ruleset.model_json_schema(ref_template=_REF))
    draft = RulesetVersionCreate.model_json_schema(ref_template=_REF)
    draft["properties"]["document"]["anyOf"] = [
        {"$ref": _REF.format(model="Ruleset")},
        {"type": "string", "description": "the ruleset as YAML/JSON text"},
    ]
    _add_model(schemas, "RulesetVersionCreate", draft)


def _name_detectors(schemas: dict[str, Any], names: list[str]) -> None:
    # check_one refuses names the served ruleset lacks, so the schema lists them (as of startup).
    detectors = schemas.get("CheckOptions", {}).get("properties", {}).get("detectors", {})
    for option in detectors.get("anyOf", []):
        if option.get("type") == "array":
            option["items"] = {"type": "string", "enum": names}


def install(app: FastAPI) -> None:
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas["Problem"] = Problem.model_json_schema(ref_template=_REF)
        _add_draft_body(schemas)
        rulesets = getattr(app.state, "rulesets", None)
        if rulesets is not None:
            _name_detectors(schemas, sorted(rulesets.current().detectors))
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
