"""Character n-gram features shared by training (scripts/train_claims.py) and inference.

Training and inference must extract exactly the same features, so both import this module.
``prepare`` keeps the length of its input, so n-gram positions are positions in the normalised text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

NGRAM_MIN = 1
NGRAM_MAX = 3

# Every digit becomes 0 and every whitespace a plain space: 3.5% and 4.2% are the same claim to the
# model, and the mapping is one character to one character.
_FOLD = str.maketrans({**{str(d): "0" for d in range(10)}, "\t": " ", "\n": " ", "\r": " ", "\u3000": " "})


# The same folding as code point pairs, for inference on code point arrays (app/detectors/claims/model.py).
FOLDED_CODES: dict[int, int] = {k: ord(str(v)) for k, v in _FOLD.items()}


def prepare(text: str) -> str:
    """``text`` with digits and whitespace folded; same length as ``text``."""
    return text.translate(_FOLD)


def ngram_spans(text: str) -> list[tuple[str, int, int]]:
    """(n-gram, start, end) for every n-gram of ``prepare(text)``, NGRAM_MIN..NGRAM_MAX long."""
    s = prepare(text)
    return [(s[i : i + n], i, i + n) for n in range(NGRAM_MIN, NGRAM_MAX + 1) for i in range(len(s) - n + 1)]


def char_ngrams(text: str) -> list[str]:
    """The n-grams of ``text`` with repeats (the training analyzer)."""
    s = prepare(text)
    return [s[i : i + n] for n in range(NGRAM_MIN, NGRAM_MAX + 1) for i in range(len(s) - n + 1)]


# Word features (the "word+char" model measured in docs/claims.md): jieba words of 2+ characters, marked
# so that they never collide with a character n-gram.
WORD_MARK = "\x00"


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from app.jieba_tables import initialize

    return initialize()


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """(marked word, start, end) for every dictionary word of 2+ characters in ``prepare(text)``."""
    s = prepare(text)
    return [(WORD_MARK + w, a, b) for w, a, b in _tokenizer().tokenize(s, HMM=False) if b - a > 1]


def features(text: str, kind: str = "char") -> list[str]:
    """The training analyzer for a model of feature ``kind`` ("char" or "word+char")."""
    grams = char_ngrams(text)
    if kind == "word+char":
        grams.extend(w for w, _, _ in word_spans(text))
    return grams


def feature_spans(text: str, kind: str = "char") -> list[tuple[str, int, int]]:
    """(feature, start, end) of every feature of ``text``: where a cue phrase sits."""
    spans = ngram_spans(text)
    if kind == "word+char":
        spans.extend(word_spans(text))
    return spans
