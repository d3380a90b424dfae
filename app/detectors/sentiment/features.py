"""Character n-gram features shared by the training script and the runtime scorer.

The model is a linear classifier over character n-grams of a lightly normalised comment. Training
(scripts/train_sentiment.py) and scoring both call :func:`ngram_features`, so the two can never
drift apart. The normalisation here is deliberately our own and lighter than app/text.py: quote
marks must survive, because a praise word in quotes (真是"好"保险) is the strongest sarcasm signal.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

import opencc

# Every quote style folds into one mark so that "好", “好” and 「好」 share n-grams.
_QUOTES = str.maketrans({c: '"' for c in "“”„‟「」『』〝〞＂'‘’"})
_SPACE = re.compile(r"\s+")
# Runs of the same punctuation (！！！, ？？) carry emphasis, not extra meaning: keep two.
_REPEAT = re.compile(r"([!?。，,.~…])\1{2,}")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def normalize_for_model(text: str) -> str:
    """NFKC, lower case, traditional -> simplified, one quote mark, no whitespace."""
    folded = unicodedata.normalize("NFKC", text).lower().translate(_QUOTES)
    folded = _SPACE.sub("", folded)
    folded = _REPEAT.sub(r"\1\1", folded)
    return str(_t2s().convert(folded))


def ngrams(text: str, max_n: int) -> set[str]:
    """Distinct character n-grams (1..max_n) of the normalised text, with ^/$ edge marks."""
    padded = f"^{normalize_for_model(text)}$"
    grams: set[str] = set()
    for n in range(1, max_n + 1):
        grams.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    grams.discard("^")
    grams.discard("$")
    return grams


def ngram_features(text: str, max_n: int) -> dict[str, float]:
    """Binary n-gram presence scaled by 1/sqrt(#distinct n-grams), so long texts don't dominate."""
    grams = ngrams(text, max_n)
    if not grams:
        return {}
    value = 1.0 / math.sqrt(len(grams))
    return dict.fromkeys(grams, value)
