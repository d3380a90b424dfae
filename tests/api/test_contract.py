"""The OpenAPI document tells the truth: what it declares invalid is refused, what it declares valid is accepted."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from fastapi.testclient import TestClient

from app.schemas.keys import Scope
from app.services.keys import SCOPES


@pytest.mark.parametrize(("url", "status"), [
    ("/v1/verdicts?until=0.5", 422),  # a bare number is not a date-time (pydantic would read Unix time)
    ("/v1/verdicts?since=1700000000", 422),
    ("/v1/verdicts?since=2024-05-01T08:00:00%2B08:00&until=2024-05-02T00:00:00Z", 200),
    ("/v1/stats?until=-1", 422),
    ("/v1/stats?since=2024-05-01T00:00:00Z", 200),
    ("/v1/incidents?since=0.5", 422),
    ("/v1/incidents?since=2024-05-01T00:00:00Z", 200),
    ("/v1/verdicts?cursor=", 422),  # empty: would silently restart the listing
    ("/v1/verdicts?cursor=%C2%B2", 422),  # a Unicode digit str.isdigit() accepts but int() does not
    ("/v1/verdicts?cursor=" + "9" * 19, 422),  # past BIGINT
    ("/v1/verdicts?cursor=12", 200),
    ("/v1/reviews/queue?cursor=", 422),
    ("/v1/reviews/queue?cursor=3", 200),
    ("/v1/rulesets/versions/0", 422),
    ("/v1/rulesets/versions/2147483648", 422),  # past the INTEGER column
    ("/v1/rulesets/versions/2147483647", 404),
    ("/v1/rulesets/diff?to=19020011187541773385728", 422),
])
def test_parameters_are_validated_as_declared(client: TestClient, url: str, status: int) -> None:
    assert client.get(url).status_code == status


@pytest.mark.parametrize(("scopes", "status"), [
    ([""], 422), (["write"], 422), ([], 422), (["check"], 201), (["read", "review"], 201),
])
def test_key_scopes_are_an_enum(client: TestClient, scopes: list[str], status: int) -> None:
    assert client.post("/v1/keys", json={"owner": "t", "scopes": scopes}).status_code == status


def test_scope_enum_matches_the_service() -> None:
    assert set(get_args(Scope)) == set(SCOPES)


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"][name]
    return result


def test_document_declares_what_routes_cannot(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    draft = doc["paths"]["/v1/rulesets/versions"]["post"]["requestBody"]
    assert draft["required"] is True and set(draft["content"]) == {"application/json", "application/x-yaml"}
    document = _schema(doc, "RulesetVersionCreate")["properties"]["document"]["anyOf"]
    assert {"$ref": "#/components/schemas/Ruleset"} in document and "LexiconRule" in doc["components"]["schemas"]
    assert _schema(doc, "ApiKeyCreate")["properties"]["scopes"]["items"]["enum"] == list(get_args(Scope))
    detectors = _schema(doc, "CheckOptions")["properties"]["detectors"]["anyOf"]
    served = sorted(client.app.state.rulesets.current().detectors)  # type: ignore[attr-defined]
    assert {"type": "array", "items": {"type": "string", "enum": served}} in detectors
    until = next(p for p in doc["paths"]["/v1/verdicts"]["get"]["parameters"] if p["name"] == "until")
    assert {"type": "string", "format": "date-time"} in until["schema"]["anyOf"]
    handbook = doc["paths"]["/v1/rulesets/versions/{number}/handbook"]["get"]["responses"]["200"]["content"]
    assert {"text/markdown", "text/html"} <= set(handbook)


@pytest.mark.parametrize(("detectors", "status"), [(["lexicon"], 200), (["nope"], 422)])
def test_detectors_option_takes_the_served_names(client: TestClient, detectors: list[str], status: int) -> None:
    body = {"text": "保险小知识", "options": {"detectors": detectors}}
    assert client.post("/v1/check", json=body).status_code == status


@pytest.mark.parametrize("url", ["/v1/rulesets/versions/2147483648", "/v1/verdicts?limit=501"])
def test_declared_bounds_share_the_out_of_range_code(client: TestClient, url: str) -> None:
    assert client.get(url).json()["code"] == "value_out_of_range"
