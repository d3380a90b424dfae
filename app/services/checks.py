"""Checking posts: request -> Post -> engine -> response, plus the audit hand-off."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from app.detectors.base import Account, Finding, Post
from app.engine import CheckResult, Engine
from app.errors import InvalidInput, TextTooLong
from app.ruleset import Ruleset
from app.schemas.check import CheckRequest, CheckResponse, FindingRead, RulesetRef
from app.taxonomy import Category

if TYPE_CHECKING:
    from app.images import DecodedImage
    from app.ocr.stage import OcrStage


@dataclass(frozen=True, slots=True)
class ImageRecord:
    """What the audit log may keep of an image: its digest, size and the text read (never its pixels)."""

    index: int
    name: str | None
    sha256: str
    format: str
    width: int
    height: int
    text: str | None  # None: not read (OCR timed out, failed or is not installed)


@dataclass(frozen=True, slots=True)
class CheckEvent:
    """What the audit log receives for one answered check."""

    request_id: str
    key_id: str | None
    post: Post
    result: CheckResult
    redacted_text: str | None
    purpose: str = "draft"  # publish | draft | ci | scan (schemas.check.Purpose)
    images: tuple[ImageRecord, ...] = field(default_factory=tuple)

    def source(self, field_name: str) -> str:
        """The text a finding's offsets point into: the post's text or title, or an image's text."""
        if field_name == "text":
            return self.post.text
        if field_name == "title":
            return self.post.title or ""
        image = next((i for i in self.images if f"image:{i.index}" == field_name), None)
        return (image.text or "") if image is not None else ""


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
        image=f.image, box=[list(p) for p in f.box] if f.box is not None else None,
        boxes=[[list(p) for p in b] for b in f.boxes] if f.image is not None else None,
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
    span = event.source(f.field)[f.start : f.end]
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
             "text": _matched_text(f, event, policy),
             **({"image": f.image, "box": [list(p) for p in f.box or ()]} if f.image is not None else {})}
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
    images: Sequence[DecodedImage] = (),
    ocr: OcrStage | None = None,
) -> CheckResponse:
    """Check one post under ``ruleset`` and hand the answer to the audit recorder.

    ``images`` (decoded by the caller, which enforced the limits) are read by the ``ocr`` stage first; their
    text is checked with the post's (app/ocr/combine.py)."""
    post = to_post(req, max_chars=max_chars)
    only = req.options.detectors
    if only is not None and (unknown := set(only) - set(ruleset.detectors)):
        raise InvalidInput(f"unknown detector(s) {sorted(unknown)}; this ruleset has {sorted(ruleset.detectors)}")
    if images:
        from app.services.image_checks import check_with_images

        checked = check_with_images(engine, ruleset, post, images, ocr, only=only,
                                    include_info=req.options.include_info, redact=req.options.redact)
        result, records, image_reads = checked.result, checked.records, checked.reads
    else:
        result = engine.check(post, ruleset, only=only, include_info=req.options.include_info)
        records, image_reads = (), None
    rid = request_id or uuid.uuid4().hex
    # Without a finished PII pass nothing is known to be masked: no "redacted" text rather than a raw one.
    redacted = redact_post(post, result.findings) if req.options.redact and pii_succeeded(result) else None
    audit_id = None
    if recorder is not None:
        audit_id = recorder.record(CheckEvent(rid, key_id, post, result, redacted, req.purpose.value, records))
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
        images=image_reads,
        audit_id=audit_id,
        id=req.id,
    )
