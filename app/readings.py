"""Evasive spellings found by reading: homophones, pinyin and pinyin initials of rule phrases.

People write 稳赚不陪, wen赚不赔, wenzhuan不赔 or jk告知 so that a keyword list misses 稳赚不赔 or
健康告知. Instead of listing every spelling by hand, phrases are matched by their *reading*
(pypinyin's toneless pinyin; polyphones read as in the phrase, so 银行 is yin hang):

- pinyin and initials: around each run of Latin letters the text gets a reading view in which every
  CJK character becomes one token for its most common reading and every Latin word its pinyin
  syllables (or, when it is no pinyin, its letters as initials); one Aho-Corasick automaton over the
  phrases' token strings finds the spans that spell a phrase, and ``normalize`` (app/text.py)
  rewrites them to the phrase with an offset map back to what the user sent;
- CJK homophones: ``homophones_of`` spells a phrase with one character swapped for a common
  character read the same way; the lexicon adds these spellings to its own automaton (as it does
  the hand-made variants), so they cost nothing per request.

Guards, since many words share a reading: CJK homophones only for phrases of at least
``homophone_min_chars`` characters (高手艺 is not 高收益); Latin words are read whole (the ``ban`` of
``urban`` is never 版); letters next to digits or inside addresses are no spelling (95xxx, a@b.com);
pinyin initials (jkgz, jk告知) only for the phrases the rule pack lists under ``evasion.initials``,
and never two bare letters (bb霜).

Everything is linear in the input: a regex scan for Latin runs, then for each run a window of at
most twice the longest phrase: one ``str.translate``, a dynamic programme over at most six letters
a syllable, one automaton pass.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

import ahocorasick

_SYLLABLE_BASE = 0xF0000  # tokens live in a private-use plane that ordinary text never uses
_INITIAL_BASE = 0xF1000
_MAX_WORD = 30  # a longer Latin word is no pinyin spelling (a URL, an e-mail): not read
# Noise a spelling may carry between its pieces (稳💰zhuan不赔, wen*zhuan): spaces, decorative symbols and
# pictographs, but not the characters of numbers, addresses and codes (. - _ @ / …).
_SPLIT = "[ \u3000*·•・~|^`'\"\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
# A run of Latin words and the noise around them: f"{_SPLIT}*[a-z]+(?:{_SPLIT}+[a-z]+)*{_SPLIT}*", found by its
# core (a pattern that starts with a character class, which the regex engine scans for quickly; the leading
# optional noise made it try a match at every position) and widened over the noise on both sides.
_LATIN_CORE = re.compile(f"[a-z]+(?:{_SPLIT}+[a-z]+)*")
_SPLIT_CHAR = re.compile(_SPLIT)
_SPLIT_RUN = re.compile(f"{_SPLIT}*")
_LATIN_WORD = re.compile(r"[a-z]+")
_HAS_LATIN = re.compile(r"[a-z]")
_CODE_CHARS = frozenset("0123456789@._-/:#&=?%+")


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Readings:
    """What a ruleset asks to be matched by reading (hashable: indexes are cached by it)."""

    phrases: tuple[str, ...]
    initials: tuple[str, ...] = ()
    homophone_min_chars: int = 3
    digest: int = field(default=0, compare=False)  # the hash, computed once (it is asked per request)

    def __post_init__(self) -> None:
        object.__setattr__(self, "digest", hash((self.phrases, self.initials, self.homophone_min_chars)))

    def __hash__(self) -> int:
        return self.digest


_SHARED: weakref.WeakValueDictionary[tuple[tuple[str, ...], tuple[str, ...], int], Readings] = (
    weakref.WeakValueDictionary()
)
_SHARED_LOCK = threading.Lock()


def shared_readings(phrases: tuple[str, ...], initials: tuple[str, ...], homophone_min_chars: int) -> Readings:
    """One :class:`Readings` object per content while any ruleset holds one. The matchers' caches are keyed by
    it, and a lookup with the very object it was stored under skips comparing thousands of phrases: two rulesets
    with the same rules (the packaged one loaded at start and the served one) used to build two equal objects,
    and every request whose ruleset was not the one first cached compared them field by field."""
    key = (phrases, initials, homophone_min_chars)
    with _SHARED_LOCK:
        found = _SHARED.get(key)
        if found is None:
            found = _SHARED[key] = Readings(phrases=phrases, initials=initials, homophone_min_chars=homophone_min_chars)
        return found


@lru_cache(maxsize=4096)
def _toneless(reading: str) -> str:
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    """What the tables below derive from besides their input: this module and the installed pypinyin."""
    from pathlib import Path

    from app.cachedir import fingerprint

    return fingerprint([Path(__file__)], ["pypinyin"])


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[str, str]]:
    """(CJK code point -> token of its most common reading, syllable -> token), from the cache directory when
    there (building them means importing pypinyin's tables: a fifth of a CLI check's start-up)."""
    from app.cachedir import memo

    def valid(v: object) -> bool:
        return isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, dict) for x in v)

    return memo("pinyin-tables", _fingerprint(), _build_tables, valid)


def _build_tables() -> tuple[dict[int, str], dict[str, str]]:
    from pypinyin.pinyin_dict import pinyin_dict

    syllables: dict[str, str] = {}
    table: dict[int, str] = {}
    for cp, readings in pinyin_dict.items():
        comma = readings.find(",")
        syllable = _toneless(readings if comma < 0 else readings[:comma])
        if not (syllable.isascii() and syllable.isalpha()) or syllable in ("m", "n", "ng", "hm", "hng"):
            continue  # interjection readings (嗯 n, 呣 m) would turn single letters into syllables
        table[cp] = syllables.setdefault(syllable, chr(_SYLLABLE_BASE + len(syllables)))
    return table, syllables


def _initial(letter: str) -> str:
    return chr(_INITIAL_BASE + ord(letter) - ord("a"))


def _segment(word: str, syllables: dict[str, str]) -> list[tuple[int, int, str]] | None:
    """The fewest pinyin syllables that spell ``word`` exactly, as (start, end, token), or None."""
    n = len(word)
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (count, previous cut)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        for size in range(1, min(6, end) + 1):
            prev = best[end - size]
            if prev is not None and word[end - size : end] in syllables:
                cand = (prev[0] + 1, end - size)
                current = best[end]
                if current is None or cand[0] < current[0]:
                    best[end] = cand
    if best[n] is None:
        return None
    out: list[tuple[int, int, str]] = []
    end = n
    while end > 0:
        cell = best[end]
        assert cell is not None
        out.append((cell[1], end, syllables[word[cell[1] : end]]))
        end = cell[1]
    return out[::-1]


@dataclass(frozen=True, slots=True)
class _View:
    text: str  # one token per CJK character or Latin syllable/letter; other characters as they are
    starts: list[int]  # segments: view offset where each starts ...
    origin: list[int]  # ... the text offset it maps to ...
    widths: list[int]  # ... and, for a Latin token, its width in the text (0: a 1:1 stretch)
    latin_words: dict[int, tuple[int, int]]  # view offset of a Latin token -> its word's [start, end) in the view

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._point(start)[0], self._point(end - 1)[1]

    def _point(self, i: int) -> tuple[int, int]:
        k = bisect_right(self.starts, i) - 1
        o = self.origin[k]
        if self.widths[k]:
            return o, o + self.widths[k]
        o += i - self.starts[k]
        return o, o + 1


def _latin_runs(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each run of Latin words with the noise around it, left to right, not overlapping."""
    done = 0
    first = _HAS_LATIN.search(text)
    while first is not None:
        # Each run starts at a letter: the next one is found by the class search (a fast scan in the regex
        # engine), where finditer would try the whole pattern at every position of the CJK text between.
        core = _LATIN_CORE.match(text, first.start())
        assert core is not None  # it matches the letter at least
        start = core.start()
        while start > done and _SPLIT_CHAR.match(text, start - 1):
            start -= 1
        end = _SPLIT_RUN.match(text, core.end()).end()  # type: ignore[union-attr]  # matches the empty string
        yield start, end
        done = end
        first = _HAS_LATIN.search(text, core.end())


def _view(text: str) -> _View:
    table, syllables = _tables()
    if not _HAS_LATIN.search(text):
        return _View(text.translate(table), [0], [0], [0], {})
    parts: list[str] = []
    starts: list[int] = []
    origin: list[int] = []
    widths: list[int] = []
    latin: dict[int, tuple[int, int]] = {}
    n = pos = 0
    for run_start, run_end in _latin_runs(text):
        if run_start > pos:
            starts.append(n)
            origin.append(pos)
            widths.append(0)
            parts.append(text[pos:run_start].translate(table))
            n += run_start - pos
        for word in _LATIN_WORD.finditer(text, run_start, run_end):
            w = word.group()
            tokens = _segment(w, syllables) if len(w) <= _MAX_WORD else None
            if tokens is None and len(w) > 6:
                tokens = [(0, len(w), "\x00")]  # neither pinyin nor initials: a barrier
            elif tokens is None:
                tokens = [(i, i + 1, _initial(c)) for i, c in enumerate(w)]
            first = n
            for s, e, tok in tokens:
                starts.append(n)
                origin.append(word.start() + s)
                widths.append(e - s)
                parts.append(tok)
                n += 1
            for k in range(first, n):
                latin[k] = (first, n)
        pos = run_end
    if pos < len(text):
        starts.append(n)
        origin.append(pos)
        widths.append(0)
        parts.append(text[pos:].translate(table))
    return _View("".join(parts), starts, origin, widths, latin)


def _keys(phrase: str, initials: bool) -> set[str]:
    """Token strings that spell ``phrase``: its pinyin (phrase-aware, so 银行 reads yin hang), the
    per-character readings the text side uses, and with ``initials`` each syllable or its initial."""
    options = _spoken_tokens(phrase)
    if options is None or (initials and len(phrase) > 8):
        return set()  # 3^n spellings: initials are for short phrases only
    if initials:
        from pypinyin import Style, lazy_pinyin

        letters = [s[0] for s in lazy_pinyin(phrase, style=Style.NORMAL)]
        options = [{*tokens, _initial(letter)} for tokens, letter in zip(options, letters, strict=True)]
    return {"".join(combo) for combo in product(*(sorted(o) for o in options))}


@lru_cache(maxsize=1)
def _common_homophones() -> dict[str, tuple[str, ...]]:
    """Reading token -> the common characters (GB 2312 level 1, 3,755) read that way."""
    table, _ = _tables()
    out: dict[str, list[str]] = {}
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            token = table.get(ord(ch))
            if token is not None:
                out.setdefault(token, []).append(ch)
    return {k: tuple(v) for k, v in out.items()}


def _spoken_tokens(phrase: str) -> list[set[str]] | None:
    """Per character, the reading tokens it may stand for (its own and, for polyphones, the phrase's)."""
    from pypinyin import Style, lazy_pinyin

    table, syllables = _tables()
    if not phrase or not all(ord(c) in table for c in phrase):
        return None  # Latin or digit phrases (fyc, 0风险) are not read
    spoken = [_toneless(s) for s in lazy_pinyin(phrase, style=Style.NORMAL)]
    return [{table[ord(c)], *([syllables[s]] if s in syllables else [])} for c, s in zip(phrase, spoken, strict=True)]


# homophones_of's answers, kept in the cache directory between runs (working them out needs pypinyin, whose
# import alone is a tenth of a CLI check's start-up): loaded on first use, written by save_homophones.
_stored: dict[str, frozenset[str]] | None = None
_stored_new = False
_stored_lock = threading.Lock()


def _homophone_store() -> dict[str, frozenset[str]]:
    global _stored
    if _stored is None:
        import marshal

        from app.cachedir import read

        data = read("homophones", _fingerprint())
        loaded: object = None
        if data is not None:
            try:
                loaded = marshal.loads(data)
            except (ValueError, EOFError, TypeError):
                loaded = None
        _stored = loaded if isinstance(loaded, dict) else {}
    return _stored


def save_homophones() -> None:
    """Store the answers worked out since the last save (matchers call it after building an index)."""
    global _stored_new
    with _stored_lock:
        if not _stored_new or _stored is None:
            return
        import marshal

        from app.cachedir import write

        write("homophones", _fingerprint(), marshal.dumps(_stored))
        _stored_new = False


@lru_cache(maxsize=65536)
def homophones_of(phrase: str, min_chars: int, anywhere: bool = False) -> frozenset[str]:
    """See ``_homophones``; answered from the cache directory when it holds the answer."""
    global _stored_new
    store = _homophone_store()
    key = f"{min_chars}|{phrase}" + ("|*" if anywhere else "")
    found = store.get(key)
    if not isinstance(found, frozenset):
        found = _homophones(phrase, min_chars, anywhere)
        with _stored_lock:
            store[key] = found
            _stored_new = True
    return found


def _homophones(phrase: str, min_chars: int, anywhere: bool = False) -> frozenset[str]:
    """``phrase`` with one or two characters after the first swapped for common characters
    (GB 2312 level 1) read the same way: 稳赚不陪, 稳砖不陪 for 稳赚不赔. Empty below ``min_chars``.

    ``anywhere`` (the ruleset's ``evasion.homophones_anywhere``: a handful of phrases evaders target)
    also swaps the first character of phrases of four or more (饱本饱息) and reads three-character
    phrases with one swap after the first (零疯险): a few hundred root branches for a short list, not
    thousands. Three characters get one swap, and keep their first, because more finds ordinary words
    (高手艺 for 高收益, 令风险 in 令风险降低).

    Matchers add these to their own automaton, so a homophone costs nothing per request; the
    lexicon asks only for the phrases of the variants table, which keeps the automaton small
    (about 23,000 keys for the default pack instead of 4,000, scanned as fast). The first character
    is kept: swapping it gives the automaton's root thousands of branches and pyahocorasick's scan
    slows down about 2x; and short phrases are left to the table, since their homophones occur
    across ordinary words (违反佣金 holds 反佣)."""
    options = _spoken_tokens(phrase)
    if options is None or len(phrase) < (3 if anywhere else max(2, min_chars)):
        return frozenset()
    common = _common_homophones()
    swaps = [
        [ch for t in sorted(tokens) for ch in common.get(t, ()) if ch != phrase[i]] for i, tokens in enumerate(options)
    ]
    out: set[str] = set()
    two = len(phrase) >= max(4, min_chars) or not anywhere
    for i in range(0 if anywhere and two else 1, len(phrase)):
        for a in swaps[i]:
            one = phrase[:i] + a + phrase[i + 1 :]
            out.add(one)
            if not two:
                continue
            for j in range(i + 1, len(phrase)):
                out.update(one[:j] + b + one[j + 1 :] for b in swaps[j])
    out.discard(phrase)
    return frozenset(out)


@lru_cache(maxsize=16)
def _automaton(readings: Readings) -> ahocorasick.Automaton | None:
    """The phrases' spellings; kept in the cache directory (their pinyin takes pypinyin 0.3 s to work out)."""
    import hashlib

    from app.cachedir import memo

    content = "\x00".join(sorted(readings.phrases)) + "\x01" + "\x00".join(sorted(readings.initials))
    key = hashlib.sha256(content.encode()).hexdigest() + _fingerprint()
    found: tuple[ahocorasick.Automaton | None] = memo(
        "readings-automaton", key, lambda: (_build_automaton(readings),),
        lambda v: isinstance(v, tuple) and len(v) == 1 and (v[0] is None or isinstance(v[0], ahocorasick.Automaton)),
        codec="pickle",
    )
    return found[0]


def _build_automaton(readings: Readings) -> ahocorasick.Automaton | None:
    automaton = ahocorasick.Automaton()
    allowed = set(readings.initials)
    for phrase in {*readings.phrases, *readings.initials}:
        for key in _keys(phrase, phrase in allowed):
            automaton.add_word(key, (len(key), phrase))
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


def _latin_windows(text: str, reach: int) -> list[tuple[int, int]]:
    """Merged windows of ``reach`` characters around each run of Latin letters."""
    windows: list[tuple[int, int]] = []
    for run_start, run_end in _latin_runs(text):
        before, after = text[run_start - 1 : run_start], text[run_end : run_end + 1]
        if before in _CODE_CHARS or (after in _CODE_CHARS and not after.isdigit()):
            continue  # part of a number, an address or a code (95xxx, abc@qq.com, a_b), not a spelling
        lo, hi = max(0, run_start - reach), min(len(text), run_end + reach)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def reading_hits(text: str, readings: Readings) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of the spans of ``text`` that spell a phrase in pinyin or initials
    (wen赚不赔, fanyong, jk告知). The reading view is built only around Latin letters: CJK-only
    homophones are indexed by the matchers instead (``homophones_of``)."""
    automaton = _automaton(readings)
    if automaton is None or not text or not _HAS_LATIN.search(text):
        return []
    reach = _longest(readings)
    out: list[tuple[int, int, str]] = []
    for lo, hi in _latin_windows(text, reach):
        window = text[lo:hi]
        view = _view(window)
        for last, (size, phrase) in automaton.iter(view.text):
            vs, ve = last + 1 - size, last + 1
            latin = [k for k in range(vs, ve) if k in view.latin_words]
            if not latin:
                continue  # CJK only: indexed homophones cover it
            first_word, last_word = view.latin_words.get(vs), view.latin_words.get(ve - 1)
            if (first_word and first_word[0] < vs) or (last_word and last_word[1] > ve):
                continue  # a Latin word is read whole or not at all (the ban of urban is not 版)
            initials_only = all(_INITIAL_BASE <= ord(view.text[k]) < _INITIAL_BASE + 26 for k in latin)
            if len(latin) == ve - vs < 3 and initials_only:
                continue  # two bare letters (bb, jk) are too often something else (bb霜); jk告知, jkgz count
            start, end = view.span(vs, ve)
            out.append((lo + start, lo + end, phrase))
    return out


@lru_cache(maxsize=16)
def _longest(readings: Readings) -> int:
    """How far around a Latin run a phrase can reach: its longest spelling in characters."""
    return max((len(p) for p in (*readings.phrases, *readings.initials)), default=0) * 2
