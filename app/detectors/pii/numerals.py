"""A one-to-one "digit view" of a text and the number-like runs in it.

People write identifiers with full-width digits (１３８), Chinese numerals (幺三八), spaces or dashes
between groups and line breaks in the middle. ``digit_view`` maps each character to one
character (so offsets need no map back): full-width ASCII to ASCII, Chinese numerals inside a run
of at least three of them to digits. ``number_runs`` then finds maximal runs of digit groups joined
by single separators.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_CN_DIGITS = {
    "〇": "0", "零": "0", "洞": "0", "一": "1", "幺": "1", "壹": "1", "二": "2", "两": "2", "贰": "2",
    "三": "3", "叁": "3", "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6", "陆": "6",
    "七": "7", "柒": "7", "拐": "7", "八": "8", "捌": "8", "九": "9", "勾": "9", "玖": "9",
}  # fmt: skip
# Separators people put inside a number; a line break counts (numbers split across lines).
SEPARATORS = frozenset(" \u3000-‐‑–—－_·.．\n\r\t/")
_MIN_CN_RUN = 3


class _FoldTable(dict[int, str]):
    """``str.translate`` table, filled on first sight of each character: full-width ASCII and the
    ideographic space to half-width, then lower case, character by character (the view must stay
    one-to-one with the text, so no whole-string ``lower``)."""

    def __missing__(self, code: int) -> str:
        half = chr(code - 0xFEE0) if 0xFF01 <= code <= 0xFF5E else " " if code == 0x3000 else chr(code)
        self[code] = half.lower()
        return self[code]


_FOLD = _FoldTable()
# A run of Chinese numerals, allowing single separators between them (一三九 五七二一).
_CN_RUN = re.compile("[{d}](?:[{s}]?[{d}])*".format(d="".join(_CN_DIGITS), s=re.escape("".join(sorted(SEPARATORS)))))
_CN_TABLE = str.maketrans(_CN_DIGITS)


def digit_view(text: str) -> str:
    """Same length as ``text``: half-width ASCII, lower-case, Chinese numeral runs as digits."""
    view = text.translate(_FOLD)  # one C-level pass; the per-character rules live in _FoldTable
    parts: list[str] = []
    last = 0
    for m in _CN_RUN.finditer(view):
        run = m.group(0)
        if sum(c in _CN_DIGITS for c in run) >= _MIN_CN_RUN:
            parts += [view[last : m.start()], run.translate(_CN_TABLE)]
            last = m.end()
    return "".join(parts) + view[last:] if parts else view


@dataclass(frozen=True, slots=True)
class Group:
    start: int
    end: int
    digits: str


@dataclass(frozen=True, slots=True)
class Run:
    """Digit groups joined by single separators; ``start``/``end`` cover the whole surface form."""

    groups: tuple[Group, ...]

    @property
    def start(self) -> int:
        return self.groups[0].start

    @property
    def end(self) -> int:
        return self.groups[-1].end

    @property
    def digits(self) -> str:
        return "".join(g.digits for g in self.groups)

    def sub(self, i: int, j: int) -> Run:
        return Run(self.groups[i:j])


def number_runs(view: str, *, allow_x: bool = True) -> Iterator[Run]:
    """Maximal runs of digits in ``view`` not glued to latin letters or other digits.

    An ``x`` right after a digit stays in the group (the ID check digit X)."""
    n = len(view)
    i = 0
    while i < n:
        if not view[i].isdigit() or (i > 0 and (view[i - 1].isascii() and view[i - 1].isalnum())):
            i += 1
            continue
        groups: list[Group] = []
        j = i
        while True:
            k = j
            while k < n and view[k].isdigit():
                k += 1
            if allow_x and k < n and view[k] == "x" and not (k + 1 < n and view[k + 1].isalnum()):
                k += 1
            groups.append(Group(j, k, view[j:k].replace("x", "X")))
            sep_ok = k + 1 < n and view[k] in SEPARATORS and view[k + 1].isdigit() and groups[-1].digits[-1] != "X"
            if not sep_ok:
                break
            j = k + 1
        end = groups[-1].end
        if not (end < n and view[end].isascii() and view[end].isalpha()):
            yield Run(tuple(groups))
        i = end + 1
