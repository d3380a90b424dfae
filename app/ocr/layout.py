"""OCR lines -> an image's text in reading order, and a span of that text -> the boxes it covers.

Pure geometry, no OCR package: the service process imports this; only the OCR worker processes load a model.
A box is a quadrilateral of four (x, y) points clockwise from the top-left of the text as it reads
(rotated text gives a rotated box), in pixels of the image as sent (after its EXIF orientation).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]
Quad = tuple[Point, Point, Point, Point]


@dataclass(frozen=True, slots=True)
class OcrLine:
    text: str
    box: Quad
    score: float

    @property
    def top(self) -> float:
        return min(p[1] for p in self.box)

    @property
    def bottom(self) -> float:
        return max(p[1] for p in self.box)

    @property
    def left(self) -> float:
        return min(p[0] for p in self.box)

    @property
    def right(self) -> float:
        return max(p[0] for p in self.box)

    @property
    def vertical(self) -> bool:
        """A column of characters read top to bottom (竖排), not a rotated line."""
        return len(self.text) > 1 and (self.bottom - self.top) > 1.5 * (self.right - self.left)


@dataclass(frozen=True, slots=True)
class ImageText:
    """What OCR read in one image: its lines in reading order and their text joined by newlines."""

    lines: tuple[OcrLine, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def line_starts(self) -> list[int]:
        starts, pos = [], 0
        for line in self.lines:
            starts.append(pos)
            pos += len(line.text) + 1
        return starts

    def boxes(self, start: int, end: int) -> list[Quad]:
        """One box per line that [start, end) of :attr:`text` touches, cut to the characters it covers."""
        out: list[Quad] = []
        for line, at in zip(self.lines, self.line_starts(), strict=True):
            lo, hi = max(start, at), min(end, at + len(line.text))
            if lo < hi:
                out.append(sub_box(line, lo - at, hi - at))
        return out


def order_lines(lines: Sequence[OcrLine]) -> list[OcrLine]:
    """Reading order: rows top to bottom (lines whose heights overlap by half share a row), a row's lines
    left to right; vertical columns in a row right to left, as 竖排 text reads."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda x: (x.top, x.left)):
        for row in rows:
            top, bottom = min(x.top for x in row), max(x.bottom for x in row)
            overlap = min(bottom, line.bottom) - max(top, line.top)
            if overlap > 0.5 * min(bottom - top, line.bottom - line.top):
                row.append(line)
                break
        else:
            rows.append([line])
    ordered: list[OcrLine] = []
    for row in rows:
        columns = sum(1 for x in row if x.vertical)
        ordered += sorted(row, key=lambda x: -x.right if columns > len(row) / 2 else x.left)
    return ordered


def _weight(ch: str) -> float:
    # A CJK (wide) character takes about twice the width of a digit or Latin letter in a line.
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.55


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (round(a[0] + (b[0] - a[0]) * t, 1), round(a[1] + (b[1] - a[1]) * t, 1))


def sub_box(line: OcrLine, start: int, end: int) -> Quad:
    """The part of ``line.box`` holding characters [start, end) of ``line.text``, by character widths
    along the reading direction (down a column for vertical text)."""
    text = line.text
    # Each character of a column takes one square cell.
    weights = [1.0] * len(text) if line.vertical else [_weight(ch) for ch in text]
    total = sum(weights) or 1.0
    a = sum(weights[:start]) / total
    b = sum(weights[:end]) / total
    p0, p1, p2, p3 = line.box
    if line.vertical:  # characters advance from the top edge (p0-p1) to the bottom edge (p3-p2)
        return (_lerp(p0, p3, a), _lerp(p1, p2, a), _lerp(p1, p2, b), _lerp(p0, p3, b))
    return (_lerp(p0, p1, a), _lerp(p0, p1, b), _lerp(p3, p2, b), _lerp(p3, p2, a))


def bounding(boxes: Sequence[Quad]) -> Quad:
    """One box around several (a span over more than one line); the box itself when there is one."""
    if len(boxes) == 1:
        return boxes[0]
    xs = [p[0] for q in boxes for p in q]
    ys = [p[1] for q in boxes for p in q]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))
