"""A detector that raises or times out degrades the answer per the ruleset's policy, counts in /metrics,
and never turns into a 500."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from app.detectors.lexicon import LexiconDetector
from app.detectors.registry import Registry
from app.ruleset import Ruleset
from tests.ops.conftest import BANNED, client_for, ops_ruleset
from tests.ops.faulty import BrokenDetector, SlowDetector

BENIGN = "今天给大家讲讲重疾险和医疗险的区别。"


def _ruleset(detectors: list[str], on_error: str) -> Ruleset:
    ruleset = ops_ruleset(on_detector_error=on_error, detector_timeout_ms=200)
    doc = ruleset.model_dump(mode="json", exclude={"version"})
    doc["detectors"] = {name: {"enabled": True} for name in detectors}
    return Ruleset.model_validate(doc)


def _metric(text: str, name: str, **labels: str) -> float:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        match = re.match(rf"^{name}\{{(.*)\}} (\S+)$", line)
        if match and ",".join(sorted(match.group(1).split(","))) == wanted:
            return float(match.group(2))
    return 0.0


@pytest.mark.parametrize(("order", "failing", "status", "on_error", "text", "verdict"), [
    (["lexicon", "broken"], "broken", "error", "fail_closed", BENIGN, "review"),
    (["lexicon", "broken"], "broken", "error", "fail_open", BENIGN, "pass"),
    (["lexicon", "broken"], "broken", "error", "fail_open", BANNED, "block"),
    (["broken", "lexicon"], "broken", "error", "fail_closed", BENIGN, "review"),
    (["lexicon", "slow"], "slow", "timeout", "fail_closed", BENIGN, "review"),
    (["lexicon", "slow"], "slow", "timeout", "fail_open", BENIGN, "pass"),
    (["slow", "lexicon"], "slow", "timeout", "fail_closed", BANNED, "block"),
    (["slow", "lexicon"], "slow", "timeout", "fail_open", BENIGN, "pass"),
])
def test_failed_detector_gives_a_degraded_answer_and_a_metric(
    tmp_path: Path, order: list[str], failing: str, status: str, on_error: str, text: str, verdict: str
) -> None:
    registry = Registry([LexiconDetector(), BrokenDetector(), SlowDetector(0.6)])
    with client_for(tmp_path, _ruleset(order, on_error), registry=registry) as client:
        started = time.perf_counter()
        r = client.post("/v1/check", json={"text": text})
        took = time.perf_counter() - started
        assert r.status_code == 200, r.text[:300]
        body = r.json()
        assert body["verdict"] == verdict
        assert body["degraded"] == [failing]
        if order == ["lexicon", "slow"]:
            assert took < 0.55  # answered at the 200 ms deadline, not after the 600 ms detector
        metrics = client.get("/metrics").text
        assert _metric(metrics, "postguard_detector_failures_total", detector=failing, status=status) == 1.0
        assert _metric(metrics, "postguard_verdicts_total", verdict=verdict) == 1.0
        assert _metric(metrics, "postguard_http_requests_total", route="/v1/check", method="POST",
                       status="500") == 0.0


def test_a_batch_with_a_failing_detector_is_degraded_per_post_not_a_500(tmp_path: Path) -> None:
    registry = Registry([LexiconDetector(), BrokenDetector()])
    with client_for(tmp_path, _ruleset(["lexicon", "broken"], "fail_closed"), registry=registry) as client:
        r = client.post("/v1/check/batch", json={"posts": [{"text": BENIGN}, {"text": BANNED}]})
        assert r.status_code == 200, r.text[:300]
        assert [p["verdict"] for p in r.json()["results"]] == ["review", "block"]
        assert all(p["degraded"] == ["broken"] for p in r.json()["results"])
