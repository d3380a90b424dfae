"""Request and response models of /v1/operations (reads, interactions, posting frequency) and /v1/stats' part."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator
from pydantic_core import PydanticCustomError

from app.schemas.accounts import Day, Moment
from app.schemas.base import RequestModel

_COUNT = 10**15  # far beyond any platform's figures, well inside BIGINT


def _count(cls: object, value: object) -> object:
    # The schema says integer: JSON's 12 and 12.0 are that, true and "12" are not (pydantic's lax mode takes both).
    if isinstance(value, bool | str):
        raise PydanticCustomError("int_type", "expected an integer")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_NOT_BLANK: dict[str, JsonValue] = {"minLength": 1, "pattern": "[^\\s\\x1c-\\x1f\\x85]"}


def _utc(v: datetime | None) -> datetime | None:
    if v is None:
        return v
    try:  # stored in UTC: year 1 with a positive offset has no UTC value
        return v.astimezone(UTC)
    except OverflowError as exc:
        raise PydanticCustomError("datetime_out_of_range", "outside the range of dates the service stores") from exc


class PostMetricsIn(RequestModel):
    """The figures of one published post; a newer measurement of the same (account_id, post_ref) replaces them."""

    model_config = ConfigDict(extra="forbid")

    account_id: str = Field(max_length=200, description="the publishing account (as sent with its check)",
                            json_schema_extra=_NOT_BLANK)
    post_ref: str = Field(max_length=300, description="the platform's id or URL of the post (as in mentions)",
                          json_schema_extra=_NOT_BLANK)
    audit_id: str | None = Field(default=None, max_length=32,
                                 description="the audit_id /v1/check answered for it: links reach to its verdict")
    published_at: Moment | None = Field(default=None, description="when it went out")
    reads: int = Field(default=0, ge=0, le=_COUNT, description="reads or plays (阅读/播放)")
    likes: int = Field(default=0, ge=0, le=_COUNT, description="likes (点赞)")
    comments: int = Field(default=0, ge=0, le=_COUNT, description="comments (评论)")
    shares: int = Field(default=0, ge=0, le=_COUNT, description="shares or forwards (转发/分享)")
    measured_at: Moment | None = Field(default=None, description="when the figures were read; default now")

    _counts = field_validator("reads", "likes", "comments", "shares", mode="before")(_count)

    @field_validator("account_id", "post_ref")
    @classmethod
    def _filled(cls, v: str) -> str:
        if not v.strip():
            raise PydanticCustomError("empty_text", "empty")
        return v.strip()

    @field_validator("published_at", "measured_at")
    @classmethod
    def _in_range(cls, v: datetime | None) -> datetime | None:
        return _utc(v)


class ActivityIn(RequestModel):
    """Posts an account published in ``days`` days from ``period_start``: its posting frequency."""

    model_config = ConfigDict(extra="forbid")

    account_id: str = Field(max_length=200, description="the account", json_schema_extra=_NOT_BLANK)
    period_start: Day = Field(description="the first day of the period")
    days: int = Field(default=7, ge=1, le=366, description="the period's length in days (7: a week)")
    posts: int = Field(ge=0, le=1_000_000, description="posts published in the period")
    followers: int | None = Field(default=None, ge=0, le=_COUNT, description="followers at the end of the period")
    measured_at: Moment | None = Field(default=None, description="when the figures were read; default now")

    _counts = field_validator("days", "posts", "followers", mode="before")(_count)

    @field_validator("account_id")
    @classmethod
    def _filled(cls, v: str) -> str:
        if not v.strip():
            raise PydanticCustomError("empty_text", "empty")
        return v.strip()

    @field_validator("measured_at")
    @classmethod
    def _in_range(cls, v: datetime | None) -> datetime | None:
        return _utc(v)


class PostMetricsBatch(RequestModel):
    model_config = ConfigDict(extra="forbid")

    items: list[PostMetricsIn] = Field(min_length=1, max_length=1000, description="posts' figures")


class ActivityBatch(RequestModel):
    model_config = ConfigDict(extra="forbid")

    items: list[ActivityIn] = Field(min_length=1, max_length=1000, description="accounts' posting periods")


class UpsertReport(BaseModel):
    created: int = Field(description="rows stored for the first time")
    updated: int = Field(description="rows whose figures this batch replaced")
    stale: int = Field(description="items older than the stored measurement, left out")


class AccountOperations(BaseModel):
    account_id: str
    registered: bool = Field(description="the account is in the archive")
    owner_name: str | None
    branch: str | None
    posts: int = Field(description="posts published in the range: from posting periods, else measured posts")
    posts_per_week: float | None = Field(description="posting frequency over its reported periods; null without")
    measured_posts: int = Field(description="posts with figures in the range")
    reads: int
    interactions: int = Field(description="likes + comments + shares")
    checked: int = Field(description="its checks counted for 合规率 in the range")
    compliance_rate: float | None = Field(description="its 合规率 in the range; null when none was checked")
    complaints: int = Field(description="negative mentions on its measured posts in the range")


class ComplainedPost(BaseModel):
    post_ref: str
    account_id: str
    reads: int
    interactions: int
    negative_mentions: int = Field(description="negative comments and mentions about it in the range")
    verdict: str | None = Field(description="its check's verdict (via audit_id); null when not linked")


class ReachRow(BaseModel):
    verdict: str = Field(description="the verdict of the posts' checks: pass, review, block, or unlinked")
    posts: int
    reads: int
    interactions: int
    reads_per_post: float | None


class OperationsStats(BaseModel):
    """Operations data beside compliance: who publishes most, which posts drew complaints, reach by verdict."""

    accounts: list[AccountOperations] = Field(description="accounts publishing most in the range, with 合规率")
    complained_posts: list[ComplainedPost] = Field(description="posts that drew the most negative mentions")
    reach_by_verdict: list[ReachRow] = Field(description="compliance vs reach: the reads of posts by verdict")
