"""`postguard scan --workers N` answers exactly as one worker does, in input order (workers share models by fork)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

TEXTS = ["这款产品稳赚不赔，即将停售！", "今天聊聊重疾险和医疗险的区别。", "客户王小明的电话是13912345678。",
         "保险不是存款，投保前请看清条款。", "年化收益5%，比存款划算多了！"]


def test_two_workers_match_one(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": TEXTS[i % len(TEXTS)] + f"（第{i}条）"},
                                      ensure_ascii=False) + "\n" for i in range(40)), encoding="utf-8")
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        main(["scan", str(src), "-o", str(out), "--workers", str(workers)])
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        outputs.append([(r["id"], r["verdict"], [(f["category"], f["start"], f["end"]) for f in r["findings"]])
                        for r in rows])
    assert [r[0] for r in outputs[1]] == [str(i) for i in range(40)]  # input order
    assert outputs[0] == outputs[1]
    assert {r[1] for r in outputs[0]} >= {"pass", "block"}


def test_two_workers_report_bad_lines_with_their_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Workers parse the lines themselves now: a bad line still comes back as 'line N: skipped', in order."""
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": TEXTS[0]}, ensure_ascii=False), "not json", json.dumps({"text": "无 id"}),
             json.dumps({"id": "d", "text": TEXTS[1]}, ensure_ascii=False)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(src), "-o", str(out), "--workers", "2"]) == 3
    assert [json.loads(x)["id"] for x in out.read_text("utf-8").splitlines()] == ["a", "d"]
    err = capsys.readouterr().err
    assert "line 2: skipped" in err and "line 3: skipped (missing id)" in err
    assert err.index("line 2:") < err.index("line 3:")
