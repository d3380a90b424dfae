"""Ingesting inbound comments and mentions: validate each item, score it with the engine (content type
comment/mention, so negative_sentiment and pii run), store it without raw PII, evaluate alert rules.

A bad item gets its own error code and never costs the others their place; a repeated
(source, external_id) is reported as a duplicate of the stored mention, not stored twice.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.detectors.base import Account, Post
from app.engine import CheckResult, Engine
from app.errors import InvalidInput, RulesetInvalid
from app.models import Mention
from app.models.base import utcnow
from app.ruleset import Ruleset
from app.schemas.mentions import IncidentRef, ItemError, MentionBatchRead, MentionCreate, MentionResult
from app.services.alerts import AlertRule, alert_rules, evaluate
from app.services.incidents import raise_incident
from app.taxonomy import Category

log = logging.getLogger("postguard.mentions")
NEGATIVE = Category.NEGATIVE_SENTIMENT.value
# pydantic error types -> the per-item codes clients see (the same vocabulary as request problems).
_CODES = {"missing": "missing_field", "string_type": "wrong_type", "model_type": "wrong_type",
          "model_attributes_type": "wrong_type", "dict_type": "wrong_type", "literal_error": "unknown_content_type",
          "empty_text": "empty_text", "invalid_text": "invalid_text", "string_too_long": "too_long",
          "string_too_short": "empty_field", "timezone_aware": "naive_datetime", "datetime_parsing": "invalid_datetime",
          "datetime_from_date_parsing": "invalid_datetime", "datetime_type": "invalid_datetime",
          "datetime_out_of_range": "invalid_datetime"}


@dataclass(frozen=True, slots=True)
class IngestPolicy:
    store_text: str  # none | redacted | full (Settings.store_text)
    hash_key: str  # keys author-handle hashes; empty = authors are not kept (unless policy full)
    max_chars: int
    batch_limit: int
    webhook_url: str
    target_minutes: int


@dataclass(slots=True)
class _Scored:
    index: int
    item: MentionCreate
    result: CheckResult
    incidents: list[str] = field(default_factory=list)


def item_error(exc: ValidationError) -> ItemError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "item"
    return ItemError(code=_CODES.get(first["type"], "validation_error"), detail=f"{where}: {first['msg']}")


def author_ref(handle: str | None, *, policy: str, key: str) -> str | None:
    """What is kept of an author handle: itself under policy full, else a keyed hash (a plain hash of a
    handle is reversed by guessing handles), else nothing when no key is configured."""
    if not handle or not handle.strip():
        return None
    if policy == "full":
        return handle
    if not key:
        return None
    digest = hmac.new(key.encode(), handle.strip().lower().encode(), hashlib.sha256).hexdigest()
    return "h:" + digest[:40]


def _stored_text(text: str, result: CheckResult, policy: str) -> tuple[str, str | None]:
    if policy == "full":
        return "full", text
    pii_ok = any(r.name == "pii" and r.status == "ok" for r in result.runs)
    if policy == "redacted" and pii_ok:  # without a PII pass nothing would be masked: keep nothing
        from app.redact import redact

        try:
            return "redacted", redact(text, [f for f in result.findings if f.field == "text"])
        except Exception as exc:
            log.error("mention_redaction_failed", extra={"error": type(exc).__name__})
    return "none", None


def _score(engine: Engine, ruleset: Ruleset, index: int, raw: Any, max_chars: int) -> _Scored | MentionResult:
    try:
        item = MentionCreate.model_validate(raw)
    except ValidationError as exc:
        return MentionResult(index=index, status="rejected", error=item_error(exc))
    if len(item.text) > max_chars:
        return MentionResult(index=index, status="rejected", error=ItemError(
            code="text_too_long", detail=f"text has {len(item.text)} characters; the limit is {max_chars}"))
    post = Post(text=item.text, content_type=item.content_type, account=Account(id=item.account_id))
    return _Scored(index, item, engine.check(post, ruleset))


def _mention(s: _Scored, policy: IngestPolicy, now: datetime) -> Mention:
    item, result = s.item, s.result
    negatives = sorted((f for f in result.findings if f.category == NEGATIVE), key=lambda f: -f.score)
    text_policy, stored = _stored_text(item.text, result, policy.store_text)
    findings = [{"category": str(f.category), "rule_id": f.rule_id, "severity": str(f.severity), "field": f.field,
                 "start": f.start, "end": f.end, "detector": f.detector, "score": round(f.score, 4)}
                for f in result.findings]
    return Mention(
        id=uuid.uuid4().hex, source=item.source, external_id=item.external_id, account_id=item.account_id,
        post_ref=item.post_ref, author=author_ref(item.author_handle, policy=policy.store_text, key=policy.hash_key),
        content_type=item.content_type, created_at=item.created_at or now, received_at=now,
        content_sha256=hashlib.sha256(item.text.encode()).hexdigest(), text_policy=text_policy,
        stored_text=stored, negative=bool(negatives), score=round(negatives[0].score, 4) if negatives else 0.0,
        reason=negatives[0].rule_id.rsplit(".", 1)[-1][:32] if negatives else None, verdict=str(result.verdict),
        findings=json.dumps(findings, ensure_ascii=False, sort_keys=True), ruleset_version=result.ruleset_version)


def _existing(session: Session, scored: list[_Scored]) -> dict[tuple[str, str], str]:
    by_source: dict[str, set[str]] = {}
    for s in scored:
        if s.item.external_id is not None:
            by_source.setdefault(s.item.source, set()).add(s.item.external_id)
    found: dict[tuple[str, str], str] = {}
    for source, ids in by_source.items():
        for mid, ext in session.execute(select(Mention.id, Mention.external_id).where(
                Mention.source == source, Mention.external_id.in_(ids))):
            if ext is not None:
                found[(source, ext)] = mid
    return found


class _Batch:
    """One transaction's bookkeeping: known (source, external_id) pairs, incidents touched."""

    def __init__(self, session: Session, scored: list[_Scored], policy: IngestPolicy, now: datetime) -> None:
        self.session, self.policy, self.now = session, policy, now
        self.known = _existing(session, scored)
        self.incidents: dict[str, IncidentRef] = {}
        self.opened: set[str] = set()

    def store(self, s: _Scored, rules: tuple[AlertRule, ...]) -> MentionResult:
        ext = s.item.external_id
        key = (s.item.source, ext) if ext is not None else None
        if key is not None and key in self.known:
            return MentionResult(index=s.index, status="duplicate", id=self.known[key])
        mention = _mention(s, self.policy, self.now)
        try:
            with self.session.begin_nested():
                self.session.add(mention)
        except IntegrityError:  # the same (source, external_id) stored concurrently
            if key is None:
                raise
            self.known.update(_existing(self.session, [s]))
            return MentionResult(index=s.index, status="duplicate", id=self.known.get(key))
        if key is not None:
            self.known[key] = mention.id
        for trigger in evaluate(session=self.session, mention=mention, text=s.item.text, rules=rules):
            incident, opened = raise_incident(session=self.session, trigger=trigger, now=self.now,
                                              target_minutes=self.policy.target_minutes,
                                              webhook_url=self.policy.webhook_url)
            s.incidents.append(incident.id)
            if opened:
                self.opened.add(incident.id)
            self.incidents[incident.id] = IncidentRef(id=incident.id, rule_id=incident.rule_id,
                                                      group_by=incident.group_by, group_key=incident.group_key,
                                                      opened=incident.id in self.opened)
        return MentionResult(index=s.index, status="accepted", id=mention.id, negative=mention.negative,
                             score=mention.score, reason=mention.reason, verdict=mention.verdict,
                             incidents=s.incidents)


def ingest_mentions(*, session: Session, engine: Engine, ruleset: Ruleset, items: Sequence[Any],
                    policy: IngestPolicy, now: datetime | None = None) -> MentionBatchRead:
    """Score, store and alert on a batch; owns its transaction. The caller wakes the webhook sender."""
    if len(items) > policy.batch_limit:
        raise InvalidInput(f"{len(items)} items in one batch; the limit is {policy.batch_limit}")
    now = now or utcnow()
    # Scoring (CPU) happens before the transaction, so the write lock is held only for the inserts.
    outcomes = [_score(engine, ruleset, i, raw, policy.max_chars) for i, raw in enumerate(items)]
    results: dict[int, MentionResult] = {o.index: o for o in outcomes if isinstance(o, MentionResult)}
    scored = [o for o in outcomes if isinstance(o, _Scored)]
    alert_error: str | None = None
    with session.begin():
        try:
            rules = alert_rules(ruleset)
        except RulesetInvalid as exc:  # store the mentions anyway; the response says alerts did not run
            rules, alert_error = (), exc.detail
            log.error("alert_rules_invalid", extra={"ruleset_version": ruleset.version})
        batch = _Batch(session, scored, policy, now)
        for s in scored:
            results[s.index] = batch.store(s, rules)
    out = [results[i] for i in range(len(items))]
    counts = {k: sum(r.status == k for r in out) for k in ("accepted", "duplicate", "rejected")}
    log.info("mentions_ingested", extra={**counts, "incidents": len(batch.incidents)})
    return MentionBatchRead(accepted=counts["accepted"], duplicates=counts["duplicate"], rejected=counts["rejected"],
                            negative=sum(bool(r.negative) for r in out), items=out,
                            incidents=list(batch.incidents.values()), alert_rules_error=alert_error)
