"""Text normalisation with an offset map back to what the user sent.

Detectors match on a normalised view — NFKC, full-width to half-width, lower case, traditional to
simplified, look-alike and decorated characters folded (夲 -> 本, ❶ -> 1, 🅑 -> b; app/data/text/
lookalikes.txt), invisible characters and keycaps removed, evasion noise between CJK characters
removed, evasive variant spellings (the ruleset's table, and phrases spelt in pinyin or initials:
app/readings.py) replaced by their canonical form — and report spans in the original text.

Speed matters (the lexicon must keep a third of raw Aho-Corasick throughput), so the common path is
one ``str.translate`` over a precomputed 1:1 table with an identity offset map; per-character
offset arrays are built only when a character is deleted or expanded, or noise/variants are found.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

import ahocorasick
import ahocorasick_rs
import re2

from app.readings import Readings, reading_hits

CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"

# Invisible characters people insert to break up terms: zero-width, joiners, BOM, soft hyphen,
# bidi controls, variation selectors, tag characters, C0/C1 controls other than tab/newline.
_INVISIBLE = (
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + list(range(0xFE00, 0xFE10))
    + list(range(0xE0000, 0xE0080))
    + list(range(0xE0100, 0xE01F0))
    + list(range(0x20DD, 0x20E5))  # combining enclosing circle/square/keycap: 1️⃣ is 1
    + [0x0332, 0x0333, 0x0335, 0x0336, 0x0337, 0x0338]  # combining underline/strike-through: f̶a̶n̶ is fan
    + [c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)]
    + list(range(0x7F, 0xA0))
)

# Noise allowed *between two CJK characters* (稳 赚 不 赔, 保*本, 返.佣, 稳💰赚): ASCII symbols,
# spaces, middle dots and pictographs. Clause punctuation (，。！？：；() and their ASCII forms) is left
# alone: it separates clauses, and joining clauses would create matches across them.
_NOISE = (
    r"\s*·•・_/\\.\-~|+=#^`'\"@&%$<>\[\]{}"
    "\u2022\u2027\u2219\u22c5\u30fb\u2010-\u2015\u2605\u2606\u2661\u2665\u25cb\u25cf\u2764"
    "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
)
_NOISE_CHAR = re.compile(f"[{_NOISE}]")
_CJK = re.compile(f"[{CJK_CLASS}]")

# Full-width clause punctuation, the ideographic space, … and ～ stay as they are: no rule needs
# them folded, and leaving them lets typical Chinese text skip translation entirely.
_KEEP = (0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF5E, 0x3000, 0x2026)

_SENTENCE_END = re.compile(r"[。！？!?；;\n]+|…{1,2}|\.{3,}")


class SegmentMap:
    """One normalisation stage's map from its output back to its input, as segments.

    A linear segment maps output char ``i`` to input char ``o + (i - n)``; a collapsed segment (an
    expansion like ㈱ -> (株), or a variant spelling replaced by its canonical form) maps each of its
    output chars to the whole input range. Memory is proportional to the edits, not the text."""

    __slots__ = ("linear", "n_lens", "n_starts", "o_lens", "o_starts")

    def __init__(self) -> None:
        self.n_starts: list[int] = []
        self.o_starts: list[int] = []
        self.n_lens: list[int] = []
        self.o_lens: list[int] = []
        self.linear: list[bool] = []

    def add(self, n_start: int, n_len: int, o_start: int, o_len: int, linear: bool) -> None:
        if n_len > 0:
            self.n_starts.append(n_start)
            self.n_lens.append(n_len)
            self.o_starts.append(o_start)
            self.o_lens.append(o_len)
            self.linear.append(linear)

    def point(self, i: int) -> tuple[int, int]:
        """[start, end) in the input of output character ``i``."""
        k = bisect_right(self.n_starts, i) - 1
        if k < 0:
            return 0, 0
        if self.linear[k]:
            o = self.o_starts[k] + min(i - self.n_starts[k], self.n_lens[k] - 1)
            return o, o + 1
        return self.o_starts[k], self.o_starts[k] + self.o_lens[k]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised string and the chain of stage maps back to the original (empty = identity)."""

    original: str
    text: str
    maps: tuple[SegmentMap, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the original span covering it (noise inside included)."""
        if not self.maps:
            return start, end
        if not self.text:
            return 0, 0
        if end <= start:
            if start >= len(self.text):
                return len(self.original), len(self.original)
            pos = self.to_original(start, start + 1)[0]
            return pos, pos
        first, last = start, min(end, len(self.text)) - 1  # inclusive character indices
        for stage in reversed(self.maps):
            first = stage.point(first)[0]
            last = stage.point(last)[1] - 1
        return first, last + 1

    def spans_to_original(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``to_original`` of each span, with the per-stage lookups inlined (the lexicon maps every hit)."""
        if not self.maps or not self.text:
            return [self.to_original(s, e) for s, e in spans]
        stages = [(m.n_starts, m.o_starts, m.n_lens, m.o_lens, m.linear) for m in reversed(self.maps)]
        size = len(self.text)
        out: list[tuple[int, int]] = []
        for start, end in spans:
            if end <= start:
                out.append(self.to_original(start, end))
                continue
            first, last = start, (end if end < size else size) - 1
            for n_starts, o_starts, n_lens, o_lens, linear in stages:
                k = bisect_right(n_starts, first) - 1
                if k < 0:
                    first = 0
                elif linear[k]:
                    first = o_starts[k] + min(first - n_starts[k], n_lens[k] - 1)
                else:
                    first = o_starts[k]
                k = bisect_right(n_starts, last) - 1
                if k < 0:
                    last = -1
                elif linear[k]:
                    last = o_starts[k] + min(last - n_starts[k], n_lens[k] - 1)
                else:
                    last = o_starts[k] + o_lens[k] - 1
            out.append((first, last + 1))
        return out


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    """What the tables below derive from: this module, the lookalike list, OpenCC (and Python's Unicode data)."""
    from pathlib import Path

    from app.cachedir import fingerprint

    here = Path(__file__).resolve().parent
    return fingerprint([Path(__file__), here / "data" / "text" / "lookalikes.txt"], ["opencc"])


def _is_table_pair(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, dict) for v in value)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[int, str], re.Pattern[str], Any]:
    """(1:1 table, table of deletions/expansions, regex of the second's characters, regex of both's).
    The two tables come from the cache directory when there (built, they cost a CLI check 0.1-0.2 s)."""
    from app.cachedir import memo

    one, multi = memo("text-tables", _fingerprint(), _build_tables, _is_table_pair)
    # The "anything to fold?" test runs on every text: RE2 scans a class of thousands of ranges as a
    # DFA, about twice as fast as Python's re here.
    options = re2.Options()
    options.log_errors = False
    either = re2.compile(_re2_class(sorted(set(one) | set(multi))), options=options)
    return one, multi, re.compile(_char_class(sorted(multi))), either


def _build_tables() -> tuple[dict[int, str], dict[int, str]]:
    import opencc

    one: dict[int, str] = {}
    multi: dict[int, str] = {}
    ranges = [range(0x80, 0x3400), range(0xA000, 0x10000), range(0x1D400, 0x1D800), range(0x1F100, 0x1F200)]
    for r in ranges:
        for cp in r:
            ch = chr(cp)
            mapped = unicodedata.normalize("NFKC", ch).casefold()
            if mapped != ch:
                (one if len(mapped) == 1 else multi)[cp] = mapped
    for cp in range(ord("A"), ord("Z") + 1):
        one[cp] = chr(cp + 32)
    t2s = opencc.OpenCC("t2s")
    cjk = [chr(i) for r in (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00)) for i in r]
    converted = t2s.convert("\n".join(cjk)).split("\n")
    for src, dst in zip(cjk, converted, strict=True):
        base = one.get(ord(src), src)  # compatibility ideographs: NFKC first, then t2s
        simple = t2s.convert(base) if base != src else dst
        if simple != src and len(simple) == 1:
            one[ord(src)] = simple
    for cp, mapped in _decorated().items():
        (one if len(mapped) == 1 else multi)[cp] = mapped
    for src, dst in _lookalikes().items():
        one[ord(src)] = dst
    for cp in _KEEP:
        one.pop(cp, None)
        multi.pop(cp, None)
    for cp in _INVISIBLE:
        one.pop(cp, None)
        multi[cp] = ""
    return one, multi


_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN "
        "SIXTEEN SEVENTEEN EIGHTEEN NINETEEN TWENTY".split()
    )
}
# Decorated digits and letters NFKC leaves alone: ❶ ➀ ➊ ⓫ ⓿ (dingbats), 🅐 🅰 (negative circled/squared).
# Regional indicators (🇨🇳) are left out on purpose: they are flags far more often than letters.
_DECORATED = re.compile(
    r"(?:DINGBAT )?(?:NEGATIVE )?(?:CIRCLED|SQUARED)(?: SANS-SERIF)? (?:DIGIT|NUMBER|LATIN CAPITAL LETTER) (\w+)"
)


@lru_cache(maxsize=1)
def _decorated() -> dict[int, str]:
    out: dict[int, str] = {}
    for cp in (*range(0x2460, 0x2500), *range(0x2776, 0x2794), *range(0x1F100, 0x1F1E6)):
        ch = chr(cp)
        m = _DECORATED.fullmatch(unicodedata.name(ch, ""))
        if m is None or unicodedata.normalize("NFKC", ch) != ch:
            continue
        word = m.group(1)
        value = _NUMBER_WORDS.get(word, word.lower() if len(word) == 1 else None)
        if value is not None:
            out[cp] = value
    return out


@lru_cache(maxsize=1)
def _lookalikes() -> dict[str, str]:
    """app/data/text/lookalikes.txt: 夲 -> 本, 冣 -> 最, 壹 -> 一 … (one character for one)."""
    from importlib import resources

    path = resources.files("app") / "data" / "text" / "lookalikes.txt"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            out[parts[0]] = parts[1]
    return out


def _ranges(codepoints: list[int]) -> list[list[int]]:
    ranges: list[list[int]] = []
    for cp in codepoints:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def _re2_class(codepoints: list[int]) -> str:
    parts = (f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in _ranges(codepoints))
    return "[" + "".join(parts) + "]"


def _char_class(codepoints: list[int]) -> str:
    """A regex class of coalesced ranges: ~25x faster to scan with than one entry per character."""
    ranges = _ranges(codepoints)
    parts = (re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return "[" + "".join(parts) + "]"


def _first_foldable(either: Any, raw: str) -> int | None:
    """Where the first character that normalisation changes sits in ``raw``, or None if none does.

    Runs on every text, so it calls the compiled RE2 program directly on the UTF-8 bytes: the binding's
    ``search`` wraps the same call in Python work (offset maps, a match object) that cost about twice the
    scan itself on a typical post. Falls back to ``search`` if the binding's internals ever move."""
    program = getattr(either, "_regexp", None)
    if program is None or _UNANCHORED is None:
        first = either.search(raw)
        return None if first is None else int(first.start())
    encoded = raw.encode("utf-8")
    start = program.Match(_UNANCHORED, encoded, 0, len(encoded))[0][0]
    if start < 0:
        return None
    return len(encoded[:start].decode("utf-8"))


_UNANCHORED = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)


_FOLDS, _IS_NOISE, _IS_LATIN = 1, 2, 4
_FIRST = itemgetter(0)


@lru_cache(maxsize=1)
def _char_scanner() -> tuple[ahocorasick_rs.AhoCorasick, list[int]]:
    """An automaton of every character normalisation acts on, one pattern each: those the tables fold, the
    noise characters (the code points ``_NOISE`` matches) and the Latin letters; ``kinds[i]``: pattern i's
    bits. One scan of a text by it (ahocorasick_rs, the Rust crate) costs less than one Python regex scan.
    The code points and kinds come from the cache directory when there."""
    from app.cachedir import memo

    def valid(v: object) -> bool:
        return isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, list) for x in v)

    codepoints, kinds = memo("char-scanner", _fingerprint(), _scanner_codepoints, valid)
    return ahocorasick_rs.AhoCorasick([chr(cp) for cp in codepoints]), kinds


def _scanner_codepoints() -> tuple[list[int], list[int]]:
    one, multi, _, _ = _tables()
    folds = set(one) | set(multi)
    noise = {cp for cp in (*range(0xD800), *range(0xE000, 0x10000), *range(0x1F000, 0x1FB00))
             if _NOISE_CHAR.match(chr(cp))}
    latin = set(range(ord("a"), ord("z") + 1))
    codepoints = sorted(folds | noise | latin)
    kinds = [(_FOLDS if cp in folds else 0) | (_IS_NOISE if cp in noise else 0) | (_IS_LATIN if cp in latin else 0)
             for cp in codepoints]
    return codepoints, kinds


def _noise_runs(text: str, noise: list[int]) -> list[tuple[int, int]]:
    """Maximal runs of the ascending noise positions ``noise`` with a CJK character on both sides."""
    runs: list[list[int]] = []
    for i in noise:
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [(s, e) for s, e in runs if s > 0 and _CJK.match(text, s - 1) and _CJK.match(text, e)]


def _translate(raw: str) -> tuple[str, SegmentMap | None]:
    one, multi, changing, either = _tables()
    first = _first_foldable(either, raw)
    if first is None:
        return raw, None  # most Chinese posts need no change at all: one regex scan, no translate
    if changing.search(raw, first) is None:
        return raw.translate(one), None
    out: list[str] = []
    seg = SegmentMap()
    pos = n = 0
    for m in changing.finditer(raw):
        i = m.start()
        if i > pos:
            out.append(raw[pos:i].translate(one))
            seg.add(n, i - pos, pos, i - pos, True)
            n += i - pos
        mapped = multi[ord(raw[i])]
        out.append(mapped)
        seg.add(n, len(mapped), i, 1, len(mapped) == 1)
        n += len(mapped)
        pos = i + 1
    if pos < len(raw):
        out.append(raw[pos:].translate(one))
        seg.add(n, len(raw) - pos, pos, len(raw) - pos, True)
    return "".join(out), seg


def _drop_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, SegmentMap]:
    """Remove the given sorted, disjoint spans."""
    out: list[str] = []
    seg = SegmentMap()
    pos = n = 0
    for s, e in spans:
        out.append(text[pos:s])
        seg.add(n, s - pos, pos, s - pos, True)
        n += s - pos
        pos = e
    out.append(text[pos:])
    seg.add(n, len(text) - pos, pos, len(text) - pos, True)
    return "".join(out), seg


@lru_cache(maxsize=32)
def _variant_automaton(variants: tuple[tuple[str, str], ...]) -> ahocorasick.Automaton | None:
    if not variants:
        return None
    automaton = ahocorasick.Automaton()
    for variant, canonical in variants:
        key = _translate(variant)[0]
        if key and key != canonical:
            automaton.add_word(key, (len(key), canonical))
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


def _replace_variants(
    text: str, variants: tuple[tuple[str, str], ...], readings: Readings | None = None,
    has_latin: bool | None = None,
) -> tuple[str, SegmentMap] | None:
    automaton = _variant_automaton(variants)
    found = [(end - n + 1, end + 1, canon) for end, (n, canon) in automaton.iter(text)] if automaton else []
    if readings is not None and has_latin is not False:
        found += reading_hits(text, readings)
    hits = sorted(found, key=lambda h: (h[0], -(h[1] - h[0])))
    if not hits:
        return None
    out: list[str] = []
    seg = SegmentMap()
    pos = n = 0
    for s, e, canon in hits:
        if s < pos:
            continue  # leftmost-longest, non-overlapping
        out.append(text[pos:s])
        seg.add(n, s - pos, pos, s - pos, True)
        n += s - pos
        out.append(canon)
        seg.add(n, len(canon), s, e - s, False)
        n += len(canon)
        pos = e
    out.append(text[pos:])
    seg.add(n, len(text) - pos, pos, len(text) - pos, True)
    return "".join(out), seg


def normalize(
    raw: str,
    *,
    strip_noise: bool = True,
    variants: tuple[tuple[str, str], ...] = (),
    readings: Readings | None = None,
) -> NormalizedText:
    """Normalise ``raw`` for matching; see the module docstring for the steps.

    ``variants`` (evasive spelling, canonical phrase) pairs and ``readings`` (phrases spelt in pinyin or
    pinyin initials, app/readings.py) rewrite evasive spellings to the phrase. CJK homophones of the
    phrases are not rewritten here: matchers index them (``homophones_of``), which costs no pass."""
    maps: list[SegmentMap] = []
    scanner, kinds = _char_scanner()
    # One pass finds every character the steps below look at; most posts have a handful (emoji, a few Latin
    # letters), and three regex scans of the whole text (folding, noise, Latin) become list work on those.
    found = scanner.find_matches_as_indexes(raw)
    text = raw
    if not found and not variants:
        return NormalizedText(raw, raw, ())  # nothing to fold, strip or read (no Latin letter)
    present = 0  # the kinds of character found
    for k in set(map(_FIRST, found)):
        present |= kinds[k]
    if present & _FOLDS:
        text, seg = _translate(raw)
        if seg is not None:
            maps.append(seg)
        found = scanner.find_matches_as_indexes(text)
        present = 0
        for k in set(map(_FIRST, found)):
            present |= kinds[k]
    if strip_noise and present & _IS_NOISE:
        spans = _noise_runs(text, [s for k, s, _ in found if kinds[k] & _IS_NOISE])
        if spans:
            text, seg = _drop_spans(text, spans)
            maps.append(seg)
    # Without variants, only a text with a Latin letter can hold a reading (noise removal drops no letter).
    if variants or (readings is not None and present & _IS_LATIN):
        replaced = _replace_variants(text, variants, readings, has_latin=bool(present & _IS_LATIN))
        if replaced is not None:
            text, seg = replaced
            maps.append(seg)
    return NormalizedText(raw, text, tuple(maps))


def normalize_term(term: str) -> str:
    """A rule term in the form it is matched in (no variant replacement, noise stripped)."""
    return normalize(term, strip_noise=True).text


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of sentences (split after 。！？；!?; newlines and ellipses)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > pos and text[pos:m.end()].strip():
            spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        spans.append((pos, len(text)))
    return spans
