"""What the audit log keeps of each finding: enough to explain the verdict, matched text per the text policy."""

from __future__ import annotations

import json

import pytest

from app.detectors.base import Finding, Post
from app.engine import CheckResult, DetectorRun
from app.services.checks import CheckEvent
from app.services.spool import check_row
from app.taxonomy import Severity, Verdict

TEXT = "找张三丰买，保证收益最高，电话13812345678"


def _event(detectors: tuple[str, ...] = ("lexicon", "pii")) -> CheckEvent:
    claim = Finding(category="ad_absolute", start=0, end=12, text=TEXT[0:12], detector="lexicon",
                    rule_id="ad_absolute.superlative", severity=Severity.HIGH, message="绝对化用语",
                    basis="《广告法》第九条", suggestion="删除最高级")
    name = Finding(category="pii_name", start=1, end=4, text="张三丰", detector="pii", rule_id="pii.name",
                   severity=Severity.MEDIUM, message="客户姓名", basis="《个人信息保护法》", suggestion="打码")
    phone = Finding(category="pii_phone", start=15, end=26, text="13812345678", detector="pii", rule_id="pii.phone",
                    severity=Severity.MEDIUM, message="手机号", basis="《个人信息保护法》", suggestion="打码")
    result = CheckResult(verdict=Verdict.BLOCK, score=1.0, findings=[claim, name, phone], ruleset_name="r",
                         ruleset_version=7, runs=[DetectorRun(d, "1", 0.1) for d in detectors])
    return CheckEvent("rid", "key", Post(text=TEXT), result, None, "publish")


@pytest.mark.parametrize(("policy", "texts"), [
    ("full", ["找张三丰买，保证收益最高", "张三丰", "13812345678"]),
    ("redacted", ["找张**买，保证收益最高", "张**", "138****5678"]),
    ("none", [None, None, None]),
])
def test_findings_keep_why_and_the_matched_text_per_policy(policy: str, texts: list[str | None]) -> None:
    row = check_row(_event(), policy=policy)
    findings = json.loads(row["findings"])
    assert [f["text"] for f in findings] == texts
    first = findings[0]
    assert (first["message"], first["basis"], first["suggestion"]) == ("绝对化用语", "《广告法》第九条", "删除最高级")
    assert "confidence" in first and "context" in first  # why the context stage decided as it did, kept too
    assert row["ruleset_version"] == 7 and row["purpose"] == "publish"


def test_redacted_policy_without_the_pii_detector_keeps_no_matched_text() -> None:
    findings = json.loads(check_row(_event(("lexicon",)), policy="redacted")["findings"])
    assert [f["text"] for f in findings] == [None, None, None] and findings[0]["message"]
