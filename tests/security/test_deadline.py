"""Issue 16.1: a timed-out detector stops (cooperative deadline) instead of keeping its pool thread
busy, so a hostile check cannot slow the checks after it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.deadline import Deadline, DetectorTimeout, checkpoint, running_until
from app.detectors.base import DetectContext, Finding, Post
from app.detectors.registry import Registry, discover
from app.engine import Engine
from app.ruleset import Ruleset, load_default_ruleset, parse_ruleset
from tests.security.adversarial import ADVERSARIAL


class Hostile:
    """Loops until told to stop, calling checkpoint() as the built-in detectors do in their loops."""

    name, version, categories = "hostile", "0", frozenset({"ad_absolute"})

    def __init__(self) -> None:
        self.release = threading.Event()  # the test's own way out, should the deadline not work
        self.stopped = threading.Event()

    def load(self) -> None:
        pass

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        try:
            while not self.release.is_set():
                checkpoint()
            return []
        finally:
            self.stopped.set()


class Quick:
    name, version, categories = "quick", "0", frozenset({"ad_absolute"})

    def load(self) -> None:
        pass

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        return []


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    detector = Hostile()
    yield detector
    detector.release.set()


def _ruleset(timeout_ms: int) -> Ruleset:
    return parse_ruleset({"name": "t", "detectors": {"hostile": {}, "quick": {}},
                          "policy": {"detector_timeout_ms": timeout_ms}})


def test_a_timed_out_detector_stops_and_frees_its_pool_thread(hostile: Hostile) -> None:
    # One pool thread: were the hostile detector still running, the next check would queue behind it.
    engine = Engine(Registry([hostile, Quick()]), max_workers=1)
    try:
        first = engine.check(Post(text="x"), _ruleset(100), only=["hostile"])
        assert [(r.name, r.status) for r in first.runs] == [("hostile", "timeout")]
        assert hostile.stopped.wait(5)  # it unwound at its next checkpoint past the deadline
        after = engine.check(Post(text="x"), _ruleset(2000), only=["quick"])
        assert [(r.name, r.status) for r in after.runs] == [("quick", "ok")]
    finally:
        engine.close()


def test_a_detector_that_raises_detector_timeout_is_a_timeout_not_an_error() -> None:
    class Expired(Quick):
        name = "hostile"

        def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
            raise DetectorTimeout("out of time")

    engine = Engine(Registry([Expired(), Quick()]))
    try:
        result = engine.check(Post(text="x"), _ruleset(2000))
    finally:
        engine.close()
    assert {r.name: r.status for r in result.runs} == {"hostile": "timeout", "quick": "ok"}


def test_checkpoint_outside_the_engine_does_nothing() -> None:
    checkpoint()
    with running_until(None):
        checkpoint()
    with running_until(Deadline.after(60)):
        checkpoint()


@pytest.fixture(scope="module")
def registry() -> Registry:
    ruleset = load_default_ruleset()
    reg = discover(list(ruleset.detectors))
    reg.load_models()
    return reg


@pytest.mark.parametrize("name", ["lexicon", "pii", "claims", "disclosure", "sentiment", "brand"])
@pytest.mark.parametrize("case", ["long_sentence", "digits_space", "named_diagnoses", "cued_mobiles"])
def test_every_built_in_detector_stops_at_a_passed_deadline(registry: Registry, name: str, case: str) -> None:
    ruleset = load_default_ruleset()
    post = Post(text=ADVERSARIAL[case](2_000), title="标题")
    detector = registry.get(name)
    with running_until(Deadline.after(-1)), pytest.raises(DetectorTimeout):
        detector.detect(post, DetectContext(ruleset=ruleset, post=post))


def test_warm_up_finishes_lazy_loads_that_outlast_the_deadline() -> None:
    # Lazy work spread over stages with checkpoints between them (as in the PII detector): warming
    # must not stop at the request deadline, or the first real request pays the rest.
    import time

    class Lazy(Quick):
        name = "hostile"

        def __init__(self) -> None:
            self.loaded: list[str] = []

        def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
            for stage in ("dictionary", "model"):
                checkpoint()
                if stage not in self.loaded:
                    time.sleep(0.2)
                    self.loaded.append(stage)
            return []

    lazy = Lazy()
    engine = Engine(Registry([lazy, Quick()]))
    try:
        engine.warm(_ruleset(50), ["article"])
        assert lazy.loaded == ["dictionary", "model"]
        result = engine.check(Post(text="x"), _ruleset(2000))
    finally:
        engine.close()
    assert {r.name: r.status for r in result.runs} == {"hostile": "ok", "quick": "ok"}
