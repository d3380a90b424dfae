"""Server-side SVG charts: no JavaScript, readable without colour (values are written next to bars and points),
with a <title> and <desc> for screen readers."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

_INK = "#1f2933"
_BAR = "#1a5fb4"
_GRID = "#c4cdd5"


def bar_chart(title: str, items: Sequence[tuple[str, float]], *, percent: bool = False, width: int = 420) -> str:
    """Horizontal bars, one per (label, value); values in [0, 1] when ``percent``."""
    row, label_w, pad = 26, 150, 8
    top = max((v for _, v in items), default=0.0) or 1.0
    scale = 1.0 if percent else top
    height = max(1, len(items)) * row + pad * 2
    plot_w = width - label_w - 60
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
             f'<desc>{escape("; ".join(f"{k}: {_fmt(v, percent)}" for k, v in items))}</desc>']
    for i, (label, value) in enumerate(items):
        y = pad + i * row
        w = max(0.0, min(1.0, value / scale)) * plot_w
        parts.append(f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end" font-size="13" fill="{_INK}">'
                     f'{escape(_clip(label))}</text>'
                     f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row - 8}" fill="{_BAR}"/>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 17}" font-size="13" fill="{_INK}">'
                     f'{escape(_fmt(value, percent))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def line_chart(title: str, points: Sequence[tuple[str, float]], *, width: int = 420, height: int = 220) -> str:
    """A rate in [0, 1] over ordered labels (days)."""
    left, right, top, bottom = 44, 16, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
             f'<desc>{escape("; ".join(f"{k}: {_fmt(v, True)}" for k, v in points))}</desc>']
    for frac in (0.0, 0.5, 1.0):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{_GRID}"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12" fill="{_INK}">'
                     f'{int(frac * 100)}%</text>')
    n = len(points)
    xy = [(left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2), top + plot_h * (1 - max(0.0, min(1.0, v))))
          for i, (_, v) in enumerate(points)]
    if n > 1:
        parts.append(f'<polyline fill="none" stroke="{_BAR}" stroke-width="2" '
                     f'points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in xy)}"/>')
    step = max(1, n // 6)
    for i, ((label, value), (x, y)) in enumerate(zip(points, xy, strict=True)):
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{_BAR}"><title>{escape(label)}: '
                     f'{_fmt(value, True)}</title></circle>')
        if i % step == 0 or i == n - 1:
            parts.append(f'<text x="{x:.1f}" y="{height - bottom + 18}" text-anchor="middle" font-size="12" '
                         f'fill="{_INK}">{escape(label[5:] if len(label) == 10 else label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _fmt(value: float, percent: bool) -> str:
    return f"{value * 100:.1f}%" if percent else f"{value:g}"


def _clip(label: str, most: int = 18) -> str:
    return label if len(label) <= most else label[: most - 1] + "…"
