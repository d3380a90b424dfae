"""The default NER backend: a python-crfsuite character CRF over PER B/I/O tags.

Features per character: the character and its neighbours (uni- and bigrams within +-2), the
character class, surname-lexicon flags, and jieba's segmentation with part of speech (position of
the character in its word, the word's POS tag such as ``nr``, the word and its neighbours). The
model file is trained by scripts/train_ner.py; ``features`` is shared by training and decoding so
the two can never drift apart.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.deadline import checkpoint
from app.detectors.pii.ner.base import Span, bio_to_spans
from app.jieba_tables import posseg

_PUNCT = set("，。！？、；：“”‘’（）《》【】…—·,.!?;:()[]<>\"'~～#@/\\|-_+=*&%$^")


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if ch.isascii() and ch.isalpha():
        return "a"
    if ch in _PUNCT or ch.isspace():
        return "p"
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    return "o"


def _segment(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in posseg().cut(text)]


def features(text: str, surnames: frozenset[str]) -> list[list[str]]:
    """One feature list per character of ``text``."""
    words = _segment(text)
    pos_of: list[tuple[str, str, str, str, str, int]] = []
    for k, (word, flag) in enumerate(words):
        prev_w = words[k - 1][0] if k > 0 else "<s>"
        next_w = words[k + 1][0] if k + 1 < len(words) else "</s>"
        for j in range(len(word)):
            place = "S" if len(word) == 1 else "B" if j == 0 else "E" if j == len(word) - 1 else "M"
            pos_of.append((place, flag, word if len(word) <= 4 else "<long>", prev_w, next_w, len(word)))
    padded = ["<s2>", "<s1>", *text, "</s1>", "</s2>"]
    out: list[list[str]] = []
    for i, ch in enumerate(text):
        p = i + 2
        c_2, c_1, c1, c2 = padded[p - 2], padded[p - 1], padded[p + 1], padded[p + 2]
        place, flag, word, prev_w, next_w, wlen = pos_of[i] if i < len(pos_of) else ("S", "x", ch, "", "", 1)
        f = [
            "b",
            "c0=" + ch,
            "c-1=" + c_1,
            "c1=" + c1,
            "c-2=" + c_2,
            "c2=" + c2,
            "c-1c0=" + c_1 + ch,
            "c0c1=" + ch + c1,
            "c-2c-1=" + c_2 + c_1,
            "c1c2=" + c1 + c2,
            "c-1c1=" + c_1 + c1,
            "k=" + _kind(ch),
            "k-1k1=" + _kind(c_1[0]) + _kind(c1[0]),
            "wp=" + place,
            "pos=" + flag,
            "wp_pos=" + place + flag,
            "w=" + word,
            "wl=" + str(min(wlen, 5)),
            "pw=" + prev_w,
            "nw=" + next_w,
        ]
        if ch in surnames:
            f.append("sn")
        if c_1 in surnames:
            f.append("sn-1")
        if padded[p - 2] in surnames:
            f.append("sn-2")
        if ch + c1 in surnames:
            f.append("sn2")
        if flag.startswith("nr"):
            f.append("nr_" + place)
        out.append(f)
    return out


def bare_features(text: str) -> list[list[str]]:
    """Character n-grams only: the baseline that shows what the lexical features add."""
    padded = ["<s2>", "<s1>", *text, "</s1>", "</s2>"]
    return [
        [
            "b",
            "c0=" + ch,
            "c-1=" + padded[i + 1],
            "c1=" + padded[i + 3],
            "c-2=" + padded[i],
            "c2=" + padded[i + 4],
            "c-1c0=" + padded[i + 1] + ch,
            "c0c1=" + ch + padded[i + 3],
        ]
        for i, ch in enumerate(text)
    ]


class CrfBackend:
    """Character CRF loaded from a ``.crfsuite`` model file."""

    name = "crf"
    pure_python = True  # features in Python, a C tagger that returns in microseconds: runs inline

    def __init__(self, model_path: Path, surnames: frozenset[str]) -> None:
        self.model_path = model_path
        self.surnames = surnames
        self._tagger: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        import pycrfsuite

        posseg()  # the tokenizer's tables, now rather than in the first request
        tagger = pycrfsuite.Tagger()
        tagger.open(str(self.model_path))
        self._tagger = tagger

    def persons(self, texts: Sequence[str]) -> list[list[Span]]:
        if self._tagger is None:
            self.load()
        out: list[list[Span]] = []
        # A pycrfsuite Tagger holds decoding state, so concurrent requests take turns on it.
        with self._lock:
            for text in texts:
                checkpoint()  # past the engine's deadline: stop here (app/deadline.py)
                if not text:
                    out.append([])
                    continue
                tags = self._tagger.tag(features(text, self.surnames))
                out.append(bio_to_spans(tags))
        return out
