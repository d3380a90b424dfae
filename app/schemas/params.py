"""Types shared by query and path parameters, so that what the OpenAPI document declares is what is accepted."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Annotated

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from app.errors import InvalidDateTime

# A bare number: pydantic's lax mode would read it as Unix time, which `format: date-time` does not allow.
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Version numbers are stored in a 32-bit INTEGER column (PostgreSQL), so the schema bounds them there.
MAX_VERSION = 2**31 - 1


def _date_time_text(value: object, *, next_day: bool = False) -> object:
    if isinstance(value, int | float):  # bool is an int too
        raise PydanticCustomError("datetime_type", "expected an ISO 8601 date-time string, not a number")
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        raise PydanticCustomError("datetime_from_number",
                                  "expected an ISO 8601 date-time such as 2024-05-01T08:00:00+08:00, not a number")
    if isinstance(value, str) and _DATE.fullmatch(value.strip()):
        # A date is that whole day: `since` starts at its midnight, `until` (exclusive) at the next one.
        try:
            day = date.fromisoformat(value.strip())
        except ValueError as exc:
            raise PydanticCustomError("datetime_from_date_parsing", "not a valid date: {error}",
                                      {"error": str(exc)}) from exc
        if next_day:
            return datetime.max if day == date.max else datetime.combine(day + timedelta(days=1), time())
        return datetime.combine(day, time())  # zone-less: read in the service zone (in_zone)
    return value


def _until_text(value: object) -> object:
    return _date_time_text(value, next_day=True)


DateTime = Annotated[datetime, BeforeValidator(_date_time_text)]
"""A start time (inclusive): ISO 8601 date-time, zone-less time or date; a plain number (Unix time) is refused."""
UntilDateTime = Annotated[datetime, BeforeValidator(_until_text)]
"""An end time (exclusive); a date means the end of that day."""


def in_zone(value: datetime | None, zone: tzinfo, *, name: str = "time") -> datetime | None:
    """``value`` as an aware UTC time; a zone-less one is read in ``zone``. A time that UTC cannot hold
    (year 1 with a positive offset, year 9999 with a negative one) is a 422, never a database error."""
    if value is None:
        return None
    if value == datetime.max:  # until the end of 9999-12-31 (see _date_time_text), in any zone
        return datetime.max.replace(tzinfo=UTC)
    try:
        return (value.replace(tzinfo=zone) if value.tzinfo is None else value).astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise InvalidDateTime(f"{name} {value.isoformat()} is outside the range of dates the service stores "
                              "(years 1 to 9999 in UTC)") from exc
