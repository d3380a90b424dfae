"""The command line with images: check gates a poster, scan reads posts that list image files, redact writes
the poster with its personal information filled over. Real OCR (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.ocr import posters
from tests.ocr.conftest import need_ocr

pytestmark = pytest.mark.slow


@pytest.fixture
def poster_files(tmp_path: Path) -> Path:
    need_ocr()
    posters.horizontal(posters.GUARANTEED_WITH_PHONE).image.save(tmp_path / "offer.png")
    posters.horizontal(posters.CLEAN[0]).image.convert("RGB").save(tmp_path / "talk.jpg", quality=90)
    return tmp_path


def test_check_and_scan_take_images(poster_files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(poster_files / "offer.png"), str(poster_files / "talk.jpg"), "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    offer, talk = report["files"]
    assert offer["verdict"] == "block" and talk["verdict"] == "pass"
    phone = next(f for f in offer["findings"] if f["category"] == "pii_phone")
    assert phone["field"] == "image:0" and phone["box"] and (phone["line"], phone["column"]) == (3, 8)

    lines = [{"id": "a", "images": ["offer.png"]}, {"id": "b", "text": "周末讲座", "images": [{"path": "talk.jpg"}]},
             {"id": "c", "images": ["missing.png"]}]
    (poster_files / "in.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    out = poster_files / "out.jsonl"
    assert main(["scan", str(poster_files / "in.jsonl"), "-o", str(out)]) == 3  # line 3 names no file
    results = {r["id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert results["a"]["verdict"] == "block" and results["b"]["verdict"] == "pass" and "c" not in results
    assert "line 3: skipped (image missing.png" in capsys.readouterr().err


def test_redact_writes_the_poster_with_the_phone_filled(poster_files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PIL import Image

    assert main(["redact", str(poster_files / "offer.png")]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written == poster_files / "offer.redacted.png"
    redacted = Image.open(written).convert("RGB")
    original = Image.open(poster_files / "offer.png").convert("RGB")
    # Line three (y 660-740) ends with the phone number: its right half is now filled; line two is untouched.
    assert redacted.getpixel((800, 700)) == (0, 0, 0)
    assert redacted.crop((0, 500, 1080, 600)).tobytes() == original.crop((0, 500, 1080, 600)).tobytes()
