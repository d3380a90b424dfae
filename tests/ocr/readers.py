"""Stand-in OCR readers for tests that are about the stage, the API or the audit log rather than about
recognition: module-level functions, so they can be pickled into the OCR worker processes."""

from __future__ import annotations

import time
from typing import Any

from app.ocr.layout import OcrLine

# What the fixed reader 'reads' in any image: a guaranteed return and a customer's phone number.
LINES = (
    OcrLine("这款产品稳赚不赔", ((100.0, 100.0), (580.0, 100.0), (580.0, 160.0), (100.0, 160.0)), 0.99),
    OcrLine("客户电话13812345678", ((100.0, 300.0), (700.0, 300.0), (700.0, 360.0), (100.0, 360.0)), 0.98),
)


def fixed(pixels: Any) -> list[OcrLine]:
    return list(LINES)


def slow(pixels: Any) -> list[OcrLine]:
    """Takes 30 s on an image wider than 100 px (the 'slow image'), answers at once otherwise."""
    if pixels.shape[1] > 100:
        time.sleep(30)
    return list(LINES)


def broken(pixels: Any) -> list[OcrLine]:
    raise RuntimeError("the engine failed on this image")
