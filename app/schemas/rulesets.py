"""Request and response models of /v1/rulesets."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.base import RequestModel


class RulesetVersionCreate(RequestModel):
    model_config = ConfigDict(extra="forbid")

    document: dict[str, Any] | str = Field(description="the ruleset as a JSON object, or YAML/JSON text")
    notes: str = Field(default="", max_length=5000)


class RulesetVersionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    name: str
    status: str
    checksum: str
    author: str
    notes: str
    created_at: datetime
    published_at: datetime | None
    retired_at: datetime | None


class RulesetVersionDetail(RulesetVersionRead):
    document: dict[str, Any]


class PublishRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    confirm: bool = Field(default=False, description="publish although the impact asks for a confirmation")


class RulesetPublishRead(RulesetVersionRead):
    impact: dict[str, Any] = Field(description="diff against the previous version, dry-run summary, reasons")


class RulesetValidationRead(BaseModel):
    number: int
    valid: bool
    problems: list[str]


class DryRunRead(BaseModel):
    number: int
    scanned: int = Field(default=0, description="archived checks looked at (the newest ``limit``)")
    checked: int = Field(description="of those, the ones whose stored text allows a comparison")
    changed: int
    share: float = Field(default=0.0, description="changed / checked")
    moves: dict[str, int]
    by_basis: dict[str, int] = Field(default_factory=dict, description="recorded (full text) / replayed (redacted)")
    not_comparable: dict[str, int] = Field(default_factory=dict, description="why posts were not compared")
    partly_compared: dict[str, int] = Field(default_factory=dict, description="what was left out of compared posts")
    notes: list[str] = Field(default_factory=list)
    examples: list[dict[str, Any]]
