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


class InvalidImage(InvalidInput):
    """Image bytes that are not valid base64 or do not decode as an image."""

    code = "invalid_image"
    title = "Invalid image"


class UnsupportedImageFormat(InvalidInput):
    code = "unsupported_image_format"
    title = "Unsupported image format"


class TooManyImages(InvalidInput):
    code = "too_many_images"
    title = "Too many images"


class ImageTooLarge(PostguardError):
    code = "image_too_large"
    status = 413
    title = "Image too large"


class ImageTooManyPixels(PostguardError):
    """More pixels than allowed, including a decompression bomb (a small file that decodes to a huge image)."""

    code = "image_too_many_pixels"
    status = 413
    title = "Image has too many pixels"


class InvalidDateTime(InvalidInput):
    code = "invalid_datetime"
    title = "Invalid date-time"


class RulesetInvalid(PostguardError):
    code = "ruleset_invalid"
    status = 422
    title = "Invalid ruleset"


class RulesetNotUtf8(RulesetInvalid):
    code = "ruleset_not_utf8"
    title = "Ruleset is not UTF-8"


class RulesetTampered(PostguardError):
    """A stored version whose content no longer matches its checksum (or its audited publish)."""

    code = "ruleset_tampered"
    status = 409
    title = "Stored ruleset fails its checksum"


class ConfirmationRequired(PostguardError):
    """Publishing this version removes protection or moves many verdicts: repeat with an explicit confirmation."""

    code = "confirmation_required"
    status = 409
    title = "Confirmation required"


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


class TooManyAuthFailures(RateLimited):
    code = "too_many_auth_failures"
    title = "Too many failed authentications"


class AuthUnavailable(PostguardError):
    code = "auth_unavailable"
    status = 503
    title = "Authentication unavailable"
