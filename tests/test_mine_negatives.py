"""The hard-negative mining loop (scripts/mine_negatives.py): references, never text, and a fixed split."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import mine_negatives  # noqa: E402


def write_source(shared: Path, rows: list[str]) -> str:
    source = "ner/msra/train_sub20k.jsonl.gz"
    path = shared / "data" / "external" / source
    path.parent.mkdir(parents=True)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in rows)
    return source


def test_the_split_is_fixed_by_the_text_and_about_seventy_thirty() -> None:
    texts = [f"第{i}条新闻说今天天气很好" for i in range(2000)]
    sides = [mine_negatives.part(t) for t in texts]
    assert sides == [mine_negatives.part(t) for t in texts]
    assert 0.65 < sides.count("mine") / len(sides) < 0.75


def test_sentences_skip_insurance_talk_and_odd_lengths(tmp_path: Path) -> None:
    rows = ["国家体育总局局长为该片题写了片名。他购买了一份保险。好。", "送货小哥给送到家里！"]
    source = write_source(tmp_path, rows)
    got = list(mine_negatives.sentences(tmp_path, source))
    assert got == [(0, 0, "国家体育总局局长为该片题写了片名"), (1, 0, "送货小哥给送到家里")]


def test_references_resolve_only_while_the_text_is_unchanged(tmp_path: Path) -> None:
    source = write_source(tmp_path, ["国家体育总局局长为该片题写了片名。", "送货小哥给送到家里。"])
    refs: list[dict[str, object]] = [
        {"source": source, "line": 0, "piece": 0, "sha1": mine_negatives.text_hash("国家体育总局局长为该片题写了片名")},
        {"source": source, "line": 1, "piece": 0, "sha1": mine_negatives.text_hash("别的句子")},
        {"source": "ner/absent/train.jsonl.gz", "line": 0, "piece": 0, "sha1": "0"},
    ]
    assert mine_negatives.resolve(tmp_path, refs) == ["国家体育总局局长为该片题写了片名"]


def test_the_shipped_references_hold_no_text() -> None:
    path = ROOT / "corpus" / "claims" / "mined" / "refs.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows and all(set(r) == {"source", "line", "piece", "sha1", "category", "p"} for r in rows)
    assert all(r["source"] in mine_negatives.SOURCES for r in rows)


def test_without_shared_it_says_so_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert mine_negatives.main(["--shared", str(tmp_path / "nowhere"), "--check-only"]) == 0
    assert "needs ../shared" in capsys.readouterr().out
