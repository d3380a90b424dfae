"""Response model of /v1/stats."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


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


class StatsRead(BaseModel):
    since: datetime | None
    until: datetime | None
    checked: int
    compliance_rate: float | None
    by_day: list[RateRow]
    by_channel: list[RateRow]
    by_account: list[RateRow]
    top_rules: list[RuleRow]
    incidents: IncidentStats
