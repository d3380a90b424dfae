"""What a Spark executor runs: posts in, one result row per post out, no Spark in sight.

The engine (detectors, models, lexicon index) costs seconds to build and is the same for every batch, so
each Python process builds it once per plan and keeps it in ``_CHECKERS`` (a module-level cache): PySpark
reuses its Python workers across tasks (``spark.python.worker.reuse``, on by default), so an executor
core pays for one engine, not one per task or per batch.

A row that cannot be checked (not JSON, no id, a field the API would refuse, a text over the limit, a
detector that throws on it) becomes a row with ``error`` set and the raw input kept, never an exception
that would fail the task and, after retries, the job.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from app.detectors.base import Finding
from app.engine import CheckResult, Engine
from app.ruleset import Ruleset, parse_ruleset
from app.schemas.check import CheckRequest
from app.taxonomy import ContentType

RAW_KEPT = 2_000  # characters of a bad row kept in the errors table: enough to find it, not a second archive

# The result schemas, as Spark DDL (mapInArrow's output) and as built by ``*_columns`` below.
FINDING_DDL = ("struct<category:string,rule_id:string,severity:string,detector:string,field:string,"
               "start:int,end:int,score:double,confidence:double,context:string,text:string>")
RESCAN_DDL = (f"id string, account string, channel string, branch string, content_type string, "
              f"content_sha256 string, ruleset_name string, ruleset_version int, verdict string, score double, "
              f"degraded array<string>, detectors string, elapsed_ms double, findings array<{FINDING_DDL}>, "
              f"error string, raw string")
COMPARE_DDL = ("id string, account string, channel string, branch string, content_type string, "
               "verdict_a string, verdict_b string, changed boolean, rules_a array<string>, rules_b array<string>, "
               "responsible array<string>, error string, raw string")


@dataclass(frozen=True, slots=True)
class Plan:
    """What every executor needs to check posts: the ruleset(s) as JSON (one for a rescan, A and B for a
    comparison) and the text limit. Small and picklable; the engine is built from it on the executor."""

    rulesets: tuple[str, ...]
    max_chars: int = 50_000

    @classmethod
    def of(cls, rulesets: Sequence[Ruleset], max_chars: int = 50_000) -> Plan:
        docs = (json.dumps({"version": r.version, "doc": r.model_dump(mode="json", exclude={"version"})},
                           ensure_ascii=False, sort_keys=True) for r in rulesets)
        return cls(tuple(docs), max_chars)

    @property
    def key(self) -> str:
        return hashlib.sha256(json.dumps([self.rulesets, self.max_chars]).encode()).hexdigest()


class PostChecker:
    """One engine (every detector the plan's rulesets enable) and the plan's rulesets."""

    def __init__(self, plan: Plan) -> None:
        from app.detectors.registry import discover

        self.rulesets: list[Ruleset] = []
        for text in plan.rulesets:
            item = json.loads(text)
            self.rulesets.append(parse_ruleset(item["doc"]).with_version(int(item["version"])))
        names = sorted({n for r in self.rulesets for n, s in r.detectors.items() if s.enabled})
        registry = discover(names)
        registry.load_models()
        # Tasks already run one per core: detector threads would only contend for the interpreter lock (and
        # the other tasks' CPUs), so every detector runs on the task's thread (app/engine.py).
        self.engine = Engine(registry, concurrent=False)
        # The detectors run one after the other under one deadline: lazy work (a ruleset's lexicon index, the
        # tokeniser's tables) is done here, once per executor, not inside the first post's deadline.
        for ruleset in self.rulesets:
            self.engine.warm(ruleset, [c.value for c in ContentType], observed=False)
        self.max_chars = plan.max_chars

    def check(self, req: CheckRequest, ruleset: Ruleset) -> CheckResult:
        from app.errors import InvalidInput
        from app.services.checks import to_post

        only = req.options.detectors
        if only is not None and (unknown := set(only) - set(ruleset.detectors)):
            raise InvalidInput(f"unknown detector(s) {sorted(unknown)}")
        post = to_post(req, max_chars=self.max_chars)
        return self.engine.check(post, ruleset, only=only, include_info=req.options.include_info, observed=False)


_CHECKERS: dict[str, PostChecker] = {}
_LOCK = threading.Lock()  # Spark may run a UDF's iterator on another thread of the same worker


def checker_for(plan: Plan) -> PostChecker:
    """The process's checker for ``plan``, built on first use and kept for every later batch and task."""
    with _LOCK:
        checker = _CHECKERS.get(plan.key)
        if checker is None:
            checker = _CHECKERS[plan.key] = PostChecker(plan)
        return checker


@dataclass(slots=True)
class Parsed:
    """One input row as far as it could be read (``error`` set when it cannot be checked)."""

    raw: str
    id: str | None = None
    branch: str | None = None
    req: CheckRequest | None = None
    error: str | None = None

    @property
    def account(self) -> str | None:
        return self.req.account.id if self.req is not None and self.req.account is not None else None

    @property
    def channel(self) -> str | None:
        return self.req.channel.value if self.req is not None and self.req.channel is not None else None

    @property
    def content_type(self) -> str | None:
        return self.req.content_type.value if self.req is not None else None


def parse(raw: str | None) -> Parsed:
    """A JSON object per row: a /v1/check body plus ``id`` (as for ``postguard scan``) and an optional
    ``branch`` (分支机构) that only the summary reads."""
    from app.cli.check import parse_object

    item = Parsed(raw=raw or "")
    try:
        obj: Any = json.loads(item.raw)
        if isinstance(obj, dict):
            branch = obj.pop("branch", None)
            item.branch = None if branch is None else str(branch)
            if "id" in obj:
                item.id = str(obj["id"])
            if obj.get("images"):  # OCR is a per-request stage of the service, and image paths mean nothing here
                raise ValueError("images are not checked by rescan (use postguard scan or /v1/check)")
        item.id, item.req = parse_object(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        item.error = f"invalid: {'.'.join(str(x) for x in first['loc'])}: {first['msg']}"
    except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
        item.error = f"invalid: {exc}"
    return item


def _finding_row(f: Finding) -> dict[str, Any]:
    # Personal information is what a rescan must not copy around: its matched text stays out of the output.
    text = None if f.category.startswith("pii_") else f.text
    return {"category": str(f.category), "rule_id": f.rule_id, "severity": str(f.severity), "detector": f.detector,
            "field": f.field, "start": f.start, "end": f.end, "score": round(f.score, 4),
            "confidence": round(f.confidence, 4), "context": f.context, "text": text}


def _digest(req: CheckRequest) -> str:
    """The post's content hash as the audit log computes it (app.services.spool.check_row)."""
    digest = hashlib.sha256(req.text.encode())
    if req.title:
        digest.update(b"\x00" + req.title.encode())
    return digest.hexdigest()


def _failure(exc: Exception) -> str:
    detail = getattr(exc, "detail", None) or str(exc)
    return f"{type(exc).__name__}: {detail}"[:500]


RESCAN_COLUMNS = ("id", "account", "channel", "branch", "content_type", "content_sha256", "ruleset_name",
                  "ruleset_version", "verdict", "score", "degraded", "detectors", "elapsed_ms", "findings",
                  "error", "raw")
COMPARE_COLUMNS = ("id", "account", "channel", "branch", "content_type", "verdict_a", "verdict_b", "changed",
                   "rules_a", "rules_b", "responsible", "error", "raw")


def rescan_rows(values: Iterable[str | None], plan: Plan) -> dict[str, list[Any]]:
    """Check each row under the plan's (only) ruleset: column name -> values, in RESCAN_COLUMNS order."""
    checker = checker_for(plan)
    ruleset = checker.rulesets[0]
    cols: dict[str, list[Any]] = {c: [] for c in RESCAN_COLUMNS}
    for raw in values:
        item = parse(raw)
        result: CheckResult | None = None
        if item.req is not None:
            try:
                result = checker.check(item.req, ruleset)
            except Exception as exc:  # one post that breaks a detector is that post's error, not the job's
                item.error = _failure(exc)
        row: dict[str, Any] = {"id": item.id, "account": item.account, "channel": item.channel,
                               "branch": item.branch, "content_type": item.content_type,
                               "ruleset_name": ruleset.name, "ruleset_version": ruleset.version}
        if result is not None and item.req is not None:
            row.update(content_sha256=_digest(item.req), verdict=str(result.verdict), score=result.score,
                       degraded=result.degraded, detectors=json.dumps(result.detector_versions, sort_keys=True),
                       elapsed_ms=result.elapsed_ms, findings=[_finding_row(f) for f in result.findings])
        else:
            row.update(error=item.error, raw=item.raw[:RAW_KEPT])
        for c in RESCAN_COLUMNS:
            cols[c].append(row.get(c))
    return cols


def _fired(result: CheckResult) -> set[tuple[str, str]]:
    return {(f.rule_id, str(f.severity)) for f in result.findings}


def compare_rows(values: Iterable[str | None], plan: Plan) -> dict[str, list[Any]]:
    """Check each row under ruleset A and ruleset B. ``responsible`` names the rules whose findings differ
    (fired under one version only, or at another severity): what moved the verdict when it changed."""
    checker = checker_for(plan)
    ruleset_a, ruleset_b = checker.rulesets[0], checker.rulesets[1]
    cols: dict[str, list[Any]] = {c: [] for c in COMPARE_COLUMNS}
    for raw in values:
        item = parse(raw)
        row: dict[str, Any] = {"id": item.id, "account": item.account, "channel": item.channel,
                               "branch": item.branch, "content_type": item.content_type}
        if item.req is not None:
            try:
                a, b = checker.check(item.req, ruleset_a), checker.check(item.req, ruleset_b)
                fired_a, fired_b = _fired(a), _fired(b)
                row.update(verdict_a=str(a.verdict), verdict_b=str(b.verdict), changed=a.verdict != b.verdict,
                           rules_a=sorted({r for r, _ in fired_a}), rules_b=sorted({r for r, _ in fired_b}),
                           responsible=sorted({r for r, _ in fired_a ^ fired_b}))
            except Exception as exc:
                item.error = _failure(exc)
        if item.error is not None:
            row.update(error=item.error, raw=item.raw[:RAW_KEPT])
        for c in COMPARE_COLUMNS:
            cols[c].append(row.get(c))
    return cols
