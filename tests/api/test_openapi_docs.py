# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""OpenAPI declares the bearer scheme and only the errors each operation can return; /docs and /redoc work
offline (issue 11 item 11)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.dbfixtures import db, db_client, db_url  # noqa: F401


def test_bearer_scheme_and_per_operation_security(db_client: TestClient) -> None:
    doc = db_client.get("/openapi.json").json()
    assert doc["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer", "bearerFormat": "pg_…",
        "description": doc["components"]["securitySchemes"]["bearerAuth"]["description"]}
    check = doc["paths"]["/v1/check"]["post"]
    assert check["security"] == [{"bearerAuth": []}] and "`check` scope" in check["description"]
    assert "security" not in doc["paths"]["/healthz"]["get"]


def test_auth_off_declares_no_security(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "security" not in paths["/v1/check"]["post"] and "401" not in paths["/v1/check"]["post"]["responses"]


def test_each_operation_lists_only_errors_it_can_return(db_client: TestClient) -> None:
    paths = db_client.get("/openapi.json").json()["paths"]
    assert set(paths["/healthz"]["get"]["responses"]) == {"200"}
    taxonomy = set(paths["/v1/taxonomy"]["get"]["responses"])
    assert "401" not in taxonomy and "503" not in taxonomy and "422" in taxonomy  # lang is validated
    check = set(paths["/v1/check"]["post"]["responses"])
    assert {"400", "401", "403", "413", "415", "422", "429"} <= check and "409" not in check
    publish = set(paths["/v1/rulesets/versions/{number}/publish"]["post"]["responses"])
    assert "409" in publish
    listing = set(paths["/v1/verdicts"]["get"]["responses"])
    assert "413" not in listing and "415" not in listing
    for operations in paths.values():
        for operation in operations.values():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], status


def test_docs_pages_load_nothing_from_outside(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert not re.findall(r"(?:src|href)=['\"]?https?://", html), page
        for asset in re.findall(r"(?:src|href)=['\"]([^'\"]+)['\"]", html) + re.findall(r"url: '([^']+)'", html):
            if asset.startswith("/"):
                assert client.get(asset).status_code == 200, asset
    assert client.get("/static/swagger-ui/swagger-ui-bundle.js").headers["content-type"].startswith(
        ("application/javascript", "text/javascript"))
