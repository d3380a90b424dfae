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


class RulesetValidationRead(BaseModel):
    number: int
    valid: bool
    problems: list[str]


class DryRunRead(BaseModel):
    number: int
    checked: int
    changed: int
    moves: dict[str, int]
    examples: list[dict[str, Any]]
