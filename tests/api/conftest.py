from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.helpers import LEXICON_ONLY


@pytest.fixture
def ruleset_file(tmp_path: Path) -> Path:
    path = tmp_path / "ruleset.yaml"
    path.write_text(yaml.safe_dump(LEXICON_ONLY, allow_unicode=True), "utf-8")
    return path


@pytest.fixture
def client(tmp_path: Path, ruleset_file: Path) -> Iterator[TestClient]:
    settings = Settings(auth=False, ruleset_file=ruleset_file, database_url=f"sqlite:///{tmp_path}/pg.db",
                        spool_dir=tmp_path / "spool", max_body_bytes=100_000, max_text_chars=1000, batch_limit=3,
                        max_image_body_bytes=100_000)
    with TestClient(create_app(settings)) as c:
        yield c
