"""The reviewer's handbook (审核标准和细则), rendered from a ruleset so training never drifts from the rules.

Markdown is the source; the standalone HTML is the same document rendered by markdown-it-py (CommonMark, raw
HTML in rule text escaped, never passed through). Every enabled detector has its section: the lexicon's rules one
by one, and the standard the PII finder, the claim classifier, the disclosure check and the negative-opinion
monitor apply, read from the same ruleset so the handbook never drifts from what runs.
"""

from __future__ import annotations

import html
from importlib import resources
from string import Template
from typing import Any

from markdown_it import MarkdownIt

from app.handbook_standards import detector_sections
from app.ruleset import LexiconRule, Ruleset
from app.taxonomy import LABELS_ZH, Category

CATEGORY_TITLES = LABELS_ZH
SEVERITY_TITLES = {"high": "高（拦截）", "medium": "中（人工复核）", "low": "低（人工复核）", "info": "提示"}


def _catches(rule: LexiconRule) -> str:
    if rule.terms:
        shown = "、".join(f"`{t}`" for t in rule.terms[:30])
        more = f" 等 {len(rule.terms)} 个词" if len(rule.terms) > 30 else ""
        return f"用语：{shown}{more}"
    if rule.pattern is not None:
        return f"句式（正则）：`{rule.pattern}`"
    assert rule.cooccur is not None
    c = rule.cooccur
    return (f"搭配：{'、'.join(c.first[:10])} 与 {'、'.join(c.second[:10])} 在 {c.window} 字内"
            + ("依次出现" if c.ordered else "同时出现"))


def _rule(rule: LexiconRule, verdicts: dict[str, str]) -> list[str]:
    sev = str(rule.severity)
    lines = [f"### {rule.id}", "",
             f"- **风险等级**：{SEVERITY_TITLES.get(sev, sev)}，系统判定：{verdicts.get(sev, '')}",
             f"- **审核要点**：{rule.message}", f"- **依据**：{rule.basis}", f"- **识别范围**：{_catches(rule)}"]
    if rule.allow:
        lines.append(f"- **不算违规的合法表述**：{'、'.join(rule.allow[:20])}")
    if rule.channels:
        lines.append(f"- **适用渠道**：{'、'.join(rule.channels)}")
    lines += [f"- **修改建议**：{rule.suggestion}", ""]
    if rule.examples.hit:
        lines += ["违规示例（应被识别）：", ""] + [f"- ✗ {x}" for x in rule.examples.hit] + [""]
    if rule.examples.miss:
        lines += ["合规示例（不应被识别）：", ""] + [f"- ✓ {x}" for x in rule.examples.miss] + [""]
    return lines


def render_markdown(ruleset: Ruleset) -> str:
    verdicts = {str(k): str(v) for k, v in ruleset.policy.severity_verdict.items()}
    out = [f"# 审核标准和细则：{ruleset.name} 第 {ruleset.version} 版", "",
           ruleset.description or "", "",
           f"规则集校验和：`{ruleset.checksum[:16]}`。本手册由规则集自动生成，与线上执行的规则一致。", "",
           "## 判定原则", ""]
    out += [f"- {SEVERITY_TITLES.get(k, k)} → `{v}`" for k, v in verdicts.items()]
    neg = ruleset.lexicon.negation
    if neg.prefixes:
        out += ["", f"否定表述（如“{'、'.join(neg.prefixes[:8])}”）紧邻违规用语时不视为违规。"]
    edu = ruleset.lexicon.education
    if edu.cue_words:
        out += [f"消费者教育语境（如“{'、'.join(edu.cue_words[:8])}”）或引号内引用的用语降为提示。"]
    out.append("")
    by_category: dict[str, list[LexiconRule]] = {}
    for rule in ruleset.lexicon.rules:
        by_category.setdefault(str(rule.category), []).append(rule)
    for category in [c.value for c in Category if c.value in by_category]:
        out += [f"## {CATEGORY_TITLES.get(category, category)}（`{category}`）", ""]
        for rule in by_category[category]:
            out += _rule(rule, verdicts)
    enabled = [name for name, s in ruleset.detectors.items() if s.enabled]
    out += detector_sections(ruleset, CATEGORY_TITLES, verdicts)
    if ruleset.coverage.not_checked:
        out += ["## 本规则集不检查的类别", "", "以下类别由人工把关，系统不会提示：", ""]
        out += [f"- {CATEGORY_TITLES.get(str(c), str(c))}（`{c}`）：{why}"
                for c, why in ruleset.coverage.not_checked.items()]
        out.append("")
    out += ["## 启用的检测器", "", *[f"- `{name}`" for name in enabled], ""]
    return "\n".join(out)


_MARKDOWN: Any = MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_to_html(markdown: str) -> str:
    """CommonMark with tables; raw HTML in the source is shown as text (rule text is not trusted markup)."""
    rendered: str = _MARKDOWN.render(markdown)
    return rendered


def render_html(ruleset: Ruleset) -> str:
    template = Template((resources.files("app") / "data" / "handbook" / "handbook.html").read_text(encoding="utf-8"))
    title = html.escape(f"审核标准和细则：{ruleset.name} 第 {ruleset.version} 版")
    return template.substitute(title=title, body=markdown_to_html(render_markdown(ruleset)))
