"""missing_disclosure: promoting a new-type life product without its required risk statement.

A post-level check. For each product type in the ruleset (分红 / 万能 / 投连 / 演示利益) it looks for a
trigger in the normalised post (title and text together); when one fires and none of that type's
satisfying statements is present anywhere in the post, it reports one finding for the type. A
generic sentence such as 保险有风险 does not satisfy a type; seen alone it lowers the severity.
Which products trigger and which statements satisfy are ruleset data (detectors/disclosure.yaml).
A product of the ruleset's catalogue (app/catalogue.py) whose type is one of these types triggers it too, so
a participating product named only by its short name (福满堂) still needs the participating statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from threading import Lock
from typing import Any

import re2
from pydantic import BaseModel, ConfigDict, Field

from app.deadline import checkpoint
from app.detectors.base import DetectContext, Finding, Post
from app.taxonomy import Category, Severity

# Exemption matches are blanked with a character no trigger contains, keeping offsets stable.
_BLANK = "\u25a1"


class ProductTypeConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    severity: Severity
    triggers: list[str] = Field(min_length=1, description="RE2 patterns that mark the product type")
    exemptions: list[str] = Field(default_factory=list, description="RE2 patterns blanked before triggers")
    satisfied_by: list[str] = Field(min_length=1, description="RE2 patterns of the required statement")
    message: str
    basis: str
    suggestion: str


class DisclosureConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    not_promotion: list[str] = Field(default_factory=list, description="posts that explain, not promote")
    generic_statements: list[str] = Field(default_factory=list)
    generic_severity: Severity = Severity.LOW
    product_types: dict[str, ProductTypeConfig] = Field(default_factory=dict)


class _Patterns:
    """One alternation per list, so each list costs one linear-time scan."""

    def __init__(self, patterns: list[str]) -> None:
        self._regex: Any = re2.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    def search(self, text: str) -> Any:
        return self._regex.search(text) if self._regex is not None else None

    def blank(self, text: str) -> str:
        if self._regex is None:
            return text
        return str(self._regex.sub(lambda m: _BLANK * len(m.group(0)), text))


@dataclass(frozen=True, slots=True)
class _CompiledType:
    name: str
    config: ProductTypeConfig
    triggers: _Patterns
    exemptions: _Patterns
    satisfied_by: _Patterns


@dataclass(frozen=True, slots=True)
class _Compiled:
    config: DisclosureConfig
    not_promotion: _Patterns
    generic: _Patterns
    types: tuple[_CompiledType, ...]


def compile_config(raw: dict[str, Any]) -> _Compiled:
    """Validate a raw config mapping and compile its patterns (raises on a bad pattern)."""
    config = DisclosureConfig.model_validate(raw)
    types = tuple(
        _CompiledType(
            name=name,
            config=pt,
            triggers=_Patterns(pt.triggers),
            exemptions=_Patterns(pt.exemptions),
            satisfied_by=_Patterns(pt.satisfied_by),
        )
        for name, pt in config.product_types.items()
    )
    return _Compiled(config, _Patterns(config.not_promotion), _Patterns(config.generic_statements), types)


@dataclass(frozen=True, slots=True)
class MissingStatement:
    """One product type promoted without its statement; ``trigger`` is the normalised cue."""

    product_type: str
    severity: Severity
    trigger: str


def find_missing(text: str, compiled: _Compiled, named: dict[str, str] | None = None) -> list[MissingStatement]:
    """Product types whose trigger fires in normalised ``text`` with no satisfying statement; ``named`` maps a
    product type to the catalogue product the post names (a trigger of its own)."""
    if compiled.not_promotion.search(text):
        return []
    generic_only = compiled.generic.search(text) is not None
    out: list[MissingStatement] = []
    for ptype in compiled.types:
        trigger = ptype.triggers.search(ptype.exemptions.blank(text))
        cue = str(trigger.group(0)) if trigger is not None else (named or {}).get(ptype.name)
        if cue is None or ptype.satisfied_by.search(text):
            continue
        severity = compiled.config.generic_severity if generic_only else ptype.config.severity
        out.append(MissingStatement(ptype.name, severity, cue))
    return out


def _named_types(post: Post, ctx: DetectContext) -> dict[str, str]:
    """Product type -> ``catalogue:<official name>`` of the first catalogue product of that type the post names."""
    if not ctx.ruleset.catalogue.products:
        return {}
    from app.catalogue import scan_field

    named: dict[str, str] = {}
    for name, _ in post.fields():
        for mention in scan_field(ctx, name)[0]:
            named.setdefault(mention.product.type.value, f"catalogue:{mention.product.name}")
    return named


class DisclosureDetector:
    """Post-level ``missing_disclosure`` from the ruleset's product-type rules."""

    name = "disclosure"
    version = "1.0.0"
    # Linear, no model, deadline checkpoints in its loops: the engine runs it on the calling thread (app/engine.py).
    inline = True
    categories = frozenset({Category.MISSING_DISCLOSURE.value})

    def __init__(self) -> None:
        self._cache: dict[str, _Compiled] = {}
        self._lock = Lock()

    def load(self) -> None:
        """Nothing to load: the rules come with each ruleset."""

    def _compiled(self, ctx: DetectContext) -> _Compiled:
        key = ctx.ruleset.checksum
        with self._lock:
            if key not in self._cache:
                if len(self._cache) >= 8:  # rulesets change rarely; keep the memo small
                    self._cache.clear()
                self._cache[key] = compile_config(ctx.detector_config(self.name))
            return self._cache[key]

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        compiled = self._compiled(ctx)
        if not compiled.types:
            return []
        checkpoint()  # past the engine's deadline: stop here (app/deadline.py)
        text = "\n".join(ctx.normalized(name).text for name, _ in post.fields())
        checkpoint()
        findings: list[Finding] = []
        for missing in find_missing(text, compiled, _named_types(post, ctx)):
            pt = compiled.config.product_types[missing.product_type]
            findings.append(
                Finding(
                    category=Category.MISSING_DISCLOSURE.value,
                    start=None,
                    end=None,
                    text=None,
                    detector=self.name,
                    rule_id=f"disclosure.{missing.product_type}",
                    severity=missing.severity,
                    message=pt.message,
                    basis=pt.basis,
                    suggestion=pt.suggestion,
                    evidence=(missing.trigger,),
                )
            )
        return findings
