from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("config_doc", ROOT / "scripts" / "config_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["config_doc"] = module
    spec.loader.exec_module(module)
    return module


def test_configuration_doc_is_in_sync_with_settings() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert doc == _script().render(), "docs/configuration.md is stale: run python scripts/config_doc.py"


def test_every_setting_has_a_row_with_a_meaning() -> None:
    rows = _script().render().splitlines()
    for name in Settings.model_fields:
        row = next((r for r in rows if r.startswith(f"| `{name}` |")), None)
        assert row is not None, name
        assert f"`POSTGUARD_{name.upper()}`" in row
        assert row.rstrip(" |").split("|")[-1].strip(), f"{name} has no description in app/settings.py"
