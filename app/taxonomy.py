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
    # Added with the account archive (issue 13): checked by the `brand` detector against the ruleset's
    # brand rules and product catalogue.
    BRAND_INCONSISTENCY = "brand_inconsistency"
    UNAUTHORIZED_PRODUCT = "unauthorized_product"


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


# Labels for people (the codes above are for machines). Chinese first: the reviewers' language.
LABELS_ZH = {
    "ad_absolute": "绝对化用语", "false_authority": "虚假权威背书", "guaranteed_return": "承诺收益/保本",
    "deposit_comparison": "与存款理财混淆", "stop_sale_hype": "停售炒作", "coverage_exaggeration": "夸大保障与理赔",
    "improper_inducement": "不当利益诱导", "disparagement": "诋毁同业", "confidential_info": "内部资料外泄",
    "pii_name": "个人信息：姓名", "pii_phone": "个人信息：电话", "pii_id_card": "个人信息：身份证号",
    "pii_bank_card": "个人信息：银行卡号", "pii_address": "个人信息：地址", "pii_email": "个人信息：邮箱",
    "pii_policy_number": "个人信息：保单号", "pii_health": "个人信息：健康状况", "pii_plate": "个人信息：车牌号",
    "missing_disclosure": "缺少风险提示", "negative_sentiment": "负面舆情",
    "brand_inconsistency": "品牌表述不规范", "unauthorized_product": "未经批准或已停售的产品",
}
LABELS_EN = {
    "ad_absolute": "Absolute or superlative claim", "false_authority": "False authority or endorsement",
    "guaranteed_return": "Guaranteed or risk-free return", "deposit_comparison": "Insurance presented as a deposit",
    "stop_sale_hype": "Stop-sale or deadline hype", "coverage_exaggeration": "Exaggerated coverage or claims",
    "improper_inducement": "Improper inducement (rebate, gift)", "disparagement": "Disparaging competitors",
    "confidential_info": "Internal material published", "pii_name": "Personal information: name",
    "pii_phone": "Personal information: phone", "pii_id_card": "Personal information: ID card number",
    "pii_bank_card": "Personal information: bank card", "pii_address": "Personal information: address",
    "pii_email": "Personal information: email", "pii_policy_number": "Personal information: policy number",
    "pii_health": "Personal information: health", "pii_plate": "Personal information: licence plate",
    "missing_disclosure": "Missing risk statement", "negative_sentiment": "Negative public opinion",
    "brand_inconsistency": "Brand inconsistency (company name, slogan, logo wording)",
    "unauthorized_product": "Product not approved or no longer sold",
}
