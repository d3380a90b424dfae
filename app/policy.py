"""Findings plus the ruleset's policy -> verdict and risk score. The only place verdicts are made."""

from __future__ import annotations

from collections.abc import Iterable

from app.detectors.base import Finding
from app.ruleset import Policy
from app.taxonomy import VERDICT_RANK, Category, Severity, Verdict

_SEVERITY_WEIGHT = {Severity.HIGH: 1.0, Severity.MEDIUM: 0.6, Severity.LOW: 0.3, Severity.INFO: 0.05}


def finding_verdict(finding: Finding, policy: Policy) -> Verdict:
    try:
        table = policy.category_verdict.get(Category(finding.category), policy.severity_verdict)
    except ValueError:  # a third-party category outside the taxonomy
        table = policy.severity_verdict
    return table.get(finding.severity, policy.severity_verdict.get(finding.severity, Verdict.REVIEW))


def decide(findings: Iterable[Finding], policy: Policy, *, degraded: bool = False) -> Verdict:
    """The most severe verdict any finding earns; a failed detector forces review when failing closed."""
    verdict = Verdict.PASS
    for finding in findings:
        v = finding_verdict(finding, policy)
        if VERDICT_RANK[v] > VERDICT_RANK[verdict]:
            verdict = v
    if degraded and policy.on_detector_error == "fail_closed" and verdict is Verdict.PASS:
        verdict = Verdict.REVIEW
    return verdict


def risk_score(findings: Iterable[Finding]) -> float:
    """0..1: the strongest finding's confidence weighted by its severity."""
    return round(max((_SEVERITY_WEIGHT[f.severity] * f.score for f in findings), default=0.0), 4)
