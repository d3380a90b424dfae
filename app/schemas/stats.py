"""Response model of /v1/stats."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.schemas.operations import OperationsStats


class RateRow(BaseModel):
    key: str
    checked: int
    passed: int
    approved: int
    compliance_rate: float


class RuleRow(BaseModel):
    rule_id: str
    category: str
    hits: int
    reviewed: int
    dismissed: int
    false_positive_rate: float | None


class Minutes(BaseModel):
    count: int
    median: float | None
    p90: float | None


class IncidentStats(BaseModel):
    """Incidents opened in the range; 及时率 = resolved within target / due (resolved, or open past target)."""

    opened: int
    by_state: dict[str, int]
    time_to_acknowledge_minutes: Minutes
    time_to_resolve_minutes: Minutes
    due: int
    handled_within_target: int
    timely_rate: float | None


StatsPurpose = Literal["publish", "draft", "ci", "scan", "all"]


class StatsRead(BaseModel):
    since: datetime | None
    until: datetime | None
    purpose: StatsPurpose = Field(description="the checks the figures count; 合规率 is defined on publish")
    timezone: str = Field(description="the zone of by_day's calendar days (POSTGUARD_TIMEZONE)")
    checked: int = Field(description="checks of this purpose in the range")
    by_verdict: dict[str, int] = Field(default_factory=dict, description="those checks by verdict (pass/review/block)")
    by_purpose: dict[str, int] = Field(
        description="all checks in the range by purpose (unknown: recorded before purposes existed)")
    compliance_rate: float | None = Field(
        description="合规率: share of the counted checks (purpose publish: posts submitted for publication) that "
        "passed or whose latest final review approved them; null when none")
    by_day: list[RateRow]
    by_channel: list[RateRow]
    by_account: list[RateRow]
    by_branch: list[RateRow]
    top_rules: list[RuleRow]
    incidents: IncidentStats
    operations: OperationsStats
