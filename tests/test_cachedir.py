"""The cache directory of derived tables (app/cachedir.py) and what is kept in it."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import cachedir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv(cachedir.ENV, str(path))
    return path


def test_created_private(cache: Path) -> None:
    assert cachedir.cache_dir() == cache
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700


def test_empty_setting_turns_caching_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cachedir.ENV, " ")
    assert cachedir.cache_dir() is None
    cachedir.write("x", "k", b"data")  # nowhere to write: no error
    assert cachedir.read("x", "k") is None
    assert cachedir.memo("x", "k", lambda: {"built": 1}, lambda v: True) == {"built": 1}


def test_directory_others_may_write_is_not_used(cache: Path) -> None:
    cache.mkdir(mode=0o700)
    cachedir.write("x", "k", b"data")
    cache.chmod(0o777)  # entries are unmarshalled: never from a directory someone else could have filled
    assert cachedir.cache_dir() is None
    assert cachedir.read("x", "k") is None


def test_memo_builds_once_then_reads(cache: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    assert cachedir.memo("t", "key", build, lambda v: isinstance(v, dict)) == {"a": 1}
    assert cachedir.memo("t", "key", build, lambda v: isinstance(v, dict)) == {"a": 1}
    assert len(calls) == 1
    assert cachedir.memo("t", "other key", build, lambda v: isinstance(v, dict)) == {"a": 1}
    assert len(calls) == 2


def test_memo_rebuilds_a_broken_or_invalid_entry(cache: Path) -> None:
    cachedir.memo("t", "key", lambda: {"a": 1}, lambda v: True)
    (entry,) = cache.glob("t-*.bin")
    entry.write_bytes(b"\x00garbage")
    assert cachedir.memo("t", "key", lambda: {"a": 2}, lambda v: isinstance(v, dict)) == {"a": 2}
    assert cachedir.memo("t", "key", lambda: {"a": 3}, lambda v: v == {"a": 3}) == {"a": 3}  # stored one refused


def test_entries_of_a_name_are_bounded(cache: Path) -> None:
    """Every rule version adds an index: the oldest unused ones go, the one just used stays."""
    for i in range(cachedir.KEEP_PER_NAME + 3):
        cachedir.write("idx", f"version {i}", b"x")
        os.utime(next(iter(sorted(cache.glob("idx-*.bin"), key=lambda p: p.stat().st_mtime_ns))), (1, 1))
    cachedir.write("idx-other", "k", b"y")  # another name sharing the prefix is not counted or pruned
    assert len(list(cache.glob("idx-*.bin"))) == cachedir.KEEP_PER_NAME + 1
    assert cachedir.read("idx", f"version {cachedir.KEEP_PER_NAME + 2}") == b"x"
    assert cachedir.read("idx-other", "k") == b"y"


def test_fingerprint_follows_file_bytes(tmp_path: Path) -> None:
    f = tmp_path / "src.py"
    f.write_text("x = 1\n")
    before = cachedir.fingerprint([f], ["json"])
    assert cachedir.fingerprint([f], ["json"]) == before
    f.write_text("x = 2\n")
    assert cachedir.fingerprint([f], ["json"]) != before


_TABLES = """
import hashlib, json, sys
from app.jieba_tables import initialize, posseg
from app.text import _tables, _char_scanner
from app.readings import _tables as pinyin_tables, homophones_of, save_homophones
jieba = initialize()
ps = posseg()
def digest(value):
    return hashlib.sha256(repr(value).encode()).hexdigest()
one, multi, _, _ = _tables()
homophones = digest(sorted(homophones_of("稳赚不赔", 3)))
save_homophones()
print(json.dumps({
    "freq": digest(sorted(jieba.dt.FREQ.items())), "total": jieba.dt.total,
    "tags": digest(sorted(ps.dt.word_tag_tab.items())),
    "text": digest((sorted(one.items()), sorted(multi.items()))), "scanner": digest(_char_scanner()[1]),
    "pinyin": digest([sorted(t.items()) for t in pinyin_tables()]),
    "homophones": homophones, "read pinyin": "pypinyin" in sys.modules,
    "cut": [(w.word, w.flag) for w in ps.cut("投保人张三确诊甲状腺结节后申请理赔")],
}))
"""


def _tables_in_subprocess(cache: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", _TABLES], cwd=ROOT, env={**os.environ, cachedir.ENV: cache},
                         capture_output=True, text=True, check=True, timeout=300)
    result: dict[str, object] = json.loads(out.stdout.splitlines()[-1])
    return result


@pytest.mark.slow
def test_cached_tables_are_the_libraries_own(tmp_path: Path) -> None:
    """Built from jieba, pypinyin and OpenCC (no cache), stored, then read back: the same tables."""
    uncached = _tables_in_subprocess("")
    first = _tables_in_subprocess(str(tmp_path))  # builds and stores
    assert {p.name.split("-")[0] for p in tmp_path.glob("*.bin")} >= {"jieba", "text", "char", "pinyin", "homophones"}
    second = _tables_in_subprocess(str(tmp_path))  # reads
    assert uncached.pop("read pinyin") and first.pop("read pinyin")
    assert second.pop("read pinyin") is False  # everything pinyin came from the cache
    assert uncached == first == second
