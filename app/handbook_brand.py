"""The handbook's brand and product-catalogue sections (`brand` detector), read from the ruleset being rendered:
the names the company goes by and must not go by, its slogans, logo wordings and every product in the catalogue
with its type and sales dates, so reviewers and authors check against the same list the service does."""

from __future__ import annotations

from app.brand_rules import PRODUCT_TYPE_LABELS, RuleText
from app.ruleset import Ruleset

_STATE = {"on_sale": "在售", "stopped": "已停售"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _joined(items: list[str]) -> str:
    return "、".join(f"`{_cell(i)}`" for i in items) or "—"


def _rules(rules: dict[str, RuleText], titles: dict[str, str], verdicts: dict[str, str], prefix: str) -> list[str]:
    out = ["| 规则 | 情形 | 风险等级 | 依据 |", "|---|---|---|---|"]
    for kind, rule in rules.items():
        sev = str(rule.severity)
        out.append(f"| `{prefix}.{kind}` | {titles.get(kind, kind)}：{_cell(rule.message)} | "
                   f"{sev}（{verdicts.get(sev, '')}） | {_cell(rule.basis)} |")
    return [*out, ""]


_BRAND_KINDS = {"outdated_name": "停用或不规范的名称", "lookalike_name": "近似、易混淆的名称",
                "mangled_name": "写错的名称（同音字、错字、少字）", "mangled_slogan": "改写或写错的广告语",
                "logo_wording": "未经批准的标识文字"}
_PRODUCT_KINDS = {"unknown_product": "产品目录中没有的产品", "stopped_product": "停售日期之后仍在宣传",
                  "not_yet_on_sale": "上市之前提前宣传"}


def brand_section(ruleset: Ruleset, verdicts: dict[str, str]) -> list[str]:
    brand, names = ruleset.brand, ruleset.brand.names
    out = ["## 品牌表述（`brand` 检测器，`brand_inconsistency`）", ""]
    if brand.example:
        out += ["> 注意：以下品牌规则是随软件提供的示例公司（安宁人寿），请替换为本公司的名称和广告语。", ""]
    out += [f"- **规范全称**：{_joined(names.official)}", f"- **规范简称**：{_joined(names.abbreviations)}",
            f"- **英文名称**：{_joined(names.english)}", f"- **不得使用的旧称或错误名称**：{_joined(names.outdated)}",
            f"- **不得使用的近似名称**：{_joined(names.lookalikes)}"]
    for slogan in brand.slogans:
        out.append(f"- **广告语**：`{_cell(slogan.text)}`；允许的写法：{_joined(slogan.variants)}；"
                   f"已知的错误写法：{_joined(slogan.forbidden)}")
    out += [f"- **标识文字**：经批准 {_joined(brand.logo.approved)}；不得使用 {_joined(brand.logo.forbidden)}", "",
            "同音字或形近字写成的公司名称（如把“宁”写成“凝”）、少字多字的全称，以及单独出现在公司名称、“广告语”等提示词"
            "或引号附近、与批准的广告语只差一两个字的说法，都按写错处理。", ""]
    return out + _rules(brand.rules, _BRAND_KINDS, verdicts, "brand")


def catalogue_section(ruleset: Ruleset, verdicts: dict[str, str]) -> list[str]:
    catalogue = ruleset.catalogue
    out = ["## 产品目录（`brand` 检测器，`unauthorized_product`）", ""]
    if catalogue.example:
        out += ["> 注意：以下产品目录是示例，导入本公司的产品目录（`postguard rules catalogue FILE.csv`）之前，"
                "系统不会提示“目录中没有的产品”。", ""]
    out += [f"停售日期之后仍宣传该产品、或在上市之前宣传，按违规处理（日期按 {catalogue.timezone} 的日历日计算）；"
            "说明产品已停售、老客户保单不受影响的通知不算宣传。分红型、万能型、投资连结型产品即使只写简称，也必须有对应的"
            "风险提示。", "",
            "| 产品名称 | 简称 | 类型 | 状态 | 上市日期 | 停售日期 | 备案号 |", "|---|---|---|---|---|---|---|"]
    for p in catalogue.products:
        out.append(f"| {_cell(p.name)} | {_cell('、'.join(p.short_names)) or '—'} | "
                   f"{PRODUCT_TYPE_LABELS[p.type.value]} | {_STATE[p.status.value]} | "
                   f"{p.on_sale_from.isoformat() if p.on_sale_from else '—'} | "
                   f"{p.stopped_on.isoformat() if p.stopped_on else '—'} | {_cell(p.code or '—')} |")
    return [*out, "", *_rules(catalogue.rules, _PRODUCT_KINDS, verdicts, "catalogue")]
