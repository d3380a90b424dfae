"""Ruleset versions: draft, validate, diff, dry-run, publish (atomic), roll back; default import."""

from __future__ import annotations

import hashlib
import json
from collections import Counter as Tally  # app.models.Counter is the epoch row
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from app.detectors.base import DetectContext, Post
from app.engine import Engine
from app.errors import (
    ConfirmationRequired,
    Conflict,
    InvalidInput,
    NotFound,
    PostguardError,
    RulesetInvalid,
    RulesetNotUtf8,
    RulesetTampered,
)
from app.models import AuditEvent, Counter, RulesetVersion
from app.models.base import utcnow
from app.patterns import compile_safe
from app.ruleset import Ruleset, load_default_ruleset, load_pack_dir, parse_ruleset
from app.services.audit import append_events, new_event
from app.services.ruleset_impact import coverage_problems
from app.taxonomy import Severity

EPOCH = "ruleset_epoch"
NOTIFY_CHANNEL = "postguard_rulesets"


def parse_document(document: str | bytes | dict[str, Any] | Path) -> Ruleset:
    """A Ruleset from YAML/JSON text, a mapping, or a file / pack directory; RulesetInvalid otherwise."""
    try:
        if isinstance(document, Path):
            return parse_ruleset(load_pack_dir(document) if document.is_dir() else document.read_bytes())
        return parse_ruleset(document)
    except ValidationError as exc:
        errors = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in exc.errors()[:20]]
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors[:5])
        raise RulesetInvalid(f"ruleset does not match the schema: {detail}", errors=errors) from exc
    except yaml.YAMLError as exc:
        raise RulesetInvalid(f"the document is not valid YAML/JSON: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise RulesetNotUtf8(f"the document is not UTF-8 text: invalid byte at offset {exc.start}") from exc
    except ValueError as exc:  # a document that is not a mapping, a rule with two kinds, ...
        raise RulesetInvalid(str(exc)) from exc
    except OSError as exc:
        raise InvalidInput(f"cannot read the document: {exc.strerror or exc}: {exc.filename}") from exc


def validate_ruleset(ruleset: Ruleset, engine: Engine) -> list[str]:
    """Problems that forbid publishing: unsafe patterns, rules whose own examples fail, unknown detectors."""
    problems: list[str] = []
    for name, settings in ruleset.detectors.items():
        if settings.enabled and name not in engine.registry:
            problems.append(f"detector {name!r} is enabled but not installed")
    problems.extend(_config_problems(ruleset, engine))
    problems.extend(coverage_problems(ruleset, engine.registry))
    broken: set[str] = set()
    for rule in ruleset.lexicon.rules:
        if rule.pattern is not None:
            try:
                compile_safe(rule.pattern)
            except PostguardError as exc:
                problems.append(f"rule {rule.id}: {exc.detail}")
                broken.add(rule.id)
    if "lexicon" not in engine.registry or not ruleset.lexicon.rules:
        return problems
    detector = engine.registry.get("lexicon")
    doc = ruleset.model_dump(mode="json", exclude={"version"})
    for rule, raw in zip(ruleset.lexicon.rules, doc["lexicon"]["rules"], strict=True):
        if rule.id in broken:
            continue
        # Each rule runs alone (with the pack's negation, education and variants), so an overlapping
        # longer hit from a neighbouring rule cannot hide it; education-downgraded hits do not count.
        alone = Ruleset.model_validate({**doc, "lexicon": {**doc["lexicon"], "rules": [raw]}})
        for kind, examples in (("hit", rule.examples.hit), ("miss", rule.examples.miss)):
            for example in examples:
                post = Post(text=example, channel=rule.channels[0] if rule.channels else None)
                found = detector.detect(post, DetectContext(ruleset=alone, post=post))
                hit = any(f.rule_id == rule.id and f.severity != Severity.INFO for f in found)
                if hit != (kind == "hit"):
                    verb = "does not flag" if kind == "hit" else "flags"
                    problems.append(f"rule {rule.id} {verb} its own {kind} example {example!r}")
    return problems


def _config_problems(ruleset: Ruleset, engine: Engine) -> list[str]:
    """Alert rules and every enabled detector's settings must load: each detector runs once on a probe
    post under the draft (detectors validate and compile their config on first use)."""
    from app.services.alerts import parse_alert_rules

    problems: list[str] = []
    try:
        parse_alert_rules(ruleset.alerts)
    except PostguardError as exc:
        problems.append(exc.detail)
    for name, settings in ruleset.detectors.items():
        if not settings.enabled or name not in engine.registry:
            continue
        content_type = settings.content_types[0] if settings.content_types else "article"
        probe = Post(text="配置校验：这是一条用于检查规则配置的文字。", content_type=content_type)
        try:
            engine.registry.get(name).detect(probe, DetectContext(ruleset=ruleset, post=probe))
        except Exception as exc:  # any failure here is the draft's config, reported, never published
            problems.append(f"detector {name!r} rejects its settings: {type(exc).__name__}: {str(exc)[:300]}")
    return problems


def ruleset_of(version: RulesetVersion) -> Ruleset:
    """The stored version as a Ruleset; RulesetTampered when its content no longer matches its checksum."""
    # create_draft stores the canonical JSON the checksum was computed from, so the two must agree.
    if hashlib.sha256(version.content.encode()).hexdigest() != version.checksum:
        raise RulesetTampered(f"ruleset version {version.number}: the stored content does not match its checksum "
                              f"{version.checksum[:12]}; it was changed outside postguard")
    return parse_ruleset(json.loads(version.content)).with_version(version.number)


def verified_ruleset(*, session: Session, version: RulesetVersion) -> Ruleset:
    """``ruleset_of`` plus the audit trail: a checksum rewritten along with the content still differs from
    the one the hash-chained audit log recorded when this version was last published or rolled back to."""
    ruleset = ruleset_of(version)
    event = session.scalars(select(AuditEvent).where(AuditEvent.kind.in_(("ruleset.publish", "ruleset.rollback")),
                                                     AuditEvent.ruleset_version == version.number)
                            .order_by(AuditEvent.seq.desc()).limit(1)).first()
    audited = json.loads(event.payload).get("checksum") if event is not None else None
    if audited is not None and audited != version.checksum:
        raise RulesetTampered(f"ruleset version {version.number}: checksum {version.checksum[:12]} differs from "
                              f"{audited[:12]} recorded in the audit log when it was published")
    return ruleset


def get_version(*, session: Session, number: int) -> RulesetVersion:
    version = session.get(RulesetVersion, number)
    if version is None:
        raise NotFound(f"no ruleset version {number}")
    return version


def list_versions(*, session: Session) -> list[RulesetVersion]:
    return list(session.scalars(select(RulesetVersion).order_by(RulesetVersion.number.desc())))


def published_version(*, session: Session) -> RulesetVersion | None:
    return session.scalars(select(RulesetVersion).where(RulesetVersion.status == "published")).first()


def create_draft(*, session: Session, ruleset: Ruleset, author: str, notes: str = "") -> RulesetVersion:
    """Store ``ruleset`` as a new draft version (the caller commits)."""
    number = (session.scalar(select(func.max(RulesetVersion.number))) or 0) + 1
    doc = ruleset.model_dump(mode="json", exclude={"version"})
    version = RulesetVersion(number=number, name=ruleset.name, status="draft", content=json.dumps(
        doc, ensure_ascii=False, sort_keys=True), checksum=ruleset.checksum, author=author, notes=notes,
        created_at=utcnow())
    session.add(version)
    session.flush()
    return version


def _bump_epoch(session: Session) -> int:
    session.execute(update(Counter).where(Counter.name == EPOCH).values(value=Counter.value + 1))
    value = session.scalar(select(Counter.value).where(Counter.name == EPOCH)) or 0
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"NOTIFY {NOTIFY_CHANNEL}"))  # delivered at commit
    return value


@dataclass(frozen=True)
class Gate:
    """What publishing (or rolling back) requires: ``confirm`` must be given when the impact says so; the
    impact's dry-run re-checks the newest ``sample`` archived posts, and more than ``max_share`` changed
    verdicts needs a confirmation (Settings.ruleset_impact_sample / ruleset_confirm_share)."""

    confirm: bool = False
    sample: int = 200
    max_share: float = 0.05


def _make_live(session: Session, version: RulesetVersion, *, actor: str, kind: str,
               impact: dict[str, Any] | None = None, confirmed: bool = False) -> RulesetVersion:
    # Lock the counter row first: two concurrent publishes serialise here.
    session.execute(select(Counter).where(Counter.name == EPOCH).with_for_update()).scalar_one()
    now = utcnow()
    current = published_version(session=session)
    previous = current.number if current else None
    if impact is not None and impact["from_version"] != previous:
        raise Conflict(f"version {previous} was published meanwhile; the impact shown compared with version "
                       f"{impact['from_version']}: look at the impact again")
    if current is not None and current.number != version.number:
        current.status, current.retired_at = "retired", now
    version.status, version.published_at, version.retired_at = "published", now, None
    session.flush()
    epoch = _bump_epoch(session)
    payload: dict[str, Any] = {"previous": previous, "epoch": epoch, "checksum": version.checksum}
    if impact is not None:  # what was shown, and whether someone confirmed it
        dry = impact["dry_run"] or {}
        payload.update(confirmed=confirmed, reasons=impact["reasons"],
                       dry_run={k: dry.get(k) for k in ("checked", "changed", "moves")})
    append_events(session, [new_event(kind, actor=actor, ruleset_name=version.name, ruleset_version=version.number,
                                      payload=json.dumps(payload, ensure_ascii=False))])
    return version


def _gated(session: Session, version: RulesetVersion, target: Ruleset, *, engine: Engine, gate: Gate,
           actor: str, kind: str) -> tuple[RulesetVersion, dict[str, Any]]:
    from app.services.ruleset_impact import impact as impact_of

    live = published_version(session=session)
    base, refused = None, None
    if live is not None:
        try:
            base = verified_ruleset(session=session, version=live)
        except RulesetTampered as exc:  # replacing a tampered version must stay possible: it is the way out
            refused = exc.detail
    impact = impact_of(session=session, engine=engine, target=target, base=base, sample=gate.sample,
                       max_share=gate.max_share)
    if refused is not None:
        impact.update(from_version=live.number if live else None, confirmation_required=True)
        impact["reasons"].insert(0, f"no diff: {refused}")
    if impact["confirmation_required"] and not gate.confirm:
        raise ConfirmationRequired(
            f"version {version.number} {'; '.join(impact['reasons'])}: look at the impact and confirm", impact=impact)
    return _make_live(session, version, actor=actor, kind=kind, impact=impact, confirmed=gate.confirm), impact


def publish_version(*, session: Session, number: int, actor: str, engine: Engine, gate: Gate = Gate()
                    ) -> tuple[RulesetVersion, dict[str, Any]]:
    """Validate a draft, show its impact against the published version, and publish it (the old one is
    retired in the same transaction); ConfirmationRequired (with the impact) when the gate asks for it."""
    version = get_version(session=session, number=number)
    if version.status != "draft":
        raise Conflict(f"version {number} is {version.status}; only drafts are published (use rollback)")
    target = ruleset_of(version)
    if problems := validate_ruleset(target, engine):
        raise RulesetInvalid(f"version {number} fails validation: {problems[0]}", errors=problems)
    return _gated(session, version, target, engine=engine, gate=gate, actor=actor, kind="ruleset.publish")


def rollback_target(*, session: Session, to: int | None) -> RulesetVersion:
    """``to`` if it is retired, else the version published most recently before the current one."""
    if to is None:
        target = session.scalars(select(RulesetVersion).where(RulesetVersion.status == "retired")
                                 .order_by(RulesetVersion.published_at.desc()).limit(1)).first()
        if target is None:
            raise Conflict("no earlier published version to roll back to")
        return target
    target = get_version(session=session, number=to)
    if target.status != "retired":
        raise Conflict(f"version {to} is {target.status}; rollback goes to a previously published version")
    return target


def rollback(*, session: Session, actor: str, engine: Engine, to: int | None = None, gate: Gate = Gate()
             ) -> tuple[RulesetVersion, dict[str, Any]]:
    """Re-publish a retired version: ``to``, or the one published most recently before the current. Its
    impact is gated like a publish (rolling back can remove rules too)."""
    target = rollback_target(session=session, to=to)
    ruleset = verified_ruleset(session=session, version=target)
    return _gated(session, target, ruleset, engine=engine, gate=gate, actor=actor, kind="ruleset.rollback")


def ensure_published(*, session: Session, actor: str = "bootstrap") -> RulesetVersion | None:
    """If nothing was ever published, import the packaged default pack as a published version."""
    if published_version(session=session) is not None:
        return None
    version = create_draft(session=session, ruleset=load_default_ruleset(), author=actor,
                           notes="packaged default rule pack, imported on first upgrade")
    return _make_live(session, version, actor=actor, kind="ruleset.publish")


def epoch(*, session: Session) -> int:
    return session.scalar(select(Counter.value).where(Counter.name == EPOCH)) or 0


def dry_run(*, session: Session, engine: Engine, ruleset: Ruleset, limit: int) -> dict[str, Any]:
    """Re-check the last ``limit`` archived posts under ``ruleset`` and count the verdicts that change.

    Only what the stored text can show is compared (app/services/replay.py): posts without text, and PII
    categories of redacted posts, are counted as not (or partly) comparable and said so in ``notes``."""
    from app.services.replay import NOTES, Baselines, compare
    from app.taxonomy import ContentType

    # A version not served yet builds its lazy state (the lexicon index of its rules, ...) on its first check,
    # inside the detector deadline: on a busy machine that alone can pass it, and the first post would count
    # as a degraded (changed) verdict. Built first, outside any deadline, as a hot reload does.
    engine.warm(ruleset, [c.value for c in ContentType], observed=False)
    events = session.scalars(select(AuditEvent).where(AuditEvent.kind == "check")
                             .order_by(AuditEvent.seq.desc()).limit(limit))
    baselines = Baselines(session)
    comparisons = [compare(event, engine=engine, ruleset=ruleset, baselines=baselines) for event in events]
    compared = [c for c in comparisons if c.comparable]
    changed = [c for c in compared if c.changed]
    moves = Tally(f"{c.before['verdict']}->{c.after['verdict']}" for c in changed)
    not_comparable = Tally(c.not_compared[0] for c in comparisons if not c.comparable)
    partly = Tally(key for c in compared for key in c.not_compared)
    notes = [f"{n} of {len(comparisons)} post(s) {NOTES[key]}" for key, n in sorted((not_comparable + partly).items())]
    examples = [{"audit_id": c.audit_id, "before": c.before["verdict"], "after": c.after["verdict"],
                 "before_version": c.recorded["ruleset_version"], "rules": c.after["rules"], "basis": c.basis,
                 "not_compared": c.not_compared} for c in changed[:100]]
    return {"scanned": len(comparisons), "checked": len(compared), "changed": len(changed),
            "share": round(len(changed) / len(compared), 4) if compared else 0.0, "moves": dict(moves),
            "by_basis": dict(Tally(c.basis for c in compared)), "not_comparable": dict(not_comparable),
            "partly_compared": dict(partly), "notes": notes, "examples": examples}
