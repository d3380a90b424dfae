"""Request and response models of /v1/mentions."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from app.schemas.base import RequestModel

_SURROGATE = re.compile("[\ud800-\udfff]")


class MentionCreate(RequestModel):
    """One inbound comment or mention. ``external_id`` (the source's own id) makes ingestion idempotent."""

    model_config = ConfigDict(extra="ignore")

    source: str = Field(min_length=1, max_length=100, description="where it was seen: weibo, douyin, app ...")
    external_id: str | None = Field(default=None, max_length=200, description="the source's id for it")
    account_id: str | None = Field(default=None, max_length=200, description="our account it is about")
    post_ref: str | None = Field(default=None, max_length=300, description="the post it comments on")
    author_handle: str | None = Field(default=None, max_length=200, description="stored as a keyed hash")
    text: str
    created_at: AwareDatetime | None = Field(default=None, description="when it was written; default: now")
    content_type: Literal["comment", "mention"] = "comment"

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        if not v.strip():
            raise PydanticCustomError("empty_text", "text is empty")
        if _SURROGATE.search(v):
            raise PydanticCustomError("invalid_text", "text contains a lone surrogate code point")
        return v

    @field_validator("created_at")
    @classmethod
    def _in_range(cls, v: datetime | None) -> datetime | None:
        if v is None:
            return v
        try:  # stored in UTC: year 1 with a positive offset or 9999 with a negative one has no UTC value
            return v.astimezone(UTC)
        except OverflowError as exc:
            raise PydanticCustomError("datetime_out_of_range",
                                      "created_at is outside the range of dates the service stores") from exc


class MentionBatchCreate(BaseModel):  # items are MentionCreate (NUL refused per item)
    model_config = ConfigDict(extra="forbid")

    # Items are validated one by one (app.services.mentions), so one bad item is reported by index
    # with a code instead of rejecting the whole batch; each must match MentionCreate.
    items: list[Any] = Field(min_length=1, description="MentionCreate objects")


class ItemError(BaseModel):
    code: str
    detail: str


class MentionResult(BaseModel):
    index: int
    status: Literal["accepted", "duplicate", "rejected"]
    id: str | None = None
    negative: bool | None = None
    score: float | None = None
    reason: str | None = None
    verdict: str | None = None
    incidents: list[str] = Field(default_factory=list)
    error: ItemError | None = None


class IncidentRef(BaseModel):
    id: str
    rule_id: str
    group_by: str
    group_key: str
    opened: bool = Field(description="opened by this batch (else an existing live incident grew)")


class MentionBatchRead(BaseModel):
    accepted: int
    duplicates: int
    rejected: int
    negative: int
    items: list[MentionResult]
    incidents: list[IncidentRef]
    alert_rules_error: str | None = Field(default=None, description="the ruleset's alerts did not validate")
