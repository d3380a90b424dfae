"""Real OCR on posters rendered with Debian's Noto CJK font (tests/ocr/posters.py): the done-when checks of
issue 14. Slow (the model reads each poster in about a second); CI runs them (POSTGUARD_REQUIRE_OCR=1)."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ocr.stage import OcrStage
from tests.ocr import posters
from tests.ocr.conftest import make_client

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(real_stage: OcrStage, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with make_client(tmp_path_factory.mktemp("posters"), real_stage, store_text="full") as c:
        yield c


def check_poster(client: TestClient, poster: posters.Poster, **body: Any) -> Any:
    data = base64.b64encode(poster.png()).decode()
    r = client.post("/v1/check", json={**body, "images": [{"data": data, "name": poster.kind}]})
    assert r.status_code == 200, r.text
    return r.json()


def rules(body: Any) -> list[tuple[str, str]]:
    return sorted((f["category"], f["rule_id"]) for f in body["findings"])


def inside(box: list[list[float]], x0: float, y0: float, x1: float, y1: float) -> bool:
    return all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in box)


def test_guaranteed_return_and_phone_poster_is_blocked_with_both_boxed(client: TestClient) -> None:
    body = check_poster(client, posters.horizontal(posters.GUARANTEED_WITH_PHONE), options={"redact": True})
    assert body["verdict"] == "block" and body["degraded"] == []
    found = {f["category"]: f for f in body["findings"]}
    g, phone = found["guaranteed_return"], found["pii_phone"]
    assert g["text"] == "稳赚不赔" and phone["text"] == "13812345678"
    # Lines are drawn at y = 360, 510, 660 (64 px type): each box sits on its own line, in the right half for
    # the number at the end of line three.
    assert g["field"] == "image:0" and g["image"] == 0 and inside(g["box"], 150, 500, 600, 600)
    assert phone["image"] == 0 and inside(phone["box"], 540, 650, 1000, 760)
    from PIL import Image

    redacted = Image.open(io.BytesIO(base64.b64decode(body["images"][0]["redacted_image"]))).convert("RGB")
    (x0, y0), _, (x1, y1), _ = phone["box"]
    assert redacted.getpixel((int((x0 + x1) / 2), int((y0 + y1) / 2))) == (0, 0, 0)
    # The rest of the poster is untouched (text that is not personal information stays readable).
    original = posters.horizontal(posters.GUARANTEED_WITH_PHONE).image
    assert redacted.crop((0, 500, 1080, 600)).tobytes() == original.crop((0, 500, 1080, 600)).tobytes()


def test_a_clean_poster_passes(client: TestClient) -> None:
    body = check_poster(client, posters.horizontal(posters.CLEAN[0]))
    assert body["verdict"] == "pass" and body["findings"] == [] and body["images"][0]["text"]


@pytest.fixture(scope="module")
def sample() -> list[posters.Poster]:
    """One violating and one clean text per poster kind, plus the long screenshot (the whole set is in
    scripts/ocr_eval.py)."""
    posters_ = [make(text) for i, make in enumerate(posters.KINDS.values())
                for text in (posters.VIOLATING[i % 4], posters.CLEAN[i % 4])]
    return [*posters_, posters.long_screenshot()]


def test_posters_give_the_findings_of_their_text_nine_times_in_ten_and_read_accurately(
    client: TestClient, sample: list[posters.Poster],
) -> None:
    same, poor = [], []
    for poster in sample:
        as_image = check_poster(client, poster)
        as_text = client.post("/v1/check", json={"text": poster.text}).json()
        same.append(rules(as_image) == rules(as_text))
        read = as_image["images"][0]["text"]
        if posters.character_accuracy(poster.text, read) < 0.9:
            poor.append((poster.kind, read))
    assert sum(same) >= 0.9 * len(sample), [p.kind for p, ok in zip(sample, same, strict=True) if not ok]
    assert not poor


def test_vertical_columns_are_read_right_to_left(client: TestClient) -> None:
    body = check_poster(client, posters.vertical(posters.VIOLATING[1]))
    read = body["images"][0]["text"]
    # A column with a gap may be read as two lines, one under the other; the order is still column by column.
    assert "".join(read.split()) == "".join(posters.VIOLATING[1].split())
    assert body["verdict"] == "block"


def test_a_long_screenshot_is_read_in_tiles_with_boxes_in_the_whole_image(client: TestClient) -> None:
    shot = posters.long_screenshot()
    body = check_poster(client, shot)
    image = body["images"][0]
    assert image["height"] == shot.image.height > 6000
    assert image["text"].split("\n") == posters.CHAT  # every bubble once, in order, none lost at a tile's edge
    g = next(f for f in body["findings"] if f["text"] == "稳赚不赔")
    bubble = posters.CHAT.index("放心，这款稳赚不赔，比存银行划算多了")
    top = 200 + bubble * 480  # where that bubble's text was drawn
    assert inside(g["box"], 0, top - 30, 1080, top + 90)
