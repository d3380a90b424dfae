# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""The console's dashboard shows operations data beside compliance (issue 13): the accounts publishing most with
their reads, 合规率 and complaints, and reach by verdict."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.db import Database
from tests.console.conftest import sign_in
from tests.dbfixtures import bearer, db, db_url, new_key  # noqa: F401


def test_dashboard_lists_the_accounts_publishing_most(console: TestClient, db: Database) -> None:
    key = bearer(new_key(db, "check"))
    checked = console.post("/v1/check", json={"text": "这款产品稳赚不赔！", "purpose": "publish",
                                              "account": {"id": "gh_hz"}}, headers=key).json()
    figures = [{"account_id": "gh_hz", "post_ref": "p1", "audit_id": checked["audit_id"], "reads": 4321},
               {"account_id": "gh_nb", "post_ref": "p2", "reads": 12}]
    assert console.post("/v1/operations/posts", json={"items": figures}, headers=key).status_code == 200
    sign_in(console, "admin")
    page = console.get("/console/dashboard").text
    table = page[page.index('id="operations"'):]
    assert table.index("gh_hz") < table.index("gh_nb") and "4321" in table and "0.0%" in table
    assert "运营数据" in page and "合规与传播" in page and "拦截" in page[page.index("合规与传播"):]
