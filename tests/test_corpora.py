"""The labelled corpora in the repository are well-formed, and training never reads a measure-only part."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from app.taxonomy import Category

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import eval_suite  # noqa: E402
import train_rerank  # noqa: E402

CORPORA = sorted(
    [
        *ROOT.glob("eval/suite/*/posts.jsonl"),
        *ROOT.glob("eval/*/posts.jsonl"),
        *ROOT.glob("eval/blind-next/*/posts.jsonl"),
        *ROOT.glob("corpus/rerank/*/posts.jsonl"),
        *ROOT.glob("corpus/rerank-next/*/posts.jsonl"),
        *ROOT.glob("corpus/realtrain/*/posts.jsonl"),
    ]
)
NAMES = {c.value for c in Category}


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", CORPORA, ids=lambda p: str(p.relative_to(ROOT)))
def test_spans_match_their_text(path: Path) -> None:
    posts = load(path)
    assert posts and len({p["id"] for p in posts}) == len(posts)
    for post in posts:
        for f in post.get("findings") or []:
            assert f["category"] in NAMES, (post["id"], f["category"])
            if f.get("start") is not None:
                assert post["text"][f["start"]:f["end"]] == f["text"], (post["id"], f)


class _Loader:
    @staticmethod
    def load(path: str) -> dict[str, Any]:
        return {str(p["id"]): p for p in load(Path(path))}


def test_training_reads_only_tuning_parts_of_the_suite(tmp_path: Path) -> None:
    sets = dict(train_rerank.training_sets(_Loader(), tmp_path))
    blind = [c for c in eval_suite.corpora(tmp_path) if c.blind]
    assert blind
    for c in blind:
        part, every = sets[f"{c.name}:tuning"], _Loader.load(str(c.path))
        assert part and all(eval_suite.split_of(c.name, pid, every[pid].get("source")) == "tuning" for pid in part)
        measure = set(every) - set(part)
        assert measure and all(eval_suite.split_of(c.name, pid, every[pid].get("source")) == "measure"
                               for pid in measure)
    assert not any(name.startswith("dev") for name in sets)  # the dev corpora are never training data


def test_a_new_real_world_set_is_split_by_page_and_the_old_ones_by_item() -> None:
    pages = [f"https://example.org/page-{n}" for n in range(40)]
    parts = {page: {eval_suite.split_of("realworld-7", f"RW7-{n:04d}-{k}", page) for k in range(3)} for n, page in
             enumerate(pages)}
    assert all(len(sides) == 1 for sides in parts.values())  # every quote of a page on one side
    assert {side for sides in parts.values() for side in sides} == {"tuning", "measure"}
    # The sets already in the suite keep the split they were measured with: by item, whatever the page.
    for name in eval_suite.SPLIT_BY_ITEM:
        assert all(eval_suite.split_of(name, pid, "https://example.org/x") == eval_suite.split_of(name, pid)
                   for pid in ("A-1", "A-2", "A-3"))
    # Writers' corpora have no source: by item as before.
    assert eval_suite.split_of("blind-h", "H-0001", None) == eval_suite.split_of("blind-h", "H-0001")



@pytest.mark.parametrize("relative", [True, False])
def test_miss_analysis_reads_only_the_tuning_part_of_a_suite_corpus(
    relative: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """scripts/miss_stages.py once took `eval/suite/NAME/posts.jsonl` as given on the command line (relative) for a
    corpus outside the suite, and counted and listed the measure-only part's misses too."""
    import miss_stages

    monkeypatch.chdir(ROOT)
    path = Path("eval/suite/realworld-7/posts.jsonl")
    rows = miss_stages.posts(path if relative else ROOT / path)
    every = load(ROOT / path)
    assert 0 < len(rows) < len(every)
    assert all(eval_suite.split_of("realworld-7", r["id"], r.get("source")) == "tuning" for r in rows)


def test_eval_suite_refuses_to_print_the_misses_of_a_suite_corpus_given_as_a_file(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        eval_suite.main(["--file", "eval/suite/realworld-7/posts.jsonl", "--misses", "--shared", str(tmp_path)])


def _shingles(text: str, n: int = 15) -> set[str]:
    flat = "".join(text.split())
    return {flat[i:i + n] for i in range(len(flat) - n + 1)}


def test_real_training_text_shares_no_wording_or_page_with_a_measured_set() -> None:
    """corpus/realtrain trains the classifier; a paragraph also in an evaluation set would be scored on text the
    model learned (15-character shingles, as when each set joined; and no page address in common)."""
    measured = [*ROOT.glob("eval/suite/*/posts.jsonl"), *ROOT.glob("eval/blind-next/*/posts.jsonl")]
    seen: set[str] = set()
    pages: set[str] = set()
    for path in measured:
        for post in load(path):
            seen |= _shingles(post["text"])
            if post.get("source"):
                pages.add(post["source"])
    training = sorted(ROOT.glob("corpus/realtrain/*/posts.jsonl"))
    assert len(training) == 3
    for path in training:
        for post in load(path):
            assert post["source"] not in pages, (path.parent.name, post["id"])
            assert not _shingles(post["text"]) & seen, (path.parent.name, post["id"])
