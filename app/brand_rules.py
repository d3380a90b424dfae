"""The ruleset's brand rules and product catalogue (issue 13): data, validated here, versioned with every rule.

``brand``: how the company must be named (official names, abbreviations, English names), the names it must not
be called (outdated, look-alike), its approved slogans with their allowed variants, and logo wordings.
``catalogue``: the products the company may promote, with their type (分红, 万能, 投连, 年金 ...), sales status and
dates, and how product names are recognised in a post. The ``brand`` detector (app/detectors/brand.py) reports
``brand_inconsistency`` and ``unauthorized_product`` from them; the disclosure check reads each product's type.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.taxonomy import Severity
from app.zones import valid_zone


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _no_blank(values: list[str]) -> list[str]:
    if any(not v.strip() for v in values):
        raise ValueError("blank entry")
    return values


class RuleText(_Strict):
    """Severity and the words a finding of one kind carries (审核要点, 依据, 修改建议)."""

    severity: Severity = Field(description="mapped to the verdict by the policy")
    message: str = Field(description="why it is a problem (审核要点)")
    basis: str = Field(description="the legal or company basis (依据)")
    suggestion: str = Field(
        description="what to write instead (修改建议); `{expected}` is replaced by the approved form")


class BrandNames(_Strict):
    official: list[str] = Field(default_factory=list, description="full registered company names (规范全称)")
    abbreviations: list[str] = Field(default_factory=list, description="approved short names (规范简称)")
    english: list[str] = Field(default_factory=list, description="approved English names (matched case-insensitively)")
    outdated: list[str] = Field(default_factory=list, description="former or wrong names that must not be used")
    lookalikes: list[str] = Field(default_factory=list, description="forbidden look-alike names (傍名牌, 集团 ...)")
    core: list[str] = Field(
        default_factory=list,
        description="the distinctive part of the name (安宁): a near-miss of a full name counts only when it holds "
        "one (so a competitor's similar full name is not ours mangled); default: the first two characters of "
        "each abbreviation",
    )

    @field_validator("official", "abbreviations", "english", "outdated", "lookalikes", "core")
    @classmethod
    def _filled(cls, v: list[str]) -> list[str]:
        return _no_blank(v)


class Slogan(_Strict):
    text: str = Field(min_length=2, description="the approved slogan (广告语)")
    variants: list[str] = Field(default_factory=list, description="other approved forms")
    forbidden: list[str] = Field(default_factory=list, description="known wrong forms, flagged wherever they occur")

    @field_validator("variants", "forbidden")
    @classmethod
    def _filled(cls, v: list[str]) -> list[str]:
        return _no_blank(v)


class LogoWording(_Strict):
    approved: list[str] = Field(default_factory=list, description="approved logo wordings (listed in the handbook)")
    forbidden: list[str] = Field(default_factory=list, description="logo wordings that must not be used")

    @field_validator("approved", "forbidden")
    @classmethod
    def _filled(cls, v: list[str]) -> list[str]:
        return _no_blank(v)


BRAND_KINDS = ("outdated_name", "lookalike_name", "mangled_name", "mangled_slogan", "logo_wording")


class BrandSection(_Strict):
    example: bool = Field(
        default=False, description="true for the shipped example company (安宁人寿): replace it with your own")
    names: BrandNames = Field(default_factory=BrandNames, description="how the company is and is not named")
    slogans: list[Slogan] = Field(default_factory=list, description="approved slogans and their allowed variants")
    logo: LogoWording = Field(default_factory=LogoWording, description="approved and forbidden logo wordings")
    homophones: bool = Field(
        default=True, description="a name spelt with characters read the same way (安凝人寿) is a mangled name")
    near_miss_min_chars: int = Field(
        default=8, ge=4, le=60,
        description="official names at least this long also match with one or two characters changed (a mangled "
        "full name); shorter names would match ordinary words")
    slogan_similarity: float = Field(
        default=0.75, ge=0.5, le=0.99,
        description="a phrase this similar to a slogan (1 - edit distance / length), standing alone and near the "
        "company's name, a slogan cue or in quotes, is a mangled slogan")
    slogan_cues: list[str] = Field(
        default_factory=list, description="words that announce a slogan (广告语, 口号, 品牌理念)")
    context_window: int = Field(default=30, ge=0, le=200,
                                description="characters around a near-miss slogan searched for a name or cue")
    rules: dict[str, RuleText] = Field(
        default_factory=dict,
        description=f"finding texts by kind: {', '.join(BRAND_KINDS)} (rule id brand.<kind>)")

    @field_validator("rules")
    @classmethod
    def _kinds(cls, v: dict[str, RuleText]) -> dict[str, RuleText]:
        if unknown := sorted(set(v) - set(BRAND_KINDS)):
            raise ValueError(f"unknown brand rule kind(s) {unknown}; known: {', '.join(BRAND_KINDS)}")
        return v

    @model_validator(mode="after")
    def _texts_for_what_is_checked(self) -> BrandSection:
        needed = set()
        if self.names.outdated:
            needed.add("outdated_name")
        if self.names.lookalikes:
            needed.add("lookalike_name")
        if self.names.official or self.names.abbreviations:
            needed.add("mangled_name")
        if self.slogans:
            needed.add("mangled_slogan")
        if self.logo.forbidden:
            needed.add("logo_wording")
        if missing := sorted(needed - set(self.rules)):
            raise ValueError(f"brand.rules needs the finding text of {missing}")
        return self

    def is_empty(self) -> bool:
        return self == BrandSection()


class ProductType(StrEnum):
    """Product types; the disclosure check requires the statement of the types it names (participating ...)."""

    PARTICIPATING = "participating"  # 分红
    UNIVERSAL = "universal"  # 万能
    INVESTMENT_LINKED = "investment_linked"  # 投连
    ANNUITY = "annuity"  # 年金
    CRITICAL_ILLNESS = "critical_illness"  # 重疾
    MEDICAL = "medical"  # 医疗
    ACCIDENT = "accident"  # 意外
    TERM_LIFE = "term_life"  # 定期寿险
    WHOLE_LIFE = "whole_life"  # 终身寿险
    ENDOWMENT = "endowment"  # 两全
    CARE = "care"  # 护理
    OTHER = "other"


PRODUCT_TYPE_LABELS = {
    "participating": "分红型", "universal": "万能型", "investment_linked": "投资连结型", "annuity": "年金",
    "critical_illness": "重大疾病", "medical": "医疗", "accident": "意外伤害", "term_life": "定期寿险",
    "whole_life": "终身寿险", "endowment": "两全", "care": "护理", "other": "其他",
}
# What a catalogue CSV may write in its type column, besides the codes.
PRODUCT_TYPE_ALIASES = {
    "分红": "participating", "分红型": "participating", "分红险": "participating",
    "万能": "universal", "万能型": "universal", "万能险": "universal",
    "投连": "investment_linked", "投连型": "investment_linked", "投资连结": "investment_linked",
    "投资连结型": "investment_linked", "投连险": "investment_linked",
    "年金": "annuity", "年金险": "annuity", "重疾": "critical_illness", "重大疾病": "critical_illness",
    "重疾险": "critical_illness", "医疗": "medical", "医疗险": "medical", "意外": "accident", "意外险": "accident",
    "意外伤害": "accident", "定期寿险": "term_life", "定寿": "term_life", "终身寿险": "whole_life",
    "终身寿": "whole_life", "两全": "endowment", "两全险": "endowment", "护理": "care", "护理险": "care",
    "其他": "other",
}


class SalesStatus(StrEnum):
    ON_SALE = "on_sale"
    STOPPED = "stopped"


class Product(_Strict):
    name: str = Field(min_length=2, max_length=100, description="the official product name (备案名称)")
    short_names: list[str] = Field(default_factory=list, description="common short names (福满堂)")
    type: ProductType = Field(description="product type; participating / universal / investment_linked posts need "
                                          "their risk statement even when the post never names the type")
    status: SalesStatus = Field(default=SalesStatus.ON_SALE, description="on_sale or stopped")
    on_sale_from: date | None = Field(default=None, description="first day on sale; before it, promotion is early")
    stopped_on: date | None = Field(
        default=None, description="last day on sale; promoted after it, the product is unauthorized")
    code: str | None = Field(default=None, max_length=100, description="the product's filing or internal code")

    @field_validator("short_names")
    @classmethod
    def _short(cls, v: list[str]) -> list[str]:
        if any(len(s.strip()) < 2 for s in v):
            raise ValueError("short names need at least two characters")
        return v

    def state_on(self, day: date) -> str:
        """on_sale, not_yet (before on_sale_from) or stopped (after stopped_on; or status stopped with no date)."""
        if self.on_sale_from is not None and day < self.on_sale_from:
            return "not_yet"
        if self.stopped_on is not None:
            return "stopped" if day > self.stopped_on else "on_sale"
        return "stopped" if self.status is SalesStatus.STOPPED else "on_sale"


class Recognition(_Strict):
    """How product names not in the catalogue are recognised: only where a post names a product formally."""

    bracketed: bool = Field(default=True, description="a 《…》 title ending in a product word is a product name")
    suffixes: list[str] = Field(default_factory=list,
                                description="product words a name ends with (两全保险, 年金保险, 重疾险 ...)")
    type_marks: list[str] = Field(default_factory=list,
                                  description="formal type marks after a name: （分红型）, （万能型） ...")
    not_products: list[str] = Field(
        default_factory=list, description="endings of titles that are no product (法, 办法, 条例, 规定 ...)")
    strip_endings: list[str] = Field(
        default_factory=list, description="document words after a product name, removed (条款, 产品说明书 ...)")
    lead_ins: list[str] = Field(
        default_factory=list, description="words a name never starts with; a candidate starts after the last one")
    generic_words: list[str] = Field(
        default_factory=list, description="words that name a kind of product, not a product (百万, 少儿, 终身 ...)")
    max_name_chars: int = Field(default=20, ge=4, le=60, description="longest name part recognised")


CATALOGUE_KINDS = ("unknown_product", "stopped_product", "not_yet_on_sale")


class CatalogueSection(_Strict):
    example: bool = Field(
        default=False,
        description="true for the shipped example catalogue: names outside it are then not flagged (it is not "
        "your catalogue); an imported catalogue sets false")
    timezone: str = Field(default="Asia/Shanghai", description="the zone whose calendar day sales dates refer to")
    products: list[Product] = Field(default_factory=list, description="the approved products")
    recognition: Recognition = Field(default_factory=Recognition,
                                     description="how product names outside the catalogue are recognised")
    notice_cues: list[str] = Field(
        default_factory=list,
        description="words that make a mention of a stopped product a notice, not promotion (已停售, 停止销售)")
    rules: dict[str, RuleText] = Field(
        default_factory=dict,
        description="finding texts by kind: unknown_product, stopped_product, not_yet_on_sale "
        "(rule id catalogue.<kind>)")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        return valid_zone(v)

    @field_validator("rules")
    @classmethod
    def _kinds(cls, v: dict[str, RuleText]) -> dict[str, RuleText]:
        if unknown := sorted(set(v) - set(CATALOGUE_KINDS)):
            raise ValueError(f"unknown catalogue rule kind(s) {unknown}; known: {', '.join(CATALOGUE_KINDS)}")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> CatalogueSection:
        seen: dict[str, str] = {}
        for product in self.products:
            for name in (product.name, *product.short_names):
                key = name.strip().lower()
                if seen.get(key, product.name) != product.name:
                    raise ValueError(f"{name!r} names two products: {seen[key]!r} and {product.name!r}")
                seen[key] = product.name
            if product.on_sale_from and product.stopped_on and product.stopped_on < product.on_sale_from:
                raise ValueError(f"product {product.name!r} stops before it goes on sale")
        if self.products and (missing := sorted(set(CATALOGUE_KINDS) - set(self.rules))):
            raise ValueError(f"catalogue.rules needs the finding text of {missing}")
        return self

    def is_empty(self) -> bool:
        return self == CatalogueSection()
