"""Request and response models of /v1/accounts: the account archive, its imports and its reports."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    StrictBool,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from app.schemas.base import RequestModel
from app.taxonomy import Channel

# An account id is what posts send as account.id; in the archive it is also a path segment, so no slash or space.
# The class names the characters Python, JSON Schema and pydantic's regex engine disagree on (\x1c-\x1f, \x85).
ACCOUNT_ID = r"^[^\s\x1c-\x1f\x85/]+$"
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_number(value: object) -> object:
    # pydantic's lax mode reads a number as Unix time; the schema says an ISO 8601 string.
    if isinstance(value, int | float):
        raise PydanticCustomError("date_type", "expected an ISO 8601 date string, not a number")
    return value


Day = Annotated[date, BeforeValidator(_no_number)]
"""A calendar day, YYYY-MM-DD (a number is refused, not read as Unix time)."""
Moment = Annotated[AwareDatetime, BeforeValidator(_no_number)]
"""An ISO 8601 date-time with an offset (a number is refused, not read as Unix time)."""
_NOT_BLANK: dict[str, JsonValue] = {"minLength": 1, "pattern": "[^\\s\\x1c-\\x1f\\x85]"}


class AccountStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class Registration(StrEnum):
    """报备: whether the account is filed with compliance."""

    REGISTERED = "registered"
    PENDING = "pending"
    UNREGISTERED = "unregistered"


class AccountFields(RequestModel):
    """The fields a person maintains; all optional here (a partial update sends only what changes)."""

    model_config = ConfigDict(extra="forbid")

    display_name: str | None = Field(default=None, max_length=200, description="the account's name on the platform")
    owner_employee_id: str | None = Field(default=None, max_length=64,
                                          description="the employee number (工号) of the person who runs it")
    owner_name: str | None = Field(default=None, max_length=100, description="that person's name")
    branch: str | None = Field(default=None, max_length=200, description="the branch (分支机构) it belongs to")
    contact: str | None = Field(
        default=None, max_length=100,
        description="the owner's phone or e-mail; stored as POSTGUARD_STORE_TEXT allows (full: as given; "
        "redacted: masked, 138****5678; none: not at all), always with a keyed hash to find shared contacts")
    registration_status: Registration | None = Field(
        default=None, description="报备: registered (filed with compliance), pending or unregistered")
    registered_on: Day | None = Field(default=None, description="the day it was filed")
    opened_on: Day | None = Field(default=None, description="the day the account was opened")
    closed_on: Day | None = Field(default=None, description="the day it was closed")
    status: AccountStatus | None = Field(default=None, description="active, suspended or closed")
    notes: str | None = Field(default=None, max_length=2000, description="anything else worth keeping")

    @model_validator(mode="before")
    @classmethod
    def _no_surrogates(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key, value in data.items():
                if isinstance(value, str) and _SURROGATE.search(value):
                    raise PydanticCustomError("invalid_text", "{field} contains a lone surrogate code point",
                                              {"field": str(key)})
        return data

    @field_validator("handle", check_fields=False)
    @classmethod
    def _handle(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise PydanticCustomError("empty_text", "handle is empty")
        return v.strip() if v is not None else v


class AccountCreate(AccountFields):
    """A new account. Its id is what posts send as ``account.id`` (default ``<platform>:<handle>``)."""

    id: str | None = Field(default=None, max_length=200, pattern=ACCOUNT_ID,
                           description="the id posts carry as account.id; default <platform>:<handle>")
    platform: Channel = Field(description="where the account is (a channel of /v1/check)")
    handle: str = Field(max_length=200, description="the platform's account name or number (unique per platform)",
                        json_schema_extra=_NOT_BLANK)


class AccountUpdate(AccountFields):
    """Only the fields sent change; send null to clear one."""

    platform: Channel | None = Field(default=None, description="move it to another platform (rare)")
    handle: str | None = Field(default=None, max_length=200, description="a new handle on the platform",
                               json_schema_extra=_NOT_BLANK)


class AccountRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    platform: str
    handle: str
    display_name: str | None
    owner_employee_id: str | None
    owner_name: str | None
    branch: str | None
    contact: str | None = Field(description="the contact as stored (masked unless POSTGUARD_STORE_TEXT is full)")
    contact_policy: str | None = Field(description="how the contact was stored: full, redacted or none")
    registration_status: Registration
    registered_on: date | None
    opened_on: date | None
    closed_on: date | None
    status: AccountStatus
    notes: str
    created_at: datetime
    updated_at: datetime
    updated_by: str
    missing: list[str] = Field(default_factory=list,
                               description="required fields (POSTGUARD_ACCOUNT_REQUIRED_FIELDS) left empty")
    problems: list[str] = Field(default_factory=list,
                                description="inconsistencies: closed before opened, closed_on on an open account ...")
    complete: bool = Field(default=False,
                           description="registered, no required field missing and no inconsistency")


class AccountPage(BaseModel):
    items: list[AccountRead]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null on the last")


class AccountImport(RequestModel):
    """An account list as a CSV or XLSX file: one account per row, a header row naming the columns."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["csv", "xlsx"] = Field(description="csv (UTF-8 or GB18030 text) or xlsx (the first sheet)")
    data: str = Field(description="the CSV text, or the XLSX file in base64")
    dry_run: StrictBool = Field(default=False, description="check every row and report, but store nothing")


class RowError(BaseModel):
    row: int = Field(description="the row in the file (the header is row 1)")
    code: str = Field(description="machine-readable: missing_field, invalid_value, invalid_date, too_long, "
                                  "duplicate_in_file, conflict")
    field: str | None = Field(default=None, description="the column at fault, if one")
    detail: str = Field(description="what is wrong, in words")


class ImportReport(BaseModel):
    rows: int = Field(description="data rows read")
    created: int = Field(description="accounts created (or that would be, in a dry run)")
    updated: int = Field(description="accounts updated (matched by id, else by platform and handle)")
    rejected: int = Field(description="rows refused, each with its errors")
    dry_run: bool
    errors: list[RowError] = Field(description="every problem, by row")
    ignored_columns: list[str] = Field(default_factory=list, description="columns the import does not know")


class IncompleteRow(BaseModel):
    id: str
    platform: str
    handle: str
    owner_name: str | None
    branch: str | None
    registration_status: str
    missing: list[str] = Field(description="required fields left empty")
    problems: list[str] = Field(description="inconsistencies")


class OwnerRow(BaseModel):
    owner: str = Field(description="the employee number, else the owner's name")
    owner_name: str | None = Field(description="the name on the first of the accounts")
    accounts: int = Field(description="accounts not closed")
    account_ids: list[str]
    platforms: list[str] = Field(description="the platforms they are on")


class UnregisteredRow(BaseModel):
    account_id: str = Field(description="the id sent with checks or mentions that names no archived account")
    checks: int = Field(description="checks carrying it in the range")
    mentions: int = Field(description="mentions about it in the range")
    first_seen: datetime
    last_seen: datetime


class WeekRate(BaseModel):
    week_start: date = Field(description="first day of the 7-day window (in the service time zone)")
    checked: int = Field(description="checks submitted for publication in it")
    compliance_rate: float | None = Field(description="合规率 in it; null when none was checked")


class FallingRow(BaseModel):
    account_id: str
    registered: bool = Field(description="the account is in the archive")
    owner_name: str | None
    branch: str | None
    previous_rate: float = Field(description="合规率 in the week before the latest")
    latest_rate: float = Field(description="合规率 in the latest week")
    drop: float = Field(description="previous_rate - latest_rate")
    weeks: list[WeekRate] = Field(description="the weekly series, oldest first")
