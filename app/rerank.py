"""A learned second look at every finding in its post: is this flag right here? (issue 10, item 3)

The detectors and the hand-written context cues (app/detectors/claims/context.py) propose findings; this stage
scores each one with a logistic model over what a reviewer looks at: the category and the rule, which detectors
agree and what the context cues decided, the phrase itself, a few characters either side of it, whether it sits
in a question, a quotation or a Q&A post, and the post's shape (channel, length, how many other flags it has).
It was trained on whole labelled posts by writers outside the rule work (scripts/train_rerank.py), so it learns
which proposals reviewers would accept from their context, instead of one more hand cue per failure.

A finding scored under its category's ``drop_at`` becomes ``info`` (unless its sentence is the author's own sales
voice: then it stays, and goes to review) (kept when a caller asks for info findings,
never counted in the verdict); under ``review_below`` a high one is capped at medium, so it goes to review.
Findings of a rule the model never saw in training (one compliance added since) are left as they are. The
window features skip whitespace, so a poster's text read by OCR, with its own line breaks, scores as typed.
Features are hashed (CRC-32) into a fixed-size weight vector stored as a numpy array: no pickles, linear in the
post, a few microseconds per finding.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

from app.detectors.base import Finding, Post
from app.taxonomy import SEVERITY_RANK, Severity

__all__ = ["RerankModel", "RerankSettings", "agreed", "finding_features", "own_voice", "rerank"]

_WINDOW = 10  # characters of context either side of the phrase
_SENTENCE_END = frozenset("。！？!?；;\n")
_QUOTES_OPEN = frozenset("「“\"『‘《")
_QUOTES_CLOSE = frozenset("」”\"』’》")
_QA = ("问：", "问:", "Q：", "Q:", "答：", "答:", "A：", "A:")
# The author speaking for their own product, or addressing the reader to buy: promotion, not information.
_OWN_VOICE = ("我们", "我家", "找我", "私信", "这款", "本款", "咨询我", "加我", "我这", "赶紧", "抓紧")
_YOU = ("你", "您", "大家", "宝子", "姐妹", "朋友们")
_OTHERS = ("有人", "有的", "某些", "一些", "据", "报道", "记者", "监管", "通报", "处罚", "不要", "别信", "警惕")
_LENGTHS = (2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64)
_POST_LENGTHS = (60, 120, 200, 300, 450, 700, 1000, 1500)


class RerankSettings(BaseModel):
    """Ruleset data (detectors/claims.yaml ``rerank``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = False
    drop_at: float = Field(default=0.0, ge=0.0, le=1.0, description="below this probability a finding becomes info")
    category_drop_at: dict[str, float] = Field(default_factory=dict)
    review_below: float = Field(
        default=0.0, ge=0.0, le=1.0, description="below this, a high finding is capped at medium"
    )
    skip: list[str] = Field(default_factory=list, description="categories the model never judges")
    keep_agreed: bool = Field(
        default=False,
        description="a finding two detectors agree on, in a sentence the context stage read as asserted, goes to "
        "review when the model doubts it, never to info",
    )


def _bucket(n: int, edges: Sequence[int]) -> int:
    for i, edge in enumerate(edges):
        if n <= edge:
            return i
    return len(edges)


def _left(text: str, start: int, n: int) -> str:
    """The ``n`` characters before ``start``, whitespace skipped: a poster read by OCR breaks its lines and drops
    its spaces where the typed text did not, and the same words must score the same."""
    out: list[str] = []
    i, lo = start, max(0, start - 4 * n)
    while i > lo and len(out) < n:
        i -= 1
        if not text[i].isspace():
            out.append(text[i])
    return "".join(reversed(out))


def _right(text: str, end: int, n: int) -> str:
    out: list[str] = []
    i, hi = end, min(len(text), end + 4 * n)
    while i < hi and len(out) < n:
        if not text[i].isspace():
            out.append(text[i])
        i += 1
    return "".join(out)


def _grams(prefix: str, s: str, out: list[str]) -> None:
    out.extend(f"{prefix}1{ch}" for ch in s)
    out.extend(f"{prefix}2{s[i:i + 2]}" for i in range(len(s) - 1))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 200)
    s = start
    while s > lo and text[s - 1] not in _SENTENCE_END:
        s -= 1
    hi = min(len(text), end + 200)
    e = end
    while e < hi and text[e] not in _SENTENCE_END:
        e += 1
    return s, e


@dataclass(frozen=True, slots=True)
class PostShape:
    """What every finding of one post shares."""

    features: tuple[str, ...]
    qa: bool


def post_shape(post: Post, findings: Sequence[Finding]) -> PostShape:
    text = post.text
    qa = any(marker in text for marker in _QA)
    cats = {f.category for f in findings}
    feats = (
        f"ch={post.channel or '-'}",
        f"ct={post.content_type}",
        f"plen={_bucket(len(text) - sum(ch.isspace() for ch in text), _POST_LENGTHS)}",
        f"nf={_bucket(len(findings), (1, 2, 3, 5, 8, 12))}",
        f"ncat={min(len(cats), 6)}",
        f"qa={qa}",
    )
    return PostShape(feats, qa)


def finding_features(f: Finding, post: Post, shape: PostShape, findings: Sequence[Finding]) -> list[str]:
    """The hashed model's feature names for one finding (category-conjoined where the meaning depends on it)."""
    c = f.category
    detectors = {f.detector, *(e.split(":", 1)[0] for e in f.evidence if ":" in e)}
    out = [
        f"c={c}",
        f"c={c}|d={f.detector}",
        f"c={c}|r={f.rule_id}",
        f"c={c}|x={f.context or '-'}",
        f"c={c}|cf={round(f.confidence * 10)}",
        f"c={c}|sev={f.severity}",
        f"c={c}|agree={len(detectors)}",
        f"c={c}|fld={f.field}",
    ]
    out.extend(f"c={c}|{p}" for p in shape.features)
    text = (getattr(post, f.field, None) or "") if f.field in ("text", "title") else ""
    if f.start is None or f.end is None or not text:
        out.append(f"c={c}|postlevel")
        others = sum(1 for g in findings if g is not f and g.start is not None)
        out.append(f"c={c}|others={min(others, 5)}")
        return out
    start, end = max(0, f.start), min(len(text), f.end)
    phrase = "".join(text[start:end].split())
    out.append(f"c={c}|len={_bucket(len(phrase), _LENGTHS)}")
    _grams("s", phrase, out)
    _grams(f"{c}|s", phrase, out)
    left, right = _left(text, start, _WINDOW), _right(text, end, _WINDOW)
    _grams("L", left, out)
    _grams("R", right, out)
    _grams(f"{c}|L", left[-4:], out)
    _grams(f"{c}|R", right[:4], out)
    s, e = _sentence(text, start, end)
    tail = text[end:e + 1]
    if "？" in tail or "?" in tail:
        out.append(f"c={c}|question_after")
    if any(ch in _QUOTES_OPEN for ch in text[s:start]) and any(ch in _QUOTES_CLOSE for ch in text[end:e]):
        out.append(f"c={c}|quoted")
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:line_start + 2]
    if head in ("问：", "问:", "Q：", "Q:"):
        out.append(f"c={c}|in_question_line")
    elif head in ("答：", "答:", "A：", "A:"):
        out.append(f"c={c}|in_answer_line")
    sentence = text[s:e]
    out.extend(f"c={c}|own={cue}" for cue in _OWN_VOICE if cue in sentence)
    if "我" in sentence and any(you in sentence for you in _YOU):  # the author addressing the reader
        out.append(f"c={c}|own=I-you")
    out.extend(f"c={c}|others={cue}" for cue in _OTHERS if cue in sentence)
    out.append(f"c={c}|pos={_bucket(100 * start // max(1, len(text)), (10, 30, 60, 90))}")
    same = sum(1 for g in findings if g.category == c and g is not f)
    out.append(f"c={c}|same={min(same, 4)}")
    return out


def hashed(names: Iterable[str], bits: int) -> list[int]:
    mask = (1 << bits) - 1
    return sorted({zlib.crc32(n.encode("utf-8")) & mask for n in names})


FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class RerankModel:
    weights: FloatArray
    bias: float
    bits: int
    # The rules whose findings it was trained on; a rule compliance adds later is not the model's to judge (empty:
    # no record, every rule judged).
    rules: frozenset[str] = frozenset()

    def judges(self, rule_id: str) -> bool:
        return not self.rules or rule_id in self.rules

    def probability(self, names: Iterable[str]) -> float:
        z = self.bias + float(self.weights[hashed(names, self.bits)].sum())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path) -> RerankModel:
        with np.load(path, allow_pickle=False) as data:
            weights = np.asarray(data["weights"], dtype=np.float64)
            rules = frozenset(str(r) for r in data["rules"]) if "rules" in data.files else frozenset()
            return cls(weights, float(data["bias"]), int(data["bits"]), rules)

    def save(self, path: Path, meta: dict[str, Any] | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, weights=self.weights.astype(np.float32), bias=np.float64(self.bias),
                            bits=np.int64(self.bits), rules=np.array(sorted(self.rules), dtype=np.str_))


def default_model_path() -> Path:
    return Path(str(resources.files("app") / "data" / "rerank" / "model.npz"))


@lru_cache(maxsize=4)
def load_model(path: str = "") -> RerankModel | None:
    p = Path(path) if path else default_model_path()
    return RerankModel.load(p) if p.exists() else None


def own_voice(names: Iterable[str]) -> bool:
    """The finding's sentence is the author's own sales voice (这款, 找我, 抓紧, 我 … 你 …): the model may send it
    to review when unsure, never set it aside: a learned filter must not wave through 「这款即将停售，抓紧」."""
    return any("|own=" in n for n in names)


def agreed(names: Iterable[str]) -> bool:
    """Two detectors found the phrase (the lexicon and the classifier) and the context stage read its sentence as
    asserted: the model may doubt it, but not set it aside (投保就返现金五百 must stay in front of a reviewer)."""
    names = list(names)
    asserted = any(n.endswith("|x=asserted") for n in names)
    return asserted and any(n.rsplit("|agree=", 1)[-1].isdigit() and int(n.rsplit("|agree=", 1)[-1]) >= 2
                            for n in names if "|agree=" in n)


def rerank(findings: Sequence[Finding], post: Post, settings: RerankSettings,
           model: RerankModel | None = None) -> list[Finding]:
    """Each finding with the model's probability as its confidence; unlikely ones demoted (see module doc)."""
    if not settings.enabled or not findings:
        return list(findings)
    model = model or load_model()
    if model is None:
        return list(findings)
    shape = post_shape(post, findings)
    skip = set(settings.skip)
    out: list[Finding] = []
    for f in findings:
        if f.category in skip or f.severity is Severity.INFO or not model.judges(f.rule_id):
            out.append(f)
            continue
        names = finding_features(f, post, shape, findings)
        p = model.probability(names)
        severity: Severity = f.severity
        reason = f.context
        kept = own_voice(names) or (settings.keep_agreed and agreed(names))
        if p < settings.category_drop_at.get(f.category, settings.drop_at) and not kept:
            severity, reason = Severity.INFO, f"learned:unlikely({f.context or 'asserted'})"
        elif p < settings.review_below and SEVERITY_RANK[severity] > SEVERITY_RANK[Severity.MEDIUM]:
            severity = Severity.MEDIUM
        out.append(replace(f, confidence=round(p, 4), severity=severity, context=reason))
    return out
