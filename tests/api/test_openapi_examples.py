# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""Every request and response in the OpenAPI document has an example, recorded from the real service, and each
example is valid against the schema the document gives for it (issue 11 item 11)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from app.api.examples import EXAMPLES_FILE
from tests.dbfixtures import db, db_client, db_url  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def _media(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(where, media object) for every JSON request body and every JSON or problem response."""
    found = []
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                found.append((f"{method} {path} request", body))
            for status, response in operation["responses"].items():
                for kind in ("application/json", "application/problem+json"):
                    if kind in response.get("content", {}):
                        found.append((f"{method} {path} {status}", response["content"][kind]))
    return found


def _validate(doc: dict[str, Any], schema: dict[str, Any], example: Any) -> None:
    # "#/components/..." references resolve against a root that carries the document's components.
    jsonschema.Draft202012Validator({**schema, "components": doc["components"]}).validate(example)


def test_every_request_and_response_has_an_example(db_client: TestClient) -> None:
    doc = db_client.get("/openapi.json").json()
    media = _media(doc)
    assert len(media) > 100
    missing = [where for where, m in media if "example" not in m]
    assert missing == []


def test_examples_are_valid_against_their_schemas(db_client: TestClient) -> None:
    doc = db_client.get("/openapi.json").json()
    for where, m in _media(doc):
        try:
            _validate(doc, m["schema"], m["example"])
        except jsonschema.ValidationError as exc:
            pytest.fail(f"{where}: {exc.message} at {list(exc.absolute_path)}")
    for operations in doc["paths"].values():  # query parameter examples too
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if "example" in parameter:
                    value = parameter["example"]
                    schema = parameter["schema"]
                    if isinstance(value, str) and '"integer"' in json.dumps(schema):
                        value = int(value)
                    _validate(doc, schema, value)


def test_a_wrong_example_would_be_caught(db_client: TestClient) -> None:
    doc = db_client.get("/openapi.json").json()
    check = doc["paths"]["/v1/check"]["post"]["requestBody"]["content"]["application/json"]
    with pytest.raises(jsonschema.ValidationError):
        _validate(doc, check["schema"], {**check["example"], "channel": "fax"})


def test_the_recorded_examples_are_up_to_date() -> None:
    """The scenario still reaches every operation and error it recorded, and nothing more."""
    spec = importlib.util.spec_from_file_location("openapi_examples", ROOT / "scripts" / "openapi_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.record()
    committed = json.loads(EXAMPLES_FILE.read_text("utf-8"))
    assert set(fresh["operations"]) == set(committed["operations"])
    assert set(fresh["errors"]) == set(committed["errors"])
    for key, recorded in fresh["operations"].items():  # same shape of answer (ids and times differ)
        if isinstance(recorded["response"], dict):
            assert set(recorded["response"]) == set(committed["operations"][key]["response"]), key


def test_typed_bodies_in_the_document(db_client: TestClient) -> None:
    doc = db_client.get("/openapi.json").json()
    schemas = doc["components"]["schemas"]
    mention = schemas["MentionBatchCreate"]["properties"]["items"]["items"]
    assert mention == {"$ref": "#/components/schemas/MentionCreate"}
    assert schemas["BatchRequest"]["properties"]["posts"]["items"] == {"$ref": "#/components/schemas/CheckRequest"}
    diff = doc["paths"]["/v1/rulesets/diff"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert diff == {"$ref": "#/components/schemas/RulesetDiffRead"}
    assert {"from", "to", "rules_changed"} <= set(schemas["RulesetDiffRead"]["properties"])
    publish = doc["paths"]["/v1/rulesets/versions/{number}/publish"]["post"]["responses"]["409"]
    assert publish["content"]["application/problem+json"]["schema"] == {"anyOf": [  # or a plain conflict
        {"$ref": "#/components/schemas/ConfirmationProblem"}, {"$ref": "#/components/schemas/Problem"}]}
    assert schemas["RulesetPublishRead"]["properties"]["impact"]["$ref"] == "#/components/schemas/RulesetImpact"


def test_every_field_is_described(db_client: TestClient) -> None:
    from app.api.field_docs import FIELDS, PARENTS

    schemas = db_client.get("/openapi.json").json()["components"]["schemas"]
    bare = [f"{name}.{field}" for name, schema in schemas.items()
            for field, prop in schema.get("properties", {}).items() if not prop.get("description")]
    assert bare == []
    named = {f"{PARENTS.get(name, name)}.{field}" for name, schema in schemas.items()
             for field in schema.get("properties", {})} | {f"{name}.{field}" for name, schema in schemas.items()
                                                            for field in schema.get("properties", {})}
    assert sorted(set(FIELDS) - named) == []  # no entry outlives its field
