"""The multipart form of POST /v1/check/upload. Apart from app.schemas.check because it needs FastAPI's
UploadFile: the CLI imports the check schemas and should not import FastAPI (about 0.3 s of start-up)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import UploadFile
from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from app.schemas.check import CheckRequest, Purpose
from app.taxonomy import Channel, ContentType


class CheckUpload(BaseModel):
    """POST /v1/check/upload: the post as multipart/form-data fields, its images as files (no base64).

    A form field cannot be JSON null, so the optional fields are documented without it (SkipJsonSchema):
    leave a field out rather than sending "null"."""

    model_config = ConfigDict(extra="forbid")

    images: list[UploadFile] = Field(min_length=1,
                                     description="the image files (PNG, JPEG or WebP), one part each, in order")
    text: Annotated[str, Field(min_length=1, pattern="[^\\s\\x1c-\\x1f\\x85]")] | SkipJsonSchema[None] = Field(
        default=None, description="the post's text, if it has any besides its images")
    title: str | SkipJsonSchema[None] = Field(default=None, description="the post's title")
    channel: Channel | SkipJsonSchema[None] = Field(default=None, description="where it will be published")
    content_type: ContentType = Field(default=ContentType.ARTICLE, description="what kind of post it is")
    purpose: Purpose = Field(default=Purpose.DRAFT, description="why the check is run (as in POST /v1/check)")
    id: str | SkipJsonSchema[None] = Field(default=None, max_length=200,
                                           description="your id for the post, echoed in the answer")
    account_id: str | SkipJsonSchema[None] = Field(default=None, max_length=200,
                                                   description="your id of the publishing account")
    redact: bool = Field(default=False, description="also return the text and the images with PII masked")
    include_info: bool = Field(default=False, description="also report info-level (advisory) findings")

    def check_request(self) -> CheckRequest:
        """The same post as a JSON body (without the files, which the route decodes itself)."""
        body: dict[str, Any] = {
            "text": self.text or "", "title": self.title, "channel": self.channel, "content_type": self.content_type,
            "purpose": self.purpose, "id": self.id,
            "options": {"redact": self.redact, "include_info": self.include_info},
            "account": {"id": self.account_id} if self.account_id else None,
        }
        if self.text is None:
            del body["text"]
        return CheckRequest.model_validate(body, context={"uploaded_images": True})
