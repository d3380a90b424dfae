"""/v1/stats: compliance rate, top rules, per-rule false-positive rate."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from app.api.deps import ReadCaller, SessionDep
from app.schemas.params import DateTime
from app.schemas.stats import StatsRead
from app.services.stats import compute_stats

router = APIRouter(prefix="/v1", tags=["stats"])


@router.get("/stats", response_model=StatsRead)
def stats(caller: ReadCaller, session: SessionDep, since: DateTime | None = None, until: DateTime | None = None,
          top: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
    """合规率 by day, channel and account; the rules hit most and how often reviewers dismiss them;
    incident handling times (acknowledge, resolve: median, p90) and 负面舆情处理及时率."""
    return compute_stats(session=session, since=since, until=until, top=top)
