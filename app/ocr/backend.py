"""The OCR backend: RapidOCR (PP-OCRv4 detection and recognition on onnxruntime), run in OCR worker processes.

Its models ship inside the ``rapidocr-onnxruntime`` wheel, so reading needs no network, ever. The service
process never imports it (see app/ocr/stage.py); each worker loads one engine in its initializer.

RapidOCR scales an image down until its longer side is 2000 px, which leaves the text of a long screenshot
(1080 × 8000) too small to read. Tall images are therefore read in overlapping tiles of 1800 px: a line
belongs to the tile whose core (the tile less half the overlap at each inner edge) holds its centre, so a
line cut at one tile's edge is taken whole from the next, and a line in an overlap is not read twice.
"""

from __future__ import annotations

import importlib.util
from importlib import metadata
from typing import Any

from app.ocr.layout import OcrLine, order_lines

PACKAGE = "rapidocr-onnxruntime"
TILE = 1800
OVERLAP = 300  # taller than any line a poster has at 1080 px wide

_engine: Any = None


def available() -> bool:
    """True when the OCR package (the ``ocr`` extra) and Pillow are installed."""
    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr_onnxruntime", "PIL"))


def version() -> str:
    try:
        return f"rapidocr-{metadata.version(PACKAGE)}"
    except metadata.PackageNotFoundError:
        return "missing"


def load() -> None:
    """Load the models into this process (a worker's initializer); idempotent."""
    global _engine
    if _engine is None:
        from rapidocr_onnxruntime import RapidOCR

        _engine = RapidOCR()


def read_image(pixels: Any) -> list[OcrLine]:
    """The lines in ``pixels`` (RGB, height × width × 3), in reading order."""
    load()
    height = pixels.shape[0]
    bgr = pixels[:, :, ::-1]  # the engine takes OpenCV's channel order
    if height <= TILE + OVERLAP:
        return order_lines(_read(bgr, 0))
    tops = [*range(0, height - TILE, TILE - OVERLAP), height - TILE]  # the last tile full height too
    # Between two tiles the core boundary is the middle of their overlap, so the cores tile the image.
    cuts = [0.0] + [(tops[k + 1] + tops[k] + TILE) / 2 for k in range(len(tops) - 1)] + [float(height)]
    lines: list[OcrLine] = []
    for k, top in enumerate(tops):
        for line in _read(bgr[top : top + TILE], top):
            if cuts[k] <= (line.top + line.bottom) / 2 < cuts[k + 1]:
                lines.append(line)
    return order_lines(lines)


def _read(bgr: Any, offset_y: int) -> list[OcrLine]:
    import numpy as np

    result, _ = _engine(np.ascontiguousarray(bgr))
    lines = []
    for box, text, score in result or ():
        if not str(text).strip():
            continue
        points = tuple((round(float(x), 1), round(float(y) + offset_y, 1)) for x, y in box)
        lines.append(OcrLine(text=str(text), box=points, score=round(float(score), 4)))  # type: ignore[arg-type]
    return lines
