"""POST /v1/check with images (base64 JSON and multipart): limits, errors, findings located in images, and the
audit record. Recognition is stood in for (tests/ocr/readers.py), so these need Pillow but no OCR model."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ocr.stage import OcrStage
from tests.ocr import readers
from tests.ocr.conftest import make_client, need_pillow
from tests.ocr.posters import bomb_png


@pytest.fixture(scope="module")
def fixed_stage() -> Iterator[OcrStage]:
    stage = OcrStage(workers=1, timeout_s=60.0, reader=readers.fixed, version="fixed-1")
    yield stage
    stage.close()


@pytest.fixture
def client(tmp_path: Path, fixed_stage: OcrStage) -> Iterator[TestClient]:
    need_pillow()
    with make_client(tmp_path, fixed_stage, store_text="full", max_images=3, max_image_bytes=200_000,
                     max_image_pixels=3_000_000, max_body_bytes=5_000, max_image_body_bytes=1_000_000) as c:
        yield c


def png(size: tuple[int, int] = (64, 48), mode: str = "RGB", fmt: str = "PNG", **save: Any) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, size, "white" if mode == "RGB" else None).save(out, format=fmt, **save)
    return out.getvalue()


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def check(client: TestClient, *images: bytes, **body: Any) -> Any:
    return client.post("/v1/check", json={**body, "images": [{"data": b64(i), "name": f"p{n}.png"}
                                                             for n, i in enumerate(images)]})


def test_image_findings_carry_field_image_and_box(client: TestClient) -> None:
    raw = png()
    r = check(client, raw, text="图文并茂")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verdict"] == "block" and body["degraded"] == [] and body["detectors"]["ocr"] == "fixed-1"
    by_category = {f["category"]: f for f in body["findings"]}
    g, phone = by_category["guaranteed_return"], by_category["pii_phone"]
    assert (g["field"], g["image"], g["start"], g["end"], g["text"]) == ("image:0", 0, 4, 8, "稳赚不赔")
    assert g["box"] == [[340.0, 100.0], [580.0, 100.0], [580.0, 160.0], [340.0, 160.0]]
    assert phone["field"] == "image:0" and phone["text"] == "13812345678" and phone["box"][0][1] == 300.0
    image = body["images"][0]
    assert image["sha256"] == hashlib.sha256(raw).hexdigest() and image["read"] is True
    assert image["text"] == "这款产品稳赚不赔\n客户电话13812345678" and (image["width"], image["height"]) == (64, 48)
    assert image["text"][g["start"] : g["end"]] == "稳赚不赔"


def test_a_post_of_images_alone_needs_no_text(client: TestClient) -> None:
    r = check(client, png())
    assert r.status_code == 200 and r.json()["verdict"] == "block"


def test_text_or_images_is_required_and_sent_text_must_not_be_blank(client: TestClient) -> None:
    for body, code in (({}, "missing_field"), ({"images": []}, "missing_field"),
                       ({"text": "  ", "images": [{"data": b64(png())}]}, "empty_text")):
        r = client.post("/v1/check", json=body)
        assert r.status_code == 422 and r.json()["code"] == code, body


def test_redact_returns_the_image_with_the_pii_box_filled(client: TestClient) -> None:
    from PIL import Image

    r = check(client, png((800, 400)), options={"redact": True})
    redacted = Image.open(io.BytesIO(base64.b64decode(r.json()["images"][0]["redacted_image"]))).convert("RGB")
    assert redacted.size == (800, 400)
    assert redacted.getpixel((500, 330)) == (0, 0, 0)  # inside the phone number's box
    assert redacted.getpixel((200, 330)) == (255, 255, 255)  # 客户电话 is not personal information
    assert redacted.getpixel((450, 130)) == (255, 255, 255)  # nor is 稳赚不赔: redaction protects people only


@pytest.mark.parametrize(("make", "status", "code"), [
    (lambda: [png()] * 4, 422, "too_many_images"),
    (lambda: [png((300, 300), "RGB", "PNG", compress_level=0)], 413, "image_too_large"),
    (lambda: [png((2000, 2000), "RGB", "JPEG")], 413, "image_too_many_pixels"),
    (lambda: [bomb_png(20_000)], 413, "image_too_many_pixels"),
    (lambda: [png(fmt="GIF", mode="L")], 422, "unsupported_image_format"),
    (lambda: [b"not an image at all"], 422, "invalid_image"),
    (lambda: [png()[:60]], 422, "invalid_image"),
])
def test_limits_and_bad_images_are_clear_problems(client: TestClient, make: Any, status: int, code: str) -> None:
    r = check(client, *make())
    assert (r.status_code, r.json()["code"]) == (status, code), r.text
    assert r.headers["content-type"].startswith("application/problem+json")


def test_base64_that_is_not_base64_is_invalid_image(client: TestClient) -> None:
    r = client.post("/v1/check", json={"images": [{"data": "!!!not base64!!!"}]})
    assert (r.status_code, r.json()["code"]) == (422, "invalid_image")


def test_a_decompression_bomb_is_refused_with_pillows_own_threshold_too(tmp_path: Path, fixed_stage: OcrStage) -> None:
    need_pillow()
    with make_client(tmp_path, fixed_stage, max_image_pixels=10**9, max_image_bytes=5_000_000,
                     max_image_body_bytes=20_000_000) as c:
        r = check(c, bomb_png(20_000))  # 400 M pixels: past Pillow's bomb threshold, under our (raised) limit
    assert (r.status_code, r.json()["code"]) == (413, "image_too_many_pixels")


def test_webp_jpeg_and_transparent_png_are_read(client: TestClient) -> None:
    for raw in (png(fmt="WEBP"), png(fmt="JPEG"), png(mode="RGBA")):
        assert check(client, raw).status_code == 200


def test_exif_orientation_is_applied(client: TestClient) -> None:
    from PIL import Image

    img = Image.new("RGB", (64, 32), "white")
    exif = img.getexif()
    exif[0x0112] = 6  # rotated 90°: shown 32 wide, 64 high
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif)
    image = check(client, out.getvalue()).json()["images"][0]
    assert (image["width"], image["height"]) == (32, 64)


def test_multipart_upload_gives_the_same_answer(client: TestClient) -> None:
    raw = png()
    r = client.post("/v1/check/upload", files=[("images", ("poster.png", raw, "image/png"))],
                    data={"text": "图文并茂", "channel": "moments", "id": "post-1", "redact": "true"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == "post-1" and body["images"][0]["name"] == "poster.png"
    assert {f["category"] for f in body["findings"]} == {"guaranteed_return", "pii_phone"}
    assert body["images"][0]["redacted_image"] and body["redacted_text"] == "图文并茂"


def test_multipart_errors(client: TestClient) -> None:
    too_many = [("images", (f"{i}.png", png(), "image/png")) for i in range(4)]
    assert client.post("/v1/check/upload", files=too_many).json()["code"] == "too_many_images"
    big = client.post("/v1/check/upload", files=[("images", ("a.png", b"x" * 200_001, "image/png"))])
    assert (big.status_code, big.json()["code"]) == (413, "image_too_large")
    none = client.post("/v1/check/upload", files=[("text", (None, "只有文字"))])  # multipart, no image part
    assert (none.status_code, none.json()["code"]) == (422, "missing_field")
    assert client.post("/v1/check/upload", data={"text": "x"}).status_code == 415  # a urlencoded form
    bad = client.post("/v1/check/upload", files=[("images", ("a.png", png(), "image/png"))],
                      data={"channel": "fax"})
    assert (bad.status_code, bad.json()["code"]) == (422, "unknown_channel")
    # multipart is for the upload route only
    assert client.post("/v1/check", files=[("images", ("a.png", png(), "image/png"))]).status_code == 415


def test_image_routes_have_their_own_body_limit(client: TestClient) -> None:
    raw = png((300, 300), compress_level=0)  # ~270 kB: over max_body_bytes (5 kB), under the image body limit
    assert len(raw) > 5_000
    assert client.post("/v1/check/upload", files=[("images", ("a.png", raw[:150_000], "image/png"))]).status_code \
        == 422  # read (not refused at 413 by the body guard): truncated, so invalid_image
    r = client.post("/v1/mentions", json={"items": [{"text": "x" * 6_000}]})
    assert (r.status_code, r.json()["code"]) == (413, "body_too_large")


def test_batch_posts_may_carry_images_and_a_bad_one_is_its_own_error(client: TestClient) -> None:
    r = client.post("/v1/check/batch", json={"posts": [
        {"text": "看图", "images": [{"data": b64(png())}]},
        {"text": "看图", "images": [{"data": b64(b"nope")}]},
    ]})
    assert r.status_code == 200
    first, second = r.json()["results"]
    assert first["verdict"] == "block" and second["error"]["code"] == "invalid_image"


@pytest.mark.parametrize(("policy", "stored"), [
    ("full", "这款产品稳赚不赔\n客户电话13812345678"),
    ("redacted", "这款产品稳赚不赔\n客户电话138****5678"),
    ("none", None),
])
def test_audit_keeps_the_digest_and_text_by_policy_never_the_image(
    tmp_path: Path, fixed_stage: OcrStage, policy: str, stored: str | None,
) -> None:
    need_pillow()
    raw = png()
    with make_client(tmp_path, fixed_stage, store_text=policy) as c:
        audit_id = check(c, raw, text="图文并茂").json()["audit_id"]
        db = c.app.state.db  # type: ignore[attr-defined]
        from app.models import AuditEvent

        with db.session() as session:
            event = session.query(AuditEvent).filter_by(id=audit_id).one()
            row = {col.name: getattr(event, col.name) for col in AuditEvent.__table__.columns}
    (image,) = json.loads(row["payload"])["images"]
    assert image["sha256"] == hashlib.sha256(raw).hexdigest() and image["text"] == stored
    assert (image["width"], image["height"], image["format"], image["read"]) == (64, 48, "PNG", True)
    assert image["name"] == ("p0.png" if policy == "full" else None)  # a file name can name a person
    dump = json.dumps(row, default=str)
    assert b64(raw)[:40] not in dump  # the image itself is never kept
    findings = json.loads(row["findings"])
    phone = next(f for f in findings if f["category"] == "pii_phone")
    assert phone["field"] == "image:0" and phone["image"] == 0 and phone["box"][0] == [338.8, 300.0]
    if policy == "redacted":
        assert phone["text"] == "138****5678"


def test_a_recheck_of_a_post_with_images_compares_the_text_alone(tmp_path: Path, fixed_stage: OcrStage) -> None:
    """The images are not kept: a recheck re-runs both versions on the stored text and says so, rather than
    report the image findings as gone."""
    need_pillow()
    with make_client(tmp_path, fixed_stage, store_text="full") as c:
        audit_id = check(c, png(), text="周末讲座").json()["audit_id"]
        r = c.post(f"/v1/verdicts/{audit_id}/recheck")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["basis"] == "replayed" and body["changed"] is False
    assert body["not_compared"] == ["images_not_replayed"]
