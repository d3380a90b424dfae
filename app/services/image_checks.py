"""A post with images: the OCR stage reads them, the engine checks the post's text and theirs together, and
each image finding comes back located in its image (app/ocr/combine.py); redaction fills PII boxes."""

from __future__ import annotations

import base64
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.detectors.base import Post
from app.engine import CheckResult, DetectorRun, Engine
from app.ocr.combine import combine, split
from app.ocr.layout import ImageText
from app.ocr.stage import OcrOutcome
from app.ruleset import Ruleset
from app.schemas.check import ImageRead, OcrLineRead
from app.services.checks import ImageRecord, pii_succeeded

if TYPE_CHECKING:
    from app.images import DecodedImage
    from app.ocr.stage import OcrStage


@dataclass(frozen=True, slots=True)
class ImageCheck:
    result: CheckResult
    records: tuple[ImageRecord, ...]
    reads: list[ImageRead]


def check_with_images(
    engine: Engine, ruleset: Ruleset, post: Post, images: Sequence[DecodedImage], ocr: OcrStage | None, *,
    only: Collection[str] | None = None, include_info: bool = False, redact: bool = False,
) -> ImageCheck:
    if ocr is None:
        outcome = OcrOutcome([None] * len(images), "missing", 0.0)
        version = "missing"
    else:
        outcome = ocr.read([image.pixels for image in images])
        version = ocr.version if outcome.status != "missing" else "missing"
    texts = {image.index: text for image, text in zip(images, outcome.texts, strict=True) if text is not None}
    combined, segments = combine(post, texts)
    run = DetectorRun("ocr", version, outcome.elapsed_ms, "ok" if outcome.status == "ok" else outcome.status)
    result = engine.check(combined, ruleset, only=only, include_info=include_info, extra_runs=[run])
    findings = split(result.findings, segments, texts)
    result = replace(result, findings=findings, elapsed_ms=round(result.elapsed_ms + outcome.elapsed_ms, 3))
    masked = redact and pii_succeeded(result)
    reads = [_read(image, texts.get(image.index), result, masked) for image in images]
    records = tuple(ImageRecord(index=i.index, name=i.name, sha256=i.sha256, format=i.format, width=i.width,
                                height=i.height, text=texts[i.index].text if i.index in texts else None)
                    for i in images)
    return ImageCheck(result, records, reads)


def _read(image: DecodedImage, text: ImageText | None, result: CheckResult, masked: bool) -> ImageRead:
    redacted = None
    if text is not None and masked:
        from app.images import encode_png
        from app.ocr.redact import mask

        boxes = [b for f in result.findings if f.image == image.index and f.category.startswith("pii_")
                 for b in f.boxes]
        redacted = base64.b64encode(encode_png(mask(image.pixels, boxes))).decode()  # type: ignore[arg-type]
    lines = [OcrLineRead(text=line.text, box=[list(p) for p in line.box], score=line.score)
             for line in (text.lines if text is not None else ())]
    return ImageRead(index=image.index, name=image.name, sha256=image.sha256, width=image.width,
                     height=image.height, read=text is not None, text=text.text if text is not None else "",
                     lines=lines, redacted_image=redacted)
