"""The handbook's sections for the detectors that are not rule-by-rule lexicons: personal information, the claim
classifier, risk statements and negative opinion. The standard (what counts, what does not) is written here once;
severities, thresholds, product types and alert rules are read from the ruleset being rendered."""

from __future__ import annotations

from typing import Any

from app.ruleset import Ruleset

PII_STANDARD = {
    "pii_name": ("第三方（客户、被保险人、受益人等）的完整姓名",
                 "姓氏加称谓（陈女士、王先生）、已脱敏姓名（张**）、账号主人本人的署名、公众人物与公司、产品名称、"
                 "“投保人”“受益人”等角色称谓"),
    "pii_phone": ("第三方的手机或固定电话号码（含空格、短横、中文数字等变形）",
                  "已脱敏号码（138****5678）、公司客服热线（95xxx、400 开头）、账号主人本人公开的联系电话"),
    "pii_id_card": ("居民身份证号码（校验位、出生日期、地区码可信）", "已脱敏号码、仅后四位"),
    "pii_bank_card": ("银行卡或账户号码（Luhn 校验、发卡行号段可信）", "已脱敏号码、仅后四位、订单号与发票号"),
    "pii_address": ("个人详细住址：从省市到门牌、房号", "只到城市或区县、公司或网点的办公地址"),
    "pii_email": ("第三方的个人邮箱（含 [at]、艾特 等写法）", "公司公共邮箱、账号主人本人的联系邮箱"),
    "pii_policy_number": ("与客户相关的保单号、理赔/赔案号", "产品备案号、已脱敏号码"),
    "pii_health": ("可识别身份的人（有全名、保单号等）的疾病诊断或健康状况",
                   "匿名客户（某客户、一位 40 岁的女士）的病情、作者本人的健康状况、疾病科普"),
    "pii_plate": ("第三方的机动车号牌", "已脱敏号牌（沪A·***12）"),
}

CLAIM_STANDARD = {
    "guaranteed_return": "把收益说成确定、保本或无风险（稳赚、保本保息、年化 X% 稳定收益）",
    "deposit_comparison": "把保险说成存款、理财或储蓄，或与存款、基金作片面对比（比存款划算、存钱首选）",
    "stop_sale_hype": "以停售、涨价、截止日期制造紧迫感（最后 3 天、过了月底就买不到）",
    "coverage_exaggeration": "夸大保障或理赔（什么都保、百病全赔、不用健康告知）",
    "improper_inducement": "合同外利益：返佣、返现、送礼与投保挂钩",
    "disparagement": "贬低同业或其他公司、其产品与理赔",
    "false_authority": "虚称国家、监管或官方背书、担保",
}
CLAIM_NOT = ("问句（问：……能赔吗？）、解释与科普（……不等于收益）、引用或报道他人的违规说法、监管提示、否定表述"
             "（保险不是存款）、客观比较与新闻报道，不视为本公司的宣传承诺。问答中的“答”里作出的承诺仍属违规。")


def _pii(ruleset: Ruleset, titles: dict[str, str], verdicts: dict[str, str]) -> list[str]:
    config = ruleset.detector_config("pii")
    categories: dict[str, Any] = config.get("categories") or {}
    out = ["## 个人信息保护（`pii` 检测器）", "",
           "对外发布的内容不得出现客户等第三方的个人信息；敏感个人信息（证件号、金融账户、医疗健康）一律拦截。"
           "发现的信息按下表判断，建议改写为脱敏形式（张**、138****5678）。", "",
           "| 类别 | 风险等级 | 算违规 | 不算违规 |", "|---|---|---|---|"]
    for code, (counts, excluded) in PII_STANDARD.items():
        settings = categories.get(code) or {}
        if settings.get("enabled") is False:
            continue
        severity = str(settings.get("severity", ""))
        shown = f"{severity}（{verdicts.get(severity, '')}）" if severity else "—"
        out.append(f"| {titles.get(code, code)}（`{code}`） | {shown} | {counts} | {excluded} |")
    out += ["", "当个人信息检测超时或出错、无法保证脱敏时，审计日志不保存原文（见 docs/audit.md）。", ""]
    return out


def _claims(ruleset: Ruleset, titles: dict[str, str]) -> list[str]:
    config = ruleset.detector_config("claims")
    categories: dict[str, Any] = config.get("categories") or {}
    out = ["## 宣传承诺（`claims` 分类器）", "",
           "分类器逐句判断是否作出了下列承诺，并结合上下文（问句、解释、引用、否定、新闻报道）决定是否成立；"
           "把握不足的判断送人工复核而不直接拦截，每条发现附置信度和上下文理由。", "",
           "| 类别 | 算违规 | 判定阈值 |", "|---|---|---|"]
    for code, meaning in CLAIM_STANDARD.items():
        threshold = (categories.get(code) or {}).get("threshold", "—")
        out.append(f"| {titles.get(code, code)}（`{code}`） | {meaning} | {threshold} |")
    out += ["", f"不算违规：{CLAIM_NOT}", ""]
    return out


def _disclosure(ruleset: Ruleset, verdicts: dict[str, str]) -> list[str]:
    config = ruleset.detector_config("disclosure")
    types: dict[str, Any] = config.get("product_types") or {}
    out = ["## 风险提示（`disclosure` 检测器，`missing_disclosure`）", "",
           "宣传分红型、万能型、投资连结型产品或展示演示利益时，同一篇内容必须有对应类型的风险提示"
           "（如“分红水平不确定”“演示利益不代表实际收益”）。只讲解规则、不推介产品的内容不需要。", "",
           "| 产品类型 | 风险等级 |", "|---|---|"]
    for settings in types.values():
        severity = str(settings.get("severity", ""))
        out.append(f"| {settings.get('label', '')} | {severity}（{verdicts.get(severity, '')}） |")
    generic = config.get("generic_statements") or []
    if generic:
        out += ["", f"只有“{'、'.join(str(g) for g in generic[:5])}”等泛泛提示不满足要求，风险等级降为 "
                f"{config.get('generic_severity', 'low')}。"]
    out.append("")
    return out


def _sentiment(ruleset: Ruleset) -> list[str]:
    config = ruleset.detector_config("sentiment")
    out = ["## 负面舆情（`sentiment` 检测器，`negative_sentiment`）", "",
           "只用于外部评论和提及（不用于拦截发布内容）：针对本公司的投诉、指责和舆情风险（理赔难、骗子、投诉、退保无门）"
           f"在模型概率达到 {config.get('threshold', 0.5)} 时记为负面；单纯提问、感谢、对疾病的悲伤不算。", ""]
    if ruleset.alerts:
        out += ["告警规则（触发后开启舆情事件并通知，处理时长计入及时率）：", "",
                "| 规则 | 说明 | 严重程度 |", "|---|---|---|"]
        out += [f"| `{a.get('id', '')}` | {a.get('description', '')} | {a.get('severity', '')} |"
                for a in ruleset.alerts]
        out.append("")
    return out


def detector_sections(ruleset: Ruleset, titles: dict[str, str], verdicts: dict[str, str]) -> list[str]:
    """Markdown lines for every enabled non-lexicon detector, in a fixed order."""
    enabled = {name for name, s in ruleset.detectors.items() if s.enabled}
    out: list[str] = []
    if "pii" in enabled:
        out += _pii(ruleset, titles, verdicts)
    if "claims" in enabled:
        out += _claims(ruleset, titles)
    if "disclosure" in enabled:
        out += _disclosure(ruleset, verdicts)
    if "sentiment" in enabled:
        out += _sentiment(ruleset)
    if "brand" in enabled:
        from app.handbook_brand import brand_section, catalogue_section

        out += brand_section(ruleset, verdicts) + catalogue_section(ruleset, verdicts)
    return out
