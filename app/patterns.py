"""Regular expressions from rule authors, compiled with RE2 so matching is always linear time."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re2

from app.errors import RulesetInvalid

MAX_PATTERN_LENGTH = 2000


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # an author's bad pattern is a 4xx answer, not stderr noise
    return options


@lru_cache(maxsize=4096)
def compile_safe(pattern: str) -> Any:
    """Compile ``pattern`` under RE2; raise RulesetInvalid naming it if RE2 rejects it.

    RE2 has no backreferences or look-around, which is the point: no pattern can backtrack."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise RulesetInvalid(f"pattern longer than {MAX_PATTERN_LENGTH} characters: {pattern[:40]}…")
    try:
        return re2.compile(pattern, options=_options())
    except re2.error as exc:
        raise RulesetInvalid(f"pattern {pattern!r} does not compile under RE2: {exc}") from exc
