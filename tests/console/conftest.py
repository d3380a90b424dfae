"""Console fixtures: a database with a lexicon-only published ruleset, people of each role, a signed-in client."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.db import Database
from app.detectors.registry import discover
from app.services.users import create_user
from tests.dbfixtures import db, db_url, make_settings  # noqa: F401  (fixtures)

PASSWORD = "correct horse battery"


def add_user(db: Database, username: str, role: str) -> None:  # noqa: F811
    with db.session() as session, session.begin():
        create_user(session=session, username=username, display_name=username.title(), role=role,
                    password=PASSWORD, actor="test")


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in through the form; returns the CSRF token of the page signed in to."""
    page = client.get("/console/login")
    response = client.post("/console/login", data={"username": username, "password": password,
                                                   "csrf": csrf_of(page.text)})
    assert response.status_code == 200, response.text
    return csrf_of(response.text)


@pytest.fixture
def console(db: Database, db_url: str, tmp_path: Path) -> Iterator[TestClient]:  # noqa: F811
    from app.main import create_app

    for username, role in (("admin", "admin"), ("rita", "reviewer"), ("ravi", "reviewer"), ("amy", "rule_author")):
        add_user(db, username, role)
    app = create_app(make_settings(db_url, tmp_path), registry=discover(["lexicon"]))
    with TestClient(app) as c:
        yield c
