"""Time-zone names as settings and rule packs give them."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def valid_zone(name: str) -> str:
    """``name`` if it is an IANA time zone this machine knows, else ValueError (a validator's message)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}; use an IANA name such as Asia/Shanghai") from exc
    return name
