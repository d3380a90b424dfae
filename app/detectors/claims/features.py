"""Character n-gram features shared by training (scripts/train_claims.py) and inference.

Training and inference must extract exactly the same features, so both import this module.
``prepare`` keeps the length of its input, so n-gram positions are positions in the normalised text.
"""

from __future__ import annotations

NGRAM_MIN = 1
NGRAM_MAX = 3

# Every digit becomes 0 and every whitespace a plain space: 3.5% and 4.2% are the same claim to the
# model, and the mapping is one character to one character.
_FOLD = str.maketrans({**{str(d): "0" for d in range(10)}, "\t": " ", "\n": " ", "\r": " ", "\u3000": " "})


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
