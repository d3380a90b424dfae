"""brand_inconsistency and unauthorized_product: the company's brand and its product catalogue (issue 13).

Brand (the ruleset's ``brand`` section, app/brand_rules.py):

- listed wrong names (outdated, look-alike), wrong slogan forms and forbidden logo wordings: exact matches;
- a mangled name: an approved name spelt with characters read the same way (安凝人寿; the homophones are added to
  the automaton, so they cost nothing per request), or a long official name with one or two characters changed
  that still holds the name's distinctive core (安宁人寿保险有限公司 for 安宁人寿保险股份有限公司);
- a mangled slogan: a phrase close to an approved slogan (edit distance) that stands alone (no Chinese character
  runs on either side, or the company's name just before) near the company's name, a slogan cue or a quotation
  mark. 「守护每一日」 is a mangled 「守护每一天」; 守护每一个家庭 runs on, and is another sentence.

Near misses are found in linear time: the bigrams of each slogan (and long name) are in the automaton, each hit
votes for the window it implies, and only windows with enough votes (the q-gram bound for the allowed edit
distance) get a bounded dynamic programme (the phrase's length squared).

Products (the ``catalogue`` section, app/catalogue.py): a catalogue product promoted after its stop date or before
it goes on sale, unless its sentence says it is a notice (已停售); a product name the catalogue lacks, unless the
catalogue is the shipped example. Each finding's evidence names the catalogue entry.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import ahocorasick

from app.brand_rules import PRODUCT_TYPE_LABELS, BrandSection, Product, RuleText
from app.catalogue import catalogue_index, scan_field
from app.deadline import checkpoint
from app.detectors.base import DetectContext, Finding, Post
from app.readings import homophones_of, save_homophones
from app.ruleset import Ruleset
from app.taxonomy import Category
from app.text import CJK_CLASS, NormalizedText, normalize, sentences

BRAND = Category.BRAND_INCONSISTENCY.value
PRODUCT = Category.UNAUTHORIZED_PRODUCT.value
# Payload kinds in the brand automaton.
_APPROVED, _LISTED, _HOMOPHONE, _CUE, _GRAM = 0, 1, 2, 3, 4
_HOMOPHONE_MAX_CHARS = 8  # longer names have thousands of homophone spellings; the near-miss check covers them
_QUOTES = frozenset("“”「」『』\"'《》")


_HAN = re.compile(f"[{CJK_CLASS}]")


class _Spans:
    """Sorted spans with a running maximum of their ends: "is [a, b) inside / overlapping one?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []
        for _, e in ordered:
            self.max_end.append(max(e, self.max_end[-1]) if self.max_end else e)

    def covers(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)  # spans starting at or before start
        return k > 0 and self.max_end[k - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # spans starting before end
        return k > 0 and self.max_end[k - 1] > start


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A slogan or long official name matched with up to ``k`` edits."""

    text: str
    k: int
    kind: str  # mangled_slogan | mangled_name
    grams: int  # distinct bigrams


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    kind: str
    expected: str
    score: float = 1.0


class BrandIndex:
    """Everything compiled from one ruleset's brand section (immutable once built)."""

    def __init__(self, section: BrandSection) -> None:
        self.section = section
        names = section.names
        official = names.official[0] if names.official else (names.abbreviations[0] if names.abbreviations else "")
        short = names.abbreviations[0] if names.abbreviations else official
        self.logo = section.logo.approved[0] if section.logo.approved else official
        self.cores = tuple(_key(c) for c in (names.core or [a[:2] for a in names.abbreviations]) if _key(c))
        entries: dict[str, list[tuple[int, object]]] = {}

        def add(text: str, kind: int, payload: object) -> None:
            if key := _key(text):
                entries.setdefault(key, []).append((kind, payload))

        approved = [*names.official, *names.abbreviations, *names.english]
        for name in approved:
            add(name, _APPROVED, "name")
        for slogan in section.slogans:
            for form in (slogan.text, *slogan.variants):
                add(form, _APPROVED, "slogan")
            for form in slogan.forbidden:
                add(form, _LISTED, ("mangled_slogan", slogan.text))
        for form in section.logo.approved:
            add(form, _APPROVED, "logo")
        for name in names.outdated:
            add(name, _LISTED, ("outdated_name", official))
        for name in names.lookalikes:
            add(name, _LISTED, ("lookalike_name", short))
        for form in section.logo.forbidden:
            add(form, _LISTED, ("logo_wording", self.logo))
        for cue in section.slogan_cues:
            add(cue, _CUE, None)
        listed = set(entries)
        if section.homophones:
            for name in [*names.abbreviations, *names.official]:
                key = _key(name)
                if 3 <= len(key) <= _HOMOPHONE_MAX_CHARS:
                    for spelt in homophones_of(key, 3) - listed:
                        entries.setdefault(spelt, []).append((_HOMOPHONE, name))
        self.phrases: list[_Phrase] = []
        for slogan in section.slogans:
            key = _key(slogan.text)
            k = int(len(key) * (1 - section.slogan_similarity) + 1e-9)
            if len(key) >= 4 and k >= 1:
                self.phrases.append(_Phrase(key, k, "mangled_slogan", len(_bigrams(key))))
        for name in names.official:
            key = _key(name)
            if len(key) >= section.near_miss_min_chars:
                self.phrases.append(_Phrase(key, 2 if len(key) >= 10 else 1, "mangled_name", len(_bigrams(key))))
        for p, phrase in enumerate(self.phrases):
            for gram, offsets in _bigrams(phrase.text).items():
                for offset in offsets:
                    entries.setdefault(gram, []).append((_GRAM, (p, offset)))
        self.automaton = ahocorasick.Automaton()
        for key, payload in entries.items():
            self.automaton.add_word(key, (len(key), tuple(payload)))
        if entries:
            self.automaton.make_automaton()
        self.empty = not entries

    def scan(self, text: str) -> list[_Hit]:
        """Brand problems in normalised ``text``."""
        if self.empty:
            return []
        approved: list[tuple[int, int]] = []
        names: list[int] = []  # end positions of any company name (approved or not): context for slogans
        listed: list[_Hit] = []
        homophones: list[_Hit] = []
        cues: list[int] = []
        votes: dict[tuple[int, int], int] = {}
        for end, (n, payload) in self.automaton.iter(text):
            start, stop = end - n + 1, end + 1
            for kind, data in payload:
                if kind == _APPROVED:
                    approved.append((start, stop))
                    if data == "name":
                        names.append(stop)
                elif kind == _LISTED:
                    what, expected = data
                    listed.append(_Hit(start, stop, what, expected))
                    names.append(stop)
                elif kind == _HOMOPHONE:
                    homophones.append(_Hit(start, stop, "mangled_name", str(data), 0.9))
                    names.append(stop)
                elif kind == _CUE:
                    cues.append(start)
                else:
                    p, offset = data
                    anchor = (p, start - offset)
                    votes[anchor] = votes.get(anchor, 0) + 1
        checkpoint()
        hits = _longest(listed)
        good, bad = _Spans(approved), _Spans([(h.start, h.end) for h in hits])
        hits += [h for h in _longest(homophones)
                 if not good.covers(h.start, h.end) and not bad.overlaps(h.start, h.end)]
        near = self._near_misses(text, votes, good, _Spans([(h.start, h.end) for h in hits]), sorted(names),
                                 sorted(cues))
        return sorted(hits + near, key=lambda h: (h.start, h.end))

    def _near_misses(self, text: str, votes: dict[tuple[int, int], int], good: _Spans, hit_spans: _Spans,
                     names: list[int], cues: list[int]) -> list[_Hit]:
        out: list[_Hit] = []
        last_end: dict[int, int] = {}  # anchors come in order per phrase: the end of its last near miss
        tried: set[tuple[int, int]] = set()
        for (p, anchor), _ in sorted(votes.items()):
            phrase = self.phrases[p]
            # q-gram bound: a window within k edits of the phrase shares at least grams - 2k of its bigrams;
            # the votes of anchors up to k apart (insertions and deletions shift them) are pooled.
            pooled = sum(votes.get((p, anchor + d), 0) for d in range(-phrase.k, phrase.k + 1))
            if pooled < max(1, phrase.grams - 2 * phrase.k):
                continue
            lo = max(0, anchor - phrase.k)
            if (p, lo) in tried:
                continue
            tried.add((p, lo))
            window = text[lo:min(len(text), anchor + len(phrase.text) + phrase.k)]
            found = _best_substring(phrase.text, window, phrase.k)
            if found is None:
                continue
            dist, s, e = found
            start, end = lo + s, lo + e
            # An approved form around it (a variant) or a listed or homophone hit on it wins; an approved name
            # inside it (安宁人寿 in 安宁人寿保险股分有限公司) does not.
            if dist == 0 or good.covers(start, end) or hit_spans.overlaps(start, end) or last_end.get(p, -1) > start:
                continue
            if phrase.kind == "mangled_name":
                if not any(core in text[start:end] for core in self.cores):
                    continue  # a competitor's similar name is not ours mangled
            elif not self._slogan_context(text, start, end, names, cues):
                continue
            score = round(1 - dist / len(phrase.text), 4)
            out.append(_Hit(start, end, phrase.kind, _display(self.section, phrase), score))
            last_end[p] = end
        return _longest(out)

    def _slogan_context(self, text: str, start: int, end: int, names: list[int], cues: list[int]) -> bool:
        """The near miss stands alone and sits near the company's name, a slogan cue or a quotation mark."""
        after_name = bisect_left(names, start) < len(names) and names[bisect_left(names, start)] == start
        alone_left = start == 0 or not _HAN.match(text, start - 1) or after_name
        alone_right = end >= len(text) or not _HAN.match(text, end)
        if not (alone_left and alone_right):
            return False
        w = self.section.context_window
        quoted = any(c in _QUOTES for c in text[max(0, start - 2):start] + text[end:end + 2])
        near_name = _any_between(names, start - w, end + w)
        near_cue = _any_between(cues, start - w, end + w)
        return quoted or near_name or near_cue


def _display(section: BrandSection, phrase: _Phrase) -> str:
    """The approved form as the pack writes it (the phrase is normalised)."""
    for slogan in section.slogans:
        if _key(slogan.text) == phrase.text:
            return slogan.text
    for name in section.names.official:
        if _key(name) == phrase.text:
            return name
    return phrase.text


def _key(text: str) -> str:
    return normalize(text).text


def _bigrams(text: str) -> dict[str, list[int]]:
    grams: dict[str, list[int]] = {}
    for i in range(len(text) - 1):
        grams.setdefault(text[i:i + 2], []).append(i)
    return grams


def _best_substring(phrase: str, window: str, k: int) -> tuple[int, int, int] | None:
    """(distance, start, end) of the substring of ``window`` closest to ``phrase`` (Levenshtein), if within k.

    The classic approximate-matching table: a free start anywhere in the window, the best end over the last row;
    each cell keeps where its alignment started. Cost len(phrase) x len(window), both bounded by the phrase."""
    m, n = len(phrase), len(window)
    cost, begin = [0] * (n + 1), list(range(n + 1))  # row 0: a free start anywhere
    for i in range(1, m + 1):
        ch = phrase[i - 1]
        row, starts = [i] + [0] * n, [0] * (n + 1)
        for j in range(1, n + 1):
            # substitution (or match), deletion, insertion; on equal cost the later start (the shorter span)
            best, at = cost[j - 1] + (ch != window[j - 1]), begin[j - 1]
            if cost[j] + 1 < best or (cost[j] + 1 == best and begin[j] > at):
                best, at = cost[j] + 1, begin[j]
            if row[j - 1] + 1 < best or (row[j - 1] + 1 == best and starts[j - 1] > at):
                best, at = row[j - 1] + 1, starts[j - 1]
            row[j], starts[j] = best, at
        cost, begin = row, starts
    # The cheapest; on a tie the one closest to the phrase's length (守护每一日, not 守护每一, for 守护每一天).
    found = [(c, abs(j - b - m), b, j) for j, (c, b) in enumerate(zip(cost, begin, strict=True)) if j > b and c <= k]
    if not found:
        return None
    dist, _, start, end = min(found)
    return dist, start, end


def _longest(hits: list[_Hit]) -> list[_Hit]:
    kept: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and h.start < kept[-1].end:
            if h.end - h.start > kept[-1].end - kept[-1].start:
                kept[-1] = h
            continue
        kept.append(h)
    return kept


def _any_between(positions: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] <= hi


class BrandDetector:
    """Brand rules and the product catalogue, from the ruleset's ``brand`` and ``catalogue`` sections."""

    name = "brand"
    version = "1.0.0"
    # Linear, no model, deadline checkpoints in its loops: the engine runs it on the calling thread (app/engine.py).
    inline = True
    categories = frozenset({BRAND, PRODUCT})

    def __init__(self) -> None:
        self._indexes: dict[str, BrandIndex] = {}
        self._lock = threading.Lock()

    def load(self) -> None:
        """Nothing to load: the rules come with each ruleset (indexes are built on first use)."""

    def index(self, ruleset: Ruleset) -> BrandIndex:
        key = ruleset.checksum
        index = self._indexes.get(key)
        if index is None:
            with self._lock:
                index = self._indexes.get(key)
                if index is None:
                    index = BrandIndex(ruleset.brand)
                    save_homophones()  # the next run builds this index without pypinyin
                    if len(self._indexes) >= 4:
                        self._indexes.pop(next(iter(self._indexes)))
                    self._indexes[key] = index
        return index

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        index = self.index(ctx.ruleset)
        catalogue = ctx.ruleset.catalogue
        today = datetime.now(ZoneInfo(catalogue.timezone)).date()
        findings: list[Finding] = []
        for field_name, _ in post.fields():
            checkpoint()  # past the engine's deadline: stop here (app/deadline.py)
            norm = ctx.normalized(field_name)
            for hit in index.scan(norm.text):
                rule = ctx.ruleset.brand.rules.get(hit.kind)
                if rule is not None:
                    findings.append(_finding(BRAND, f"brand.{hit.kind}", rule, norm, hit.start, hit.end, field_name,
                                             expected=hit.expected, score=hit.score,
                                             evidence=(f"expected:{hit.expected}",)))
            checkpoint()
            findings.extend(self._products(ctx, norm, field_name, today))
        return findings

    def _products(self, ctx: DetectContext, norm: NormalizedText, field_name: str, today: date) -> list[Finding]:
        catalogue = ctx.ruleset.catalogue
        rules = catalogue.rules
        mentions, unknown = scan_field(ctx, field_name)
        out: list[Finding] = []
        notices = catalogue_index(ctx).notices
        spans = sentences(norm.text) if mentions and notices else []
        for m in mentions:
            state = m.product.state_on(today)
            if state == "on_sale":
                continue
            kind = "stopped_product" if state == "stopped" else "not_yet_on_sale"
            if kind == "stopped_product" and _in_notice(norm.text, spans, m.start, notices):
                continue  # 福满堂已于6月30日停售，已投保客户不受影响: a notice, not promotion
            rule = rules.get(kind)
            if rule is not None:
                out.append(_finding(PRODUCT, f"catalogue.{kind}", rule, norm, m.start, m.end, field_name,
                                    expected=m.product.name, evidence=_entry(m.product, today.isoformat())))
        rule = rules.get("unknown_product")
        if rule is not None and not catalogue.example:
            for c in unknown:
                found = _finding(PRODUCT, "catalogue.unknown_product", rule, norm, c.start, c.end, field_name,
                                 expected=c.name, evidence=())
                start = _name_start(norm.original, found.start or 0, found.end or 0)
                name = norm.original[start:found.end]
                evidence = ("catalogue:none", f"candidate:{name}", f"catalogue_size:{len(catalogue.products)}")
                out.append(replace(found, start=start, text=name, evidence=evidence,
                                   suggestion=rule.suggestion.replace("{expected}", name)))
        return out


def _name_start(original: str, start: int, end: int) -> int:
    """Where a recognised name starts in the text as written: normalisation joins Chinese characters across
    noise (quotes, bars, line breaks, emoji), so the span may hold the end of a table cell or a quotation before
    the name; the name is the run of letters, digits and name marks that ends the span."""
    at = end
    while at > start and (original[at - 1].isalnum() or original[at - 1] in _NAME_MARKS):
        at -= 1
    return at if end - at >= 2 else start


_NAME_MARKS = frozenset("（）()·・-_")


def _entry(product: Product, day: str) -> tuple[str, ...]:
    """The catalogue entry behind a finding, as evidence strings."""
    out = [f"catalogue:{product.name}", f"type:{product.type.value}({PRODUCT_TYPE_LABELS[product.type.value]})",
           f"status:{product.status.value}"]
    if product.on_sale_from is not None:
        out.append(f"on_sale_from:{product.on_sale_from.isoformat()}")
    if product.stopped_on is not None:
        out.append(f"stopped_on:{product.stopped_on.isoformat()}")
    if product.code:
        out.append(f"code:{product.code}")
    out.append(f"checked_on:{day}")
    return tuple(out)


def _in_notice(text: str, spans: list[tuple[int, int]], start: int, notices: tuple[str, ...]) -> bool:
    for s, e in spans:
        if s <= start < e:
            sentence = text[s:e]
            return any(cue in sentence for cue in notices)
    return False


def _finding(category: str, rule_id: str, rule: RuleText, norm: NormalizedText, start: int, end: int, field: str,
             *, expected: str, evidence: tuple[str, ...], score: float = 1.0) -> Finding:
    o_start, o_end = norm.to_original(start, end)
    return Finding(category=category, start=o_start, end=o_end, text=norm.original[o_start:o_end], detector="brand",
                   rule_id=rule_id, severity=rule.severity, message=rule.message, basis=rule.basis,
                   suggestion=rule.suggestion.replace("{expected}", expected), score=score, field=field,
                   evidence=evidence)
