"""/v1/verdicts and /v1/reviews: what was checked and decided, for review dashboards."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query, Request

from app.api.deps import (
    EngineDep,
    ReadCaller,
    ReadOrReviewCaller,
    ReviewCaller,
    SessionDep,
    SettingsDep,
    actor_of,
    person_of,
)
from app.models import AuditEvent, Review
from app.schemas.check import Purpose
from app.schemas.params import MAX_VERSION, DateTime, UntilDateTime, in_zone
from app.schemas.verdicts import (
    QueueItem,
    QueuePage,
    RecheckRead,
    ReviewCreate,
    ReviewRead,
    VerdictDetail,
    VerdictPage,
    VerdictRead,
)
from app.services import reviews as service
from app.taxonomy import Verdict

router = APIRouter(prefix="/v1", tags=["verdicts"])
Limit = Annotated[int, Query(ge=1, le=500)]
# A next_cursor is a seq (BIGINT): the pattern refuses what the service would (an empty cursor would
# silently restart the listing) and numbers past what the column stores.
Cursor = Annotated[str | None, Query(pattern=r"^[0-9]{1,18}$", description="a next_cursor from a previous page")]


def _review(r: Review) -> ReviewRead:
    return ReviewRead(id=r.id, decision=r.decision, reason=r.reason, dismissed_rules=json.loads(r.dismissed_rules),
                      reviewer=r.reviewer, key_id=getattr(r, "key_id", None), overrides=getattr(r, "overrides", None),
                      created_at=r.created_at)


def _read(e: AuditEvent, reviews: list[Review]) -> dict[str, object]:
    final = [r for r in reviews if r.decision in service.FINAL]
    latest = (final or reviews)[-1] if (final or reviews) else None
    return {"id": e.id, "seq": e.seq, "created_at": e.created_at, "request_id": e.request_id, "key_id": e.actor,
            "account_id": e.account_id, "channel": e.channel, "content_type": e.content_type,
            "content_sha256": e.content_sha256, "verdict": e.verdict,
            "categories": [c for c in e.categories.split(",") if c], "ruleset_name": e.ruleset_name,
            "ruleset_version": e.ruleset_version, "latency_ms": e.latency_ms, "purpose": e.purpose,
            "decision": latest.decision if latest else None}


def _page(session: SessionDep, rows: list[AuditEvent], cursor: str | None) -> VerdictPage:
    reviews = service.reviews_of(session=session, seqs=[e.seq for e in rows])
    return VerdictPage(items=[VerdictRead.model_validate(_read(e, reviews.get(e.seq, []))) for e in rows],
                       next_cursor=cursor)


@router.get("/verdicts", response_model=VerdictPage)
def list_verdicts(
    caller: ReadCaller, session: SessionDep, settings: SettingsDep, since: DateTime | None = None,
    until: UntilDateTime | None = None,
    verdict: Verdict | None = None, category: str | None = None, channel: str | None = None,
    account: str | None = None, purpose: Purpose | None = None, cursor: Cursor = None, limit: Limit = 50,
) -> VerdictPage:
    """Checked posts, newest first, filtered; follow ``next_cursor`` for older ones."""
    zone = settings.tzinfo
    rows, nxt = service.list_verdicts(session=session, since=in_zone(since, zone, name="since"),
                                      until=in_zone(until, zone, name="until"),
                                      verdict=verdict.value if verdict else None, category=category,
                                      channel=channel, account=account, cursor=cursor, limit=limit,
                                      purpose=purpose.value if purpose else None)
    return _page(session, rows, nxt)


@router.get("/reviews/queue", response_model=QueuePage)
def queue(caller: ReviewCaller, session: SessionDep, cursor: Cursor = None, limit: Limit = 50) -> QueuePage:
    """Verdict ``review`` awaiting a final decision, oldest first, with the stored (redacted) text and findings."""
    rows, nxt = service.review_queue(session=session, cursor=cursor, limit=limit)
    reviews = service.reviews_of(session=session, seqs=[e.seq for e in rows])
    return QueuePage(items=[QueueItem.model_validate({
        **_read(e, reviews.get(e.seq, [])), "text_policy": e.text_policy, "stored_text": e.stored_text,
        "stored_title": e.stored_title, "findings": json.loads(e.findings)}) for e in rows], next_cursor=nxt)


@router.get("/verdicts/{audit_id}", response_model=VerdictDetail)
def get_verdict(audit_id: str, caller: ReadOrReviewCaller, session: SessionDep) -> VerdictDetail:
    """One checked post: findings, versions, stored text (per policy), hashes and reviews."""
    e = service.get_verdict(session=session, audit_id=audit_id)
    reviews = service.reviews_of(session=session, seqs=[e.seq]).get(e.seq, [])
    return VerdictDetail.model_validate({
        **_read(e, reviews), "text_policy": e.text_policy, "stored_text": e.stored_text,
        "stored_title": e.stored_title, "findings": json.loads(e.findings), "detectors": json.loads(e.detectors),
        "hash": e.hash, "prev_hash": e.prev_hash, "reviews": [_review(r) for r in reviews]})


# Declared here (read in app.api.deps.person_of, which gives the missing header its own problem code).
_ACTOR = {"parameters": [{"name": "X-Actor", "in": "header", "required": True, "description":
                          "the reviewer's name, recorded as given (UTF-8, or percent-encoded UTF-8)",
                          "schema": {"type": "string", "minLength": 1, "maxLength": 200,
                                     "pattern": "^[!-~]([ -~]*[!-~])?$"}}]}


@router.post("/verdicts/{audit_id}/reviews", response_model=ReviewRead, status_code=201, openapi_extra=_ACTOR)
def add_review(audit_id: str, body: ReviewCreate, request: Request, caller: ReviewCaller,
               session: SessionDep) -> ReviewRead:
    """Record approve / reject / escalate by the person named in ``X-Actor``; approving a flagged post needs a
    reason; a second decision after a final one is 409 unless it is an explicit ``override`` (the first stays)."""
    review = service.add_review(session=session, audit_id=audit_id, decision=body.decision, reason=body.reason,
                                reviewer=person_of(request), dismissed_rules=body.dismissed_rules,
                                key_id=caller.key_id or actor_of(caller), override=body.override)
    session.commit()
    return _review(review)


@router.post("/verdicts/{audit_id}/recheck", response_model=RecheckRead)
def recheck(audit_id: str, caller: ReviewCaller, session: SessionDep, engine: EngineDep,
            version: Annotated[int | None, Query(ge=1, le=MAX_VERSION)] = None) -> RecheckRead:
    """Re-run an archived post (where its text was kept) under ruleset ``version``."""
    return RecheckRead.model_validate(service.recheck(session=session, engine=engine, audit_id=audit_id,
                                                      version=version))
