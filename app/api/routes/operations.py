"""/v1/operations: operations data pushed by publishing tools (reads, interactions, posting frequency)."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import CheckCaller, SessionDep
from app.schemas.operations import ActivityBatch, PostMetricsBatch, UpsertReport
from app.services import operations as service

router = APIRouter(prefix="/v1", tags=["operations"])


@router.post("/operations/posts", response_model=UpsertReport)
def push_posts(body: PostMetricsBatch, caller: CheckCaller, session: SessionDep) -> UpsertReport:
    """Reads, likes, comments and shares of published posts, keyed by (account_id, post_ref): a newer
    measurement replaces the stored one, an older one is left out (``stale``). Send the check's ``audit_id`` to
    put the post's reach beside its verdict in /v1/stats."""
    report = service.store_posts(session=session, items=body.items)
    session.commit()
    return report


@router.post("/operations/accounts", response_model=UpsertReport)
def push_activity(body: ActivityBatch, caller: CheckCaller, session: SessionDep) -> UpsertReport:
    """Posts each account published in a period (``days`` from ``period_start``): its posting frequency, shown
    beside its 合规率 in /v1/stats. The same account and period again replaces the figures."""
    report = service.store_activity(session=session, items=body.items)
    session.commit()
    return report
