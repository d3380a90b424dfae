"""Settings of the sentiment detector (app/rules/default/detectors/sentiment.yaml, ``config:``)."""

from __future__ import annotations

from threading import Lock

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.ruleset import Ruleset
from app.taxonomy import Severity

REASON_CLASSES = ("claims_dispute", "sales_misconduct", "service", "fraud_accusation", "product")


class SentimentConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    threshold: float = Field(default=0.5, gt=0.0, lt=1.0, description="model probability that flags")
    severity: Severity = Severity.MEDIUM
    escalation_severity: Severity = Field(
        default=Severity.MEDIUM, description="severity when an escalation cue (投诉到监管, 曝光) is present"
    )
    reasons: dict[str, list[str]] = Field(
        default_factory=dict, description="reason class -> cue words; the class with most cues wins"
    )
    escalation_cues: list[str] = Field(default_factory=list, description="threats to escalate publicly")
    clause_span_min_chars: int = Field(
        default=80, ge=1, description="texts longer than this report the worst clause, not the whole text"
    )
    message: str = "负面舆情：{reason_label}（{reason}，风险分 {score:.2f}）"
    reason_labels: dict[str, str] = Field(default_factory=dict)
    basis: str = ""
    suggestion: str = ""

    @field_validator("reasons", "reason_labels")
    @classmethod
    def _known_reasons(cls, v: dict[str, object]) -> dict[str, object]:
        unknown = set(v) - set(REASON_CLASSES)
        if unknown:
            raise ValueError(f"unknown reason classes {sorted(unknown)}; known: {list(REASON_CLASSES)}")
        return v


_cache: dict[str, SentimentConfig] = {}
_lock = Lock()


def load_sentiment_config(ruleset: Ruleset) -> SentimentConfig:
    """The validated config for ``ruleset`` (cached by checksum: rulesets are immutable)."""
    key = ruleset.checksum
    with _lock:
        if key not in _cache:
            _cache[key] = SentimentConfig.model_validate(ruleset.detector_config("sentiment"))
        return _cache[key]
