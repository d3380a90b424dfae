"""Reading order, character boxes, and a post's text and image texts checked together then split back."""

from __future__ import annotations

from app.detectors.base import Finding, Post
from app.ocr.combine import SEPARATOR, combine, split
from app.ocr.layout import ImageText, OcrLine, bounding, order_lines, sub_box
from app.taxonomy import Severity


def line(text: str, x0: float, y0: float, x1: float, y1: float) -> OcrLine:
    return OcrLine(text, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)), 0.99)


def finding(start: int, end: int, text: str = "", category: str = "guaranteed_return") -> Finding:
    return Finding(category=category, start=start, end=end, text=text, detector="lexicon", rule_id="r",
                   severity=Severity.HIGH)


def test_rows_read_top_to_bottom_and_left_to_right() -> None:
    a, b, c = line("右边", 600, 100, 800, 160), line("左边", 100, 110, 300, 170), line("下一行", 100, 400, 400, 460)
    assert [x.text for x in order_lines([c, a, b])] == ["左边", "右边", "下一行"]


def test_vertical_columns_read_right_to_left() -> None:
    left, right = line("名额有限", 600, 200, 660, 600), line("年化收益", 800, 210, 860, 610)
    assert left.vertical and right.vertical
    assert [x.text for x in order_lines([left, right])] == ["年化收益", "名额有限"]


def test_character_box_weights_wide_and_narrow_characters() -> None:
    ln = line("电话13812345678", 0, 0, 750, 50)  # 2 wide (1.0) + 11 narrow (0.55): 8.05 units
    box = sub_box(ln, 2, 13)
    assert box[0][0] == round(750 * 2 / 8.05, 1) and box[1][0] == 750.0
    assert box[0][1] == 0 and box[2][1] == 50


def test_vertical_box_runs_down_the_column() -> None:
    ln = line("稳赚不赔保本", 600, 0, 660, 600)
    assert sub_box(ln, 0, 4) == ((600.0, 0.0), (660.0, 0.0), (660.0, 400.0), (600.0, 400.0))


def test_a_span_over_two_lines_has_a_box_per_line_and_one_around_them() -> None:
    text = ImageText((line("这款产品稳赚", 0, 0, 600, 60), line("不赔", 0, 100, 200, 160)))
    boxes = text.boxes(4, 9)  # 稳赚 \n 不赔
    assert boxes == [((400.0, 0.0), (600.0, 0.0), (600.0, 60.0), (400.0, 60.0)),
                     ((0.0, 100.0), (200.0, 100.0), (200.0, 160.0), (0.0, 160.0))]
    assert bounding(boxes) == ((0.0, 0.0), (600.0, 0.0), (600.0, 160.0), (0.0, 160.0))


def test_combined_findings_go_back_to_their_field_with_offsets_and_boxes() -> None:
    post = Post(text="看图说话")
    image0 = ImageText((line("稳赚不赔", 0, 0, 400, 50),))
    image2 = ImageText((line("最好", 0, 0, 100, 50), line("电话13812345678", 0, 100, 750, 150)))
    combined, segments = combine(post, {0: image0, 2: image2})
    assert combined.text == "看图说话" + SEPARATOR + "稳赚不赔" + SEPARATOR + "最好\n电话13812345678"
    base2 = combined.text.index("最好")
    found = [finding(0, 2, "看图"), finding(7, 11, "稳赚不赔"),
             finding(base2 + 5, base2 + 16, "13812345678", "pii_phone"),
             Finding(category="missing_disclosure", start=None, end=None, text=None, detector="disclosure",
                     rule_id="d", severity=Severity.MEDIUM)]
    text_f, img0_f, img2_f, post_level = split(found, segments, {0: image0, 2: image2})
    assert (text_f.field, text_f.start, text_f.end, text_f.image) == ("text", 0, 2, None)
    assert (img0_f.field, img0_f.start, img0_f.end, img0_f.text, img0_f.image) == ("image:0", 0, 4, "稳赚不赔", 0)
    assert img0_f.box == ((0.0, 0.0), (400.0, 0.0), (400.0, 50.0), (0.0, 50.0))
    assert (img2_f.field, img2_f.start, img2_f.end, img2_f.text) == ("image:2", 5, 16, "13812345678")
    assert img2_f.box is not None and img2_f.box[0][1] == 100.0 and len(img2_f.boxes) == 1
    assert post_level.field == "text" and post_level.start is None


def test_a_post_of_images_alone_is_their_text_exactly() -> None:
    image = ImageText((line("稳赚不赔", 0, 0, 400, 50),))
    combined, segments = combine(Post(text=""), {0: image})
    assert combined.text == "稳赚不赔" and segments[0].field == "image:0" and segments[0].base == 0


def test_a_finding_running_over_its_field_is_cut_at_its_end() -> None:
    post = Post(text="稳赚")
    image = ImageText((line("不赔", 0, 0, 100, 50),))
    combined, segments = combine(post, {0: image})
    (f,) = split([finding(0, len(combined.text), combined.text)], segments, {0: image})
    assert (f.field, f.start, f.end, f.text) == ("text", 0, 2, "稳赚")
