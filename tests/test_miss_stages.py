"""The miss analysis (scripts/miss_stages.py): each gold span is put at the stage where it was lost."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from miss_stages import stage  # noqa: E402

from app.detectors.base import Finding  # noqa: E402
from app.taxonomy import Severity  # noqa: E402

GOLD = {"category": "guaranteed_return", "start": 10, "end": 14}


def found(start: int, end: int, category: str = "guaranteed_return", severity: Severity = Severity.HIGH) -> Finding:
    return Finding(category, start, end, "x" * (end - start), "lexicon", "r1", severity)


def test_each_stage_is_told_apart() -> None:
    assert stage(GOLD, [found(10, 14)], [found(10, 14)]) == "hit"
    assert stage(GOLD, [found(0, 40)], [found(0, 40)]) == "loose"  # 40 > 2 x 4 + 20
    assert stage(GOLD, [found(10, 14)], [found(10, 14, severity=Severity.INFO)]) == "info_only"
    assert stage(GOLD, [found(10, 14)], []) == "dropped"
    assert stage(GOLD, [found(12, 16, "deposit_comparison")], []) == "other_category"
    assert stage(GOLD, [found(20, 24)], [found(20, 24)]) == "never_proposed"  # no overlap
