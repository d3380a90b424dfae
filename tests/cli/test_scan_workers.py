"""`postguard scan --workers N` answers exactly as one worker does, in input order (workers share models by fork)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

TEXTS = [
    "这款产品稳赚不赔，即将停售！",
    "今天聊聊重疾险和医疗险的区别。",
    "客户王小明的电话是13912345678。",
    "保险不是存款，投保前请看清条款。",
    "年化收益5%，比存款划算多了！",
]


def test_two_workers_match_one(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": str(i), "text": TEXTS[i % len(TEXTS)] + f"（第{i}条）"}, ensure_ascii=False) + "\n"
            for i in range(40)
        ),
        encoding="utf-8",
    )
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        main(["scan", str(src), "-o", str(out), "--workers", str(workers)])
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        outputs.append(
            [(r["id"], r["verdict"], [(f["category"], f["start"], f["end"]) for f in r["findings"]]) for r in rows]
        )
    assert [r[0] for r in outputs[1]] == [str(i) for i in range(40)]  # input order
    assert outputs[0] == outputs[1]
    assert {r[1] for r in outputs[0]} >= {"pass", "block"}


def test_two_workers_report_bad_lines_with_their_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Workers parse the lines themselves now: a bad line still comes back as 'line N: skipped', in order."""
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": TEXTS[0]}, ensure_ascii=False),
        "not json",
        json.dumps({"text": "无 id"}),
        json.dumps({"id": "d", "text": TEXTS[1]}, ensure_ascii=False),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(src), "-o", str(out), "--workers", "2"]) == 3
    assert [json.loads(x)["id"] for x in out.read_text("utf-8").splitlines()] == ["a", "d"]
    err = capsys.readouterr().err
    assert "line 2: skipped" in err and "line 3: skipped (missing id)" in err
    assert err.index("line 2:") < err.index("line 3:")


def test_a_worker_that_dies_fails_the_scan_instead_of_hanging(monkeypatch: pytest.MonkeyPatch) -> None:
    """A killed worker (out of memory, a crash in a native library) leaves its block unanswered: the scan stops
    with an error naming the exit code, it neither waits forever nor writes a short output as if complete."""
    import os

    from app.cli import scan_pool
    from app.schemas.check import Purpose

    real = scan_pool.scan_one

    def dying(checker: object, n: int, line: str, *args: object) -> object:
        if "boom" in line:
            os._exit(7)
        return real(checker, n, line, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(scan_pool, "scan_one", dying)  # inherited by the forked workers
    lines = [
        (i + 1, json.dumps({"id": str(i), "text": "boom" if i == 50 else TEXTS[i % len(TEXTS)]})) for i in range(80)
    ]
    got = []
    with pytest.raises(RuntimeError, match="exit codes"):
        for outcome in scan_pool.scan_parallel(lines, 2, None, Purpose.DRAFT, Path(".")):
            got.append(outcome[0])
    assert got == list(range(1, len(got) + 1)) and len(got) < 51  # in order, and nothing past the lost block
