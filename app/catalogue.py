"""Finding the catalogue's products in a post, and product names the catalogue does not hold.

Known products are found by one Aho-Corasick pass over their official and short names (normalised like every
field). A name the catalogue lacks can only be recognised where a post names a product formally, since 重疾险 or
增额终身寿 alone name a kind of product, not a product: a 《…》 title ending in a product word (《安宁鑫享年金保险》),
the company's own name followed by a product name (安宁鑫享年金保险), or a name followed by a formal type mark
(鑫享两全保险（分红型）). Every step is linear in the text: one automaton pass for names and one for the
recognition words, then bounded work (``max_name_chars``) around each hit. Used by the ``brand`` detector
(unauthorized_product) and the disclosure check (a product's type demands its risk statement).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from dataclasses import dataclass

import ahocorasick

from app.brand_rules import CatalogueSection, Product, Recognition
from app.detectors.base import DetectContext
from app.text import CJK_CLASS, normalize

_HAN = re.compile(f"[{CJK_CLASS}]")
_BRACKETED = re.compile(r"《([^《》\n]{2,60})》")
_NAME, _SUFFIX, _MARK, _PREFIX = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Mention:
    """A catalogue product named in a normalised field: [start, end) in the normalised text."""

    product: Product
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A product name recognised in a normalised field that names no catalogue product."""

    name: str
    start: int
    end: int


def _key(text: str) -> str:
    return normalize(text).text


class CatalogueIndex:
    """The automata and word lists of one ruleset's catalogue (immutable once built)."""

    def __init__(self, section: CatalogueSection, prefixes: tuple[str, ...] = (), cores: tuple[str, ...] = ()) -> None:
        self.section = section
        self.products = list(section.products)
        rec: Recognition = section.recognition
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[int, int]]] = {}
        for i, product in enumerate(self.products):
            for name in (product.name, *product.short_names):
                if key := _key(name):
                    entries.setdefault(key, []).append((_NAME, i))
        for word in rec.suffixes:
            if key := _key(word):
                entries.setdefault(key, []).append((_SUFFIX, 0))
        for word in rec.type_marks:
            if key := _key(word):
                entries.setdefault(key, []).append((_MARK, 0))
        # The company's own names, then a product's name and word: 安宁人寿旗下鑫享年金保险. After a bare core
        # (安宁, also an ordinary word) the name must follow at once, with no lead-in word between.
        for word in prefixes:
            if key := _key(word):
                entries.setdefault(key, []).append((_PREFIX, 0))
        for word in cores:
            if (key := _key(word)) and (_PREFIX, 0) not in entries.get(key, []):
                entries.setdefault(key, []).append((_PREFIX, 1))
        for key, payload in entries.items():
            self.automaton.add_word(key, (len(key), tuple(payload)))
        if entries:
            self.automaton.make_automaton()
        self.has_entries = bool(entries)
        self.suffixes = tuple(sorted({_key(w) for w in rec.suffixes if _key(w)}, key=len, reverse=True))
        self.marks = tuple(sorted({_key(w) for w in rec.type_marks if _key(w)}, key=len, reverse=True))
        self.not_products = tuple(_key(w) for w in rec.not_products if _key(w))
        self.strip_endings = tuple(sorted({_key(w) for w in rec.strip_endings if _key(w)}, key=len, reverse=True))
        self.lead_ins = tuple(_key(w) for w in rec.lead_ins if _key(w))
        self.generic = tuple(sorted({_key(w) for w in rec.generic_words if _key(w)}, key=len, reverse=True))
        self.max_chars = rec.max_name_chars
        self.bracketed = rec.bracketed
        self.notices = tuple(_key(c) for c in section.notice_cues if _key(c))

    def scan(self, text: str) -> tuple[list[Mention], list[Candidate]]:
        """Catalogue products named in ``text`` (longest match wins), and names recognised but not known."""
        if not self.has_entries:
            return [], []
        names: list[tuple[int, int, int]] = []
        suffixes: list[tuple[int, int]] = []
        marks: list[tuple[int, int]] = []
        prefixes: list[tuple[int, int, bool]] = []
        for end, (n, payload) in self.automaton.iter(text):
            start = end - n + 1
            for kind, i in payload:
                if kind == _NAME:
                    names.append((start, end + 1, i))
                elif kind == _SUFFIX:
                    suffixes.append((start, end + 1))
                elif kind == _MARK:
                    marks.append((start, end + 1))
                else:
                    prefixes.append((start, end + 1, bool(i)))
        mentions = _longest([Mention(self.products[i], s, e) for s, e, i in names])
        candidates = self._candidates(text, suffixes, marks, prefixes)
        known = sorted((m.start, m.end) for m in mentions)
        unknown = [c for c in candidates if not _overlaps(known, c.start, c.end)]
        return mentions, unknown

    def _candidates(self, text: str, suffixes: list[tuple[int, int]], marks: list[tuple[int, int]],
                    prefixes: list[tuple[int, int, bool]]) -> list[Candidate]:
        found: list[Candidate] = []
        if self.bracketed and "《" in text:
            for m in _BRACKETED.finditer(text):
                if (c := self._bracketed(m.group(1), m.start(1))) is not None:
                    found.append(c)
        # A formal type mark closes a name: the Han run before it, after its last lead-in word.
        for start, end in marks:
            run_start = self._run_start(text, start)
            if (c := self._named(text, run_start, start, end)) is not None:
                found.append(c)
        # The company's own name, then a name, then a product word (and maybe a type mark): 安宁鑫享年金保险.
        if prefixes and suffixes:
            suffix_at = sorted(suffixes)
            for p_start, p_end, bare_core in prefixes:
                k = bisect_left(suffix_at, (p_end + 1, 0))  # a name of at least one character in between
                # The first product word after the name (the longest of those starting there: 年金保险, not 年金);
                # the name between must be Chinese characters only (later words only lengthen a broken gap).
                best: tuple[int, int] | None = None
                while k < len(suffix_at) and suffix_at[k][0] <= p_end + self.max_chars:
                    s_start, s_end = suffix_at[k]
                    if (best is not None and s_start > best[0]) or not _all_han(text, p_end, s_start):
                        break
                    if best is None or s_end > best[1]:
                        best = (s_start, s_end)
                    k += 1
                if best is None:
                    continue
                end = best[1]
                for mark in self.marks:
                    if text.startswith(mark, end):
                        end += len(mark)
                        break
                middle = text[p_end:best[0]]
                cut = self._after_lead_in(middle)  # 安宁人寿旗下鑫享年金保险: the name starts after 旗下
                if (cut and bare_core) or len(middle) - cut < 2 or self._generic(middle[cut:]):
                    continue  # 安宁人寿的重疾险, 安宁百万医疗险: a kind of product, not a name
                start = p_start if cut == 0 else p_end + cut
                found.append(Candidate(text[start:end], start, end))
        return _longest_candidates(found)

    def _bracketed(self, inner: str, offset: int) -> Candidate | None:
        name = inner.strip()
        for ending in self.strip_endings:  # 《…两全保险（分红型）条款》 names the product
            if name.endswith(ending) and len(name) > len(ending) + 1:
                name = name[: -len(ending)]
                break
        if any(name.endswith(w) for w in self.not_products):
            return None
        bare = name
        for mark in self.marks:
            if bare.endswith(mark):
                bare = bare[: -len(mark)]
                break
        if not any(bare.endswith(s) and len(bare) > len(s) for s in self.suffixes) and bare == name:
            return None
        if self._generic(_strip_suffix(bare, self.suffixes)):
            return None
        start = offset + inner.index(name[:1]) if name else offset
        return Candidate(name, start, start + len(name))

    def _run_start(self, text: str, end: int) -> int:
        start = end
        while start > 0 and end - start < self.max_chars and _HAN.match(text, start - 1):
            start -= 1
        return start

    def _named(self, text: str, run_start: int, mark_start: int, mark_end: int) -> Candidate | None:
        run = text[run_start:mark_start]
        cut = self._after_lead_in(run)
        name = run[cut:]
        if len(name) < 2 or self._generic(_strip_suffix(name, self.suffixes)):
            return None
        start = run_start + cut
        return Candidate(text[start:mark_end], start, mark_end)

    def _after_lead_in(self, run: str) -> int:
        """Where a name starts in ``run``: after the last lead-in word (这款, 推荐, 的 ...), else 0."""
        cut = 0
        for word in self.lead_ins:
            at = run.rfind(word)
            if at >= 0:
                cut = max(cut, at + len(word))
        return cut

    def _generic(self, words: str) -> bool:
        """True when ``words`` is empty or made only of generic words (百万, 少儿终身): a kind, not a name."""
        pos = 0
        while pos < len(words):
            for word in self.generic:
                if words.startswith(word, pos):
                    pos += len(word)
                    break
            else:
                return False
        return True


def _strip_suffix(name: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _all_han(text: str, start: int, end: int) -> bool:
    return all(_HAN.match(text, i) for i in range(start, end))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, not overlapping each other, so their ends rise
    with their starts: only the last span starting before ``end`` can reach past ``start``)."""
    k = bisect_left(spans, (end, 0))
    return k > 0 and spans[k - 1][1] > start


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, the longer winning (福满堂两全 over 福满堂), in text order."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            if m.end - m.start > kept[-1].end - kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def _longest_candidates(found: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and c.start < kept[-1].end:
            if c.end - c.start > kept[-1].end - kept[-1].start:
                kept[-1] = c
            continue
        kept.append(c)
    return kept


_CACHE: dict[str, CatalogueIndex] = {}
_LOCK = threading.Lock()


def catalogue_index(ctx: DetectContext) -> CatalogueIndex:
    """The index of the request's ruleset (built once per ruleset, a handful kept)."""
    ruleset = ctx.ruleset
    key = ruleset.checksum
    index = _CACHE.get(key)
    if index is None:
        with _LOCK:
            index = _CACHE.get(key)
            if index is None:
                names = ruleset.brand.names
                cores = names.core or [a[:2] for a in names.abbreviations]
                index = CatalogueIndex(ruleset.catalogue, tuple(names.abbreviations + names.official), tuple(cores))
                if len(_CACHE) >= 4:
                    _CACHE.pop(next(iter(_CACHE)))
                _CACHE[key] = index
    return index


def scan_field(ctx: DetectContext, field: str) -> tuple[list[Mention], list[Candidate]]:
    """Products named in one field of the request's post, computed once per request (shared by detectors)."""
    return ctx.shared(f"catalogue:{field}", lambda: catalogue_index(ctx).scan(ctx.normalized(field).text))
