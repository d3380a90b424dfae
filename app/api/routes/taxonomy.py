"""/v1/taxonomy: the finding categories with labels for people, in Chinese and English."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Header, Query
from pydantic import BaseModel, Field

from app.taxonomy import LABELS_EN, LABELS_ZH, PII_CATEGORIES, Category

router = APIRouter(prefix="/v1", tags=["taxonomy"])


class CategoryInfo(BaseModel):
    code: Category = Field(description="stable machine code (public contract: never renamed)")
    label: str = Field(description="label in the requested language (`lang`, else Accept-Language; default zh)")
    label_zh: str
    label_en: str
    kind: Literal["post", "post_level", "personal_information", "inbound"] = Field(
        description="post: a phrase in a post; post_level: the whole post; personal_information: PII in a post; "
        "inbound: comments and mentions only")


def _lang(lang: str | None, accept_language: str | None) -> str:
    if lang:
        return lang
    first = (accept_language or "zh").split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "zh"


def _kind(code: Category) -> Literal["post", "post_level", "personal_information", "inbound"]:
    if code in PII_CATEGORIES:
        return "personal_information"
    if code is Category.MISSING_DISCLOSURE:
        return "post_level"
    if code is Category.NEGATIVE_SENTIMENT:
        return "inbound"
    return "post"


@router.get("/taxonomy", response_model=list[CategoryInfo])
def taxonomy(lang: Literal["zh", "en"] | None = Query(default=None, description="label language"),
             accept_language: str | None = Header(default=None)) -> list[CategoryInfo]:
    """Every finding category, in contract order. Needs no key: the taxonomy is public."""
    chosen = _lang(lang, accept_language)
    return [CategoryInfo(code=c, label=(LABELS_EN if chosen == "en" else LABELS_ZH)[c.value],
                         label_zh=LABELS_ZH[c.value], label_en=LABELS_EN[c.value], kind=_kind(c)) for c in Category]
