"""Lexicon indexes kept in the cache directory (app/detectors/lexicon_cache.py): a restored index is the built one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cachedir
from app.detectors import lexicon_cache
from app.detectors.lexicon import LexiconIndex
from app.ruleset import load_default_ruleset
from app.text import normalize

TEXTS = [
    "这款产品稳赚不赔，收益最高，错过再等一年！",
    "wen赚不赔的好产品，保本保息，比存银行划算多了",
    "本产品不是存款，过往业绩不代表未来表现，投资需谨慎。",
    "限时抢购，8月31日后就买不到了，最后三天！",
    "国家级品牌，第一，最好的重疾险，0风险",
    "今天天气不错，和家人去公园散步。",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cachedir.ENV, str(tmp_path))
    return tmp_path


def _hits(index: LexiconIndex) -> list[object]:
    return [index.scan(normalize(t).text, None) for t in TEXTS]


def test_restored_index_matches_as_built(cache: Path) -> None:
    ruleset = load_default_ruleset()
    built = lexicon_cache.load_index(ruleset)  # empty cache: built and stored
    assert list(cache.glob("lexicon-index-*.bin"))
    restored = lexicon_cache.load_index(ruleset)
    assert restored is not built
    assert restored.cache_state() == built.cache_state()
    assert _hits(restored) == _hits(built)
    assert any(_hits(built))  # the texts do hit: the comparison is not of empty lists


def test_broken_entry_is_rebuilt(cache: Path) -> None:
    ruleset = load_default_ruleset()
    built = lexicon_cache.load_index(ruleset)
    (entry,) = cache.glob("lexicon-index-*.bin")
    entry.write_bytes(entry.read_bytes()[:100])
    again = lexicon_cache.load_index(ruleset)
    assert _hits(again) == _hits(built)
    assert len(entry.read_bytes()) > 100  # stored again whole


def test_other_ruleset_other_entry(cache: Path) -> None:
    ruleset = load_default_ruleset()
    lexicon_cache.load_index(ruleset)
    changed = ruleset.model_copy(update={"checksum": "0" * 64})
    lexicon_cache.load_index(changed)
    assert len(list(cache.glob("lexicon-index-*.bin"))) == 2
