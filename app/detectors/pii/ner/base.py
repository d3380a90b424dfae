"""The NER backend interface: text in, person-name spans out.

A backend is any object with ``load()`` and ``persons(texts)``; the PII detector picks one by the
``ner.backend`` name in pii.yaml. Backends decode a batch of sentences at once (one call per post)
and keep their model loaded once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Span:
    """A person-name span, code-point offsets into the sentence it came from (end exclusive)."""

    start: int
    end: int
    score: float = 1.0


class NerBackend(Protocol):
    name: str

    def load(self) -> None: ...

    def persons(self, texts: Sequence[str]) -> list[list[Span]]: ...


def bio_to_spans(tags: Sequence[str], label: str = "PER") -> list[Span]:
    """Spans of ``label`` in a BIO (or BIOES/BMES) tag sequence; a stray I- opens a span."""
    spans: list[Span] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        inside = kind == label and prefix in ("I", "M", "E")
        if start is not None and not inside:
            spans.append(Span(start, i))
            start = None
        if kind == label and (prefix in ("B", "S") or (start is None and inside)):
            if start is not None:
                spans.append(Span(start, i))
            start = i
        if prefix in ("E", "S") and kind == label and start is not None:
            spans.append(Span(start, i + 1))
            start = None
    return spans
