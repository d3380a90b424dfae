"""Types shared by query and path parameters, so that what the OpenAPI document declares is what is accepted."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

# A bare number: pydantic's lax mode would read it as Unix time, which `format: date-time` does not allow.
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
# Version numbers are stored in a 32-bit INTEGER column (PostgreSQL), so the schema bounds them there.
MAX_VERSION = 2**31 - 1


def _date_time_text(value: object) -> object:
    if isinstance(value, int | float):  # bool is an int too
        raise PydanticCustomError("datetime_type", "expected an ISO 8601 date-time string, not a number")
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        raise PydanticCustomError("datetime_from_number",
                                  "expected an ISO 8601 date-time such as 2024-05-01T08:00:00+08:00, not a number")
    return value


DateTime = Annotated[datetime, BeforeValidator(_date_time_text)]
"""An ISO 8601 / RFC 3339 date-time; a plain number (Unix time) is refused."""
