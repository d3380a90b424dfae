"""Posters rendered with Pillow and Debian's Noto CJK font, for the OCR tests, scripts/ocr_eval.py and bench/ocr.py.

The texts are the team's own insurance-marketing copy (phone numbers are made up). Each poster kind stresses
one thing a real 朋友圈 poster or screenshot does: a slight rotation, low contrast, a busy background,
emoji between the words, vertical (竖排) text, and a long chat screenshot read in tiles.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SYMBOL_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # fonts-dejavu-core: ★ ☎ ✔ ☀
SIZE = (1080, 1920)

# Posters that must be blocked, and clean ones; three lines each, as a designer lays them out.
VIOLATING = [
    "安心养老年金\n稳赚不赔 收益看得见\n客户张先生电话13812345678",
    "年化收益高达百分之八\n保本保息 随时可取\n名额有限 即将停售",
    "少儿教育金\n每年返还 绝对安全\n比银行存款更划算",
    "全国第一的保险公司\n最好的重疾险\n今天下单送豪礼",
]
CLEAN = [
    "家庭保障规划讲座\n本周六下午两点\n社区活动中心三楼",
    "重疾险小知识\n确诊即可按合同约定理赔\n投保前请仔细阅读条款",
    "医疗险怎么选\n看清免赔额和报销比例\n保险有风险 投保需谨慎",
    "守护每一个家庭\n专业顾问一对一服务\n欢迎预约咨询",
]
# The done-when poster of issue 14: a guaranteed return and a customer's phone number.
GUARANTEED_WITH_PHONE = VIOLATING[0]

# A chat screenshot: a client asks, the agent answers over many bubbles (one of them over the line).
CHAT = [
    "您好，我想了解一下孩子的教育金保险",
    "好的，请问孩子今年几岁了？",
    "明年上小学，六岁",
    "这个年龄投保正合适，缴费期可以选五年或十年",
    "每年大概要交多少钱呢",
    "要看保额和缴费期，我先给您做一份计划书",
    "收益怎么样，会不会亏",
    "放心，这款稳赚不赔，比存银行划算多了",
    "那我考虑一下，周末再联系您",
    "好的，计划书我今晚发您微信",
    "谢谢，麻烦您了",
    "不客气，有问题随时问我",
    "另外提醒您，投保前请仔细阅读条款和免责内容",
    "好的，收到",
]


@dataclass(frozen=True)
class Poster:
    kind: str
    text: str  # what the designer wrote: the ground truth for OCR accuracy and the plain-text check
    image: Any  # PIL.Image.Image

    def png(self) -> bytes:
        import io

        out = io.BytesIO()
        self.image.save(out, format="PNG")
        return out.getvalue()


def available() -> bool:
    return FONT.exists()


def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT), size)


def _canvas(colour: tuple[int, int, int] = (255, 255, 255), size: tuple[int, int] = SIZE) -> Any:
    from PIL import Image

    return Image.new("RGB", size, colour)


def _lines(img: Any, text: str, *, fill: tuple[int, int, int] = (20, 20, 20), size: int = 64, top: int = 360,
           gap: int = 150) -> Any:
    from PIL import ImageDraw

    draw = ImageDraw.Draw(img)
    font = _font(size)
    for i, line in enumerate(text.split("\n")):
        width = draw.textlength(line, font=font)
        draw.text(((img.width - width) / 2, top + i * gap), line, font=font, fill=fill)
    return img


def horizontal(text: str) -> Poster:
    return Poster("horizontal", text, _lines(_canvas(), text))


def rotated(text: str, degrees: float = 4.0) -> Poster:
    img = _lines(_canvas(), text).rotate(degrees, resample=3, fillcolor=(255, 255, 255))  # 3: bicubic
    return Poster("rotated", text, img)


def low_contrast(text: str) -> Poster:
    return Poster("low_contrast", text, _lines(_canvas((236, 232, 222)), text, fill=(178, 170, 158)))


def busy(text: str, seed: int = 7) -> Poster:
    """Text on a photo-like background: overlapping translucent shapes in many colours."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = _canvas((250, 236, 210)).convert("RGBA")
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(140):
        x, y, r = rng.randrange(0, SIZE[0]), rng.randrange(0, SIZE[1]), rng.randrange(20, 160)
        colour = (rng.randrange(120, 256), rng.randrange(120, 256), rng.randrange(120, 256), rng.randrange(50, 140))
        if rng.random() < 0.5:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        else:
            draw.rectangle((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
    img = Image.alpha_composite(img, layer).convert("RGB")
    return Poster("busy_background", text, _lines(img, text, fill=(150, 20, 20)))


def emoji(text: str) -> Poster:
    """Pictographs between the lines and at their ends (drawn symbols and round 'stickers')."""
    from PIL import ImageDraw

    img = _lines(_canvas(), text)
    draw = ImageDraw.Draw(img)
    symbols = _symbol_font(72)
    for i, mark in enumerate("★☎✔☀"):
        draw.text((60 + i * 260, 200), mark, font=symbols, fill=(230, 80, 40))
    for i in range(len(text.split("\n"))):
        y = 360 + i * 150 + 40
        for x in (40, SIZE[0] - 110):  # a smiling sticker at each end of the line
            draw.ellipse((x, y - 35, x + 70, y + 35), fill=(255, 200, 0), outline=(200, 120, 0), width=4)
            draw.arc((x + 15, y - 15, x + 55, y + 20), 20, 160, fill=(120, 60, 0), width=5)
    return Poster("emoji", text, img)


def _symbol_font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(SYMBOL_FONT), size) if SYMBOL_FONT.exists() else _font(size)


def vertical(text: str) -> Poster:
    """竖排: each line a column, columns read right to left."""
    from PIL import ImageDraw

    img = _canvas((252, 248, 240))
    draw = ImageDraw.Draw(img)
    font = _font(64)
    for col, line in enumerate(text.split("\n")):
        x = SIZE[0] - 260 - col * 220
        y = 260
        for ch in line:
            if ch == " ":
                y += 40
                continue
            draw.text((x, y), ch, font=font, fill=(30, 30, 30))
            y += 80
    return Poster("vertical", text, img)


def long_screenshot(lines: list[str] = CHAT, width: int = 1080) -> Poster:
    """A chat screenshot several screens long: bubbles left (client) and right (agent)."""
    from PIL import ImageDraw

    font = _font(44)
    height = 260 + len(lines) * 480
    img = _canvas((237, 237, 237), (width, height))
    draw = ImageDraw.Draw(img)
    y = 200
    for i, line in enumerate(lines):
        w = draw.textlength(line, font=font)
        right = i % 2 == 1
        x = width - 120 - w if right else 120
        draw.rounded_rectangle((x - 30, y - 25, x + w + 30, y + 85), 18,
                               fill=(149, 236, 105) if right else (255, 255, 255))
        draw.text((x, y), line, font=font, fill=(10, 10, 10))
        y += 480
    return Poster("long_screenshot", "\n".join(lines), img)


KINDS: dict[str, Callable[[str], Poster]] = {
    "horizontal": horizontal, "rotated": rotated, "low_contrast": low_contrast, "busy_background": busy,
    "emoji": emoji, "vertical": vertical,
}


def all_posters() -> list[Poster]:
    """Every kind with every text (violating and clean), plus the long screenshot."""
    return [make(text) for make in KINDS.values() for text in VIOLATING + CLEAN] + [long_screenshot()]


def character_accuracy(truth: str, read: str) -> float:
    """1 - edit distance / length, on the text without whitespace (OCR drops spaces; they carry no meaning)."""
    a = "".join(truth.split())
    b = "".join(read.split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return max(0.0, 1.0 - previous[-1] / max(1, len(a)))


def bomb_png(side: int = 20_000) -> bytes:
    """A tiny PNG that claims ``side`` × ``side`` pixels of one colour (a decompression bomb): the IDAT is
    zlib-compressed zeros, a few hundred kilobytes for 400 M pixels."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale
    row = b"\x00" * (1 + math.ceil(side / 8))
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
