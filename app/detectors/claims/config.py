"""The claims detector's settings (detectors/claims.yaml) and their compiled form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import re2
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.detectors.claims.context import CompiledContext, ContextSettings, compile_context
from app.taxonomy import Severity


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CategorySettings(_Strict):
    threshold: float = Field(default=0.5, ge=0.0, le=1.0, description="calibrated probability to report")
    split: bool = Field(
        default=False, description="span: clause: one finding per clause holding cues (else one from first to last)"
    )
    severity: Severity
    message: str
    basis: str
    suggestion: str


class ScopeSettings(_Strict):
    factor: float = Field(default=0.25, ge=0.0, le=1.0, description="multiplier when a scope cue is present")
    all: list[str] = Field(default_factory=list, description="RE2 cues applying to every category")
    categories: dict[str, list[str]] = Field(default_factory=dict, description="RE2 cues per category")
    quoted_factor: float = Field(default=0.25, ge=0.0, le=1.0)
    carry: bool = Field(
        default=True,
        description="an ``all`` cue in the title, or in a lead-in ending with a colon, frames what follows",
    )
    quotes: list[str] = Field(default_factory=list, description="two-character open/close pairs")

    @field_validator("quotes")
    @classmethod
    def _pairs(cls, v: list[str]) -> list[str]:
        if any(len(q) != 2 for q in v):
            raise ValueError("each quote entry is an opening and a closing character")
        return v


class ClaimsConfig(_Strict):
    span: Literal["sentence", "clause"] = Field(
        default="sentence", description="report the whole sentence, or only the clauses holding the cue phrases"
    )
    cue_share: float = Field(
        default=0.3, gt=0.0, le=1.0, description="an n-gram is a cue phrase when it adds this share of the top one"
    )
    min_chars: int = Field(default=5, ge=1, description="shorter sentences are left to the lexicon")
    clause_split_chars: int = Field(default=40, ge=0, description="longer sentences are also scored by clause")
    clause_support: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="split categories: a clause is reported on its own only when the clause alone scores this "
        "share of the category threshold (0: every clause holding strong cues); when none does, one span covers them",
    )
    clause_join_chars: int = Field(
        default=0,
        ge=0,
        description="split categories: neighbouring reported clauses of one sentence become one finding while the "
        "joined span stays within this many characters (0: never join); one claim told in two clauses is one finding",
    )
    scope: ScopeSettings = Field(default_factory=ScopeSettings)
    categories: dict[str, CategorySettings] = Field(default_factory=dict)
    context: ContextSettings = Field(default_factory=ContextSettings, description="context decisions (context.py)")


def _alternation(patterns: list[str]) -> Any:
    return re2.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@dataclass(frozen=True, slots=True)
class CompiledClaims:
    config: ClaimsConfig
    scope_all: Any
    scope_by_category: dict[str, Any]
    quote_pairs: tuple[tuple[str, str], ...]
    context: CompiledContext  # compiled here too, so a draft ruleset with a bad context cue fails validation

    def scope_factor(self, category: str, sentence: str) -> tuple[float, str | None]:
        """The multiplier scope/negation cues in ``sentence`` apply to ``category`` (1.0: none), and the
        context it stands for: ``warning`` (a cue for every category) or ``negated`` (the category's own)."""
        for regex, label in ((self.scope_all, "warning"), (self.scope_by_category.get(category), "negated")):
            if regex is not None and regex.search(sentence):
                return self.config.scope.factor, label
        return 1.0, None

    def frames(self, text: str) -> bool:
        """True when ``text`` carries one of the scope cues that apply to every category."""
        return self.scope_all is not None and self.scope_all.search(text) is not None

    def quoted(self, sentence: str, spans: list[tuple[int, int]]) -> bool:
        """True when every span lies between an opening and a closing quotation mark."""
        if not spans or not any(o in sentence for o, _ in self.quote_pairs):
            return False
        inside = [False] * len(sentence)
        for opening, closing in self.quote_pairs:
            start: int | None = None
            for i, ch in enumerate(sentence):
                if start is not None and ch == closing:
                    inside[start + 1 : i] = [True] * (i - start - 1)
                    start = None
                elif ch == opening:
                    start = i
        return all(all(inside[s:e]) for s, e in spans)


def compile_claims(raw: dict[str, Any]) -> CompiledClaims:
    """Validate the raw settings mapping and compile its cue patterns (raises on a bad one)."""
    config = ClaimsConfig.model_validate(raw)
    by_category = {c: _alternation(ps) for c, ps in config.scope.categories.items()}
    pairs = tuple((q[0], q[1]) for q in config.scope.quotes)
    return CompiledClaims(config, _alternation(config.scope.all), by_category, pairs, compile_context(config.context))
