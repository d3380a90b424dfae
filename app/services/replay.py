"""Re-running archived posts under another ruleset (dry-run, recheck, publish impact), compared honestly.

What can be compared depends on what the audit log kept of the text (``store_text``):

- ``full``: the text and title as sent. The new verdict is compared with the recorded one.
- ``redacted``: the text with personal information masked (张**, 138****5678), no title. Comparing a
  re-check of the masked text with the recorded verdict would report every PII finding as gone
  (``review -> pass``) although no rule changed. So both sides are re-run on the same stored text: the
  post's own ruleset version (the baseline) and the new one. Where the recorded findings show that
  something was masked, the PII categories are left out of both sides: the stored text cannot show them.
  Title findings are never compared (no title is kept).
- ``none`` (or no text kept): not comparable at all.

A post that had images (the ``ocr`` stage ran) is compared like a redacted one, whatever the policy: its
images are not kept, so the recorded verdict (which their text helped decide) cannot be compared with a
re-check of the text alone; both sides are re-run on the stored text instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.detectors.base import Account, Post
from app.engine import Engine
from app.errors import RulesetTampered
from app.models import AuditEvent, RulesetVersion
from app.policy import decide
from app.ruleset import Ruleset
from app.taxonomy import PII_CATEGORIES

PII = frozenset(c.value for c in PII_CATEGORIES)
NOTES = {
    "no_stored_text": "kept no text (store_text=none, or redacted without the PII detector): not re-checked",
    "version_unavailable": "its ruleset version is not in the database (or fails its checksum): no baseline to re-run",
    "pii_masked": "stored redacted with personal information masked: pii_* categories are not compared, the "
                  "others are compared by re-running the post's own version on the same masked text",
    "title_not_stored": "stored redacted, which keeps no title: title findings are not compared",
    "images_not_replayed": "the post had images: their text is not re-read, so both sides are re-run on the stored "
                           "text alone and findings in the images are not compared",
}


@dataclass
class Comparison:
    """One archived post under a baseline and a new ruleset; ``comparable`` False means nothing was compared."""

    audit_id: str
    comparable: bool
    basis: str = ""  # "recorded" (full text) | "replayed" (both sides re-run on the stored text)
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    not_compared: list[str] = field(default_factory=list)  # NOTES keys
    recorded: dict[str, Any] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return self.comparable and self.before.get("verdict") != self.after.get("verdict")

    def as_dict(self) -> dict[str, Any]:
        return {"audit_id": self.audit_id, "comparable": self.comparable, "basis": self.basis,
                "before": self.before, "after": self.after, "recorded": self.recorded,
                "not_compared": self.not_compared, "changed": self.changed,
                "notes": [NOTES[k] for k in self.not_compared]}


class Baselines:
    """The rulesets archived posts were checked under, loaded once per version (None: not stored)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[str | None, int | None], Ruleset | None] = {}

    def get(self, name: str | None, number: int | None) -> Ruleset | None:
        from app.services.rulesets import ruleset_of

        key = (name, number)
        if key not in self._cache:
            version = self.session.get(RulesetVersion, number) if number else None
            try:
                ok = version is not None and version.name == name
                self._cache[key] = ruleset_of(version) if ok and version is not None else None
            except RulesetTampered:  # a baseline that fails its checksum is no baseline
                self._cache[key] = None
        return self._cache[key]


def _findings(event: AuditEvent) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(event.findings)
    return found


def _run(engine: Engine, post: Post, ruleset: Ruleset, exclude: frozenset[str]) -> dict[str, Any]:
    result = engine.check(post, ruleset, observed=False)  # a replay is not a check: no metrics
    kept = [f for f in result.findings if f.category not in exclude]
    verdict = decide(kept, ruleset.policy, degraded=bool(result.degraded))
    return {"verdict": str(verdict), "ruleset_version": ruleset.version, "rules": sorted({f.rule_id for f in kept})}


def compare(event: AuditEvent, *, engine: Engine, ruleset: Ruleset, baselines: Baselines) -> Comparison:
    """``event`` (a check) re-run under ``ruleset``, against the fairest baseline its stored text allows."""
    recorded = {"verdict": event.verdict, "ruleset_version": event.ruleset_version,
                "rules": sorted({f["rule_id"] for f in _findings(event)})}
    if event.stored_text is None:
        return Comparison(event.id, False, recorded=recorded, not_compared=["no_stored_text"])
    post = Post(text=event.stored_text, title=event.stored_title, channel=event.channel,
                content_type=event.content_type or "article", account=Account(id=event.account_id))
    had_images = "ocr" in json.loads(event.detectors or "{}")
    if event.text_policy == "full" and not had_images:
        result = engine.check(post, ruleset, observed=False)
        after = {"verdict": str(result.verdict), "ruleset_version": ruleset.version,
                 "rules": sorted({f.rule_id for f in result.findings})}
        return Comparison(event.id, True, "recorded", recorded, after, recorded=recorded)
    baseline = baselines.get(event.ruleset_name, event.ruleset_version)
    if baseline is None:
        return Comparison(event.id, False, recorded=recorded, not_compared=["version_unavailable"])
    masked = event.text_policy != "full" and any(f["category"] in PII and f.get("field", "text") == "text"
                                                 for f in _findings(event))
    exclude = PII if masked else frozenset()
    not_compared = (["pii_masked"] if masked else []) + (["title_not_stored"] if event.text_policy != "full" else [])
    not_compared += ["images_not_replayed"] if had_images else []
    return Comparison(event.id, True, "replayed", _run(engine, post, baseline, exclude),
                      _run(engine, post, ruleset, exclude), not_compared, recorded)
