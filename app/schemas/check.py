"""Request and response models of /v1/check."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from app.schemas.base import RequestModel
from app.taxonomy import Category, Channel, ContentType, Severity, Verdict

_SURROGATE = re.compile("[\ud800-\udfff]")


class AccountIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | None = Field(default=None, max_length=200)
    owner_name: str | None = Field(default=None, max_length=100)
    owner_phone: str | None = Field(default=None, max_length=40)


class CheckOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # StrictBool: the schema says boolean, so 0 / "yes" are refused rather than coerced.
    redact: StrictBool = Field(default=False, description="also return the text with PII masked")
    include_info: StrictBool = Field(default=False, description="also report info-level (advisory) findings")
    detectors: list[str] | None = Field(default=None, description="run only these of the enabled detectors")


class ImageIn(BaseModel):
    """An image published with the post (a poster, a screenshot, a video cover): its text is checked too."""

    model_config = ConfigDict(extra="forbid")

    data: str = Field(description="the image file, PNG, JPEG or WebP, in base64 (a `data:image/...;base64,` prefix "
                      "is allowed); limits: POSTGUARD_MAX_IMAGE_BYTES, POSTGUARD_MAX_IMAGE_PIXELS")
    name: str | None = Field(default=None, max_length=200, description="your name for it (a file name), echoed")


class Purpose(StrEnum):
    """Why a check was run. 合规率 in /v1/stats counts ``publish`` only: posts actually submitted for publication."""

    PUBLISH = "publish"
    DRAFT = "draft"
    CI = "ci"
    SCAN = "scan"


def _clean(value: str | None, field: str) -> str | None:
    if value is not None and _SURROGATE.search(value):
        raise PydanticCustomError("invalid_text", "{field} contains a lone surrogate code point", {"field": field})
    return value


class CheckRequest(RequestModel):
    """A draft post (or an inbound comment when content_type is comment/mention)."""

    # Text, images, or both: the anyOf states what _text_or_images enforces.
    model_config = ConfigDict(extra="ignore", json_schema_extra={"anyOf": [
        {"required": ["text"]}, {"required": ["images"], "properties": {"images": {"minItems": 1}}}]})

    # The schema states what the validator below enforces (text with a non-blank character), so generated
    # clients and schemathesis agree with the server; the class excludes every char str.isspace() accepts.
    # Optional only for a post of images alone (a poster on Moments): the schema's anyOf says one is needed.
    text: str = Field(default="", description="the body to check; must contain a non-blank character (may be left "
                      "out when `images` are sent)",
                      json_schema_extra={"minLength": 1, "pattern": "[^\\s\\x1c-\\x1f\\x85]"})
    images: list[ImageIn] = Field(
        default_factory=list,
        description="images published with the post; their text is read (OCR) and checked with the post, and "
        "findings there carry `field` image:N, `image` and `box` (at most POSTGUARD_MAX_IMAGES)",
    )
    title: str | None = None
    channel: Channel | None = None
    content_type: ContentType = ContentType.ARTICLE
    account: AccountIn | None = None
    options: CheckOptions = Field(default_factory=CheckOptions)
    purpose: Purpose = Field(
        default=Purpose.DRAFT,
        description="why the check is run: publish (submitted for publication; the only checks 合规率 counts), "
        "draft (an edit in progress), ci (a CI gate), scan (bulk review)",
    )
    id: str | None = Field(default=None, max_length=200, description="your id for the post, echoed in the answer")

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        if not v.strip():
            raise PydanticCustomError("empty_text", "text is empty")
        return _clean(v, "text") or v

    @model_validator(mode="after")
    def _text_or_images(self, info: ValidationInfo) -> CheckRequest:
        uploaded = bool(info.context and info.context.get("uploaded_images"))  # multipart: files sent beside it
        if not self.text and not self.images and not uploaded:
            # Neither sent: a missing field (as before images existed); sent but blank is refused by _text.
            raise PydanticCustomError("missing", "Field required: text (or images)")
        return self

    @field_validator("title")
    @classmethod
    def _title(cls, v: str | None) -> str | None:
        return _clean(v, "title")


class FindingRead(BaseModel):
    category: Category = Field(description="taxonomy code (a public contract: never renamed); labels: GET /v1/taxonomy")
    start: int | None = Field(description="code-point offset into `field` where the phrase responsible starts; "
                              "null for a post-level finding")
    end: int | None = Field(description="end offset (exclusive); null for a post-level finding")
    text: str | None = Field(description="the phrase responsible, as written (evasion noise included)")
    field: str = Field(description="`text`, `title`, or `image:N` for the text read from image N of `images`")
    detector: str = Field(description="the detector that found it (lexicon, pii, claims, disclosure, sentiment)")
    rule_id: str = Field(description="the ruleset rule behind it (see the handbook)")
    severity: Severity = Field(description="mapped to the verdict by the ruleset's policy")
    message: str = Field(description="why it is a problem (审核要点)")
    basis: str = Field(description="the legal or company basis (依据)")
    suggestion: str = Field(description="a compliant rewrite or what to do (修改建议)")
    score: float = Field(description="the detector's own score (1.0 for exact rules)")
    evidence: list[str] = Field(default_factory=list, description="what else supports it: the exact phrase, "
                                "the classifier's sentence (`claims:<text>`), agreeing rules")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0,
                              description="0-1: how sure the check is that this is a violation, after context "
                              "(the learned second look's probability where the ruleset turns it on)")
    context: str | None = Field(
        default=None,
        description="claim categories: the context decision (asserted, answer, hedged, ...); an info finding set "
                    "aside by the learned second look: `learned:unlikely(<decision>)` (docs/claims.md)",
    )
    image: int | None = Field(default=None, description="index of the image in `images` the phrase was read in "
                              "(null for the post's text and title)")
    box: list[list[float]] | None = Field(
        default=None, description="image findings: the phrase's box in the image, four [x, y] points in pixels "
        "clockwise from its top-left as it reads (rotated text gives a rotated box)")
    boxes: list[list[list[float]]] | None = Field(
        default=None, description="image findings: one box per line the phrase spans (what redaction fills)")


class OcrLineRead(BaseModel):
    text: str = Field(description="the line as read")
    box: list[list[float]] = Field(description="four [x, y] points in pixels, clockwise from the line's top-left")
    score: float = Field(description="the recogniser's confidence, 0-1")


class ImageRead(BaseModel):
    """What was read in one image of the request."""

    index: int = Field(description="position in the request's `images`")
    name: str | None = Field(default=None, description="the name sent with it")
    sha256: str = Field(description="SHA-256 of the image bytes as sent (the audit log keeps this, not the image)")
    width: int = Field(description="width in pixels (after EXIF orientation)")
    height: int = Field(description="height in pixels")
    read: bool = Field(description="false when the OCR stage did not read it (timed out, failed, not installed: "
                       "`ocr` is then in `degraded`)")
    text: str = Field(description="the text read, lines in reading order joined by newlines; findings' offsets "
                      "(field image:N) point into it")
    lines: list[OcrLineRead] = Field(default_factory=list, description="the lines read, in reading order")
    redacted_image: str | None = Field(
        default=None, description="options.redact: the image as PNG in base64 with personal information filled "
        "over; null if it was not read or the PII detector did not succeed")


class RulesetRef(BaseModel):
    name: str
    version: int


class CheckResponse(BaseModel):
    request_id: str
    verdict: Verdict
    score: float
    findings: list[FindingRead]
    ruleset: RulesetRef
    elapsed_ms: float
    degraded: list[str] = Field(default_factory=list, description="detectors that failed or timed out")
    detectors: dict[str, str] = Field(default_factory=dict, description="name -> version of each detector run")
    redacted_text: str | None = Field(
        default=None, description="text with PII masked (options.redact); null if the PII detector did not succeed"
    )
    images: list[ImageRead] | None = Field(default=None, description="one entry per image sent (null without images)")
    audit_id: str | None = None
    id: str | None = Field(default=None, description="the id sent with the post, if any")
    index: int | None = Field(default=None, description="position in the batch (batch answers only)")


class BatchRequest(RequestModel):
    model_config = ConfigDict(extra="ignore")

    # Posts are validated one by one (app.api.routes.check), so one bad post gets its own error entry
    # instead of failing the batch; each must match CheckRequest.
    posts: list[Any] = Field(min_length=1, description="CheckRequest objects (each may carry your `id`)")


class ItemError(BaseModel):
    code: str
    detail: str


class BatchError(BaseModel):
    """A post of the batch that could not be checked; the others were."""

    index: int
    id: str | None = None
    error: ItemError


class BatchResponse(BaseModel):
    results: list[CheckResponse | BatchError] = Field(
        description="one entry per post, in order: a check result, or an entry with `error`")
    checked: int = 0
    rejected: int = 0


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    instance: str | None = None
    errors: list[dict[str, Any]] | None = None
