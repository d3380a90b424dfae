"""The OCR stage: its own timeout, a process pool that a slow image cannot block text checks with, and what a
missing or failing backend does to the answer."""

from __future__ import annotations

import base64
import io
import threading
from pathlib import Path
from typing import Any

import pytest

from app.ocr.stage import OcrStage
from tests.ocr import readers
from tests.ocr.conftest import make_client, need_pillow


def b64png(width: int) -> str:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, 40), "white").save(out, format="PNG")
    return base64.b64encode(out.getvalue()).decode()


def test_a_slow_image_times_out_and_the_text_is_still_checked(tmp_path: Path, lexicon_ruleset: Path) -> None:
    need_pillow()
    stage = OcrStage(workers=1, timeout_s=1.0, reader=readers.slow, version="slow-1")
    try:
        with make_client(tmp_path, stage, ruleset_file=lexicon_ruleset) as c:
            body = c.post("/v1/check", json={"text": "最好的保险", "images": [{"data": b64png(400)}]}).json()
            # The text's finding is there; the image was not read, so the answer is degraded (fail_closed: review).
            assert [f["rule_id"] for f in body["findings"]] == ["a.best"]
            assert body["degraded"] == ["ocr"] and body["images"][0]["read"] is False
            assert body["verdict"] == "review"
            # The stuck worker was replaced: the next post's (fast) image is read by a fresh one.
            again = c.post("/v1/check", json={"images": [{"data": b64png(50)}]}).json()
            assert again["degraded"] == [] and again["images"][0]["read"] is True
            assert again["verdict"] == "block"
    finally:
        stage.close()


def test_text_checks_go_on_while_an_image_is_being_read(tmp_path: Path, lexicon_ruleset: Path) -> None:
    need_pillow()
    stage = OcrStage(workers=1, timeout_s=10.0, reader=readers.slow, version="slow-1")
    try:
        with make_client(tmp_path, stage, ruleset_file=lexicon_ruleset) as c:
            answers: dict[str, Any] = {}
            started = threading.Event()

            def post_image() -> None:
                started.set()
                answers["image"] = c.post("/v1/check", json={"text": "海报", "images": [{"data": b64png(400)}]})

            worker = threading.Thread(target=post_image)
            worker.start()
            started.wait()
            texts = [c.post("/v1/check", json={"text": f"第{i}条：稳赚不赔"}).json() for i in range(3)]
            # Three text checks answered while the image's OCR (30 s, cut at 10 s) was still going on.
            assert worker.is_alive()
            assert all(t["verdict"] == "block" and t["degraded"] == [] for t in texts)
            worker.join()
            assert answers["image"].json()["degraded"] == ["ocr"]
    finally:
        stage.close()


def test_a_failing_engine_degrades_that_check_only(tmp_path: Path, lexicon_ruleset: Path) -> None:
    need_pillow()
    stage = OcrStage(workers=1, timeout_s=20.0, reader=readers.broken, version="broken-1")
    try:
        with make_client(tmp_path, stage, ruleset_file=lexicon_ruleset) as c:
            body = c.post("/v1/check", json={"text": "你好", "images": [{"data": b64png(50)}]}).json()
            assert body["degraded"] == ["ocr"] and body["verdict"] == "review"
            assert c.post("/v1/check", json={"text": "你好"}).json()["verdict"] == "pass"
    finally:
        stage.close()


def test_a_missing_backend_is_listed_in_degraded(tmp_path: Path, lexicon_ruleset: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    need_pillow()
    from app.ocr import backend

    monkeypatch.setattr(backend, "available", lambda: False)
    with make_client(tmp_path, ruleset_file=lexicon_ruleset, require_ocr=False) as c:  # CI sets the env var
        body = c.post("/v1/check", json={"text": "你好", "images": [{"data": b64png(50)}]}).json()
    assert body["degraded"] == ["ocr"] and body["detectors"]["ocr"] == "missing"
    assert body["images"][0]["read"] is False and body["verdict"] == "review"


def test_require_ocr_refuses_to_start_without_the_backend(tmp_path: Path, lexicon_ruleset: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ocr import backend

    monkeypatch.setattr(backend, "available", lambda: False)
    with pytest.raises(RuntimeError, match="POSTGUARD_REQUIRE_OCR"), \
            make_client(tmp_path, ruleset_file=lexicon_ruleset, require_ocr=True):
        pass


def test_posts_without_images_never_start_the_ocr_workers(tmp_path: Path, lexicon_ruleset: Path) -> None:
    stage = OcrStage(workers=1, reader=readers.fixed)
    with make_client(tmp_path, stage, ruleset_file=lexicon_ruleset) as c:
        body = c.post("/v1/check", json={"text": "稳赚不赔"}).json()
    assert "ocr" not in body["detectors"] and body["images"] is None
    assert stage._pool is None
