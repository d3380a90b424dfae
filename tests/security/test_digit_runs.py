"""Issue 16.1: the PII digit-run scan is linear in the run and gives the same hits as the exhaustive
scan it replaced (every sub-run of every run, longest first)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from app.detectors.base import Post
from app.detectors.pii import numbers
from app.detectors.pii.config import PiiConfig
from app.detectors.pii.hits import Hit, context_before
from app.detectors.pii.numerals import digit_view, number_runs
from app.detectors.pii.tables import load_tables
from app.engine import Engine
from app.ruleset import Ruleset, load_default_ruleset
from app.taxonomy import Category
from tests.security.adversarial import DIGIT_RUNS

OWNER = "13900001111"


@pytest.fixture(scope="module")
def cfg() -> PiiConfig:
    return PiiConfig.model_validate(load_default_ruleset().detector_config("pii"))


def _exhaustive(view: str, cfg: PiiConfig, owner_phone: str | None) -> list[Hit]:
    """The scan before the fix: every sub-run i..j of a run, longest first (cubic in the run)."""
    tables, prefixes = load_tables(), frozenset(str(p) for p in cfg.phones.mobile_prefixes)
    owner = numbers._owner_digits(owner_phone)
    hits: list[Hit] = []
    for run in number_runs(view):
        n, i = len(run.groups), 0
        while i < n:
            for j in range(n, i, -1):
                sub = run.sub(i, j)
                found = numbers._classify(sub.digits, sub.start, view, cfg, tables, prefixes)
                if found is None:
                    continue
                if found[0] is Category.PII_PHONE and (
                    numbers._owner_digits(sub.digits) == owner
                    or context_before(view, sub.start, cfg.phones.corporate_context, cfg.phones.window)
                ):
                    break
                hits.append(Hit(found[0], sub.start, sub.end, found[1]))
                i = j - 1
                break
            i += 1
    return hits


# Pieces that make real identifiers when joined, split at random places, with cues around them.
_PIECES = ["138", "1234", "5678", "13812345678", "8613912345678", "110101", "19900307", "7771", "X", "x",
           "6222020200112233445", "4111111111111111", "010", "62345678", "0755", "2888", "1", "12", "0",
           "13900001111", "999", "330106196803159726", "123456789012345678901"]
_GLUE = [" ", "-", " ", "", "\n", "·", "/", "  ", "，", "电话", "卡号", "身份证", "客服热线", "a"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(rng.randint(1, 12)))


def test_windowed_scan_finds_what_the_exhaustive_scan_found(cfg: PiiConfig) -> None:
    rng = random.Random(16)
    found = 0
    for _ in range(1500):
        view = digit_view(_random_text(rng))
        owner = rng.choice([None, OWNER])
        expected = _exhaustive(view, cfg, owner)
        assert numbers.find_numbers(view, cfg, load_tables(), owner) == expected, view
        found += len(expected)
    assert found > 500  # the generator does make identifiers


@pytest.mark.parametrize("unit", ["1 ", "12-", "1\n", "１ ", "一 ", "13812345678 "])
def test_digit_scan_validates_a_bounded_number_of_sub_runs_per_group(
    cfg: PiiConfig, unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Work, counted rather than timed: before the fix a run of n groups meant n²/2 validations.
    calls = 0
    classify = numbers._classify

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return classify(*args)

    monkeypatch.setattr(numbers, "_classify", counting)
    view = digit_view(unit * 400)
    groups = sum(len(r.groups) for r in number_runs(view))
    numbers.find_numbers(view, cfg, load_tables(), None)
    assert groups >= 400
    assert calls <= 10 * groups


def _pii_only(timeout_ms: int = 2000) -> Ruleset:
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["policy"]["detector_timeout_ms"] = timeout_ms
    return Ruleset.model_validate(doc)


@pytest.mark.parametrize("name", sorted(DIGIT_RUNS))
def test_10k_chars_of_adversarial_digits_check_inside_the_pii_deadline(name: str) -> None:
    from app.main import build_engine
    from app.settings import Settings

    ruleset = _pii_only()
    engine: Engine = build_engine(Settings(), ["pii"])
    try:
        result = engine.check(Post(text=DIGIT_RUNS[name](10_000)), ruleset, only=["pii"])
    finally:
        engine.close()
    assert [(r.name, r.status) for r in result.runs] == [("pii", "ok")]
