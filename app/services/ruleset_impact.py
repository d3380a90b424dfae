"""What a ruleset checks (coverage) and what publishing it would change (impact, confirmation reasons).

A category is *checked* when an enabled, installed detector can report it (for the lexicon: an enabled
lexicon with a rule in that category) and the policy does not let every high/medium/low finding of it pass.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.detectors.registry import Registry
from app.engine import Engine
from app.ruleset import Ruleset
from app.services.ruleset_diff import diff_rulesets
from app.taxonomy import Category, Severity, Verdict

_FLAGGING = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
_CODES = frozenset(c.value for c in Category)


def _verdict(ruleset: Ruleset, category: Category, severity: Severity) -> Verdict:
    policy = ruleset.policy
    table = policy.category_verdict.get(category, policy.severity_verdict)
    return table.get(severity, policy.severity_verdict.get(severity, Verdict.REVIEW))


def enabled_detectors(ruleset: Ruleset) -> set[str]:
    return {name for name, settings in ruleset.detectors.items() if settings.enabled}


def coverage(ruleset: Ruleset, registry: Registry) -> dict[str, list[str]]:
    """Category -> the detectors that check it (only categories some detector checks)."""
    found: dict[str, set[str]] = {}
    for name in enabled_detectors(ruleset):
        if name not in registry:
            continue
        if name == "lexicon":  # the lexicon checks what its rules cover, at their severities
            pairs = {(rule.category, rule.severity) for rule in ruleset.lexicon.rules}
        else:
            pairs = {(Category(c), s) for c in registry.get(name).categories if c in _CODES
                     for s in _FLAGGING}
        for category, severity in pairs:
            if _verdict(ruleset, category, severity) is not Verdict.PASS:
                found.setdefault(category.value, set()).add(name)
    return {c: sorted(names) for c, names in sorted(found.items())}


def coverage_problems(ruleset: Ruleset, registry: Registry) -> list[str]:
    """A ruleset must check every taxonomy category or declare the ones it leaves out (coverage.not_checked)."""
    declared = {c.value for c in ruleset.coverage.not_checked}
    problems = []
    if not enabled_detectors(ruleset) and len(declared) < len(Category):
        problems.append("no detector is enabled, so every post would pass: enable detectors, or declare every "
                        "category under coverage.not_checked")
    checked = coverage(ruleset, registry)
    if missing := [c.value for c in Category if c.value not in checked and c.value not in declared]:
        problems.append(f"categories no enabled detector or rule checks (or the policy lets pass): "
                        f"{', '.join(missing)}; check them, or declare each under coverage.not_checked with the reason")
    return problems


def _listing(items: list[str], limit: int = 10) -> str:
    return ", ".join(items[:limit]) + (f" and {len(items) - limit} more" if len(items) > limit else "")


def impact(*, session: Session, engine: Engine, target: Ruleset, base: Ruleset | None, sample: int,
           max_share: float) -> dict[str, Any]:
    """What replacing ``base`` (the published version; None if none) by ``target`` changes, and why that
    needs an explicit confirmation: rules or detectors removed, categories no longer checked, or more than
    ``max_share`` of the comparable archived verdicts changed (a dry-run over the newest ``sample`` checks)."""
    from app.services.rulesets import dry_run

    reasons: list[str] = []
    summary: dict[str, Any] | None = None  # no version in service: nothing to compare with
    if base is not None:
        diff = diff_rulesets(base, target)
        lost_detectors = sorted(enabled_detectors(base) - enabled_detectors(target))
        before, after = coverage(base, engine.registry), coverage(target, engine.registry)
        lost = sorted(set(before) - set(after))
        summary = {"identical": diff["identical"], "rules_added": diff["rules_added"],
                   "rules_removed": diff["rules_removed"], "rules_changed": sorted(diff["rules_changed"]),
                   "sections_changed": sorted(diff["sections_changed"]), "detectors_disabled": lost_detectors,
                   "categories_no_longer_checked": lost, "categories_newly_checked": sorted(set(after) - set(before))}
        if diff["rules_removed"]:
            reasons.append(f"removes {len(diff['rules_removed'])} rule(s): {_listing(diff['rules_removed'])}")
        if lost_detectors:
            reasons.append(f"removes or disables detector(s): {', '.join(lost_detectors)}")
        if lost:
            reasons.append(f"stops checking categories: {_listing(lost)}")
    dry = dry_run(session=session, engine=engine, ruleset=target, limit=sample) if sample else None
    if dry and dry["checked"] and dry["share"] > max_share:
        reasons.append(f"changes {dry['changed']} of {dry['checked']} comparable archived verdicts "
                       f"({dry['share']:.1%}, more than {max_share:.1%})")
    if dry:
        dry = {**dry, "examples": dry["examples"][:10]}
    return {"from_version": base.version if base is not None else None, "to_version": target.version,
            "confirmation_required": bool(reasons), "reasons": reasons, "diff": summary, "dry_run": dry}
