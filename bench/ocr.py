#!/usr/bin/env python3
"""Posts with a 1080 × 1920 poster against the same posts as plain text, side by side in one run (issue 14).

usage: nice python bench/ocr.py [--rounds 2] [--json]

Each poster of tests/ocr/posters.py (every kind, violating and clean texts: 48 posters at 1080 × 1920) is
checked the way POST /v1/check checks it: PNG bytes decoded under the limits, read by the OCR stage (one
worker process, as the service runs it by default), its text checked with every default detector. The same
poster's text is then checked as a plain-text post. Latency per post (median, p95) of both, their ratio, the
long chat screenshot (1080 × 6980, read in tiles) alone, and resident memory: the OCR worker process with the
model loaded, and the service process (engine and models) beside it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]  # bench/http.py shadows http
sys.path.insert(0, str(ROOT))


def _rss_mib(pid: str = "self") -> float:
    with open(f"/proc/{pid}/status") as f:
        return round(next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024, 1)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(rounds: int) -> dict[str, Any]:
    from app.cli.checker import LocalChecker
    from app.images import ImageLimits, decode_all
    from app.ocr.stage import OcrStage
    from app.schemas.check import CheckRequest
    from app.services.checks import check_one
    from tests.ocr.posters import CLEAN, KINDS, VIOLATING, long_screenshot

    checker = LocalChecker()
    stage = OcrStage(workers=1, timeout_s=120.0)
    stage.warm()
    image_only = CheckRequest.model_validate({}, context={"uploaded_images": True})
    posters = [make(text) for make in KINDS.values() for text in VIOLATING + CLEAN]
    pngs = [(p.png(), p.text) for p in posters]

    def with_image(raw: bytes) -> float:
        started = time.perf_counter()
        images = decode_all([(raw, None)], ImageLimits())
        check_one(engine=checker.engine, ruleset=checker.ruleset, req=image_only, max_chars=50_000, images=images,
                  ocr=stage)
        return (time.perf_counter() - started) * 1000

    def as_text(text: str) -> float:
        started = time.perf_counter()
        checker.check(CheckRequest(text=text))
        return (time.perf_counter() - started) * 1000

    image_ms: list[float] = []
    text_ms: list[float] = []
    for _ in range(rounds):
        for raw, text in pngs:  # interleaved: both see the same machine load
            image_ms.append(with_image(raw))
            text_ms.append(as_text(text))
    shot = long_screenshot()
    shot_ms = [with_image(shot.png()) for _ in range(rounds)]
    workers = list((getattr(stage._pool, "_processes", None) or {}).keys())
    worker_rss = [_rss_mib(str(pid)) for pid in workers]
    service_rss = _rss_mib()
    stage.close()
    image_median, text_median = statistics.median(image_ms), statistics.median(text_ms)
    return {
        "posters": len(pngs), "rounds": rounds, "size": "1080x1920",
        "image_ms": {"median": round(image_median, 1), "p95": round(_p95(image_ms), 1)},
        "text_ms": {"median": round(text_median, 2), "p95": round(_p95(text_ms), 2)},
        "ratio_median": round(image_median / text_median, 1),
        "long_screenshot": {"size": f"{shot.image.width}x{shot.image.height}",
                            "median_ms": round(statistics.median(shot_ms), 1)},
        "rss_mib": {"ocr_worker": worker_rss, "service_process": service_rss},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = measure(args.rounds)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    n = report["posters"] * report["rounds"]
    print(f"{n} checks of each kind, posters {report['size']}")
    print(f"with the poster (decode + OCR + detectors): median {report['image_ms']['median']} ms, "
          f"p95 {report['image_ms']['p95']} ms")
    print(f"its text as a plain post:                  median {report['text_ms']['median']} ms, "
          f"p95 {report['text_ms']['p95']} ms")
    print(f"ratio (medians): {report['ratio_median']}x")
    print(f"long screenshot {report['long_screenshot']['size']}: median {report['long_screenshot']['median_ms']} ms")
    print(f"RSS: OCR worker {report['rss_mib']['ocr_worker']} MiB (model loaded), "
          f"service process {report['rss_mib']['service_process']} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
