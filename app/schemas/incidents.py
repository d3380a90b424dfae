"""Response and request models of /v1/incidents."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.base import RequestModel

IncidentState = Literal["open", "acknowledged", "resolved"]


class IncidentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    rule_id: str
    kind: str
    group_by: str
    group_key: str
    state: IncidentState
    severity: str
    summary: str
    mention_count: int
    max_score: float
    target_minutes: int
    opened_at: datetime
    last_mention_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    resolved_at: datetime | None
    resolved_by: str | None


class IncidentEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    kind: str
    mention_id: str | None
    actor: str | None
    note: str
    created_at: datetime


class IncidentDetail(IncidentRead):
    events: list[IncidentEventRead]


class IncidentPage(BaseModel):
    items: list[IncidentRead]


class IncidentAction(RequestModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field(default="", max_length=2000, description="what was done (kept in the incident's events)")
