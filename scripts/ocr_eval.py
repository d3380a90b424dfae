"""OCR figures for docs/ocr.md: character accuracy per poster kind, and how often a poster gets the same findings
as its text checked as plain text.

    python scripts/ocr_eval.py [--json]

Posters are rendered by tests/ocr/posters.py (the team's own copy, Debian's Noto CJK font); the check runs
in-process with the packaged rules, OCR in one worker process as the service runs it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def findings_key(resp: Any) -> list[tuple[str, str]]:
    """What 'the same findings' compares: each finding's category and rule (offsets differ between the
    poster's text and the plain text where OCR drops a space)."""
    return sorted((f.category.value, f.rule_id) for f in resp.findings)


def evaluate() -> dict[str, Any]:
    import numpy as np

    from app.cli.checker import LocalChecker
    from app.images import DecodedImage
    from app.ocr.stage import OcrStage
    from app.schemas.check import CheckRequest
    from app.services.checks import check_one
    from tests.ocr.posters import all_posters, character_accuracy

    checker = LocalChecker()
    stage = OcrStage(workers=1, timeout_s=120)
    stage.warm()
    image_only = CheckRequest.model_validate({}, context={"uploaded_images": True})  # no text: the poster alone
    accuracy: dict[str, list[float]] = defaultdict(list)
    same: dict[str, list[bool]] = defaultdict(list)
    mismatches = []
    try:
        for i, poster in enumerate(all_posters()):
            pixels = np.asarray(poster.image.convert("RGB"))
            image = DecodedImage(0, poster.kind, f"poster-{i}", "PNG", poster.image.width, poster.image.height,
                                 pixels)
            resp = check_one(engine=checker.engine, ruleset=checker.ruleset, req=image_only, max_chars=50_000,
                             images=[image], ocr=stage)
            plain = checker.check(CheckRequest(text=poster.text))
            read = resp.images[0].text if resp.images else ""
            accuracy[poster.kind].append(character_accuracy(poster.text, read))
            agree = findings_key(resp) == findings_key(plain)
            same[poster.kind].append(agree)
            if not agree:
                mismatches.append({"kind": poster.kind, "text": poster.text, "read": read,
                                   "poster": findings_key(resp), "plain": findings_key(plain)})
    finally:
        stage.close()
    kinds = {k: {"posters": len(v), "char_accuracy": round(sum(v) / len(v), 4), "min": round(min(v), 4),
                 "same_findings": sum(same[k])} for k, v in accuracy.items()}
    total = sum(len(v) for v in same.values())
    agreeing = sum(sum(v) for v in same.values())
    return {"kinds": kinds, "posters": total, "same_findings": agreeing,
            "same_share": round(agreeing / total, 4), "mismatches": mismatches}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    report = evaluate()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{'kind':<16} {'posters':>7} {'char acc':>9} {'min':>6} {'same findings':>14}")
    for kind, row in report["kinds"].items():
        print(f"{kind:<16} {row['posters']:>7} {row['char_accuracy']:>9.3f} {row['min']:>6.3f} "
              f"{row['same_findings']:>8}/{row['posters']}")
    print(f"same findings as plain text: {report['same_findings']}/{report['posters']} ({report['same_share']:.1%})")
    for m in report["mismatches"]:
        print(f"  differs ({m['kind']}): read {m['read']!r}; poster {m['poster']} vs plain {m['plain']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
