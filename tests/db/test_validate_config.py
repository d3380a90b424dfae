from __future__ import annotations

from app.detectors.registry import discover
from app.engine import Engine
from app.ruleset import load_default_ruleset, parse_ruleset
from app.services.rulesets import validate_ruleset


def _engine() -> Engine:
    ruleset = load_default_ruleset()
    registry = discover(list(ruleset.detectors))
    registry.load_models()
    return Engine(registry)


def test_default_pack_has_no_config_problems() -> None:
    problems = validate_ruleset(load_default_ruleset(), _engine())
    assert problems == []


def test_bad_detector_settings_and_alert_rules_are_reported() -> None:
    doc = load_default_ruleset().model_dump(mode="json")
    doc["detectors"]["claims"]["config"]["no_such_setting"] = 1
    doc["alerts"] = [{"id": "x", "kind": "nonsense"}]
    problems = validate_ruleset(parse_ruleset(doc), _engine())
    assert any("'claims' rejects its settings" in p for p in problems), problems
    assert any(p.startswith("alerts.") for p in problems), problems
