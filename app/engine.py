"""The check pipeline: run the ruleset's enabled detectors, post-process, apply the policy."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from app.deadline import Deadline, DetectorTimeout, running_until
from app.detectors.base import DetectContext, Detector, Finding, Post
from app.detectors.registry import Registry
from app.policy import decide, risk_score
from app.postprocess import drop_info, judge_context, merge, rerank_findings
from app.ruleset import Ruleset
from app.taxonomy import Verdict

log = logging.getLogger("postguard.engine")
# Touches every detector's paths (terms, numbers, a name-like token, a claim); never audited or logged.
_WARM_TIMEOUT_S = 120.0
_WARM_TEXT = "今天给大家讲讲重疾险和医疗险的区别，王先生的保单号是P20240001，电话13800000000，收益稳定，欢迎咨询。"


@dataclass(frozen=True, slots=True)
class DetectorRun:
    name: str
    version: str
    elapsed_ms: float
    status: str = "ok"  # ok | error | timeout


@dataclass(frozen=True, slots=True)
class CheckResult:
    verdict: Verdict
    score: float
    findings: list[Finding]
    ruleset_name: str
    ruleset_version: int
    runs: list[DetectorRun] = field(default_factory=list)
    elapsed_ms: float = 0.0

    @property
    def degraded(self) -> list[str]:
        return [r.name for r in self.runs if r.status != "ok"]

    @property
    def detector_versions(self) -> dict[str, str]:
        return {r.name: r.version for r in self.runs}


class Engine:
    """Runs detectors from a registry against posts under a given ruleset. Thread-safe."""

    def __init__(
        self, registry: Registry, *, max_workers: int = 64, concurrent: bool = True, max_computing: int | None = None
    ) -> None:
        """``concurrent=False`` runs every detector on the calling thread, one after the other, for batch work
        (``scan``, ``rescan``): there the pool only adds threads that contend for the interpreter lock across
        cores (measured: one ``scan`` worker checked at about half speed unless pinned to one core), and every
        detector still stops at its next deadline checkpoint. The service keeps the pool, so a detector stuck
        outside Python cannot hold a request."""
        self.registry = registry
        self.concurrent = concurrent
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="detector")
        # ``max_computing``: at most this many checks compute at once; callers beyond it wait for a slot. The
        # detectors are Python under one GIL: eight checks computing side by side take longer each than eight
        # in turn (every GIL hand-over between them is a context switch and cold caches), measured at about a
        # third more server CPU per check (docs/performance.md). A check's deadline starts once it has its slot;
        # the audit write and OCR happen outside it, so they still overlap. None: no limit (batch engines).
        self._computing = threading.BoundedSemaphore(max_computing) if max_computing else None
        # Called with every result (the service's metrics); an observer that fails never fails a check.
        self.observers: list[Callable[[CheckResult], None]] = []

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def warm(self, ruleset: Ruleset, content_types: Collection[str], *, observed: bool = True) -> None:
        """Check a sample post per content type so that lazy work (the ruleset's lexicon index, detector
        configs, tokeniser dictionaries) is done before the first real request, not during it.
        ``observed=False``: the sample checks are not handed to the observers (metrics) either."""
        warmed: set[tuple[str, ...]] = set()
        for content_type in content_types:
            post = Post(text=_WARM_TEXT, title="保险小知识", content_type=content_type)
            names = tuple(self.enabled(ruleset, post))
            if names not in warmed:  # content types with the same detectors warm the same paths
                warmed.add(names)
                # Lazy loads can outlast a request's deadline on a cold, busy machine, and a detector
                # stops at its first checkpoint past the deadline: give them time to finish here.
                self._run_all(names, post, DetectContext(ruleset=ruleset, post=post), _WARM_TIMEOUT_S)
                self.check(post, ruleset, observed=observed)

    def enabled(self, ruleset: Ruleset, post: Post, only: Collection[str] | None = None) -> list[str]:
        """Names of the detectors the ruleset enables for this post's content type, in ruleset order."""
        names = []
        for name, settings in ruleset.detectors.items():
            if not settings.enabled or (only is not None and name not in only):
                continue
            if settings.content_types and post.content_type not in settings.content_types:
                continue
            names.append(name)
        return names

    def check(
        self,
        post: Post,
        ruleset: Ruleset,
        *,
        only: Collection[str] | None = None,
        include_info: bool = False,
        observed: bool = True,
        extra_runs: Sequence[DetectorRun] = (),
    ) -> CheckResult:
        """``extra_runs``: stages that ran before the detectors (OCR); one that failed degrades the answer."""
        if self._computing is None:
            return self._check(post, ruleset, only, include_info, observed, extra_runs)
        with self._computing:
            return self._check(post, ruleset, only, include_info, observed, extra_runs)

    def _check(
        self,
        post: Post,
        ruleset: Ruleset,
        only: Collection[str] | None,
        include_info: bool,
        observed: bool,
        extra_runs: Sequence[DetectorRun],
    ) -> CheckResult:
        started = time.perf_counter()
        ctx = DetectContext(ruleset=ruleset, post=post)
        names = self.enabled(ruleset, post, only)
        findings, runs = self._run_all(names, post, ctx, ruleset.policy.detector_timeout_ms / 1000)
        runs = [*extra_runs, *runs]
        findings = merge(judge_context(findings, ctx), names)  # claim findings judged in context first
        findings = rerank_findings(findings, ctx)  # then the learned second look, when enabled
        reported = findings if include_info else drop_info(findings)
        degraded = any(r.status != "ok" for r in runs)
        result = CheckResult(
            verdict=decide(reported, ruleset.policy, degraded=degraded),
            score=risk_score(reported),
            findings=reported,
            ruleset_name=ruleset.name,
            ruleset_version=ruleset.version,
            runs=runs,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 3),
        )
        for observe in self.observers if observed else ():  # replays (dry-run, recheck) are not checks
            try:
                observe(result)
            except Exception as exc:
                log.error("observer_error", extra={"error": type(exc).__name__})
        return result

    def _run_all(
        self, names: Sequence[str], post: Post, ctx: DetectContext, timeout_s: float
    ) -> tuple[list[Finding], list[DetectorRun]]:
        """Run every detector and wait for each up to one shared deadline.

        Detectors run in the pool, so one that hangs or overruns cannot hold the request: it is reported
        as timed out and the others' findings still count. The exception are detectors that run inline
        (``inline = True`` or ``inline_for(ctx)``: the lexicon, disclosure, brand, claims and sentiment
        detectors, and PII with its CRF name model): linear in their input, a deadline checkpoint in every
        loop, nothing that blocks outside Python. On a loaded server each pool hop costs two GIL hand-overs
        per detector per check, measurably more than running them in turn (docs/performance.md), so they run
        on the calling thread (a worker thread of the service, never its event loop) while the pool runs the
        others. Past the deadline they stop at their next checkpoint and are reported as timed out exactly
        like pooled ones. Every detector runs under the same deadline (app/deadline.py) and stops at its next
        checkpoint past it, so a timed-out detector does not keep its pool thread busy after the answer."""
        deadline = Deadline.after(timeout_s)
        futures: dict[str, Future[tuple[list[Finding], float]]] = {}
        inline: list[str] = []
        for name in names:
            if name in self.registry:
                detector = self.registry.get(name)
                if not self.concurrent or runs_inline(detector, ctx):
                    inline.append(name)
                else:
                    futures[name] = self._pool.submit(_timed, detector, post, ctx, deadline)
        done: dict[str, tuple[list[Finding], float] | BaseException] = {}
        for name in inline:  # while the pool works on the others
            try:
                done[name] = _timed(self.registry.get(name), post, ctx, deadline)
            except Exception as exc:
                done[name] = exc
        findings: list[Finding] = []
        runs: list[DetectorRun] = []
        for name in names:
            future = futures.get(name)
            if future is None and name not in done:
                log.error("detector_missing", extra={"detector": name})
                runs.append(DetectorRun(name, "missing", 0.0, "error"))
                continue
            version = self.registry.get(name).version
            try:
                if future is None:
                    outcome = done[name]
                    if isinstance(outcome, BaseException):
                        raise outcome
                    found, ms = outcome
                else:
                    found, ms = future.result(timeout=max(0.0, deadline.remaining()))
                findings.extend(found)
                runs.append(DetectorRun(name, version, ms))
            except (FutureTimeout, DetectorTimeout):
                if future is not None:
                    future.cancel()  # if it has not started yet, it never will
                log.warning("detector_timeout", extra={"detector": name})
                runs.append(DetectorRun(name, version, timeout_s * 1000, "timeout"))
            except Exception as exc:  # a broken detector degrades the answer, never a 500
                log.error("detector_error", extra={"detector": name, "error": type(exc).__name__})
                runs.append(DetectorRun(name, version, 0.0, "error"))
        return findings, runs


def runs_inline(detector: Detector, ctx: DetectContext) -> bool:
    """Whether ``detector`` runs on the calling thread for this check: its ``inline_for(ctx)`` when it has one
    (a detector whose cost depends on its configuration, such as PII's name model), else its ``inline``."""
    inline_for = getattr(detector, "inline_for", None)
    if callable(inline_for):
        return bool(inline_for(ctx))
    return getattr(detector, "inline", False) is True


def _timed(detector: Detector, post: Post, ctx: DetectContext, deadline: Deadline) -> tuple[list[Finding], float]:
    started = time.perf_counter()
    with running_until(deadline):  # the detector's checkpoints raise DetectorTimeout past it
        found = detector.detect(post, ctx)
    return found, round((time.perf_counter() - started) * 1000, 3)
