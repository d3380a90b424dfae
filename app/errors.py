"""Domain errors. Each has a stable machine-readable ``code`` and an HTTP status (app/api/errors.py)."""

from __future__ import annotations


class PostguardError(Exception):
    code = "internal_error"
    status = 500
    title = "Internal error"

    def __init__(self, detail: str, **extra: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class InvalidInput(PostguardError):
    code = "invalid_input"
    status = 422
    title = "Invalid input"


class TextTooLong(InvalidInput):
    code = "text_too_long"
    title = "Text too long"


class EmptyText(InvalidInput):
    code = "empty_text"
    title = "Empty text"


class UnknownChannel(InvalidInput):
    code = "unknown_channel"
    title = "Unknown channel"


class InvalidDateTime(InvalidInput):
    code = "invalid_datetime"
    title = "Invalid date-time"


class RulesetInvalid(PostguardError):
    code = "ruleset_invalid"
    status = 422
    title = "Invalid ruleset"


class NotFound(PostguardError):
    code = "not_found"
    status = 404
    title = "Not found"


class Conflict(PostguardError):
    code = "conflict"
    status = 409
    title = "Conflict"


class AlreadyDecided(Conflict):
    code = "already_decided"
    title = "Already decided"


class UnknownDetector(PostguardError):
    code = "unknown_detector"
    status = 422
    title = "Unknown detector"


class DuplicateDetector(PostguardError):
    code = "duplicate_detector"
    status = 500
    title = "Duplicate detector"


class Unauthorized(PostguardError):
    code = "unauthorized"
    status = 401
    title = "Unauthorized"


class Forbidden(PostguardError):
    code = "forbidden"
    status = 403
    title = "Forbidden"


class RateLimited(PostguardError):
    code = "rate_limited"
    status = 429
    title = "Too many requests"
