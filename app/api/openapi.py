"""The OpenAPI document states what the service really answers: every error is problem+json.

FastAPI documents a 422 ``HTTPValidationError`` as application/json and nothing else; errors.py turns
every error into RFC 9457 problem+json with other status codes too, so clients (and schemathesis)
would see undocumented statuses and content types. This rewrites each operation's error responses once.
It also states two things the route signatures cannot: a ruleset draft's body (read raw, JSON or YAML)
is a Ruleset, and ``options.detectors`` names only the detectors of the ruleset being served.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, routing
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from app.api import examples, field_docs
from app.ruleset import Ruleset
from app.schemas.check import Problem
from app.schemas.mentions import MentionCreate
from app.schemas.rulesets import ConfirmationProblem, RulesetVersionCreate

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
_BODY_ERRORS = (400, 408, 413, 415)  # the request guard answers these before any route runs
_AUTH_ERRORS = (401, 403, 429, 503)  # 503: keys cannot be checked during a database outage
_CONFLICT_PREFIXES = ("/v1/rulesets", "/v1/incidents", "/v1/reviews", "/v1/verdicts")
_MUTATING = {"post", "put", "patch", "delete"}
_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_CONFIRM_REF = {"$ref": "#/components/schemas/ConfirmationProblem"}
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


def _type_item_lists(schemas: dict[str, Any]) -> None:
    # Batch and mention items are validated one by one (one bad item gets its own error entry), so the
    # routes take list[Any]; the document still says what each item must be.
    _add_model(schemas, "MentionCreate", MentionCreate.model_json_schema(ref_template=_REF))
    _add_model(schemas, "ConfirmationProblem", ConfirmationProblem.model_json_schema(ref_template=_REF))
    typed = (("MentionBatchCreate", "items", "MentionCreate"), ("BatchRequest", "posts", "CheckRequest"))
    for model, field, item in typed:
        prop = schemas.get(model, {}).get("properties", {}).get(field)
        if prop is not None and item in schemas:
            prop["items"] = {"$ref": _REF.format(model=item)}


def _name_detectors(schemas: dict[str, Any], names: list[str]) -> None:
    # check_one refuses names the served ruleset lacks, so the schema lists them (as of startup).
    detectors = schemas.get("CheckOptions", {}).get("properties", {}).get("detectors", {})
    for option in detectors.get("anyOf", []):
        if option.get("type") == "array":
            option["items"] = {"type": "string", "enum": names}


def _limit_images(schemas: dict[str, Any], most: int) -> None:
    # POSTGUARD_MAX_IMAGES is a setting, so the document states the served limit (as of startup).
    for model in ("CheckRequest", "CheckUpload"):
        images = schemas.get(model, {}).get("properties", {}).get("images")
        if images is not None:
            images["maxItems"] = most


def _api_routes(app: FastAPI) -> list[tuple[str, Any]]:
    """(path, route) for every API route, included routers flattened (FastAPI >= 0.16x wraps them)."""
    iterate = getattr(routing, "iter_route_contexts", None)
    if iterate is None:
        return [(r.path, r) for r in app.routes if isinstance(r, APIRoute)]
    found = []
    for context in iterate(app.routes):
        route = getattr(context, "route", None)
        if getattr(route, "dependant", None) is not None:
            found.append((str(context.path_format), route))
    return found


def _walk(dependant: Dependant) -> list[Dependant]:
    found = [dependant]
    for sub in dependant.dependencies:
        found += _walk(sub)
    return found


def _route_facts(route: Any) -> tuple[str | None, bool, bool]:
    """(scope the route requires, whether it opens a database session, whether it takes parameters)."""
    scope: str | None = None
    uses_db = params = False
    for dep in _walk(route.dependant):
        scope = scope or getattr(dep.call, "postguard_scope", None)
        uses_db = uses_db or getattr(dep.call, "__name__", "") == "_session"
        params = params or bool(dep.query_params or dep.path_params or dep.header_params or dep.body_params)
    return scope, uses_db, params


def _errors_of(method: str, path: str, route: Any, auth_on: bool) -> list[int]:
    """Only the errors this operation can answer (issue 11 item 11)."""
    scope, uses_db, params = _route_facts(route) if route is not None else (None, True, True)
    mutating = method in _MUTATING
    codes: set[int] = set()
    if mutating:
        codes |= set(_BODY_ERRORS)
    if params or mutating:
        codes.add(422)
    if scope is not None and auth_on:
        codes |= set(_AUTH_ERRORS)
    if uses_db:
        codes.add(503)
    if params or mutating:  # a path or query parameter, or a body, can name something that does not exist
        codes.add(404)
    if mutating and path.startswith(_CONFLICT_PREFIXES):
        codes.add(409)
    return sorted(codes)


def install(app: FastAPI) -> None:
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas["Problem"] = Problem.model_json_schema(ref_template=_REF)
        _add_draft_body(schemas)
        _type_item_lists(schemas)
        rulesets = getattr(app.state, "rulesets", None)
        if rulesets is not None:
            _name_detectors(schemas, sorted(rulesets.current().detectors))
        schema.setdefault("components", {})["securitySchemes"] = {"bearerAuth": {
            "type": "http", "scheme": "bearer", "bearerFormat": "pg_…",
            "description": "API key from `postguard keys create` or the first run, scopes check/read/review/admin"}}
        # The document describes the running service: with auth off, no operation needs a key.
        settings = getattr(app.state, "settings", None)
        if settings is not None:
            _limit_images(schemas, settings.max_images)
        auth_on = bool(getattr(settings, "auth", True))
        routes = {(m.lower(), path): route for path, route in _api_routes(app) for m in (route.methods or ())}
        for path, operations in schema.get("paths", {}).items():
            for method, operation in operations.items():
                route = routes.get((method, path))
                responses = operation.setdefault("responses", {})
                if auth_on and route is not None and (scope := _route_facts(route)[0]) is not None:
                    operation["security"] = [{"bearerAuth": []}]
                    operation.setdefault("description", "")
                    operation["description"] += f"\n\nNeeds an API key with the `{scope}` scope (or `admin`)."
                errors = _errors_of(method, path, route, auth_on)
                for declared in [k for k in responses if k[:1] in "45" and int(k) not in errors]:
                    responses.pop(declared)  # e.g. a route's own 401 when auth is off
                for status in errors:
                    responses[str(status)] = {
                        "description": _ERRORS[status],
                        "content": {"application/problem+json": {"schema": _PROBLEM_REF}},
                    }
                if path.endswith(("/publish", "/rollback")) and "409" in responses:
                    # 409 is either confirmation_required (with the impact) or a plain conflict (not a draft).
                    responses["409"]["content"]["application/problem+json"]["schema"] = {
                        "anyOf": [_CONFIRM_REF, _PROBLEM_REF]}
                examples.attach(method, path, operation)
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        field_docs.describe(schemas)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
