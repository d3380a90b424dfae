from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.db import Database
from app.detectors.registry import discover
from tests.dbfixtures import AUDIT_KEY, db, db_url, make_settings  # noqa: F401


@pytest.fixture
def keyed_client(db: Database, db_url: str, tmp_path: Path) -> Iterator[TestClient]:  # noqa: F811
    """The service with the audit key and a checkpoint file, on the ``db`` fixture's database."""
    from app.main import create_app

    settings = make_settings(db_url, tmp_path, audit_hmac_key=AUDIT_KEY,
                             audit_checkpoint_file=tmp_path / "anchor" / "checkpoints.jsonl")
    with TestClient(create_app(settings, registry=discover(["lexicon"]))) as c:
        yield c
