"""Where workers get the active ruleset. A source hands out whole immutable Ruleset objects, so a
request that took one reference never sees half of a newer version."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from app.ruleset import Ruleset, load_default_ruleset, load_pack_dir, load_yaml_file, parse_ruleset


class RulesetSource(Protocol):
    def current(self) -> Ruleset: ...

    def close(self) -> None: ...


class StaticSource:
    """A fixed ruleset (the packaged pack, or a file given by POSTGUARD_RULESET_FILE)."""

    def __init__(self, ruleset: Ruleset) -> None:
        self._ruleset = ruleset

    def current(self) -> Ruleset:
        return self._ruleset

    def close(self) -> None:
        """Nothing to release."""


def load_ruleset_path(path: Path | None) -> Ruleset:
    """A ruleset from a YAML/JSON file or a pack directory; the packaged default when ``None``."""
    if path is None:
        return load_default_ruleset()
    if path.is_dir():
        return parse_ruleset(load_pack_dir(path))
    return parse_ruleset(load_yaml_file(path))
