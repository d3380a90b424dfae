"""Fixtures for the image tests. Without the `ocr` extra or the CJK font the tests that need them skip with the
reason; CI installs both and sets POSTGUARD_REQUIRE_OCR=1, which turns such a skip into a failure."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from app.main import create_app
from app.ocr.stage import OcrStage
from app.settings import Settings
from tests.ocr import posters


def need(ok: bool, reason: str) -> None:
    """Skip without ``ok``, or fail where CI requires the OCR tests to run."""
    if ok:
        return
    if os.environ.get("POSTGUARD_REQUIRE_OCR") == "1":
        pytest.fail(f"POSTGUARD_REQUIRE_OCR=1 but {reason}")
    pytest.skip(reason)


def need_pillow() -> None:
    need(importlib.util.find_spec("PIL") is not None, "Pillow is not installed (pip install -e '.[ocr]')")


def need_ocr() -> None:
    from app.ocr import backend

    need(backend.available(), "the OCR backend is not installed (pip install -e '.[ocr]')")
    need(posters.available(), f"the CJK font {posters.FONT} is missing (apt-get install fonts-noto-cjk)")


def make_client(tmp_path: Path, ocr: OcrStage | None = None, **overrides: object) -> TestClient:
    settings = Settings(auth=False, database_url=f"sqlite:///{tmp_path}/ocr.db", spool_dir=tmp_path / "spool",
                        **overrides)  # type: ignore[arg-type]
    return TestClient(create_app(settings, ocr=ocr))


@pytest.fixture(scope="module")
def real_stage() -> Iterator[OcrStage]:
    """The real OCR stage (one worker), shared by a module's tests: the model loads once."""
    need_ocr()
    stage = OcrStage(workers=1, timeout_s=120.0)
    stage.warm()
    yield stage
    stage.close()


@pytest.fixture
def lexicon_ruleset(tmp_path: Path) -> Path:
    from tests.helpers import LEXICON_ONLY

    path = tmp_path / "ruleset.yaml"
    path.write_text(yaml.safe_dump(LEXICON_ONLY, allow_unicode=True), "utf-8")
    return path
