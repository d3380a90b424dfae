"""Rendering check results for people (text), programs (json) and code hosts (SARIF 2.1.0)."""

from __future__ import annotations

import json
import os
from typing import Any

from app import __version__
from app.schemas.check import CheckResponse, FindingRead
from app.taxonomy import LABELS_EN, LABELS_ZH, Severity

_LEVEL = {Severity.HIGH: "error", Severity.MEDIUM: "warning", Severity.LOW: "note", Severity.INFO: "none"}


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def source_of(text: str, resp: CheckResponse, f: FindingRead) -> str:
    """The text ``f``'s offsets point into: the file's, or the text read in the image it was found in."""
    if f.image is not None:
        return next((i.text for i in resp.images or () if i.index == f.image), "")
    return text


def _where(text: str, resp: CheckResponse, f: FindingRead, post: str) -> str:
    if f.start is None:
        return post
    line, col = line_col(source_of(text, resp, f), f.start)
    if f.image is None:
        return f"{line}:{col}"
    x, y = (round(v) for v in (f.box or [[0.0, 0.0]])[0])
    return f"{f.field}:{line}:{col}@({x},{y})"  # the line read in the image, and the box's top-left in pixels


def _located(text: str, resp: CheckResponse, f: FindingRead) -> dict[str, Any]:
    doc = f.model_dump(mode="json")
    if f.start is not None:
        doc["line"], doc["column"] = line_col(source_of(text, resp, f), f.start)
    return doc


VERDICT_ZH = {"pass": "通过", "review": "需人工复核", "block": "拦截"}
WORDS = {
    "zh": {"findings": "条发现", "ruleset": "规则集", "post": "全文", "reason": "原因", "basis": "依据",
           "suggestion": "建议", "degraded": "未完成的检测器"},
    "en": {"findings": "finding(s)", "ruleset": "ruleset", "post": "post", "reason": "reason", "basis": "basis",
           "suggestion": "suggestion", "degraded": "degraded detectors"},
}


def cli_language(requested: str | None) -> str:
    """--lang, else zh when the locale ($LC_ALL, $LANG) is Chinese, else en."""
    if requested:
        return requested
    locale = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "zh" if locale.lower().startswith("zh") else "en"


def render_text(path: str, text: str, resp: CheckResponse, color: bool = False, lang: str = "en") -> str:
    w = WORDS[lang]
    verdict = VERDICT_ZH[resp.verdict.value] if lang == "zh" else resp.verdict.value.upper()
    lines = [f"{path}: {verdict} ({len(resp.findings)} {w['findings']}, {w['ruleset']} "
             f"{resp.ruleset.name}@{resp.ruleset.version})"]
    labels = LABELS_ZH if lang == "zh" else LABELS_EN
    for f in resp.findings:
        where = _where(text, resp, f, w["post"])
        phrase = f.text or ""
        if color and phrase:
            phrase = f"\x1b[1;31m{phrase}\x1b[0m"
        label = labels.get(str(f.category), str(f.category))
        lines.append(f"  {path}:{where}: {f.severity.value} {label} ({f.category}) [{f.rule_id}] 「{phrase}」")
        for key, value in (("reason", f.message), ("basis", f.basis), ("suggestion", f.suggestion)):
            if value:
                lines.append(f"      {w[key]}: {value}")
    if resp.degraded:
        lines.append(f"  {w['degraded']}: {', '.join(resp.degraded)}")
    return "\n".join(lines)


def scan_summary_line(summary: dict[str, Any], lang: str) -> str:
    """One human line after the JSON summary of `postguard scan`."""
    v = summary["verdicts"]
    if lang == "zh":
        return (f"共检查 {summary['posts']} 条，跳过 {summary['skipped']} 条：通过 {v.get('pass', 0)}，"
                f"需人工复核 {v.get('review', 0)}，拦截 {v.get('block', 0)}")
    return (f"{summary['posts']} checked, {summary['skipped']} skipped: {v.get('pass', 0)} pass, "
            f"{v.get('review', 0)} review, {v.get('block', 0)} block")


def render_json(items: list[tuple[str, str, CheckResponse]], verdict: str) -> str:
    files = [
        {"path": path, "verdict": r.verdict.value, "request_id": r.request_id, "ruleset": r.ruleset.model_dump(),
         "findings": [_located(text, r, f) for f in r.findings], "degraded": r.degraded}
        for path, text, r in items
    ]
    return json.dumps({"verdict": verdict, "files": files}, ensure_ascii=False, indent=2)


def render_sarif(items: list[tuple[str, str, CheckResponse]]) -> str:
    rules: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    for path, text, resp in items:
        for f in resp.findings:
            rules.setdefault(f.rule_id, {
                "id": f.rule_id,
                "name": f.category,
                "shortDescription": {"text": f.message or f.category},
                "help": {"text": f"{f.basis}\n{f.suggestion}".strip()},
                "properties": {"category": f.category},
            })
            region: dict[str, Any] = {}
            if f.start is not None and f.end is not None and f.image is None:  # an image has no text lines
                sl, sc = line_col(text, f.start)
                el, ec = line_col(text, f.end)
                region = {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec,
                          "charOffset": f.start, "charLength": f.end - f.start}
            location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": path}}}
            if region:
                location["physicalLocation"]["region"] = region
            results.append({
                "ruleId": f.rule_id,
                "level": _LEVEL[f.severity],
                "message": {"text": f"{f.message} 「{f.text or ''}」 建议: {f.suggestion}".strip()},
                "locations": [location],
                "properties": {"category": f.category, "severity": f.severity.value, "verdict": resp.verdict.value,
                               **({"image": f.image, "box": f.box} if f.image is not None else {})},
            })
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "postguard", "version": __version__,
                                "informationUri": "https://postguard.dev", "rules": list(rules.values())}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2)
