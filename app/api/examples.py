"""Examples in the OpenAPI document: a real request and answer for every operation.

scripts/openapi_examples.py records them by running one scenario against the real app and writes
openapi_examples.json beside this module; ``attach`` puts them into the document, so Swagger's "Try it out"
starts from a body that works and every response shows what the service really answers.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

EXAMPLES_FILE = Path(__file__).with_name("openapi_examples.json")


@cache
def recorded() -> dict[str, Any]:
    """{"operations": {"get /path": {"request", "params", "status", "response"}}, "errors": {"404": problem}}."""
    try:
        data: dict[str, Any] = json.loads(EXAMPLES_FILE.read_text("utf-8"))
    except FileNotFoundError:  # a tree without the generated file still serves a document, without examples
        return {"operations": {}, "errors": {}}
    return data


def _has_document(found: dict[str, Any]) -> bool:
    return any(isinstance(part, dict) and "document" in part for part in (found["request"], found["response"]))


def attach(method: str, path: str, operation: dict[str, Any]) -> None:
    """Add the recorded examples to one operation of the document, in place."""
    data = recorded()
    found = data["operations"].get(f"{method} {path}")
    if found is not None:
        content = operation.get("requestBody", {}).get("content", {})
        body = content.get("application/json", content.get("multipart/form-data"))
        if body is not None and found["request"] is not None:
            body["example"] = found["request"]
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "query" and parameter["name"] in (found["params"] or {}):
                parameter["example"] = found["params"][parameter["name"]]
        answer = operation.get("responses", {}).get(str(found["status"]), {}).get("content", {})
        if "application/json" in answer:
            answer["application/json"]["example"] = found["response"]
        if _has_document(found):
            operation["description"] = operation.get("description", "") + (
                "\n\nIn the example the ruleset document keeps only the first 2 items of each list.")
    gated = path.endswith(("/publish", "/rollback"))  # their 409 carries the impact
    for status, response in operation.get("responses", {}).items():
        problem = data["errors"].get(f"{status}-confirm" if gated and status == "409" else status)
        content = response.get("content", {}).get("application/problem+json")
        if problem is not None and content is not None:
            content["example"] = problem
