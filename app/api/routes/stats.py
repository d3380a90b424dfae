"""/v1/stats: compliance rate, top rules, per-rule false-positive rate."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from app.api.deps import ReadCaller, SessionDep, SettingsDep
from app.schemas.params import DateTime, UntilDateTime, in_zone
from app.schemas.stats import StatsPurpose, StatsRead
from app.services.stats import compute_stats
from app.taxonomy import Channel

router = APIRouter(prefix="/v1", tags=["stats"])


@router.get("/stats", response_model=StatsRead)
def stats(caller: ReadCaller, session: SessionDep, settings: SettingsDep, since: DateTime | None = None,
          until: UntilDateTime | None = None, top: Annotated[int, Query(ge=1, le=200)] = 20,
          purpose: StatsPurpose = "publish",
          channel: Annotated[Channel | None, Query(description="only checks of this channel")] = None,
          account: Annotated[str | None, Query(max_length=200, description="only checks of this account id")] = None,
          branch: Annotated[str | None, Query(max_length=200, description="only checks of accounts the archive "
                                              "places in this branch (分支机构)")] = None) -> dict[str, Any]:
    """合规率 by day (in the service time zone), channel, account and branch over posts submitted for publication
    (checks with purpose publish; ``purpose`` reads the others; ``channel``, ``account`` or ``branch`` narrow every
    figure to one of them, so ``by_day`` is that one's 合规率 over time); the rules hit most and how often reviewers
    dismiss them; incident handling times (acknowledge, resolve: median, p90) and 负面舆情处理及时率; and operations
    data beside compliance: the accounts publishing most (posts, posting frequency, reads, 合规率), the posts that
    drew complaints (negative mentions), and reach by verdict."""
    zone = settings.tzinfo
    return compute_stats(session=session, since=in_zone(since, zone, name="since"),
                         until=in_zone(until, zone, name="until"), top=top, purpose=purpose, zone=zone,
                         channel=channel.value if channel else None, account=account, branch=branch)
