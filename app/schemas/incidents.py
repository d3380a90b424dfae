"""Response and request models of /v1/incidents."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

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
    next_cursor: str | None = Field(default=None, description="pass as ?cursor= for the next page; null at the end")


class IncidentMention(BaseModel):
    """A mention behind an incident, as stored (text per the storage policy, author as a keyed hash)."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    source: str
    external_id: str | None
    account_id: str | None
    post_ref: str | None
    author: str | None
    content_type: str
    created_at: datetime
    received_at: datetime
    text_policy: str
    stored_text: str | None
    negative: bool
    score: float
    reason: str | None
    verdict: str
    findings: list[dict[str, Any]]

    @field_validator("findings", mode="before")
    @classmethod
    def _json(cls, v: object) -> object:
        return json.loads(v) if isinstance(v, str) else v


class IncidentMentionPage(BaseModel):
    items: list[IncidentMention]
    next_cursor: str | None = Field(default=None, description="pass as ?cursor= for the next page; null at the end")


class IncidentAction(RequestModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field(default="", max_length=2000, description="what was done (kept in the incident's events)")
