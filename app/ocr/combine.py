"""A post's text and its images' text checked as one post, and the findings handed back to where they were.

The detectors see one text: the post's, then each image's in order, with a clause break between them, so
they run exactly as they do on a post and post-level checks see everything published (a risk statement
in a poster's small print counts for the caption; a guaranteed return on a poster needs its statement
too). ``。`` in the separator is clause punctuation, which normalisation never treats as evasion noise,
so no phrase is matched across two images or across the caption and an image.

Each finding then gets back its own field: ``text`` (offsets unchanged: the post's text comes first) or
``image:N`` with offsets into that image's text, the image index and the boxes of the characters.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from app.detectors.base import Finding, Post
from app.ocr.layout import ImageText, bounding

SEPARATOR = "\n。\n"


@dataclass(frozen=True, slots=True)
class Segment:
    field: str  # text | image:N
    base: int  # where it starts in the combined text
    text: str
    image: int | None = None

    @property
    def length(self) -> int:
        return len(self.text)


def combine(post: Post, texts: Mapping[int, ImageText]) -> tuple[Post, list[Segment]]:
    """``post`` with the text of each image read appended (in image order), and where each part lies."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    if post.text:
        parts.append(post.text)
        segments.append(Segment("text", 0, post.text))
        pos = len(post.text)
    for index in sorted(texts):
        text = texts[index].text
        if not text:
            continue
        if parts:
            parts.append(SEPARATOR)
            pos += len(SEPARATOR)
        segments.append(Segment(f"image:{index}", pos, text, index))
        parts.append(text)
        pos += len(text)
    return replace(post, text="".join(parts)), segments


def split(findings: Sequence[Finding], segments: Sequence[Segment], texts: Mapping[int, ImageText]) -> list[Finding]:
    """Findings of the combined text, each moved to its own field (cut at that field's end if it ran over)."""
    starts = [s.base for s in segments]
    out: list[Finding] = []
    for f in findings:
        if f.field != "text" or f.start is None or f.end is None or not segments:
            out.append(f)  # title and post-level findings are the post's
            continue
        k = max(0, bisect.bisect_right(starts, f.start) - 1)
        seg = segments[k]
        if f.start >= seg.base + seg.length and k + 1 < len(segments):
            seg = segments[k + 1]  # starts inside a separator: it belongs to what follows
        start = max(f.start, seg.base) - seg.base
        end = max(start, min(f.end, seg.base + seg.length) - seg.base)
        if seg.image is None:
            out.append(f if (start, end) == (f.start, f.end) else replace(f, start=start, end=end,
                                                                           text=seg.text[start:end]))
            continue
        image = texts[seg.image]
        boxes = image.boxes(start, end)
        out.append(replace(f, field=seg.field, start=start, end=end, text=image.text[start:end], image=seg.image,
                           box=bounding(boxes) if boxes else None, boxes=tuple(boxes)))
    return out
