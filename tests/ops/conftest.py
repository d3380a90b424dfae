"""Fixtures for the production-readiness tests: an in-process app with every default detector and a
lexicon rule of our own (so assertions do not depend on the packaged word lists)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.detectors.registry import Registry
from app.ruleset import Ruleset, load_default_ruleset
from app.rulesource import StaticSource
from app.settings import Settings

BANNED = "稳赚不赔"
RULE = {"id": "ops.no_loss", "category": "guaranteed_return", "severity": "high", "terms": [BANNED],
        "message": "m", "basis": "b", "suggestion": "s"}


def ops_ruleset(rules: list[dict[str, Any]] | None = None, **policy: Any) -> Ruleset:
    """The packaged detectors and policy with only our lexicon rules."""
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["lexicon"]["rules"] = rules if rules is not None else [RULE]
    doc["policy"].update(policy)
    return Ruleset.model_validate(doc)


def app_settings(tmp: Path, **changes: Any) -> Settings:
    base: dict[str, Any] = {"auth": False, "database_url": f"sqlite:///{tmp}/ops.db", "spool_dir": tmp / "spool",
                            "log_level": "WARNING", "detector_workers": 8}
    base.update(changes)
    return Settings(**base)


def client_for(tmp: Path, ruleset: Ruleset, registry: Registry | None = None, **changes: Any) -> TestClient:
    from app.main import create_app

    app = create_app(app_settings(tmp, **changes), registry=registry, rulesets=StaticSource(ruleset))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def full_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """Every default detector with its real model, loaded once per module."""
    with client_for(tmp_path_factory.mktemp("ops"), ops_ruleset()) as client:
        yield client


def lexicon_findings(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in body["findings"] if f["rule_id"] == RULE["id"]]
