"""Images sent with a post: decoded once, with limits on bytes, pixels and count, before any OCR runs.

Pillow reads only the header to learn the size, so an image over ``max_image_pixels`` (a decompression bomb
among them: a few kilobytes of PNG that decode to gigapixels) is refused before its pixels are allocated.
Only PNG, JPEG and WebP are opened; animated files give their first frame. EXIF orientation is applied, so
OCR boxes are in the image as a person sees it (and a redacted image comes back the same way up).
Pillow is the ``ocr`` extra: without it images are refused with a clear error, never a traceback.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import ImageTooLarge, ImageTooManyPixels, InvalidImage, TooManyImages, UnsupportedImageFormat

if TYPE_CHECKING:
    from PIL.Image import Image

FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}


@dataclass(frozen=True, slots=True)
class ImageLimits:
    max_images: int = 9
    max_bytes: int = 10_000_000
    max_pixels: int = 40_000_000


@dataclass(frozen=True, slots=True)
class DecodedImage:
    """One image of a post: its index, name, SHA-256 of the bytes as sent, and its pixels (RGB, uint8)."""

    index: int
    name: str | None
    sha256: str
    format: str  # PNG | JPEG | WEBP
    width: int
    height: int
    pixels: Any  # numpy array, height × width × 3

    @property
    def field(self) -> str:
        """The ``field`` of findings in this image's text (``text`` and ``title`` are the post's own)."""
        return f"image:{self.index}"


def from_base64(data: str, *, index: int, limits: ImageLimits) -> bytes:
    """The bytes of a base64 image (a ``data:image/...;base64,`` prefix is allowed), size-checked first."""
    if data.startswith("data:"):
        data = data.partition(",")[2]
    # 4 base64 characters carry 3 bytes: refuse an oversized image before decoding it.
    if len(data) * 3 // 4 > limits.max_bytes + 3:
        raise ImageTooLarge(f"images[{index}] is over {limits.max_bytes} bytes")
    try:
        return base64.b64decode(data.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidImage(f"images[{index}].data is not valid base64") from None


def decode(raw: bytes, *, index: int, name: str | None, limits: ImageLimits) -> DecodedImage:
    """Check ``raw`` against ``limits`` and decode it; raises the problem a client should get."""
    if len(raw) > limits.max_bytes:
        raise ImageTooLarge(f"images[{index}] has {len(raw)} bytes; the limit is {limits.max_bytes}")
    try:
        from PIL import Image, ImageOps
    except ImportError:
        raise UnsupportedImageFormat("this service cannot read images: install the `ocr` extra") from None
    with warnings.catch_warnings():
        # Pillow warns, then raises, past its own bomb threshold; either is a refusal here, never a log line.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(raw), formats=list(FORMATS))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageTooManyPixels(f"images[{index}] is a decompression bomb") from None
        except Exception:
            raise _unreadable(raw, index) from None
        width, height = img.size
        if width * height > limits.max_pixels:
            raise ImageTooManyPixels(f"images[{index}] is {width}x{height} = {width * height} pixels; "
                                     f"the limit is {limits.max_pixels}")
        try:
            img.seek(0)  # animated PNG / WebP: the first frame
            img.load()
            rgb = _rgb(ImageOps.exif_transpose(img))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageTooManyPixels(f"images[{index}] is a decompression bomb") from None
        except Exception:  # truncated or corrupt data: the client's bytes, a 422
            raise InvalidImage(f"images[{index}] ({img.format}) could not be decoded") from None
    import numpy as np

    return DecodedImage(index=index, name=name, sha256=hashlib.sha256(raw).hexdigest(), format=str(img.format),
                        width=rgb.width, height=rgb.height, pixels=np.asarray(rgb))


def decode_all(items: list[tuple[bytes, str | None]], limits: ImageLimits) -> list[DecodedImage]:
    if len(items) > limits.max_images:
        raise TooManyImages(f"{len(items)} images in one post; the limit is {limits.max_images}")
    return [decode(raw, index=i, name=name, limits=limits) for i, (raw, name) in enumerate(items)]


def _rgb(img: Image) -> Image:
    from PIL import Image as PILImage

    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        # Transparent pixels become white, as most apps show a transparent poster on a light background.
        background = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        return PILImage.alpha_composite(background, rgba).convert("RGB")
    return img.convert("RGB")


def _unreadable(raw: bytes, index: int) -> Exception:
    """Unsupported format (a GIF, a PDF) or not an image at all."""
    known = {b"GIF8": "GIF", b"BM": "BMP", b"%PDF": "PDF", b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}
    for magic, kind in known.items():
        if raw.startswith(magic):
            return UnsupportedImageFormat(f"images[{index}] is {kind}; send PNG, JPEG or WebP")
    return InvalidImage(f"images[{index}] is not a PNG, JPEG or WebP image")


def encode_png(pixels: Any) -> bytes:
    """RGB pixels as PNG bytes (redacted images are returned as PNG, lossless whatever was sent)."""
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PNG", optimize=False)
    return out.getvalue()


def limits_of(settings: Any) -> ImageLimits:
    """The limits a ``Settings`` object sets (POSTGUARD_MAX_IMAGES, _MAX_IMAGE_BYTES, _MAX_IMAGE_PIXELS)."""
    return ImageLimits(max_images=settings.max_images, max_bytes=settings.max_image_bytes,
                       max_pixels=settings.max_image_pixels)


def decode_base64_images(items: list[tuple[str, str | None]], limits: ImageLimits) -> list[DecodedImage]:
    """``(base64 data, name)`` pairs as sent in JSON, counted first, then each size-checked and decoded."""
    if len(items) > limits.max_images:
        raise TooManyImages(f"{len(items)} images in one post; the limit is {limits.max_images}")
    raws = [(from_base64(data, index=i, limits=limits), name) for i, (data, name) in enumerate(items)]
    return decode_all(raws, limits)
