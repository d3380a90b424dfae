"""Category, severity and verdict codes (../shared/spec/taxonomy.md): a public contract."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    AD_ABSOLUTE = "ad_absolute"
    FALSE_AUTHORITY = "false_authority"
    GUARANTEED_RETURN = "guaranteed_return"
    DEPOSIT_COMPARISON = "deposit_comparison"
    STOP_SALE_HYPE = "stop_sale_hype"
    COVERAGE_EXAGGERATION = "coverage_exaggeration"
    IMPROPER_INDUCEMENT = "improper_inducement"
    DISPARAGEMENT = "disparagement"
    CONFIDENTIAL_INFO = "confidential_info"
    PII_NAME = "pii_name"
    PII_PHONE = "pii_phone"
    PII_ID_CARD = "pii_id_card"
    PII_BANK_CARD = "pii_bank_card"
    PII_ADDRESS = "pii_address"
    PII_EMAIL = "pii_email"
    PII_POLICY_NUMBER = "pii_policy_number"
    PII_HEALTH = "pii_health"
    PII_PLATE = "pii_plate"
    MISSING_DISCLOSURE = "missing_disclosure"
    NEGATIVE_SENTIMENT = "negative_sentiment"


LEXICAL_CATEGORIES = frozenset(
    {
        Category.AD_ABSOLUTE,
        Category.FALSE_AUTHORITY,
        Category.GUARANTEED_RETURN,
        Category.DEPOSIT_COMPARISON,
        Category.STOP_SALE_HYPE,
        Category.COVERAGE_EXAGGERATION,
        Category.IMPROPER_INDUCEMENT,
        Category.DISPARAGEMENT,
        Category.CONFIDENTIAL_INFO,
    }
)
# Claims a sentence can make (the claim classifier's categories), in a fixed reporting order.
CLAIM_CATEGORIES = (
    "guaranteed_return",
    "deposit_comparison",
    "stop_sale_hype",
    "coverage_exaggeration",
    "improper_inducement",
    "disparagement",
    "false_authority",
)
PII_CATEGORIES = frozenset(c for c in Category if c.value.startswith("pii_"))


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"


SEVERITY_RANK = {Severity.INFO: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


class Verdict(StrEnum):
    PASS = "pass"
    REVIEW = "review"
    BLOCK = "block"


VERDICT_RANK = {Verdict.PASS: 0, Verdict.REVIEW: 1, Verdict.BLOCK: 2}


class Channel(StrEnum):
    WECHAT_MP = "wechat_mp"
    MOMENTS = "moments"
    WEIBO = "weibo"
    DOUYIN = "douyin"
    TOUTIAO = "toutiao"
    XIAOHONGSHU = "xiaohongshu"
    VIDEO_CHANNEL = "video_channel"
    OTHER = "other"


class ContentType(StrEnum):
    ARTICLE = "article"
    CAPTION = "caption"
    POSTER_TEXT = "poster_text"
    LIVE_SCRIPT = "live_script"
    COMMENT_REPLY = "comment_reply"
    COMMENT = "comment"
    MENTION = "mention"


INBOUND_CONTENT_TYPES = frozenset({ContentType.COMMENT, ContentType.MENTION})
