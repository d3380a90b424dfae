from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from app.cli import main
from tests.helpers import LEXICON_ONLY


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(LEXICON_ONLY, allow_unicode=True), "utf-8")
    return path


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [("普通文案", "review", 0), ("这是最好的", "review", 1), ("这是最好的", "block", 0), ("稳赚不赔", "review", 2),
     ("稳赚不赔", "block", 2)],
)
def test_check_exit_codes(tmp_path: Path, rules: Path, text: str, fail_on: str, code: int) -> None:
    copy = write(tmp_path, "copy.md", text)
    assert main(["check", str(copy), "--ruleset", str(rules), "--fail-on", fail_on]) == code


def test_check_text_report_shows_line_phrase_reason(
    tmp_path: Path, rules: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = write(tmp_path, "copy.md", "第一行\n这款稳 赚 不 赔\n")
    main(["check", str(copy), "--ruleset", str(rules)])
    out = capsys.readouterr().out
    assert f"{copy}:2:3:" in out and "「稳 赚 不 赔」" in out and "BLOCK" in out


def test_check_json_and_sarif(tmp_path: Path, rules: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = write(tmp_path, "copy.md", "a\n稳赚不赔")
    main(["check", str(copy), "--ruleset", str(rules), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["verdict"] == "block" and doc["files"][0]["findings"][0]["line"] == 2
    main(["check", str(copy), "--ruleset", str(rules), "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    assert sarif["version"] == "2.1.0"
    result = sarif["runs"][0]["results"][0]
    assert result["ruleId"] == "g.no_loss" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 5, "charOffset": 2, "charLength": 4}


def test_check_missing_file_is_an_error_not_a_verdict(tmp_path: Path, rules: Path) -> None:
    assert main(["check", str(tmp_path / "nope.md"), "--ruleset", str(rules)]) == 3


def test_scan_skips_bad_lines_and_reports_them(tmp_path: Path, rules: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps({"id": "a", "text": "稳赚不赔", "extra": 1}, ensure_ascii=False),
        "{broken",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "c", "text": "你好", "account_owner": {"name": "张三", "phone": "13800000000"}},
                   ensure_ascii=False),
    ]
    src = write(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(src), "-o", str(out), "--ruleset", str(rules)]) == 3  # lines were skipped
    rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert [(r["id"], r["verdict"]) for r in rows] == [("a", "block"), ("c", "pass")]
    assert rows[0]["findings"][0]["category"] == "guaranteed_return"
    err = capsys.readouterr().err
    assert "line 2" in err and "line 3" in err and "line 4" in err and '"skipped": 3' in err
