"""Issue 15 part 4: the faster paths give what the plain ones they replaced gave.

Each shortcut of the hot path (docs/performance.md, "Hot path") has a plain reference here, written the way the
code did it before, and random or generated inputs must agree with it: a change that breaks the equivalence
fails here, not as a slightly different finding somewhere else.
"""

from __future__ import annotations

import dataclasses
import pickle
import random
import re
import threading

import ahocorasick
import pytest

from app import readings, text
from app.deadline import checkpoint
from app.detectors.base import DetectContext, Finding, Post, span_finding
from app.detectors.lexicon import LexiconDetector
from app.detectors.registry import Registry
from app.engine import Engine
from app.patterns import PatternSet
from app.ruleset import load_default_ruleset, parse_ruleset
from app.taxonomy import Severity
from bench.lexicon import make_posts

_ALPHABET = [
    *"稳赚不赔保本收益aAbzwenzhuanjk1 *.·-_\n\t@，。",
    "\u3000",
    "😊",
    "💰",
    "\u2605",
    "\u00a0",
    "\u2028",
    "𠀀",
    "Ａ",
    "穩",
    "賺",
    "\u200b",
    "❶",
    "㈱",
    "ﬁ",
    "Ⅸ",
    "\ufeff",
    "\u0336",
    "\u2776",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 20))) for _ in range(n)]


def _reference_noise_spans(s: str) -> list[tuple[int, int]]:
    """The noise runs as normalize found them before: a regex scan and a test of both neighbours."""
    run = re.compile(f"[{text._NOISE}]+")
    return [
        m.span()
        for m in run.finditer(s)
        if m.start() > 0 and text._CJK.match(s, m.start() - 1) and text._CJK.match(s, m.end())
    ]


def test_noise_found_by_the_character_scan_is_the_regex_scans() -> None:
    scanner, kinds = text._char_scanner()
    for s in _random_texts(3000, 1) + make_posts(0.05):
        translated = text._translate(s)[0]
        found = scanner.find_matches_as_indexes(translated)
        noise = [start for k, start, _ in found if kinds[k] & text._IS_NOISE]
        assert text._noise_runs(translated, noise) == _reference_noise_spans(translated), s
        assert any(kinds[k] & text._IS_LATIN for k, _, _ in found) == bool(re.search("[a-z]", translated))
        folds = any(kinds[k] & text._FOLDS for k, _, _ in scanner.find_matches_as_indexes(s))
        assert folds == (text._first_foldable(text._tables()[3], s) is not None)


def test_latin_runs_are_the_runs_of_the_documented_pattern() -> None:
    pattern = re.compile(f"{readings._SPLIT}*[a-z]+(?:{readings._SPLIT}+[a-z]+)*{readings._SPLIT}*")
    for s in _random_texts(3000, 2):
        lowered = s.lower()
        assert list(readings._latin_runs(lowered)) == [m.span() for m in pattern.finditer(lowered)], lowered


def test_fold_test_on_bytes_agrees_with_the_binding_search() -> None:
    either = text._tables()[3]
    for s in _random_texts(2000, 3):
        first = either.search(s)
        assert text._first_foldable(either, s) == (None if first is None else first.start())


def test_the_lexicon_automaton_reports_what_pyahocorasick_did_in_its_order() -> None:
    # The lexicon, its allow-phrases and co-occurrences rely on matches by end and, at one end, longest first.
    index = LexiconDetector().index(load_default_ruleset())
    reference = ahocorasick.Automaton()
    for key in index.keys:
        reference.add_word(key, len(key))
    reference.make_automaton()
    for s in make_posts(0.05) + _random_texts(500, 4):
        expected = [(end + 1 - size, end + 1) for end, size in reference.iter(s)]
        assert [(a, b) for _, a, b in index.matcher.find_matches_as_indexes(s, overlapping=True)] == expected


class _Inline:
    """Runs on the engine's calling thread (inline = True) and loops on checkpoints until released."""

    name, version, categories, inline = "inline", "0", frozenset({"ad_absolute"}), True

    def __init__(self) -> None:
        self.threads: list[str] = []
        self.release = threading.Event()

    def load(self) -> None:
        pass

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        self.threads.append(threading.current_thread().name)
        while not self.release.is_set() and post.text == "hang":
            checkpoint()
        return []


class _Pooled(_Inline):
    name, inline = "pooled", False  # type: ignore[assignment]


def _two(timeout_ms: int = 2000) -> object:
    return parse_ruleset(
        {"name": "t", "detectors": {"inline": {}, "pooled": {}}, "policy": {"detector_timeout_ms": timeout_ms}}
    )


def test_inline_detectors_run_on_the_calling_thread_and_the_others_in_the_pool() -> None:
    inline, pooled = _Inline(), _Pooled()
    engine = Engine(Registry([inline, pooled]))
    try:
        result = engine.check(Post(text="x"), _two())  # type: ignore[arg-type]
    finally:
        engine.close()
    assert {r.name: r.status for r in result.runs} == {"inline": "ok", "pooled": "ok"}
    assert inline.threads == [threading.current_thread().name]
    assert pooled.threads[0].startswith("detector")


def test_an_inline_detector_past_the_deadline_is_a_timeout_and_the_others_count() -> None:
    inline, pooled = _Inline(), _Pooled()
    engine = Engine(Registry([inline, pooled]))
    try:
        result = engine.check(Post(text="hang"), _two(100))  # type: ignore[arg-type]
    finally:
        inline.release.set()
        pooled.release.set()
        engine.close()
    assert [(r.name, r.status) for r in result.runs] == [("inline", "timeout"), ("pooled", "timeout")]


def test_batch_engines_run_every_detector_on_the_calling_thread_under_the_deadline() -> None:
    inline, pooled = _Inline(), _Pooled()
    engine = Engine(Registry([inline, pooled]), concurrent=False)
    try:
        result = engine.check(Post(text="x"), _two())  # type: ignore[arg-type]
        here = threading.current_thread().name
        assert inline.threads == [here] and pooled.threads == [here]
        assert not engine._pool._threads  # the pool never started a thread
        assert {r.name: r.status for r in result.runs} == {"inline": "ok", "pooled": "ok"}
        hung = engine.check(Post(text="hang"), _two(100))  # type: ignore[arg-type]
    finally:
        inline.release.set()
        pooled.release.set()
        engine.close()
    assert [(r.name, r.status) for r in hung.runs] == [("inline", "timeout"), ("pooled", "timeout")]


def test_cli_and_rescan_engines_are_batch_engines() -> None:
    import inspect

    from app.cli import checker
    from app.rescan import worker

    assert "Engine(registry, concurrent=False)" in inspect.getsource(checker.LocalChecker.__init__)
    assert "Engine(registry, concurrent=False)" in inspect.getsource(worker.PostChecker.__init__)


@pytest.mark.parametrize("name", ["lexicon", "disclosure", "brand", "claims", "sentiment", "pii"])
def test_the_built_in_detectors_run_inline_with_their_default_models(name: str) -> None:
    from app.detectors.registry import discover
    from app.engine import runs_inline

    ruleset = load_default_ruleset()
    post = Post(text="x")
    assert runs_inline(discover([name]).get(name), DetectContext(ruleset=ruleset, post=post))


def test_pii_with_a_name_model_outside_python_runs_in_the_pool() -> None:
    from app.detectors.pii import PiiDetector
    from app.detectors.pii.ner.base import Span
    from app.engine import runs_inline

    class OutsidePython:  # HanLP's shape: no pure_python flag, a call that cannot stop at a checkpoint
        def load(self) -> None: ...

        def persons(self, texts: list[str]) -> list[list[Span]]:
            return [[] for _ in texts]

    ctx = DetectContext(ruleset=load_default_ruleset(), post=Post(text="x"))
    assert not runs_inline(PiiDetector(ner=OutsidePython()), ctx)
    assert not runs_inline(_Pooled(), ctx)


def test_equal_rulesets_share_one_readings_object() -> None:
    # The readings caches are keyed by it: equal objects that are not the same one cost a comparison of
    # every phrase on each request.
    a = load_default_ruleset()
    b = parse_ruleset(a.model_dump(mode="json"))
    assert a is not b and a.readings is b.readings


def test_spans_mapped_together_are_the_spans_mapped_one_by_one() -> None:
    rng = random.Random(6)
    ruleset = load_default_ruleset()
    for s in _random_texts(1500, 7) + make_posts(0.02):
        norm = text.normalize(s, readings=ruleset.readings)
        n = len(norm.text)
        spans = [(a, b) for a in range(n + 1) for b in (a, a + 1, a + 3, n + 2) if rng.random() < 0.3]
        assert norm.spans_to_original(spans) == [norm.to_original(a, b) for a, b in spans], s


def test_the_fast_finding_constructor_builds_the_finding_init_builds() -> None:
    args = ("ad_absolute", 3, 7, "稳赚不赔", "lexicon", "ad.guarantee", Severity.HIGH, "m", "b", "s", "title")
    fast = span_finding(*args)
    names = ("category", "start", "end", "text", "detector", "rule_id", "severity", "message", "basis", "suggestion")
    plain = Finding(**dict(zip(names, args[:-1], strict=True)), field="title")
    assert type(fast) is Finding
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert all(getattr(fast, f.name) == getattr(plain, f.name) for f in dataclasses.fields(Finding))  # every slot set
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert dataclasses.replace(fast, score=0.5) == dataclasses.replace(plain, score=0.5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 0  # type: ignore[misc]


def test_lexicon_findings_are_the_findings_init_builds() -> None:
    detector, ruleset = LexiconDetector(), load_default_ruleset()
    found = 0
    for s in make_posts(0.05, seed=3):
        post = Post(text=s, title=s[:30])
        for f in detector.detect(post, DetectContext(ruleset=ruleset, post=post)):
            rebuilt = Finding(**{x.name: getattr(f, x.name) for x in dataclasses.fields(Finding)})
            assert f == rebuilt and repr(f) == repr(rebuilt)
            found += 1
    assert found > 20


def test_the_pattern_set_called_on_bytes_agrees_with_the_binding_match() -> None:
    ruleset = load_default_ruleset()
    patterns = PatternSet([r.pattern for r in ruleset.lexicon.rules if r.pattern is not None])
    assert patterns._prefilter is None  # compiled on first use
    whole, compiled_set = patterns._compile_prefilter()
    assert compiled_set is not None  # the fast path is the one in use
    examples = [x for r in ruleset.lexicon.rules for x in (*r.examples.hit, *r.examples.miss)]
    matched = 0
    for s in _random_texts(500, 8) + make_posts(0.05, seed=5) + examples:
        found = whole.Match(s)
        assert patterns.matching(s) == (sorted(found) if found else []), s
        matched += bool(found)
    assert matched > 50


def _claim_texts() -> list[str]:
    """Sentences and clause chains with digits, whitespace, NUL, astral and folded characters."""
    rng = random.Random(15)
    pieces = [*_ALPHABET, "\x00", "\r", "𠀀", "年化收益", "只会多不会少", "比存银行", "，", "：", "3.5%", " \t"]
    chains = ["，".join(rng.choice(pieces) * rng.randint(1, 3) for _ in range(rng.randint(1, 12))) for _ in range(150)]
    return [*_random_texts(300, 15), *chains, *(p[:120] for p in make_posts(0.02))]


def _plain_claim_model() -> object:
    """The shipped model scoring from n-gram strings and the dict (the path a word+char model takes)."""
    from app.detectors.claims.model import ClaimModel

    plain = ClaimModel()
    plain._keys = plain._key_columns = None
    return plain


def test_claim_scores_looked_up_by_key_are_the_scores_from_ngram_strings() -> None:
    from app.detectors.claims.model import ClaimModel

    fast, plain = ClaimModel(), _plain_claim_model()
    assert isinstance(plain, ClaimModel) and fast._keys is not None
    texts = _claim_texts()
    for a, b in zip(fast.score_many(texts), plain.score_many(texts), strict=True):
        assert a.probabilities == b.probabilities  # the same arithmetic in the same order: equal, not close
        for k in range(len(fast.categories)):
            assert a.cue_spans(k) == b.cue_spans(k)
            assert a.cue_spans(k, top=2, share=0.7) == b.cue_spans(k, top=2, share=0.7)
    # Overlapping spans of one text (a sentence and its clause windows) score as their slices do.
    text = "".join(texts)
    rng = random.Random(16)
    spans = [(s, s + rng.randint(0, 60)) for s in sorted(rng.sample(range(len(text) - 60), 400))]
    scores = fast.score_spans(text, spans)
    for i, b in enumerate(plain.score_many([text[s:e] for s, e in spans])):
        assert scores[i].probabilities == b.probabilities and scores[i].text == b.text
        assert scores[i].cue_spans(2) == b.cue_spans(2)
        assert list(scores.probabilities[i]) == [b.probabilities[c] for c in fast.categories]


def test_claim_findings_with_the_span_scorer_are_those_from_scored_slices() -> None:
    """The detector gives the same findings whether the model scores spans of the field or only slices
    (a stand-in model with ``score_many`` alone, as scripts/claim_alt_models.py provides)."""
    from app.detectors.claims import ClaimDetector

    class SlicesOnly:
        def __init__(self, model: object) -> None:
            self.categories = model.categories  # type: ignore[attr-defined]
            self.score_many = model.score_many  # type: ignore[attr-defined]

    fast, slices = ClaimDetector(), ClaimDetector()
    fast.load()
    slices._model = SlicesOnly(_plain_claim_model())  # type: ignore[assignment]
    ruleset = load_default_ruleset()
    rng = random.Random(17)
    posts = [Post(text=t) for t in make_posts(0.05)]
    posts += [Post(text="，".join(rng.sample(_claim_texts(), 8)), title=rng.choice([None, "警惕这些话术："]))
              for _ in range(50)]
    found = 0
    for post in posts:
        a = fast.detect(post, DetectContext(ruleset=ruleset, post=post))
        assert a == slices.detect(post, DetectContext(ruleset=ruleset, post=post))
        found += len(a)
    assert found > 20  # the posts hold claims: the comparison is not of empty lists


def test_the_lexicon_never_compiles_the_set_of_all_its_patterns() -> None:
    """Candidates are searched one pattern at a time: the set of every pattern is left uncompiled (start-up),
    the set of the unanchored ones is compiled by the first scan (the engine's warm-up, before a fork)."""
    from app.detectors.lexicon import LexiconIndex

    index = LexiconIndex(load_default_ruleset())
    assert index.unanchored_patterns._prefilter is None
    for post in make_posts(0.02, seed=6):
        index.scan(post, None)
    assert index.patterns._prefilter is None
    assert index.unanchored_patterns._prefilter is not None
