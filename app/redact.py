"""Redaction: replace each located finding in a text with its customary Chinese masked form.

张三丰 -> 张**, 13812345678 -> 138****5678, 330106196803159726 -> 3301**********9726, 沪A12345 -> 沪A·1****
(the forms are in app/detectors/pii/masking.py). Non-PII findings (e.g. an ad claim) are left as they are:
redaction protects people, it does not rewrite marketing copy.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.detectors.base import Finding
from app.detectors.pii.masking import mask_value

__all__ = ["mask_value", "redact"]


def redact(text: str, findings: Iterable[Finding], *, field: str = "text") -> str:
    """``text`` with every located PII finding of ``field`` replaced by its masked form.

    Overlapping findings are masked once, by the one that starts first (the longer on a tie)."""
    spans = sorted(
        (f for f in findings if f.field == field and f.start is not None and f.end is not None),
        key=lambda f: (f.start, -(f.end or 0)),
    )
    out: list[str] = []
    pos = 0
    for f in spans:
        assert f.start is not None and f.end is not None
        if not f.category.startswith("pii_") or f.start < pos or f.end > len(text):
            continue
        out.append(text[pos : f.start])
        out.append(mask_value(f.category, text[f.start : f.end]))
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
