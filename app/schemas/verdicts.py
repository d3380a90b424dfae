"""Response and request models of /v1/verdicts and /v1/reviews."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.base import RequestModel
from app.taxonomy import Category, Channel, Verdict


class ReviewCreate(RequestModel):
    model_config = ConfigDict(extra="forbid")

    decision: Literal["approve", "reject", "escalate"]
    reason: str = Field(default="", max_length=5000)
    dismissed_rules: list[str] | None = Field(
        default=None, description="rules the reviewer judged wrong; approve without it dismisses them all"
    )
    override: bool = Field(default=False, description="replace an earlier final decision (kept, and named in "
                           "`overrides`); needs a reason. Without it a second decision is 409 already_decided")


class ReviewRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    decision: str
    reason: str
    dismissed_rules: list[str]
    reviewer: str = Field(description="the person (X-Actor), as given")
    key_id: str | None = Field(default=None, description="the API key that carried the decision")
    overrides: str | None = Field(default=None, description="the id of the final decision this one overrode")
    created_at: datetime


class VerdictRead(BaseModel):
    id: str
    seq: int
    created_at: datetime
    request_id: str | None
    key_id: str | None
    account_id: str | None
    channel: Channel | None
    content_type: str | None
    content_sha256: str | None
    verdict: Verdict | None
    categories: list[Category]
    ruleset_name: str | None
    ruleset_version: int | None
    latency_ms: float | None
    purpose: str | None = Field(default=None, description="publish, draft, ci or scan (null: recorded before 0003w)")
    decision: str | None = Field(default=None, description="the latest review decision, if any")


class VerdictDetail(VerdictRead):
    text_policy: str | None
    stored_text: str | None
    stored_title: str | None
    findings: list[dict[str, Any]]
    detectors: dict[str, str]
    hash: str
    prev_hash: str
    reviews: list[ReviewRead]


class QueueItem(VerdictRead):
    text_policy: str | None
    stored_text: str | None = Field(description="the text as the audit log keeps it (redacted per policy)")
    stored_title: str | None
    findings: list[dict[str, Any]]


class QueuePage(BaseModel):
    items: list[QueueItem]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null at the end")


class VerdictPage(BaseModel):
    items: list[VerdictRead]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null at the end")


class RecheckRead(BaseModel):
    id: str
    before: dict[str, Any] = Field(description="the baseline: the recorded verdict, or its version re-run")
    after: dict[str, Any]
    changed: bool
    basis: str = Field(default="recorded", description="recorded (full text kept) | replayed (redacted text)")
    recorded: dict[str, Any] = Field(default_factory=dict, description="what was answered at the time")
    not_compared: list[str] = Field(default_factory=list, description="what the stored text cannot show")
    notes: list[str] = Field(default_factory=list)
