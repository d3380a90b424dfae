"""Checking posts: request -> Post -> engine -> response, plus the audit hand-off."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from app.detectors.base import Account, Finding, Post
from app.engine import CheckResult, Engine
from app.errors import InvalidInput, TextTooLong
from app.ruleset import Ruleset
from app.schemas.check import CheckRequest, CheckResponse, FindingRead, RulesetRef
from app.taxonomy import Category


@dataclass(frozen=True, slots=True)
class CheckEvent:
    """What the audit log receives for one answered check."""

    request_id: str
    key_id: str | None
    post: Post
    result: CheckResult
    redacted_text: str | None
    purpose: str = "draft"  # publish | draft | ci | scan (schemas.check.Purpose)


class Recorder(Protocol):
    """Where answered checks go (the audit log). ``record`` returns the audit event id, if any."""

    def record(self, event: CheckEvent) -> str | None: ...


def to_post(req: CheckRequest, *, max_chars: int) -> Post:
    for name, value in (("text", req.text), ("title", req.title)):
        if value is not None and len(value) > max_chars:
            raise TextTooLong(f"{name} has {len(value)} characters; the limit is {max_chars}", field=name)
    account = req.account
    return Post(
        text=req.text,
        title=req.title,
        channel=req.channel.value if req.channel else None,
        content_type=req.content_type.value,
        account=Account(
            id=account.id if account else None,
            owner_name=account.owner_name if account else None,
            owner_phone=account.owner_phone if account else None,
        ),
    )


def finding_read(f: Finding) -> FindingRead:
    return FindingRead(
        category=Category(f.category), start=f.start, end=f.end, text=f.text, field=f.field, detector=f.detector,
        rule_id=f.rule_id, severity=f.severity, message=f.message, basis=f.basis, suggestion=f.suggestion,
        score=round(f.score, 4), evidence=list(f.evidence), confidence=round(f.confidence, 4), context=f.context,
    )


def pii_succeeded(result: CheckResult) -> bool:
    """The PII detector ran on this check and finished: not only configured, and not timed out or failed."""
    return any(r.name == "pii" and r.status == "ok" for r in result.runs)


def redact_post(post: Post, findings: Sequence[Finding]) -> str:
    from app.redact import redact

    return redact(post.text, [f for f in findings if f.field == "text"])


def _matched_text(f: Finding, event: CheckEvent, policy: str) -> str | None:
    """What the audit log keeps of a finding's matched text: as sent (policy full), with personal
    information masked (redacted; only when the PII detector ran), or nothing."""
    if f.text is None or policy == "none":
        return None
    if policy == "full":
        return f.text
    if "pii" not in event.result.detector_versions or f.start is None or f.end is None:
        return None
    source = event.post.text if f.field == "text" else (event.post.title or "")
    span = source[f.start : f.end]
    inner = [replace(p, start=p.start - f.start, end=p.end - f.start) for p in event.result.findings
             if p.category.startswith("pii_") and p.field == f.field and p.start is not None and p.end is not None
             and p.start < f.end and p.end > f.start]
    if any((p.start or 0) < 0 or (p.end or 0) > len(span) for p in inner):
        return None  # personal information crosses the span's edge: keep nothing rather than half of it
    from app.redact import redact

    return redact(span, inner, field=f.field)


def stored_findings(event: CheckEvent, *, policy: str) -> list[dict[str, Any]]:
    """The findings as the audit log keeps them: enough to explain the verdict months later (message,
    basis, suggestion, matched text per ``policy``) without the rules of that day."""
    return [{"category": str(f.category), "rule_id": f.rule_id, "severity": str(f.severity), "field": f.field,
             "start": f.start, "end": f.end, "detector": f.detector, "score": round(f.score, 4),
             "message": f.message, "basis": f.basis, "suggestion": f.suggestion,
             "confidence": round(f.confidence, 4), "context": f.context,
             "text": _matched_text(f, event, policy)}
            for f in event.result.findings]


def check_one(
    *,
    engine: Engine,
    ruleset: Ruleset,
    req: CheckRequest,
    max_chars: int,
    recorder: Recorder | None = None,
    key_id: str | None = None,
    request_id: str | None = None,
) -> CheckResponse:
    """Check one post under ``ruleset`` and hand the answer to the audit recorder."""
    post = to_post(req, max_chars=max_chars)
    only = req.options.detectors
    if only is not None and (unknown := set(only) - set(ruleset.detectors)):
        raise InvalidInput(f"unknown detector(s) {sorted(unknown)}; this ruleset has {sorted(ruleset.detectors)}")
    result = engine.check(post, ruleset, only=only, include_info=req.options.include_info)
    rid = request_id or uuid.uuid4().hex
    # Without a finished PII pass nothing is known to be masked: no "redacted" text rather than a raw one.
    redacted = redact_post(post, result.findings) if req.options.redact and pii_succeeded(result) else None
    audit_id = None
    if recorder is not None:
        audit_id = recorder.record(CheckEvent(rid, key_id, post, result, redacted, req.purpose.value))
    return CheckResponse(
        request_id=rid,
        verdict=result.verdict,
        score=result.score,
        findings=[finding_read(f) for f in result.findings],
        ruleset=RulesetRef(name=result.ruleset_name, version=result.ruleset_version),
        elapsed_ms=result.elapsed_ms,
        degraded=result.degraded,
        detectors=result.detector_versions,
        redacted_text=redacted,
        audit_id=audit_id,
        id=req.id,
    )
