"""Context decisions for claim findings: is the flagged phrase asserted, or asked, explained, reported?

Every located claim finding (from the lexicon or the classifier) is judged in its sentence and its post:

* speech act: a question (问：… / a clause ending in ？), an explanation or definition (不等于, 是指),
  reported speech or talk about others (据报道, 有人说, 有的代理人), an ordinary call to action
  (点击文末小程序投保, without a benefit) ... each with a confidence factor;
* whose voice: the author promoting their own product (我们家, 找我, 这款) cancels the reported-speech and
  genre discounts (an agent retelling 「客户说」 and then promising is still promising);
* genre of the post: news, notice, recruiting (counted cue hits over the whole post), with per-category
  factors (a news item about falling deposit rates is not a deposit comparison).

``confidence`` = base (the classifier's calibrated score, or the detector's base confidence) x the
smallest applicable factor. Below the category's ``report_at`` the finding is dropped; below
``block_at`` it is capped at medium severity so that the policy sends it to review. All cues and
numbers are ruleset data (detectors/claims.yaml ``context``); patterns are RE2 (linear time).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from threading import Lock
from typing import Any

import re2
from pydantic import BaseModel, ConfigDict, Field

from app.detectors.base import DetectContext, Finding
from app.rerank import RerankSettings
from app.taxonomy import CLAIM_CATEGORIES, SEVERITY_RANK, Category, Severity

__all__ = ["ContextSettings", "judge_findings", "learned_settings"]

# Categories whose findings are judged in context (the classifier's seven, the lexicon's claim-like ones).
JUDGED = frozenset(
    {*CLAIM_CATEGORIES, Category.AD_ABSOLUTE.value, Category.CONFIDENTIAL_INFO.value, Category.MISSING_DISCLOSURE.value}
)
_SENTENCE_BREAK = frozenset("。！？!?；;\n❗‼⁉❕")
_CLAUSE_BREAK = frozenset("，,；;：:")
_MAX_SENTENCE = 300  # look no further than this for a sentence boundary (keeps the stage linear)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActSettings(_Strict):
    """One speech act: RE2 cues on the finding's sentence (``before``: only in the part before the phrase)."""

    name: str = Field(min_length=1, max_length=40)
    factor: float = Field(ge=0.0, le=1.0)
    patterns: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list, description="cues counted only before the phrase")
    unless: list[str] = Field(default_factory=list, description="a match anywhere in the sentence cancels the act")
    categories: list[str] = Field(default_factory=list, description="categories it applies to; empty: all")
    detectors: list[str] = Field(default_factory=list, description="detectors whose findings it judges; empty: all")
    own_voice_cancels: bool = Field(default=False, description="the author's own promotion in the sentence cancels it")


class GenreSettings(_Strict):
    name: str = Field(min_length=1, max_length=40)
    patterns: list[str]
    min_hits: int = Field(default=2, ge=1, description="cue matches in title + text needed")
    factors: dict[str, float] = Field(default_factory=dict, description="category -> confidence factor")


class ContextSettings(_Strict):
    enabled: bool = True
    base_confidence: dict[str, float] = Field(
        default_factory=lambda: {"lexicon": 0.9, "disclosure": 0.9},
        description="detector -> confidence of an unqualified finding (the classifier uses its score)",
    )
    report_at: float = Field(default=0.5, ge=0.0, le=1.0, description="drop a finding whose confidence is lower")
    block_at: float = Field(default=0.8, ge=0.0, le=1.0, description="below this, at most medium (review)")
    category_report_at: dict[str, float] = Field(default_factory=dict)
    category_block_at: dict[str, float] = Field(default_factory=dict)
    own_voice: list[str] = Field(default_factory=list, description="the author promoting their own product")
    not_promotion: list[str] = Field(
        default_factory=list, description="cues of a post that advises or reports, not sells (own_voice overrides)"
    )
    not_promotion_factor: float = Field(
        default=1.0, ge=0.0, le=1.0, description="post-level findings (missing_disclosure) in such a post"
    )
    acts: list[ActSettings] = Field(default_factory=list)
    genres: list[GenreSettings] = Field(default_factory=list)
    learned: RerankSettings = Field(default_factory=RerankSettings, description="the learned re-ranker (app/rerank.py)")


def _alternation(patterns: Sequence[str]) -> Any:
    return re2.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@dataclass(frozen=True, slots=True)
class _Act:
    settings: ActSettings
    anywhere: Any
    before: Any
    unless: Any
    categories: frozenset[str]
    detectors: frozenset[str]


@dataclass(frozen=True, slots=True)
class CompiledContext:
    settings: ContextSettings
    own_voice: Any
    acts: tuple[_Act, ...]
    genres: tuple[tuple[GenreSettings, Any], ...]
    any_cue: Any  # every act's cues in one pattern: most sentences have none, and one search says so
    not_promotion: Any

    def genre(self, text: str) -> GenreSettings | None:
        """The first genre whose cues match at least ``min_hits`` times in ``text``."""
        for genre, regex in self.genres:
            for hits, _ in enumerate(regex.finditer(text), start=1):
                if hits >= genre.min_hits:
                    return genre
        return None

    def act(self, category: str, sentence: str, at: int, end: int, detector: str = "") -> tuple[str, float]:
        """The speech act of the phrase at [at, end) of ``sentence``: (label, factor); ("asserted", 1.0) if none."""
        label, factor = "asserted", 1.0
        if self.any_cue is None or (self.any_cue.search(sentence) is None and not _clause_is_question(sentence, end)):
            return label, factor
        own: bool | None = None
        for act in self.acts:
            s = act.settings
            if (act.categories and category not in act.categories) or s.factor >= factor:
                continue
            if act.detectors and detector not in act.detectors:
                continue
            if not _question_or_match(act, sentence, at, end):
                continue
            if act.unless is not None and act.unless.search(sentence):
                continue
            if s.own_voice_cancels:
                if own is None:
                    own = self.own_voice is not None and self.own_voice.search(sentence) is not None
                if own:
                    continue
            label, factor = s.name, s.factor
        return label, factor

    def owned(self, sentence: str) -> bool:
        return self.own_voice is not None and self.own_voice.search(sentence) is not None


def _question_or_match(act: _Act, sentence: str, at: int, end: int) -> bool:
    """The act's cues match (``question`` also: the phrase's own clause ends with a question mark)."""
    if act.settings.name == "question":
        if _clause_is_question(sentence, end):
            return True
        # 问：/ 有人问 opens a question only up to its question mark: 「有人问我……，我跟大家说……」 answers
        if "？" not in sentence[end:] and "?" not in sentence[end:]:
            return act.before is not None and act.before.search(sentence[:at]) is not None
    if act.anywhere is not None and act.anywhere.search(sentence):
        return True
    return act.before is not None and act.before.search(sentence[:at]) is not None


def _clause_is_question(sentence: str, end: int) -> bool:
    """The phrase's clause ends its sentence with a question mark (no clause break in between)."""
    tail = sentence[end:].rstrip(" \t\r\n*”\"」』)）")
    return tail.endswith(("？", "?")) and not any(ch in _CLAUSE_BREAK for ch in tail)


def compile_context(settings: ContextSettings) -> CompiledContext:
    acts = tuple(
        _Act(a, _alternation(a.patterns), _alternation(a.before), _alternation(a.unless), frozenset(a.categories),
             frozenset(a.detectors))
        for a in settings.acts
    )
    genres = tuple((g, _alternation(g.patterns)) for g in settings.genres if g.patterns)
    # A ``before`` cue anchored at the phrase ($) may match anywhere in the whole sentence: drop the anchor.
    cues = [p for a in settings.acts for p in a.patterns]
    cues += [p.removesuffix("$") for a in settings.acts for p in a.before]
    own = _alternation(settings.own_voice)
    return CompiledContext(settings, own, acts, genres, _alternation(cues), _alternation(settings.not_promotion))


_cache: dict[str, CompiledContext] = {}
_lock = Lock()


def _compiled(ctx: DetectContext) -> CompiledContext:
    key = ctx.ruleset.checksum
    with _lock:
        found = _cache.get(key)
        if found is None:
            raw = ctx.detector_config("claims").get("context") or {}
            found = compile_context(ContextSettings.model_validate(raw))
            if len(_cache) >= 8:
                _cache.clear()
            _cache[key] = found
        return found


def sentence_breaks(text: str) -> list[int]:
    """Offsets just after each sentence-ending character of ``text`` (one pass)."""
    return [i + 1 for i, ch in enumerate(text) if ch in _SENTENCE_BREAK]


def sentence_of(text: str, breaks: list[int], start: int, end: int) -> tuple[int, int]:
    """[s, e) of the sentence holding [start, end), from ``sentence_breaks(text)``: the same answer as
    :func:`sentence_around`, in O(log n) per finding."""
    start, end = min(max(0, start), len(text)), min(max(0, end), len(text))
    k = bisect_right(breaks, start)
    s = breaks[k - 1] if k else 0
    s = max(s, start - _MAX_SENTENCE)
    k = bisect_left(breaks, end + 1) if end > start else bisect_right(breaks, end)
    while k < len(breaks) and breaks[k] <= end:
        k += 1
    e = breaks[k] if k < len(breaks) else len(text)
    # the end marks are included (a run such as ？！), a line break is not
    while e > end and e <= len(text) and text[e - 1] == "\n":
        e -= 1
    while e < len(text) and text[e] in _SENTENCE_BREAK and text[e] != "\n":
        e += 1
    return s, min(e, end + _MAX_SENTENCE)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """[s, e) of the sentence holding [start, end) in ``text``, its end mark included (bounded search)."""
    start, end = min(max(0, start), len(text)), min(max(0, end), len(text))  # a plug-in's offsets may be off
    lo = max(0, start - _MAX_SENTENCE)
    s = start
    while s > lo and text[s - 1] not in _SENTENCE_BREAK:
        s -= 1
    hi = min(len(text), end + _MAX_SENTENCE)
    e = end
    while e < hi and text[e] not in _SENTENCE_BREAK:
        e += 1
    while e < len(text) and text[e] in _SENTENCE_BREAK and text[e] != "\n":
        e += 1
    return s, e


def learned_settings(ctx: DetectContext) -> RerankSettings | None:
    """The re-ranker's settings of the ruleset's claims detector, or None when it has none."""
    if "claims" not in ctx.ruleset.detectors:
        return None
    return _compiled(ctx).settings.learned


def judge_findings(findings: Sequence[Finding], ctx: DetectContext) -> list[Finding]:
    """Each claim finding with its context, confidence and (where unsure) review severity; suppressed ones dropped."""
    if not any(f.category in JUDGED for f in findings):
        return list(findings)
    compiled = _compiled(ctx)
    if not compiled.settings.enabled:
        return list(findings)
    post = ctx.post
    whole = f"{post.title or ''}\n{post.text}"
    genre = compiled.genre(whole) if compiled.genres else None
    breaks: dict[str, list[int]] = {}
    out: list[Finding] = []
    for f in findings:
        if f.category not in JUDGED:
            out.append(f)
            continue
        text = getattr(post, f.field, None) or ""
        if f.field not in breaks:
            breaks[f.field] = sentence_breaks(text)
        judged = _judge(compiled, genre, f, text, breaks[f.field], whole)
        if judged is not None:
            out.append(judged)
    return out


def _judge(
    compiled: CompiledContext,
    genre: GenreSettings | None,
    f: Finding,
    text: str,
    breaks: list[int],
    ctx_post_text: str = "",
) -> Finding | None:
    cfg = compiled.settings
    base = f.score if f.detector == "claims" else cfg.base_confidence.get(f.detector, f.confidence)
    if f.context is not None:  # the detector decided already (a scope cue or quotation marks it discounted)
        label, factor, own = f.context, 1.0, False
    elif f.start is None or f.end is None:  # post-level: a risk statement is owed only by a post that sells
        label, factor, own = "asserted", 1.0, False
        advice = compiled.not_promotion is not None and compiled.not_promotion.search(ctx_post_text) is not None
        if advice and not compiled.owned(ctx_post_text):
            label, factor = "not_promotion", cfg.not_promotion_factor
    else:
        s, e = sentence_of(text, breaks, f.start, f.end)
        sentence = text[s:e]
        end = max(0, min(f.end, e) - s)
        # A classifier's span is the clause itself, so a framing cue (有人说, 据报道) may sit inside it.
        at = end if f.detector == "claims" else max(0, f.start - s)
        label, factor = compiled.act(f.category, sentence, at, end, f.detector)
        own = compiled.owned(sentence)
    if genre is not None and not own:
        g = genre.factors.get(f.category)
        if g is not None and g < factor:
            label, factor = genre.name, g
    confidence = round(base * factor, 4)
    if confidence < cfg.category_report_at.get(f.category, cfg.report_at):
        return None
    severity = f.severity
    if confidence < cfg.category_block_at.get(f.category, cfg.block_at) and SEVERITY_RANK[severity] > SEVERITY_RANK[
        Severity.MEDIUM
    ]:
        severity = Severity.MEDIUM
    return replace(f, confidence=confidence, context=label, severity=severity)
