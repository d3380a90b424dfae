"""CLI reports and summaries in Chinese or English (issue 11 item 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def test_check_report_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "copy.txt"
    src.write_text("这款产品稳赚不赔！", encoding="utf-8")
    main(["check", str(src), "--lang", "zh"])
    out = capsys.readouterr().out
    assert "拦截" in out and "承诺收益/保本 (guaranteed_return)" in out and "原因:" in out


def test_check_report_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    src = tmp_path / "copy.txt"
    src.write_text("这款产品稳赚不赔！", encoding="utf-8")
    main(["check", str(src)])
    out = capsys.readouterr().out
    assert "BLOCK" in out and "Guaranteed or risk-free return (guaranteed_return)" in out and "reason:" in out


def test_scan_summary_follows_the_locale(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "今天天气不错"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["scan", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "共检查 1 条，跳过 0 条：通过 1" in capsys.readouterr().err
