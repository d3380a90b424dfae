"""NER through any HanLP model saved in a local directory (``hanlp.load(path)``; no download).

Production users put one of HanLP's published pretrained NER models there. The model is given
each sentence as a list of characters and returns (entity, type, start, end) tuples in character
offsets; the person types of HanLP's tag sets (PER, NR, PERSON) are kept.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.detectors.pii.ner.base import Span

PERSON_TYPES = frozenset({"PER", "NR", "PERSON", "NAME"})
_MAX_CHARS = 126  # HanLP RNN/transformer taggers are trained on short sentences: decode in chunks


class HanlpBackend:
    name = "hanlp"

    def __init__(self, model_dir: Path) -> None:
        self.model_dir = model_dir
        self._model: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        import hanlp

        with self._lock:
            if self._model is None:
                self._model = hanlp.load(str(self.model_dir))

    def persons(self, texts: Sequence[str]) -> list[list[Span]]:
        if self._model is None:
            self.load()
        chunks: list[tuple[int, int, str]] = []  # (text index, offset, chunk)
        for k, text in enumerate(texts):
            for off in range(0, len(text), _MAX_CHARS):
                chunks.append((k, off, text[off : off + _MAX_CHARS]))
        out: list[list[Span]] = [[] for _ in texts]
        batch = [list(c) for _, _, c in chunks if c]
        if not batch:
            return out
        results = self._model(batch)
        for (k, off, _), entities in zip([c for c in chunks if c[2]], results, strict=True):
            for entity in entities:
                _, kind, start, end = entity[:4]
                if str(kind).upper() in PERSON_TYPES:
                    out[k].append(Span(off + int(start), off + int(end)))
        return out
