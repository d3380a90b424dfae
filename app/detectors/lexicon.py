"""The banned-lexicon detector: Aho-Corasick terms, co-occurrence windows and RE2 patterns.

One :class:`LexiconIndex` is built per ruleset (keyed by checksum) and shared by all requests.
Matching runs on the normalised view of each field; spans are mapped back to the original text.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Container, Sequence
from operator import itemgetter
from typing import TypeAlias

import ahocorasick_rs

from app.deadline import checkpoint
from app.detectors.base import FIELDS, DetectContext, Finding, Post, span_finding
from app.patterns import Atom, PatternSet, requirements
from app.readings import homophones_of
from app.ruleset import LexiconRule, Ruleset
from app.taxonomy import LEXICAL_CATEGORIES, SEVERITY_RANK, Severity
from app.text import NormalizedText, normalize

# Payload kinds stored in the automaton (_ANCHOR: a literal of an atom a pattern needs; see requirements).
_TERM, _ALLOW, _FIRST, _SECOND, _ANCHOR = 0, 1, 2, 3, 4
_GLOBAL = -1
# Words in nearly every insurance post: no pattern atom adds them to the automaton (see _keyable).
_COMMON_WORDS = frozenset(
    "保险 产品 这款 本款 该款 这个 投保 年金 年金险 保单 公司 银行 理赔 保障 购买 办理 客户 我们 收益 储蓄 买保险 "
    "分红 确定 演示 国家 就是 也是 属于 相当于 推荐 保费 利率 配置 下单 介绍 带 拉".split()
)
_CLAUSE_BREAK = "，。！？；：,!?;:\n"
_TO_LAST_CLAUSE_BREAK = re.compile(f".*[{_CLAUSE_BREAK}]", re.DOTALL)
_SENTENCE_BREAK = frozenset("。！？；!?;\n")


# A raw hit: (rule, start, end, gap), offsets in the normalised text; ``gap``: for a co-occurrence, the text
# between its two terms, else None. A plain tuple: thousands are built per MB and most are dropped.
Hit: TypeAlias = tuple[int, int, int, tuple[int, int] | None]


class LexiconIndex:
    """Everything compiled from one ruleset's lexicon section (immutable once built)."""

    def __init__(self, ruleset: Ruleset) -> None:
        section = ruleset.lexicon
        self.rules: list[LexiconRule] = list(section.rules)
        self.variants = ruleset.variant_table
        self.negation = section.negation
        self.education = section.education
        entries: dict[str, list[tuple[int, int]]] = {}

        variants = [(normalize(v).text, c) for v, c in self.variants]
        # CJK homophones of the variant table's phrases (稳赚不陪 for 稳赚不赔): indexed, like the
        # variants, in every term that holds the phrase. Bounded by the table, not by the term count.
        evasion = ruleset.evasion
        canonical = {c for _, c in self.variants} if evasion.readings else set()
        anywhere = set(evasion.homophones_anywhere) if evasion.readings else set()
        homophones = [
            (c, homophones_of(c, evasion.homophone_min_chars, c in anywhere)) for c in sorted(canonical | anywhere)
        ]
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
        # When a pattern can match (app.patterns.requirements): per alternative (top-level branch), atoms of
        # which every match holds a literal. Those of literals of two characters or more (no common word that
        # is not a key already: it would add a match to nearly every post) are automaton keys: an alternative
        # is a candidate once all of them are in the text and its other atoms pass an ``in`` check. Only the
        # candidates go through the RE2 set pass. A pattern with an alternative that has no keyed atom is
        # "unanchored": it goes through a second, smaller RE2 set of those patterns only, on every text.
        self.alt_pattern: list[int] = []  # alternative -> pattern
        self.alt_needs: list[frozenset[int]] = []  # alternative -> its keyed atoms
        self.alt_checks: list[tuple[tuple[str, ...], ...]] = []  # alternative -> its other atoms' literals
        self.atom_alt: list[int] = []  # keyed atom -> its alternative
        self.unanchored: list[int] = []
        for k, i in enumerate(self.pattern_rules):
            alternatives = requirements(self.rules[i].pattern or "")
            keyed = [_keyed(atoms, entries) for atoms in alternatives or []]
            if alternatives is None or not all(keyed):
                self.unanchored.append(k)
                continue
            for atoms, keyed_atoms in zip(alternatives, keyed, strict=True):
                needs = []
                for atom in keyed_atoms:
                    needs.append(len(self.atom_alt))
                    for literal in atom:
                        entries.setdefault(literal, []).append((_ANCHOR, len(self.atom_alt)))
                    self.atom_alt.append(len(self.alt_pattern))
                self.alt_pattern.append(k)
                self.alt_needs.append(frozenset(needs))
                self.alt_checks.append(_checks([a for a in atoms if a not in keyed_atoms]))
        self.unanchored_set = frozenset(self.unanchored)
        self.unanchored_patterns = PatternSet([self.patterns.sources[k] for k in self.unanchored])
        # One Aho-Corasick automaton over every key (ahocorasick_rs: the Rust crate, about 4-5x faster per
        # scan than pyahocorasick, with the same overlapping matches in the same order). A match is the key's
        # position in ``keys``; its payload sits in lists by that position, one per kind. Most matches are
        # not terms but anchors, allow-phrases and co-occurrence halves, usually of rules with nothing else
        # in the text: scan() first takes the set of keys matched and looks at single matches only for the
        # kinds those keys need.
        self.keys: list[str] = list(entries)
        self.term_rules, self.other_payload, self._by_kind, keys_of = _payload_tables(list(entries.values()))
        self._keys_of = {kind: keys_of[kind] for kind in self._by_kind}
        self._term_keys = keys_of[_TERM]
        self._first_mask = [sum(1 << r for r in set(rules)) if rules else 0 for rules in self._by_kind[_FIRST]]
        self._second_mask = [sum(1 << r for r in set(rules)) if rules else 0 for rules in self._by_kind[_SECOND]]
        # Per alternative, its keyed atoms if it has several (else None: its trigger is all it needs); per key,
        # the alternatives its atoms trigger. An alternative's trigger is its most selective keyed atom (as in
        # _keyed): the others are often common two-character words, the trigger rarely is.
        self.alt_multi: list[frozenset[int] | None] = [needs if len(needs) > 1 else None for needs in self.alt_needs]
        atom_keys: dict[int, list[str]] = {}
        for key, atom_ids in zip(self.keys, self._by_kind[_ANCHOR], strict=True):
            for atom_id in atom_ids:
                atom_keys.setdefault(atom_id, []).append(key)
        trigger = [max(sorted(needs), key=lambda x: _selectivity(atom_keys[x])) for needs in self.alt_needs]
        self._key_alts: list[frozenset[int]] = [
            frozenset(self.atom_alt[x] for x in atom_ids if trigger[self.atom_alt[x]] == x) if atom_ids else _NONE
            for atom_ids in self._by_kind[_ANCHOR]
        ]
        self.matcher = (
            ahocorasick_rs.AhoCorasick(self.keys, matchkind=ahocorasick_rs.MatchKind.Standard) if self.keys else None
        )
        self.neg_prefix_re = _alternation(self.negation.prefixes)
        self.neg_suffix_re = _alternation(self.negation.suffixes)
        self.not_negation_re = _alternation(self.negation.not_negation)
        self.cue_re = _alternation(self.education.cue_words)
        marks = "".join(q for q in self.education.quotes if len(q) == 2)
        self.quote_re = re.compile("[" + re.escape(marks) + "]") if marks else None
        self.term_count = len(entries)
        # Per rule, what each of its findings needs: its texts (id, message, basis, suggestion), category code,
        # severity, quote exemption.
        exempt = set(self.education.quote_exempt_categories)
        self.rule_info: list[tuple[tuple[str, str, str, str], str, Severity, bool]] = [
            ((r.id, r.message, r.basis, r.suggestion), r.category.value, r.severity, r.category in exempt)
            for r in self.rules
        ]
        # Per rule, what _keep looks at: its channels (empty: all) and whether a negation cue cancels it.
        self.rule_checks: list[tuple[frozenset[str], bool]] = [(frozenset(r.channels), r.negatable) for r in self.rules]
        self.neg_window = self.negation.window
        self.neg_short_reach = self.negation.short_window + 1

    # The start-up cache (app/detectors/lexicon_cache.py) pickles an index's state without what the ruleset holds (put
    # back by ``restore``) and without its compiled matchers (no pickle support; rebuilt from their sources in
    # a few milliseconds). Everything else is plain lists, dicts and sets.
    _FROM_RULESET = ("rules", "variants", "negation", "education")
    _COMPILED = ("patterns", "unanchored_patterns", "matcher")

    def cache_state(self) -> dict[str, object]:
        state = {k: v for k, v in vars(self).items() if k not in self._FROM_RULESET + self._COMPILED}
        state["pattern_sources"] = self.patterns.sources
        state["unanchored_sources"] = self.unanchored_patterns.sources
        return state

    @classmethod
    def restore(cls, state: dict[str, object], ruleset: Ruleset) -> LexiconIndex:
        """An index from ``cache_state``'s state and the ruleset it was built from."""
        index = cls.__new__(cls)
        state = dict(state)
        pattern_sources = state.pop("pattern_sources")
        unanchored_sources = state.pop("unanchored_sources")
        assert isinstance(pattern_sources, list) and isinstance(unanchored_sources, list)
        vars(index).update(state)
        index.rules = list(ruleset.lexicon.rules)
        index.variants = ruleset.variant_table
        index.negation = ruleset.lexicon.negation
        index.education = ruleset.lexicon.education
        index.patterns = PatternSet(pattern_sources)
        index.unanchored_patterns = PatternSet(unanchored_sources)
        index.matcher = (
            ahocorasick_rs.AhoCorasick(index.keys, matchkind=ahocorasick_rs.MatchKind.Standard) if index.keys else None
        )
        return index

    def scan(self, text: str, channel: str | None) -> list[Hit]:
        """Raw hits in normalised ``text`` after allow-phrases and negation, before dedupe."""
        hits: list[Hit] = []
        firsts: dict[int, list[tuple[int, int]]] = {}
        seconds: dict[int, list[tuple[int, int]]] = {}
        allow_keys: set[int] = set()
        candidates: set[int] = set()
        # Every match (overlapping), in order of its end and, at one end, longest first.
        matches = self.matcher.find_matches_as_indexes(text, overlapping=True) if self.matcher is not None else []
        if matches:
            seen = set(map(itemgetter(0), matches))
            term_rules, by_kind, keys_of = self.term_rules, self._by_kind, self._keys_of
            if not seen.isdisjoint(self._term_keys):
                hits = [(rule, s, e, None) for key, s, e in matches for rule in term_rules[key]]
            anchor_keys = seen.intersection(keys_of[_ANCHOR])
            if anchor_keys:
                candidates = self._candidates(text, anchor_keys)
            allow_keys = seen.intersection(keys_of[_ALLOW])  # the spans are gathered only if a hit needs them
            # Co-occurrences: only rules with both a first and a second term in the text.
            first_keys, second_keys = seen.intersection(keys_of[_FIRST]), seen.intersection(keys_of[_SECOND])
            if first_keys and second_keys:
                # Bit masks of the rules first: most texts with halves of both kinds have no rule with both.
                first_mask = second_mask = 0
                masks = self._first_mask
                for k in first_keys:
                    first_mask |= masks[k]
                masks = self._second_mask
                for k in second_keys:
                    second_mask |= masks[k]
                first_rules, second_rules = by_kind[_FIRST], by_kind[_SECOND]
                both = (
                    {r for k in first_keys for r in first_rules[k]}.intersection(
                        r for k in second_keys for r in second_rules[k]
                    )
                    if first_mask & second_mask
                    else set()
                )
                if both:
                    either = first_keys | second_keys
                    for key, s, e in [m for m in matches if m[0] in either]:
                        for rule in first_rules[key]:
                            if rule in both:
                                firsts.setdefault(rule, []).append((s, e))
                        for rule in second_rules[key]:
                            if rule in both:
                                seconds.setdefault(rule, []).append((s, e))
        checkpoint()
        allowed = _NO_ALLOWS
        if firsts:
            allowed = self._allows(matches, allow_keys) if allow_keys else _NO_ALLOWS
            for rule, spans in firsts.items():
                # An allow-phrase around either term (保证续保 for 保证) removes that occurrence.
                ok_first = [sp for sp in spans if not allowed.covers(sp, rule)]
                ok_second = [sp for sp in seconds[rule] if not allowed.covers(sp, rule)]
                hits.extend(self._cooccur(rule, ok_first, ok_second, text))
        # Patterns to run: the candidates and the unanchored ones; of them, those an RE2 set pass finds (in
        # pattern order).
        if candidates:
            # Each candidate alone (a small DFA per pattern) rather than the set of every pattern: with some 120
            # patterns of bounded windows the set's DFA grew large enough to cost more than the searches it spared.
            compiled = self.patterns.compiled
            unanchored = self.unanchored
            found_unanchored = {unanchored[j] for j in self.unanchored_patterns.matching(text)}
            to_run = sorted({k for k in candidates if k not in self.unanchored_set and compiled[k].search(text)}
                            | found_unanchored)
        else:
            unanchored = self.unanchored
            to_run = [unanchored[j] for j in self.unanchored_patterns.matching(text)]
        for k in to_run:
            rule = self.pattern_rules[k]
            found = self.patterns.compiled[k].finditer(text)
            hits.extend((rule, m.start(), m.end(), None) for m in found if m.end() > m.start())
        checkpoint()
        if not hits:
            return hits
        if allow_keys and allowed is _NO_ALLOWS:
            allowed = self._allows(matches, allow_keys)
        return self._keep(hits, text, channel, allowed)

    def _allows(self, matches: list[tuple[int, int, int]], allow_keys: set[int]) -> _Allows:
        """The allow-phrase spans among ``matches`` (their keys: ``allow_keys``), by owner rule (or _GLOBAL)."""
        allows: dict[int, list[tuple[int, int]]] = {}
        allow_rules = self._by_kind[_ALLOW]
        for key, s, e in [m for m in matches if m[0] in allow_keys]:
            for rule in allow_rules[key]:
                allows.setdefault(rule, []).append((s, e))
        return _Allows(allows) if allows else _NO_ALLOWS

    def _candidates(self, text: str, anchor_keys: set[int]) -> set[int]:
        """The patterns with an alternative whose keyed atoms are all among the matched ``anchor_keys``' and
        whose ``in`` checks pass. Only the alternatives whose trigger (their most selective keyed atom) was
        matched are looked at: every needed atom present implies the trigger is."""
        candidates: set[int] = set()
        triggered = set().union(*map(self._key_alts.__getitem__, anchor_keys))
        if not triggered:
            return candidates
        anchored: set[int] | None = None  # the atoms matched, gathered for alternatives of several atoms
        alt_pattern, alt_multi, alt_checks = self.alt_pattern, self.alt_multi, self.alt_checks
        for a in triggered:
            k = alt_pattern[a]
            if k in candidates:
                continue
            needs = alt_multi[a]
            if needs is not None:
                if anchored is None:
                    anchored = set().union(*map(self._by_kind[_ANCHOR].__getitem__, anchor_keys))
                if not needs <= anchored:
                    continue
            for atom in alt_checks[a]:
                for literal in atom:
                    if literal in text:
                        break
                else:
                    break  # an atom none of whose literals is in the text
            else:
                candidates.add(k)
        return candidates

    def _cooccur(
        self, rule: int, firsts: list[tuple[int, int]], seconds: list[tuple[int, int]], text: str
    ) -> list[Hit]:
        """Pairs within the window and the same sentence (a comma may sit between, a full stop not).

        ``seconds`` come in automaton order (by end), so the seconds that can pair with a first, all
        ending in [fs - window, fe + window + longest second], are one slice found by bisection: the
        first matching pair is the same as in a scan of every second, at a bounded cost per first."""
        spec = self.rules[rule].cooccur
        assert spec is not None
        out: list[Hit] = []
        ends = [se for _, se in seconds]
        longest = max((se - ss for ss, se in seconds), default=0)
        for fs, fe in firsts:
            lo_k = bisect_left(ends, fs - spec.window)
            hi_k = bisect_right(ends, fe + spec.window + longest)
            for ss, se in seconds[lo_k:hi_k]:
                if spec.ordered and ss < fe:
                    continue
                lo, hi = min(fs, ss), max(fe, se)
                distance = ss - fe if ss >= fe else fs - se
                if distance <= spec.window and (ss, se) != (fs, fe) and not _SENTENCE_BREAK.intersection(text[lo:hi]):
                    gap = (fe, ss) if ss >= fe else (se, fs)
                    out.append((rule, lo, hi, gap))
                    break
        return out

    def _keep(self, hits: list[Hit], text: str, channel: str | None, allowed: _Allows) -> list[Hit]:
        """The hits that stay: in a channel of their rule, not inside an allow-phrase, not negated."""
        kept: list[Hit] = []
        rule_checks, negated_before = self.rule_checks, self._negated_before
        suffix = self.neg_suffix_re.match if self.neg_suffix_re is not None else None
        covers = allowed.covers if allowed is not _NO_ALLOWS else None
        # The cue before a hit depends on its start only, and overlapping terms often share one (稳赚, 稳赚不赔).
        before: dict[int, bool] = {}
        for hit in hits:
            rule, start, end, gap = hit
            channels, negatable = rule_checks[rule]
            if channels and channel not in channels:
                continue
            if covers is not None and covers((start, end), rule):
                continue
            if negatable:
                cue_before = before.get(start)
                if cue_before is None:
                    cue_before = before[start] = negated_before(text, start)
                if cue_before or (suffix is not None and suffix(text, end) is not None):
                    continue
                # A co-occurrence is also cancelled by a cue between its two terms (签单不送礼).
                if gap is not None and self._negated_inside(text, *gap):
                    continue
            kept.append(hit)
        return kept

    def _negated_inside(self, text: str, start: int, end: int) -> bool:
        if self.neg_prefix_re is None:
            return False
        for m in self.neg_prefix_re.finditer(text, start, end):
            if self.not_negation_re is None or not self.not_negation_re.match(text, m.start()):
                return True
        return False

    def _negated_before(self, text: str, start: int) -> bool:
        """A negation cue before a hit starting at ``start``, in its clause (one-character cues only right before
        it); with a cue right after the hit (``_keep``), the hit is negated. A list joined by 、和或 stays in the
        clause: 没有零风险、稳赚不赔的投资."""
        lo = start - self.neg_window
        if lo < 0:
            lo = 0
        last_break = _TO_LAST_CLAUSE_BREAK.match(text, lo, start)  # greedy: up to the last break before the hit
        if last_break is not None:
            lo = last_break.end()
        prefix_re = self.neg_prefix_re
        if prefix_re is not None and lo < start:
            for m in prefix_re.finditer(text, lo, start):
                if m.end() - m.start() == 1 and start - m.start() > self.neg_short_reach:
                    continue
                if self.not_negation_re is not None and self.not_negation_re.match(text, m.start()):
                    continue
                return True
        return False


_NONE: frozenset[int] = frozenset()
_KINDS = (_TERM, _ALLOW, _FIRST, _SECOND, _ANCHOR)


_Rules: TypeAlias = list[tuple[int, ...]]  # per key, rule numbers


def _payload_tables(
    payloads: list[list[tuple[int, int]]],
) -> tuple[_Rules, list[tuple[tuple[int, int], ...]], dict[int, _Rules], dict[int, frozenset[int]]]:
    """Per automaton key (its payload: (kind, rule) pairs): its term rules, its other pairs, its rules of each
    other kind; and per kind, the keys that have any. Built in one pass, with a short way for the payloads of
    one pair (most keys: a term's variant or homophone spellings), since this runs at every start-up."""
    columns: dict[int, _Rules] = {kind: [] for kind in _KINDS}
    keyed: dict[int, list[int]] = {kind: [] for kind in _KINDS}
    other: list[tuple[tuple[int, int], ...]] = []
    for n, payload in enumerate(payloads):
        if len(payload) == 1:
            kind, rule = payload[0]
            for column in columns.values():
                column.append(())
            columns[kind][-1] = (rule,)
            keyed[kind].append(n)
            other.append(() if kind == _TERM else (payload[0],))
            continue
        rules_of: dict[int, list[int]] = {}
        for kind, rule in payload:
            rules_of.setdefault(kind, []).append(rule)
        for kind, column in columns.items():
            rules = rules_of.get(kind)
            column.append(tuple(rules) if rules else ())
            if rules:
                keyed[kind].append(n)
        other.append(tuple(p for p in payload if p[0] != _TERM))
    by_kind = {kind: columns[kind] for kind in (_ALLOW, _FIRST, _SECOND, _ANCHOR)}
    return columns[_TERM], other, by_kind, {kind: frozenset(keys) for kind, keys in keyed.items()}


def _selectivity(atom: Collection[str]) -> tuple[int, float, int]:
    """How rarely an atom's literals occur, roughly: the longest shortest literal, then the longest literals on
    average, then the fewest."""
    return min(len(x) for x in atom), sum(len(x) for x in atom) / len(atom), -len(atom)


def _keyed(atoms: list[Atom], keys: Container[str]) -> list[Atom]:
    """The atoms of a pattern alternative whose literals become automaton keys: the most selective one (the
    longest shortest literal, then the longest literals on average, then the fewest), and the others that
    add no frequent match: those of literals of three characters or more, or already keys. Only atoms of
    literals of two characters or more (one-character ones, 日 返 %, occur in nearly every post) and without
    a common word that is not a key already qualify."""
    usable = [a for a in atoms if min(len(x) for x in a) >= 2 and all(x not in _COMMON_WORDS or x in keys for x in a)]
    if not usable:
        return []
    ranked = sorted(usable, key=_selectivity)
    best = ranked[-1]
    # A best atom of many two-character literals (理赔难 不赔 坑人 ...) fires often: the next one joins it.
    second = ranked[-2] if len(ranked) > 1 and min(len(x) for x in best) == 2 and len(best) > 4 else None
    return [a for a in usable if a is best or a is second or min(len(x) for x in a) >= 3 or all(x in keys for x in a)]


_MAX_CHECK = 8  # literals per ``in`` check


def _checks(atoms: list[Atom]) -> tuple[tuple[str, ...], ...]:
    """Atoms as ``in`` checks, fewest literals first. An atom of many literals is checked by their first or
    their last characters, whichever are fewer, if those are few (weaker, still true of every match: 额外送,
    再还送 ... by 送), else not at all."""
    checks: set[tuple[str, ...]] = set()
    for atom in atoms:
        literals = atom
        if len(atom) > _MAX_CHECK:
            literals = min(frozenset(x[0] for x in atom), frozenset(x[-1] for x in atom), key=len)
        if len(literals) <= _MAX_CHECK:
            checks.add(tuple(sorted(literals, key=lambda x: (len(x), x))))
    return tuple(sorted(checks, key=lambda c: (len(c), c)))


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


class _Allows:
    """Allow-phrase spans by owner rule, for "is this span inside one of them" in bounded time.

    Spans arrive in automaton order (by end) and are at most ``longest`` long, so a span (a, b) can
    only lie inside allow spans ending in [b, a + longest]: one bisection and a short scan."""

    __slots__ = ("_index", "_spans")

    def __init__(self, allows: dict[int, list[tuple[int, int]]]) -> None:
        self._spans = allows
        self._index: dict[int, tuple[list[int], int]] = {}  # owner -> (ends, longest), built on first use

    def covers(self, span: tuple[int, int], rule: int) -> bool:
        if not self._spans:
            return False  # the common case: no allow-phrase in the text
        a, b = span
        for owner in (rule, _GLOBAL):
            spans = self._spans.get(owner)
            if not spans:
                continue
            index = self._index.get(owner)
            if index is None:
                index = self._index[owner] = ([e for _, e in spans], max(e - s for s, e in spans))
            ends, longest = index
            for k in range(bisect_left(ends, b), bisect_right(ends, a + longest)):
                if spans[k][0] <= a:
                    return True
        return False


_NO_ALLOWS = _Allows({})


class _QuoteMarks:
    """Positions of the quote marks and line breaks of one text: is a span inside a quotation pair
    (an opening mark before it with no closing mark between, a closing mark after it, all on one
    line)?"""

    def __init__(self, text: str, quotes: Sequence[str]) -> None:
        self._pairs = [
            ([i for i, c in enumerate(text) if c == pair[0]], [i for i, c in enumerate(text) if c == pair[1]])
            for pair in quotes
            if len(pair) == 2 and pair[0] in text and pair[1] in text
        ]
        self._breaks = [i for i, c in enumerate(text) if c == "\n"] if self._pairs else []

    def inside(self, start: int, end: int) -> bool:
        for opens, closes in self._pairs:
            k = bisect_left(opens, start) - 1  # the last opening mark before the span
            if k < 0:
                continue
            left = opens[k]
            between = bisect_left(closes, left + 1)  # the first closing mark after it ...
            if between < len(closes) and closes[between] < start:
                continue  # ... closes before the span
            after = bisect_left(closes, end)
            if after == len(closes):
                continue
            nxt = closes[after]
            line_break = bisect_left(self._breaks, left)
            if line_break == len(self._breaks) or self._breaks[line_break] >= nxt:
                return True
        return False


# A finding before de-duplication (original offsets, severity after the education test): about half of them
# are dropped there, so the :class:`Finding` itself is built only for those kept. A plain tuple (a NamedTuple
# cost a Python ``__new__`` each): (category, start, end, severity, field, rule's finding texts, the field as
# sent); the texts are the rule's (id, message, basis, suggestion).
_Pending: TypeAlias = tuple[str, int, int, Severity, str, tuple[str, str, str, str], str]


def _by_length_then_severity(f: _Pending) -> tuple[int, int]:
    return f[1] - f[2], -SEVERITY_RANK[f[3]]


def _by_position(f: _Pending) -> tuple[str, int, str]:
    return f[4], f[1], f[0]


def _dedupe(findings: list[_Pending]) -> list[_Pending]:
    """Within a category keep one finding per overlapping cluster: the longest, then most severe.

    The kept spans of one (category, field) never overlap each other, so they are marked in a byte
    map of positions and each new span is tested against the marks of its own positions only."""
    if len(findings) < 2:
        return findings
    if len(findings) <= 8:
        return _dedupe_few(findings)
    ordered = sorted(findings, key=_by_length_then_severity)
    size = max(f[2] for f in findings) + 1
    taken: dict[tuple[str, str], bytearray] = {}
    empty: dict[tuple[str, str], list[int]] = {}  # kept zero-length spans (a pattern could match ""), by key
    kept: list[_Pending] = []
    for f in ordered:
        start, end = f[1], f[2]
        key = (f[0], f[4])
        marks = taken.get(key)
        if marks is None:
            marks = taken[key] = bytearray(size)
        if end > start:
            clash = marks.find(1, start, end) != -1 or any(start < p < end for p in empty.get(key, ()))
        else:  # an empty span clashes with a kept span strictly around it (rare: test them all)
            clash = any((k[0], k[4]) == key and k[1] < start < k[2] for k in kept)
        if clash:
            continue
        kept.append(f)
        if end > start:
            marks[start:end] = b"\x01" * (end - start)
        else:
            empty.setdefault(key, []).append(start)
    return sorted(kept, key=_by_position)


def _dedupe_few(findings: list[_Pending]) -> list[_Pending]:
    """``_dedupe`` for a handful of findings (most posts): each against the kept ones of its key, no byte maps."""
    kept: list[_Pending] = []
    for f in sorted(findings, key=_by_length_then_severity):
        category, start, end, _, field, _, _ = f
        for k in kept:
            if k[0] != category or k[4] != field:
                continue
            if end > start:  # a kept span overlapping it, or a kept empty span strictly inside it
                if (k[1] < end and start < k[2]) if k[2] > k[1] else start < k[1] < end:
                    break
            elif k[1] < start < k[2]:  # an empty span inside a kept span
                break
        else:
            kept.append(f)
    return sorted(kept, key=_by_position)


class LexiconDetector:
    """Banned terms, co-occurrences and patterns from the ruleset's lexicon section."""

    name = "lexicon"
    version = "1.0.0"
    # Linear, no model, deadline checkpoints in its loops: the engine runs it on the calling thread (app/engine.py).
    inline = True
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
                    from app.detectors.lexicon_cache import load_index

                    index = load_index(ruleset)
                    # Keep a handful of versions: the active one and those being dry-run.
                    if len(self._indexes) >= 4:
                        self._indexes.pop(next(iter(self._indexes)))
                    self._indexes[key] = index
        return index

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        index = self.index(ctx.ruleset)
        pending: list[_Pending] = []
        for field_name in FIELDS:  # Post.fields() without its generator
            if not getattr(post, field_name):
                continue
            checkpoint()  # past the engine's deadline: stop here (app/deadline.py)
            # The automaton holds the hand-listed variants and the homophones of each term; spellings
            # in pinyin or initials (wen赚不赔, jk告知) are rewritten to the term (app/readings.py).
            norm = ctx.normalized(field_name, readings=True)
            pending.extend(self._field_findings(index, norm, field_name, post.channel))
        checkpoint()
        name, make, kept = self.name, span_finding, _dedupe(pending)  # make: Finding(...), built faster
        return [
            make(category, start, end, original[start:end], name, rule_id, severity, message, basis, suggestion, field)
            for category, start, end, severity, field, (rule_id, message, basis, suggestion), original in kept
        ]

    def _field_findings(
        self, index: LexiconIndex, norm: NormalizedText, field_name: str, channel: str | None
    ) -> list[_Pending]:
        out: list[_Pending] = []
        hits = index.scan(norm.text, channel)
        if not hits:
            return out
        text, original = norm.text, norm.original
        quoted = index.quote_re is not None and index.quote_re.search(text) is not None
        marks = _QuoteMarks(text, index.education.quotes) if quoted else None
        downgrade_to, window, cue_re = index.education.downgrade_to, index.education.window, index.cue_re
        spans = norm.spans_to_original([(h[1], h[2]) for h in hits]) if norm.maps else None
        rule_info = index.rule_info
        cue_search = cue_re.search if cue_re is not None else None
        for n, (rule_no, h_start, h_end, _) in enumerate(hits):
            if n % 256 == 0:
                checkpoint()
            texts, category, severity, exempt = rule_info[rule_no]
            # Educational use: the hit is inside a quotation pair (marks: the field's quote positions, so
            # O(log n) per hit), or a warning cue sits within the education window around it.
            if (quoted and not exempt and marks is not None and marks.inside(h_start, h_end)) or (
                cue_search is not None
                and cue_search(text, h_start - window if h_start > window else 0, h_end + window) is not None
            ):
                severity = downgrade_to
            if spans is not None:
                h_start, h_end = spans[n]
            out.append((category, h_start, h_end, severity, field_name, texts, original))
        return out
