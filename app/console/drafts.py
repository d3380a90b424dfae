"""Check-a-draft helpers: highlight findings in place, turn a suggestion into an edit, show two drafts' changes."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.schemas.check import FindingRead

# A suggestion that quotes the wording to use: 改为“…” replaces the span, 补充“…” appends a sentence.
_REPLACE = re.compile(r"(?:改为|改成|替换为|换成)[“\"「]([^”\"」]+)[”\"」]")
_ADD = re.compile(r"(?:补充|加上|增加|添加)[“\"「]([^”\"」]+)[”\"」]")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    finding: int | None = None  # index into the findings list; None for plain text
    severity: str = ""


def segments(text: str, findings: Sequence[FindingRead]) -> list[Segment]:
    """The text cut into plain and highlighted runs; where findings overlap, the earlier one is highlighted."""
    out: list[Segment] = []
    at = 0
    spans = sorted((f.start, f.end, i, f.severity) for i, f in enumerate(findings)
                   if f.field == "text" and f.start is not None and f.end is not None and f.end > f.start)
    for start, end, i, severity in spans:
        if start < at:
            continue
        if start > at:
            out.append(Segment(text[at:start]))
        out.append(Segment(text[start:end], i, severity))
        at = end
    if at < len(text):
        out.append(Segment(text[at:]))
    return out


def apply_suggestion(text: str, finding: FindingRead) -> str | None:
    """The draft with ``finding``'s suggestion applied, or None where the suggestion needs a person's words."""
    if finding.field != "text" or finding.start is None or finding.end is None:
        return None
    start, end = finding.start, finding.end
    if m := _REPLACE.search(finding.suggestion):
        return text[:start] + m.group(1) + text[end:]
    if m := _ADD.search(finding.suggestion):
        addition = m.group(1)
        return text if addition in text else text.rstrip() + addition
    if finding.suggestion.startswith("删除"):
        return (text[:start] + text[end:]).strip() or None
    return None


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # equal | delete | insert
    text: str


def changes(old: str, new: str) -> list[Change]:
    """Character-level differences (Chinese has no spaces to split words on)."""
    out: list[Change] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.append(Change("equal", old[a0:a1]))
            continue
        if a1 > a0:
            out.append(Change("delete", old[a0:a1]))
        if b1 > b0:
            out.append(Change("insert", new[b0:b1]))
    return out
