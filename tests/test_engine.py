from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.lexicon import LexiconDetector
from app.detectors.registry import Registry
from app.engine import Engine
from app.errors import DuplicateDetector, UnknownDetector
from app.ruleset import parse_ruleset
from app.taxonomy import Severity, Verdict
from tests.helpers import RULE_DEFAULTS


class Fake:
    """A scripted detector for pipeline tests."""

    def __init__(self, name: str, findings: list[Finding] | None = None, *, fail: bool = False,
                 sleep: float = 0.0) -> None:
        self.name, self.version, self.categories = name, "9.9", frozenset({"ad_absolute"})
        self.findings, self.fail, self.sleep = findings or [], fail, sleep

    def load(self) -> None:
        pass

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        if self.sleep:
            time.sleep(self.sleep)
        if self.fail:
            raise RuntimeError("boom")
        return list(self.findings)


def finding(sev: str, cat: str = "ad_absolute", start: int = 0, end: int = 2, det: str = "a") -> Finding:
    return Finding(cat, start, end, "xx", det, f"{det}.r", Severity(sev))


def ruleset(*names: str, **policy: object) -> object:
    return parse_ruleset({"name": "t", "detectors": {n: {} for n in names}, "policy": policy})


@pytest.mark.parametrize(
    ("severities", "verdict"),
    [([], "pass"), (["info"], "pass"), (["low"], "review"), (["medium", "low"], "review"), (["low", "high"], "block")],
)
def test_policy_maps_severity_to_verdict(severities: list[str], verdict: str) -> None:
    eng = Engine(Registry([Fake("a", [finding(s, start=i * 3, end=i * 3 + 2) for i, s in enumerate(severities)])]))
    assert eng.check(Post(text="x"), ruleset("a")).verdict == Verdict(verdict)  # type: ignore[arg-type]


def test_policy_is_data_not_code() -> None:
    eng = Engine(Registry([Fake("a", [finding("high")])]))
    rs = ruleset("a", severity_verdict={"high": "review", "medium": "review", "low": "pass", "info": "pass"})
    assert eng.check(Post(text="x"), rs).verdict is Verdict.REVIEW  # type: ignore[arg-type]


@pytest.mark.parametrize(("mode", "verdict"), [("fail_closed", Verdict.REVIEW), ("fail_open", Verdict.PASS)])
def test_failing_detector_degrades_by_policy(mode: str, verdict: Verdict) -> None:
    eng = Engine(Registry([Fake("a"), Fake("b", fail=True)]))
    result = eng.check(Post(text="x"), ruleset("a", "b", on_detector_error=mode))  # type: ignore[arg-type]
    assert result.verdict is verdict and result.degraded == ["b"]


def test_slow_detector_times_out() -> None:
    eng = Engine(Registry([Fake("a"), Fake("slow", [finding("high")], sleep=0.5)]))
    started = time.perf_counter()
    result = eng.check(Post(text="x"), ruleset("a", "slow", detector_timeout_ms=50))  # type: ignore[arg-type]
    assert time.perf_counter() - started < 0.4
    assert result.degraded == ["slow"] and result.verdict is Verdict.REVIEW and not result.findings


def test_overlapping_findings_of_two_detectors_merge() -> None:
    # The precise phrase (a) keeps the span; the wider sentence (b) goes to evidence (issue 10: a finding
    # points at the phrase responsible; the strict scorer rejects spans over 2x gold + 20 characters).
    eng = Engine(Registry([Fake("a", [finding("medium", det="a")]), Fake("b", [finding("high", start=0, end=9,
                                                                                        det="b")])]))
    result = eng.check(Post(text="x" * 10), ruleset("a", "b"))  # type: ignore[arg-type]
    assert len(result.findings) == 1
    merged = result.findings[0]
    assert (merged.detector, merged.rule_id, merged.start, merged.end, merged.severity) == ("a", "a.r", 0, 2,
                                                                                            Severity.HIGH)
    assert "b:b.r" in merged.evidence and "b:xx" in merged.evidence


def test_disabled_and_content_type_filtered_detectors_do_not_run() -> None:
    eng = Engine(Registry([Fake("a", [finding("high")]), Fake("c", [finding("high")])]))
    rs = parse_ruleset({"name": "t", "detectors": {"a": {"enabled": False}, "c": {"content_types": ["comment"]}}})
    assert eng.check(Post(text="x"), rs).findings == []
    assert eng.check(Post(text="x", content_type="comment"), rs).findings


def test_registry_rejects_duplicates_and_names_unknowns() -> None:
    with pytest.raises(DuplicateDetector):
        Registry([Fake("a"), Fake("a")])
    with pytest.raises(UnknownDetector, match="installed"):
        Registry([Fake("a")]).get("zzz")
    with pytest.raises(TypeError):
        Registry([object()])  # type: ignore[list-item]


def test_builtin_detectors_register_through_entry_points() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="postguard.detectors")}
    assert {"lexicon", "pii", "claims", "disclosure", "sentiment"} <= names


def test_real_lexicon_through_engine() -> None:
    rs = parse_ruleset({"name": "t", "detectors": {"lexicon": {}}, "lexicon": {"rules": [
        {**RULE_DEFAULTS, "id": "g.x", "category": "guaranteed_return", "severity": "high", "terms": ["保本"]}]}})
    result = Engine(Registry([LexiconDetector()])).check(Post(text="保本"), rs)
    assert result.verdict is Verdict.BLOCK and result.detector_versions == {"lexicon": LexiconDetector.version}


def test_a_hanging_first_detector_cannot_hold_the_request() -> None:
    eng = Engine(Registry([Fake("hang", [finding("high", det="hang")], sleep=1.0),
                           Fake("b", [finding("low", det="b")])]))
    started = time.perf_counter()
    result = eng.check(Post(text="x"), ruleset("hang", "b", detector_timeout_ms=100))  # type: ignore[arg-type]
    assert time.perf_counter() - started < 0.5
    assert [(r.name, r.status) for r in result.runs] == [("hang", "timeout"), ("b", "ok")]
    assert result.verdict is Verdict.REVIEW and [f.detector for f in result.findings] == ["b"]


def test_merge_lead_is_the_precise_finding_whatever_the_detector_order() -> None:
    a, b = Fake("a", [finding("medium", det="a")]), Fake("b", [finding("high", start=0, end=9, det="b")])
    for order in (("a", "b"), ("b", "a")):
        result = Engine(Registry([a, b])).check(Post(text="x" * 10), ruleset(*order))  # type: ignore[arg-type]
        assert [(f.rule_id, f.start, f.end) for f in result.findings] == [("a.r", 0, 2)]


class Counting(Fake):
    """Records how many checks are inside ``detect`` at once."""

    def __init__(self) -> None:
        super().__init__("a", sleep=0.1)
        self.lock, self.now, self.most = threading.Lock(), 0, 0

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            return super().detect(post, ctx)
        finally:
            with self.lock:
                self.now -= 1


@pytest.mark.parametrize(("max_computing", "most"), [(1, 1), (2, 2), (None, 6)])  # None: no gate
def test_max_computing_bounds_the_checks_computing_at_once(max_computing: int | None, most: int) -> None:
    detector = Counting()
    eng = Engine(Registry([detector]), max_computing=max_computing)
    with ThreadPoolExecutor(6) as callers:
        results = list(callers.map(lambda _: eng.check(Post(text="x"), ruleset("a")), range(6)))  # type: ignore[arg-type]
    assert all(r.verdict is Verdict.PASS and not r.degraded for r in results)
    # with a gate, never more than it allows; without, the six overlap (all but a thread started late)
    assert detector.most == most if max_computing else detector.most >= most - 2


def test_the_service_engine_takes_its_compute_gate_from_settings() -> None:
    from app.main import build_engine
    from app.settings import Settings

    detector = Counting()
    eng = build_engine(Settings(check_concurrency=3), [], Registry([detector]))
    with ThreadPoolExecutor(6) as callers:
        list(callers.map(lambda _: eng.check(Post(text="x"), ruleset("a")), range(6)))  # type: ignore[arg-type]
    assert detector.most == 3
