"""Request and response models of /v1/rulesets."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.base import RequestModel
from app.schemas.check import Problem
from app.taxonomy import Verdict


class RulesetVersionCreate(RequestModel):
    model_config = ConfigDict(extra="forbid")

    document: dict[str, Any] | str = Field(description="the ruleset as a JSON object, or YAML/JSON text")
    notes: str = Field(default="", max_length=5000)


class RulesetVersionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    name: str
    status: str
    checksum: str
    author: str
    notes: str
    created_at: datetime
    published_at: datetime | None
    retired_at: datetime | None


class RulesetVersionDetail(RulesetVersionRead):
    document: dict[str, Any]


class PublishRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    confirm: bool = Field(default=False, description="publish although the impact asks for a confirmation")


class FieldChange(BaseModel):
    """One value that differs between two versions."""

    model_config = ConfigDict(populate_by_name=True)

    old: Any = Field(alias="from", description="the value in the older version (null: absent)")
    new: Any = Field(alias="to", description="the value in the newer version (null: absent)")


class VersionRef(BaseModel):
    name: str = Field(description="the ruleset's name")
    version: int | None = Field(description="its version number (null for a ruleset not stored)")
    checksum: str = Field(description="SHA-256 of its canonical JSON")


class RulesetDiffRead(BaseModel):
    """What changes when version ``to`` replaces version ``from``."""

    model_config = ConfigDict(populate_by_name=True)

    old: VersionRef = Field(alias="from", description="the version compared from")
    new: VersionRef = Field(alias="to", description="the version compared to")
    identical: bool = Field(description="the two documents have the same checksum")
    rules_added: list[str] = Field(description="lexicon rule ids only in the newer version")
    rules_removed: list[str] = Field(description="lexicon rule ids only in the older version")
    rules_changed: dict[str, dict[str, FieldChange]] = Field(
        description="rule id -> field -> change, for rules in both versions that differ")
    sections_changed: dict[str, dict[str, Any]] = Field(
        description="top-level section -> field -> {from, to} (or the section's own {from, to} when it is not a "
                    "mapping): detectors, policy, coverage, the lexicon's settings, ...")


class DryRunExample(BaseModel):
    audit_id: str = Field(description="the archived check (GET /v1/verdicts/{audit_id})")
    before: Verdict = Field(description="its verdict as compared (recorded, or replayed under its own version)")
    after: Verdict = Field(description="its verdict under the draft")
    before_version: int | None = Field(description="the ruleset version that checked it")
    rules: list[str] = Field(description="the rules behind the draft's verdict")
    basis: Literal["recorded", "replayed"] = Field(
        description="recorded: compared with the stored verdict (full text); replayed: both versions re-ran on the "
                    "stored (redacted) text")
    not_compared: list[str] = Field(description="what this post's stored text cannot show (e.g. masked PII)")


class DryRunSummary(BaseModel):
    scanned: int = Field(default=0, description="archived checks looked at (the newest ``limit``)")
    checked: int = Field(description="of those, the ones whose stored text allows a comparison")
    changed: int
    share: float = Field(default=0.0, description="changed / checked")
    moves: dict[str, int]
    by_basis: dict[str, int] = Field(default_factory=dict, description="recorded (full text) / replayed (redacted)")
    not_comparable: dict[str, int] = Field(default_factory=dict, description="why posts were not compared")
    partly_compared: dict[str, int] = Field(default_factory=dict, description="what was left out of compared posts")
    notes: list[str] = Field(default_factory=list)
    examples: list[DryRunExample] = Field(description="posts whose verdict changes (at most 100; 10 in an impact)")


class DryRunRead(DryRunSummary):
    number: int = Field(description="the draft version dry-run")


class ImpactDiff(BaseModel):
    identical: bool
    rules_added: list[str]
    rules_removed: list[str]
    rules_changed: list[str] = Field(description="ids of rules that differ")
    sections_changed: list[str]
    detectors_disabled: list[str]
    categories_no_longer_checked: list[str]
    categories_newly_checked: list[str]


class RulesetImpact(BaseModel):
    """What a publish or rollback changes, and why it may need ``{"confirm": true}``."""

    from_version: int | None = Field(description="the version in service (null: none yet)")
    to_version: int | None = Field(description="the version being published")
    confirmation_required: bool
    reasons: list[str] = Field(description="why a confirmation is required (empty when it is not)")
    diff: ImpactDiff | None = Field(description="against the version in service; null when none is")
    dry_run: DryRunSummary | None = Field(description="null when POSTGUARD_RULESET_IMPACT_SAMPLE is 0")


class RulesetPublishRead(RulesetVersionRead):
    impact: RulesetImpact = Field(description="diff against the previous version, dry-run summary, reasons")


class RulesetValidationRead(BaseModel):
    number: int
    valid: bool
    problems: list[str]


class ConfirmationProblem(Problem):
    """409 ``confirmation_required``: the problem details plus the impact that calls for a confirmation."""

    impact: RulesetImpact = Field(description="send the request again with {\"confirm\": true} to go ahead")
