"""Alert rules (the ruleset's ``alerts:`` list, validated here) and their evaluation against a new mention.

Two kinds: ``burst`` (at least ``min_count`` negative mentions scoring ``min_score`` or more about one
account / post / reason within ``window_minutes``) and ``keyword_spike`` (one mention at or above
``min_score`` that names an escalation word: 投诉, 曝光, 媒体, 12378 ...). A rule that fires yields a
``Trigger``; app.services.incidents turns it into an incident (one live incident per rule and group).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import RulesetInvalid
from app.models import Mention
from app.ruleset import Ruleset
from app.taxonomy import Severity
from app.text import normalize, normalize_term

GroupBy = Literal["account", "post_ref", "reason"]
_GROUP_COLUMN = {"account": Mention.account_id, "post_ref": Mention.post_ref, "reason": Mention.reason}
NO_GROUP = "(none)"
MAX_LINKED = 200  # mentions looked up (and linked to a new burst incident) at most


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$", max_length=100)
    enabled: bool = True
    description: str = ""
    group_by: GroupBy = "account"
    min_score: float = Field(default=0.5, ge=0.0, le=1.0, description="negative score a mention needs to count")
    severity: Severity = Severity.MEDIUM
    target_minutes: int | None = Field(default=None, ge=1, description="handling target; else the service's")


class BurstRule(_Rule):
    kind: Literal["burst"]
    min_count: int = Field(ge=2, le=100_000)
    window_minutes: int = Field(ge=1, le=7 * 24 * 60)


class KeywordSpikeRule(_Rule):
    kind: Literal["keyword_spike"]
    words: list[str] = Field(min_length=1)
    severity: Severity = Severity.HIGH

    @field_validator("words")
    @classmethod
    def _no_blank(cls, v: list[str]) -> list[str]:
        if any(not w.strip() for w in v):
            raise ValueError("blank word")
        return v


AlertRule = BurstRule | KeywordSpikeRule
_ADAPTER: TypeAdapter[list[AlertRule]] = TypeAdapter(list[Annotated[AlertRule, Field(discriminator="kind")]])


def parse_alert_rules(raw: list[dict[str, object]]) -> tuple[AlertRule, ...]:
    """Validated rules; RulesetInvalid naming the offending rule otherwise."""
    try:
        rules = _ADAPTER.validate_python(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RulesetInvalid(f"alerts.{where}: {first['msg']}") from exc
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RulesetInvalid(f"alerts: duplicate rule id {rule.id}")
        seen.add(rule.id)
    return tuple(rules)


_PARSED: dict[str, tuple[AlertRule, ...]] = {}


def alert_rules(ruleset: Ruleset) -> tuple[AlertRule, ...]:
    """The ruleset's enabled alert rules, parsed once per ruleset checksum."""
    rules = _PARSED.get(ruleset.checksum)
    if rules is None:
        rules = parse_alert_rules(ruleset.alerts)
        if len(_PARSED) > 32:  # a few versions live at once; old ones need not stay
            _PARSED.clear()
        _PARSED[ruleset.checksum] = rules
    return tuple(r for r in rules if r.enabled)


@lru_cache(maxsize=64)
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalize_term(w) for w in words)


def group_value(mention: Mention, group_by: GroupBy) -> str | None:
    value: str | None = {"account": mention.account_id, "post_ref": mention.post_ref,
                         "reason": mention.reason}[group_by]
    return value or None


@dataclass(frozen=True, slots=True)
class Trigger:
    rule: AlertRule
    group_key: str
    mention_ids: tuple[str, ...]  # the mentions that made it fire (the new one last)
    count: int
    matched: tuple[str, ...] = ()  # keyword_spike: which words (rule data, never post content)


def keyword_hits(rule: KeywordSpikeRule, text: str) -> tuple[str, ...]:
    """The rule's words present in ``text`` after normalisation (full-width, traditional, spacing)."""
    folded = normalize(text).text
    return tuple(w for w, f in zip(rule.words, _folded(tuple(rule.words)), strict=True) if f and f in folded)


def evaluate(*, session: Session, mention: Mention, text: str,
             rules: tuple[AlertRule, ...]) -> list[Trigger]:
    """The rules this freshly stored mention fires (``text`` is its raw text, used here and not kept)."""
    triggers: list[Trigger] = []
    for rule in rules:
        if not mention.negative or mention.score < rule.min_score:
            continue
        value = group_value(mention, rule.group_by)
        if isinstance(rule, KeywordSpikeRule):
            if words := keyword_hits(rule, text):
                triggers.append(Trigger(rule, value or NO_GROUP, (mention.id,), 1, words))
            continue
        if value is None:  # a burst about nobody in particular is no burst
            continue
        column = _GROUP_COLUMN[rule.group_by]
        since = mention.created_at - timedelta(minutes=rule.window_minutes)
        ids = list(session.scalars(
            select(Mention.id).where(column == value, Mention.negative.is_(True), Mention.score >= rule.min_score,
                                     Mention.created_at >= since, Mention.created_at <= mention.created_at)
            .order_by(Mention.created_at.desc()).limit(max(rule.min_count, MAX_LINKED))))
        if len(ids) >= rule.min_count:
            earlier = [i for i in reversed(ids) if i != mention.id]
            triggers.append(Trigger(rule, value, (*earlier, mention.id), len(ids)))
    return triggers
