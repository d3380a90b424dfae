"""The claim model's derived arrays kept in the cache directory (app/detectors/claims/model.py, app/cachedir.py):
a model read from the cache scores exactly as one derived from its file, and a missing, stale or broken entry
is derived again."""

from __future__ import annotations

import json
import marshal
from pathlib import Path

import numpy as np
import pytest

from app import cachedir
from app.detectors.claims.model import ClaimModel, default_model_path

TEXTS = [
    "本产品年化收益8%，稳赚不赔，比存银行划算多了",
    "保证收益，只会多不会少，错过再等一年！",
    "今天天气不错，和家人去公园散步。",
    "本产品不是存款，过往业绩不代表未来表现，投资需谨慎。",
    "",
    "𠀀\x00 \t３.５％",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv(cachedir.ENV, str(path))
    return path


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("claims-model-*.bin"))


def _same(a: ClaimModel, b: ClaimModel) -> None:
    assert a.categories == b.categories and a.meta == b.meta and a.kind == b.kind
    for name in ("is_multichar", "_idf", "weights_t", "_intercept", "_platt_a", "_platt_b", "_keys", "_key_columns"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and x.shape == y.shape and np.array_equal(x, y), name
    for x, y in zip(a.score_many(TEXTS), b.score_many(TEXTS), strict=True):
        assert x.probabilities == y.probabilities  # the same arrays: equal, not close
        assert [x.cue_spans(k) for k in range(len(a.categories))] == [y.cue_spans(k) for k in range(len(b.categories))]


def _uncached(monkeypatch: pytest.MonkeyPatch, path: Path | None = None) -> ClaimModel:
    with monkeypatch.context() as m:
        m.setenv(cachedir.ENV, "")
        return ClaimModel(path)


def test_cached_model_scores_as_derived_from_the_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _uncached(monkeypatch)
    assert not cache.exists() or not _entries(cache)
    built = ClaimModel()  # empty cache: derived and stored
    assert len(_entries(cache)) == 1
    read = ClaimModel()
    _same(built, plain)
    _same(read, plain)
    assert read.vocab == plain.vocab and read._index == plain._index  # built on first use
    assert any(max(s.probabilities.values()) > 0.5 for s in plain.score_many(TEXTS))  # not a comparison of zeros


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:1000],  # truncated: marshal cannot read it
        lambda data: b"",
        lambda data: marshal.dumps({"format": 1, "categories": [], "meta": "{}", "arrays": {}}),  # readable, wrong
        lambda data: marshal.dumps([1, 2, 3]),
    ],
)
def test_broken_entry_is_derived_again(cache: Path, monkeypatch: pytest.MonkeyPatch, damage: object) -> None:
    ClaimModel()
    (entry,) = _entries(cache)
    whole = entry.read_bytes()
    assert callable(damage)
    entry.write_bytes(damage(whole))
    again = ClaimModel()
    _same(again, _uncached(monkeypatch))
    assert entry.read_bytes() == whole  # stored again, whole


def test_array_of_the_wrong_size_is_not_used(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ClaimModel()
    (entry,) = _entries(cache)
    state = marshal.loads(entry.read_bytes())
    dt, shape, raw = state["arrays"]["weights_t"]
    state["arrays"]["weights_t"] = (dt, shape, raw[:-4])
    entry.write_bytes(marshal.dumps(state))
    _same(ClaimModel(), _uncached(monkeypatch))


def _tiny_model(path: Path, weight: float) -> None:
    vocab = np.array(["保", "收益", "稳赚", "不赔", "保本息"])
    coef = np.full((2, vocab.size), weight, dtype=np.float64)
    np.savez_compressed(
        path,
        meta=np.array(json.dumps({"categories": ["a", "b"], "kind": "char"})),
        vocab=vocab,
        idf=np.linspace(1.0, 2.0, vocab.size),
        coef=coef,
        intercept=np.zeros(2),
        platt_a=np.ones(2),
        platt_b=np.zeros(2),
    )


def test_changed_model_file_is_not_answered_from_its_old_entry(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "model.npz"
    _tiny_model(path, 1.0)
    first = ClaimModel(path).score("稳赚不赔，保本息").probabilities
    _tiny_model(path, -1.0)  # the same path, other weights: another key
    second = ClaimModel(path)
    assert second.score("稳赚不赔，保本息").probabilities != first
    _same(second, _uncached(monkeypatch, path))
    assert len(_entries(cache)) == 2


def test_no_cache_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cachedir.ENV, "")
    model = ClaimModel(default_model_path())
    assert model._keys is not None and model.n_features == len(model.vocab)
