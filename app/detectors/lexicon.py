"""The banned-lexicon detector: Aho-Corasick terms, co-occurrence windows and RE2 patterns.

One :class:`LexiconIndex` is built per ruleset (keyed by checksum) and shared by all requests.
Matching runs on the normalised view of each field; spans are mapped back to the original text.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import ahocorasick

from app.detectors.base import DetectContext, Finding, Post
from app.patterns import PatternSet, required_literals
from app.readings import homophones_of
from app.ruleset import LexiconRule, Ruleset
from app.taxonomy import LEXICAL_CATEGORIES, SEVERITY_RANK
from app.text import NormalizedText, normalize

# Payload kinds stored in the automaton (_ANCHOR: a literal a pattern needs before it can match).
_TERM, _ALLOW, _FIRST, _SECOND, _ANCHOR = 0, 1, 2, 3, 4
_GLOBAL = -1
# Words in nearly every insurance post; a pattern is never anchored on them (see required_literals).
_COMMON_WORDS = frozenset(
    "保险 产品 这款 本款 该款 这个 投保 年金 年金险 保单 公司 银行 理赔 保障 购买 办理 客户 我们 收益 储蓄 买保险 "
    "分红 确定 演示 国家 就是 也是 属于 相当于 推荐 保费 利率 配置 下单 介绍 带 拉".split()
)
_CLAUSE_BREAK = frozenset("，。！？；：,!?;:\n")
_SENTENCE_BREAK = frozenset("。！？；!?;\n")


@dataclass(frozen=True, slots=True)
class Hit:
    rule: int
    start: int  # normalised offsets
    end: int
    gap: tuple[int, int] | None = None  # co-occurrence: the text between its two terms


class LexiconIndex:
    """Everything compiled from one ruleset's lexicon section (immutable once built)."""

    def __init__(self, ruleset: Ruleset) -> None:
        section = ruleset.lexicon
        self.rules: list[LexiconRule] = list(section.rules)
        self.variants = ruleset.variant_table
        self.negation = section.negation
        self.education = section.education
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[int, int]]] = {}

        variants = [(normalize(v).text, c) for v, c in self.variants]
        # CJK homophones of the variant table's phrases (稳赚不陪 for 稳赚不赔): indexed, like the
        # variants, in every term that holds the phrase. Bounded by the table, not by the term count.
        evasion = ruleset.evasion
        canonical = {c for _, c in self.variants} if evasion.readings else set()
        homophones = [(c, homophones_of(c, evasion.homophone_min_chars)) for c in sorted(canonical)]
        homophones = [(c, hs) for c, hs in homophones if hs]
        literal_keys: set[str] = set()
        sounds_like: dict[str, list[tuple[int, int]]] = {}

        def add(term: str, kind: int, rule: int) -> None:
            key = normalize(term).text
            if not key:
                return
            # Evasive spellings are matched by adding each term's variant forms to the automaton,
            # which costs nothing per request (rewriting the text would cost a second pass):
            # the hand-listed variants and the homophones of the variant phrases.
            literal_keys.add(key)
            for spelt in {key} | {key.replace(c, v) for v, c in variants if c in key and v}:
                entries.setdefault(spelt, []).append((kind, rule))
            if kind != _ALLOW:
                for spelt in {key.replace(c, h) for c, hs in homophones if c in key for h in hs}:
                    sounds_like.setdefault(spelt, []).append((kind, rule))

        for i, rule in enumerate(self.rules):
            for term in rule.terms:
                add(term, _TERM, i)
            for phrase in rule.allow:
                if _can_cover(phrase, rule):
                    add(phrase, _ALLOW, i)
            if rule.cooccur is not None:
                for term in rule.cooccur.first:
                    add(term, _FIRST, i)
                for term in rule.cooccur.second:
                    add(term, _SECOND, i)
        for phrase in section.global_allow:
            add(phrase, _ALLOW, _GLOBAL)
        for spelling, found in sounds_like.items():
            if spelling not in literal_keys:  # a homophone that is another term or allow-phrase stays that
                entries.setdefault(spelling, []).extend(found)
        self.pattern_rules = [i for i, r in enumerate(self.rules) if r.pattern is not None]
        self.patterns = PatternSet([r.pattern for r in self.rules if r.pattern is not None])
        self.unanchored: list[int] = []
        for k, i in enumerate(self.pattern_rules):
            anchors = required_literals(self.rules[i].pattern or "", _COMMON_WORDS)
            # One-character anchors (日, 返, %) fire on nearly every post: such patterns go straight
            # to the RE2 set pass instead of adding Aho-Corasick hits.
            if anchors is None or min(len(a) for a in anchors) < 2:
                self.unanchored.append(k)
            else:
                for literal in anchors:
                    entries.setdefault(literal, []).append((_ANCHOR, k))
        self.unanchored_set = frozenset(self.unanchored)
        for key, payload in entries.items():
            # Term hits are the hot path: keep their rule ids apart from the rarer payload kinds.
            terms = tuple(r for k, r in payload if k == _TERM)
            others = tuple((k, r) for k, r in payload if k != _TERM)
            self.automaton.add_word(key, (len(key), terms, others))
        if entries:
            self.automaton.make_automaton()
        self.neg_prefix_re = _alternation(self.negation.prefixes)
        self.neg_suffix_re = _alternation(self.negation.suffixes)
        self.not_negation_re = _alternation(self.negation.not_negation)
        self.cue_re = _alternation(self.education.cue_words)
        marks = "".join(q for q in self.education.quotes if len(q) == 2)
        self.quote_re = re.compile("[" + re.escape(marks) + "]") if marks else None
        self.term_count = len(entries)

    def scan(self, text: str, channel: str | None) -> list[Hit]:
        """Raw hits in normalised ``text`` after allow-phrases and negation, before dedupe."""
        hits: list[Hit] = []
        allows: dict[int, list[tuple[int, int]]] = {}  # owner rule (or _GLOBAL) -> allow-phrase spans
        firsts: dict[int, list[tuple[int, int]]] = {}
        seconds: dict[int, list[tuple[int, int]]] = {}
        anchored: set[int] = set()
        if len(self.automaton):
            for end, (n, terms, others) in self.automaton.iter(text):
                s, e = end - n + 1, end + 1
                for rule in terms:
                    hits.append(Hit(rule, s, e))
                for kind, rule in others:
                    if kind == _ALLOW:
                        allows.setdefault(rule, []).append((s, e))
                    elif kind == _ANCHOR:
                        anchored.add(rule)
                    elif kind == _FIRST:
                        firsts.setdefault(rule, []).append((s, e))
                    else:
                        seconds.setdefault(rule, []).append((s, e))
        for rule, spans in firsts.items():
            if rule not in seconds:
                continue  # the common case: a first term alone
            # An allow-phrase around either term (保证续保 for 保证) removes that occurrence.
            ok_first = [sp for sp in spans if not _inside(sp, rule, allows)]
            ok_second = [sp for sp in seconds[rule] if not _inside(sp, rule, allows)]
            hits.extend(self._cooccur(rule, ok_first, ok_second, text))
        candidates = anchored.union(self.unanchored) if anchored else self.unanchored_set
        for k in self.patterns.matching(text) if candidates else ():
            if k not in candidates:
                continue
            rule = self.pattern_rules[k]
            matches = self.patterns.compiled[k].finditer(text)
            hits.extend(Hit(rule, m.start(), m.end()) for m in matches if m.end() > m.start())
        return [h for h in hits if self._keep(h, text, channel, allows)]

    def _cooccur(
        self, rule: int, firsts: list[tuple[int, int]], seconds: list[tuple[int, int]], text: str
    ) -> list[Hit]:
        """Pairs within the window and the same sentence (a comma may sit between, a full stop not)."""
        spec = self.rules[rule].cooccur
        assert spec is not None
        out: list[Hit] = []
        for fs, fe in firsts:
            for ss, se in seconds:
                if spec.ordered and ss < fe:
                    continue
                lo, hi = min(fs, ss), max(fe, se)
                distance = ss - fe if ss >= fe else fs - se
                if distance <= spec.window and (ss, se) != (fs, fe) and not _SENTENCE_BREAK.intersection(text[lo:hi]):
                    gap = (fe, ss) if ss >= fe else (se, fs)
                    out.append(Hit(rule, lo, hi, gap))
                    break
        return out

    def _keep(self, hit: Hit, text: str, channel: str | None, allows: dict[int, list[tuple[int, int]]]) -> bool:
        rule = self.rules[hit.rule]
        if rule.channels and channel not in rule.channels:
            return False
        if allows and _inside((hit.start, hit.end), hit.rule, allows):
            return False
        if not rule.negatable:
            return True
        if self._negated(text, hit.start, hit.end):
            return False
        # A co-occurrence is also cancelled by a cue between its two terms (签单不送礼).
        return hit.gap is None or not self._negated_inside(text, *hit.gap)

    def _negated_inside(self, text: str, start: int, end: int) -> bool:
        if self.neg_prefix_re is None:
            return False
        for m in self.neg_prefix_re.finditer(text, start, end):
            if self.not_negation_re is None or not self.not_negation_re.match(text, m.start()):
                return True
        return False

    def _negated(self, text: str, start: int, end: int) -> bool:
        """A negation cue before the hit in the same clause (one-character cues only right before it),
        or a cue right after it. A list joined by 、和或 stays in the clause: 没有零风险、稳赚不赔的投资."""
        lo = max(0, start - self.negation.window)
        for i in range(start - 1, lo - 1, -1):
            if text[i] in _CLAUSE_BREAK:
                lo = i + 1
                break
        if self.neg_prefix_re is not None:
            for m in self.neg_prefix_re.finditer(text, lo, start):
                if len(m.group()) == 1 and start - m.start() > self.negation.short_window + 1:
                    continue
                if self.not_negation_re is not None and self.not_negation_re.match(text, m.start()):
                    continue
                return True
        return self.neg_suffix_re is not None and self.neg_suffix_re.match(text, end) is not None

    def educational(self, text: str, start: int, end: int, quoted: bool = True) -> bool:
        """The hit is quoted, or a warning cue sits near it in the same sentence."""
        for pair in self.education.quotes if quoted else ():
            if len(pair) == 2:
                left = text.rfind(pair[0], 0, start)
                if left != -1 and pair[1] not in text[left + 1 : start] and text.find(pair[1], end) != -1:
                    nxt = text.find(pair[1], end)
                    if "\n" not in text[left:nxt]:
                        return True
        w = self.education.window
        return self.cue_re is not None and self.cue_re.search(text, max(0, start - w), end + w) is not None


def _can_cover(phrase: str, rule: LexiconRule) -> bool:
    """An allow-phrase matters only if one of its rule's terms can lie inside it (a pattern's match
    always might); the others would only add automaton hits to every request."""
    if rule.pattern is not None:
        return True
    text = normalize(phrase).text
    words = [*rule.terms, *(rule.cooccur.first + rule.cooccur.second if rule.cooccur else [])]
    return any(normalize(w).text in text for w in words)


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    keys = sorted({normalize(w).text for w in words if normalize(w).text}, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys)) if keys else None


def _inside(span: tuple[int, int], rule: int, allows: dict[int, list[tuple[int, int]]]) -> bool:
    for owner in (rule, _GLOBAL):
        for s, e in allows.get(owner, ()):
            if s <= span[0] and span[1] <= e:
                return True
    return False


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Within a category keep one finding per overlapping cluster: the longest, then most severe."""
    if len(findings) < 2:
        return findings
    ordered = sorted(findings, key=lambda f: (-((f.end or 0) - (f.start or 0)), -SEVERITY_RANK[f.severity]))
    kept: list[Finding] = []
    for f in ordered:
        clash = any(
            k.category == f.category
            and k.field == f.field
            and (k.start or 0) < (f.end or 0)
            and (f.start or 0) < (k.end or 0)
            for k in kept
        )
        if not clash:
            kept.append(f)
    return sorted(kept, key=lambda f: (f.field, f.start or 0, f.category))


class LexiconDetector:
    """Banned terms, co-occurrences and patterns from the ruleset's lexicon section."""

    name = "lexicon"
    version = "1.0.0"
    categories = frozenset(c.value for c in LEXICAL_CATEGORIES)

    def __init__(self) -> None:
        self._indexes: dict[str, LexiconIndex] = {}
        self._lock = threading.Lock()

    def load(self) -> None:
        """Build the packaged ruleset's index, so the first request does not pay for it (the pinyin
        tables behind the homophones take about a second to load); other versions build on first use."""
        from app.ruleset import load_default_ruleset

        ruleset = load_default_ruleset()
        self.index(ruleset)
        normalize("預熱 warm", readings=ruleset.readings)  # the OpenCC and pinyin tables, built once

    def index(self, ruleset: Ruleset) -> LexiconIndex:
        key = ruleset.checksum
        index = self._indexes.get(key)
        if index is None:
            with self._lock:
                index = self._indexes.get(key)
                if index is None:
                    index = LexiconIndex(ruleset)
                    # Keep a handful of versions: the active one and those being dry-run.
                    if len(self._indexes) >= 4:
                        self._indexes.pop(next(iter(self._indexes)))
                    self._indexes[key] = index
        return index

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        index = self.index(ctx.ruleset)
        findings: list[Finding] = []
        for field_name, _ in post.fields():
            # The automaton holds the hand-listed variants and the homophones of each term; spellings
            # in pinyin or initials (wen赚不赔, jk告知) are rewritten to the term (app/readings.py).
            norm = ctx.normalized(field_name, readings=True)
            findings.extend(self._field_findings(index, norm, field_name, post.channel))
        return _dedupe(findings)

    def _field_findings(
        self, index: LexiconIndex, norm: NormalizedText, field_name: str, channel: str | None
    ) -> list[Finding]:
        out: list[Finding] = []
        hits = index.scan(norm.text, channel)
        quoted = bool(hits) and index.quote_re is not None and index.quote_re.search(norm.text) is not None
        for hit in hits:
            rule = index.rules[hit.rule]
            severity = rule.severity
            exempt = rule.category in index.education.quote_exempt_categories
            if index.educational(norm.text, hit.start, hit.end, quoted and not exempt):
                severity = index.education.downgrade_to
            start, end = norm.to_original(hit.start, hit.end)
            out.append(
                Finding(
                    category=rule.category.value,
                    start=start,
                    end=end,
                    text=norm.original[start:end],
                    detector=self.name,
                    rule_id=rule.id,
                    severity=severity,
                    message=rule.message,
                    basis=rule.basis,
                    suggestion=rule.suggestion,
                    field=field_name,
                )
            )
        return out
