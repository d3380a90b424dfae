"""Request and response models of /v1/keys."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.schemas.base import RequestModel

# The schema lists the scopes (app.services.keys.SCOPES) so that [""] or ["write"] are invalid in it too.
Scope = Literal["check", "read", "review", "admin"]


class ApiKeyCreate(RequestModel):
    model_config = ConfigDict(extra="forbid")

    owner: str = Field(min_length=1, max_length=200)
    scopes: list[Scope] = Field(min_length=1)
    rate_per_minute: int | None = Field(default=None, ge=1)


class ApiKeyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    prefix: str
    owner: str
    scopes: list[str]
    rate_per_minute: int | None
    created_at: datetime
    revoked_at: datetime | None

    @field_validator("scopes", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        return v.split() if isinstance(v, str) else v


class ApiKeyCreated(ApiKeyRead):
    key: str = Field(description="the secret, shown only in this response")
