"""A structured diff between two rulesets: rules added / removed / changed (field by field), sections changed."""

from __future__ import annotations

from typing import Any

from app.ruleset import Ruleset


def _changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: {"from": old.get(k), "to": new.get(k)} for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)}


def diff_rulesets(old: Ruleset, new: Ruleset) -> dict[str, Any]:
    """What changes if ``new`` replaces ``old``; empty lists/dicts when nothing does."""
    a = old.model_dump(mode="json", exclude={"version"})
    b = new.model_dump(mode="json", exclude={"version"})
    old_rules = {r["id"]: r for r in a["lexicon"].pop("rules")}
    new_rules = {r["id"]: r for r in b["lexicon"].pop("rules")}
    changed = {rid: _changes(old_rules[rid], new_rules[rid]) for rid in sorted(set(old_rules) & set(new_rules))
               if old_rules[rid] != new_rules[rid]}
    sections: dict[str, Any] = {}
    for key in sorted(set(a) | set(b)):
        if isinstance(a.get(key), dict) and isinstance(b.get(key), dict):
            inner = _changes(a[key], b[key])
            if inner:
                sections[key] = inner
        elif a.get(key) != b.get(key):
            sections[key] = {"from": a.get(key), "to": b.get(key)}
    return {
        "from": {"name": old.name, "version": old.version, "checksum": old.checksum},
        "to": {"name": new.name, "version": new.version, "checksum": new.checksum},
        "identical": old.checksum == new.checksum,
        "rules_added": sorted(set(new_rules) - set(old_rules)),
        "rules_removed": sorted(set(old_rules) - set(new_rules)),
        "rules_changed": changed,
        "sections_changed": sections,
    }
