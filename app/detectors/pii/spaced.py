"""Names written with spaces between their characters (王 小 明) to slip past filters.

Such a name is read in a copy of the text with the spaces between CJK characters removed, and
reported with offsets mapped back to the original text. Only names that had spaces inside them
come from this pass; the ordinary pass finds the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.detectors.pii.hits import Hit

# Three CJK characters in a row, each separated by one space: the spaced-out form.
_SPACED = re.compile(r"[\u4e00-\u9fff][ \u3000\u00a0][\u4e00-\u9fff][ \u3000\u00a0][\u4e00-\u9fff]")
_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\u00a0](?=[\u4e00-\u9fff])")

NameFinder = Callable[[str, list[Hit]], list[Hit]]


def spaced_names(text: str, anchors: list[Hit], find: NameFinder) -> list[Hit]:
    """Names found by ``find`` in ``text`` with inter-character spaces removed, mapped back."""
    if not _SPACED.search(text):
        return []
    gaps = {m.start() for m in _GAP.finditer(text)}
    positions = [i for i in range(len(text)) if i not in gaps]  # compact index -> original index
    compact = "".join(text[i] for i in positions)
    to_compact = {orig: k for k, orig in enumerate(positions)}
    moved = [
        replace(a, start=to_compact[a.start], end=to_compact[a.end - 1] + 1)
        for a in anchors
        if a.start in to_compact and a.end - 1 in to_compact
    ]
    out: list[Hit] = []
    for h in find(compact, moved):
        start, end = positions[h.start], positions[h.end - 1] + 1
        if any(i in gaps for i in range(start, end)):
            out.append(replace(h, start=start, end=end, rule_id=f"{h.rule_id}.spaced"))
    return out
