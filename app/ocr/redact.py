"""Redacted images: the boxes of personal information filled, so the image can be published or kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.ocr.layout import Quad

PAD = 3  # pixels added around each box: interpolated character boxes can be a little short


def mask(pixels: Any, boxes: Sequence[Quad], colour: tuple[int, int, int] = (0, 0, 0)) -> Any:
    """A copy of ``pixels`` (RGB array) with every box filled in ``colour``."""
    import numpy as np
    from PIL import Image, ImageDraw

    img = Image.fromarray(np.asarray(pixels))
    draw = ImageDraw.Draw(img)
    for box in boxes:
        cx = sum(p[0] for p in box) / 4
        cy = sum(p[1] for p in box) / 4
        grown = [(x + PAD * _sign(x - cx), y + PAD * _sign(y - cy)) for x, y in box]
        draw.polygon(grown, fill=colour)
    return np.asarray(img)


def _sign(v: float) -> int:
    return (v > 0) - (v < 0)
