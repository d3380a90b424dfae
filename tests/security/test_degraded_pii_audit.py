"""Issue 16.2: when the PII detector did not succeed on a check (timeout, error), the audit row under
the default ``redacted`` policy keeps no text (``text_policy`` says ``withheld``), and the response
gives no "redacted" text that was never masked. Before the fix the row kept the text in clear, as the
code asked whether the detector was configured rather than whether it succeeded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.detectors.base import Finding, Post
from app.detectors.lexicon import LexiconDetector
from app.detectors.registry import Registry
from app.engine import CheckResult, DetectorRun
from app.services.checks import CheckEvent
from app.services.spool import check_row
from app.taxonomy import Severity, Verdict
from tests.ops.conftest import client_for, ops_ruleset
from tests.ops.faulty import SlowDetector

PHONE = "13812345678"
TEXT = f"客户王小明的电话是{PHONE}，欢迎咨询。"
PHONE_FINDING = Finding("pii_phone", 9, 20, PHONE, "pii", "pii.phone.mobile", Severity.MEDIUM, field="text")


def _event(pii_status: str | None, findings: list[Finding], redacted_text: str | None = None) -> CheckEvent:
    runs = [DetectorRun("lexicon", "1.0.0", 1.0)]
    if pii_status is not None:
        runs.append(DetectorRun("pii", "0.1.0", 2000.0, pii_status))
    result = CheckResult(Verdict.REVIEW, 0.6, findings, "default", 1, runs=runs)
    return CheckEvent("req-1", None, Post(text=TEXT), result, redacted_text)


@pytest.mark.parametrize("status", ["timeout", "error"])
@pytest.mark.parametrize("redacted_text", [None, TEXT])  # also when a caller-side copy was handed over
def test_degraded_pii_stores_no_text(status: str, redacted_text: str | None) -> None:
    row = check_row(_event(status, [], redacted_text), policy="redacted")
    assert row["stored_text"] is None
    assert row["text_policy"] == "withheld"
    assert PHONE not in json.dumps(row, default=str, ensure_ascii=False)
    assert len(row["content_sha256"]) == 64  # the hash still proves which text was checked


def test_succeeded_pii_stores_the_masked_text() -> None:
    row = check_row(_event("ok", [PHONE_FINDING]), policy="redacted")
    assert row["text_policy"] == "redacted"
    assert row["stored_text"] is not None and PHONE not in row["stored_text"]
    assert "138****5678" in row["stored_text"]


def test_pii_not_run_stores_nothing_as_before() -> None:
    row = check_row(_event(None, []), policy="redacted")
    assert (row["stored_text"], row["text_policy"]) == (None, "none")


def test_full_policy_is_unchanged_by_a_degraded_pii() -> None:
    row = check_row(_event("timeout", []), policy="full")
    assert (row["stored_text"], row["text_policy"]) == (TEXT, "full")


def test_timed_out_pii_over_the_api(tmp_path: Path) -> None:
    # A "pii" detector that sleeps past the 200 ms deadline: the check answers, degraded, and neither
    # the response's redacted_text nor the audit row holds the phone number.
    ruleset = ops_ruleset(detector_timeout_ms=200)
    doc = ruleset.model_dump(mode="json", exclude={"version"})
    doc["detectors"] = {"lexicon": {"enabled": True}, "pii": {"enabled": True}}
    registry = Registry([LexiconDetector(), SlowDetector(1.0, name="pii")])
    with client_for(tmp_path, type(ruleset).model_validate(doc), registry=registry) as client:
        r = client.post("/v1/check", json={"text": TEXT, "options": {"redact": True}})
        assert r.status_code == 200, r.text[:300]
        body = r.json()
        assert body["degraded"] == ["pii"]
        assert body["redacted_text"] is None
        stored = client.get(f"/v1/verdicts/{body['audit_id']}")
        assert stored.status_code == 200, stored.text[:300]
        assert stored.json()["stored_text"] is None
        assert stored.json()["text_policy"] == "withheld"
