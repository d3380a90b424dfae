"""Pluggable NER backends for person names: ``crf`` (shipped default), ``hanlp`` (any local
HanLP NER model) and ``none``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from app.detectors.pii.ner.base import NerBackend, Span, bio_to_spans

__all__ = ["NerBackend", "Span", "bio_to_spans", "make_backend", "resolve_model_path"]


def resolve_model_path(model_path: str) -> Path:
    """An absolute path as it is; a relative one inside the package's app/data/."""
    path = Path(model_path)
    return path if path.is_absolute() else Path(str(resources.files("app") / "data")) / path


def make_backend(kind: str, model_path: str, surnames: frozenset[str]) -> NerBackend | None:
    """The backend named in pii.yaml (not loaded yet); None for ``none``."""
    if kind == "none":
        return None
    path = resolve_model_path(model_path)
    if kind == "crf":
        from app.detectors.pii.ner.crf import CrfBackend

        return CrfBackend(path, surnames)
    if kind == "hanlp":
        from app.detectors.pii.ner.hanlp_backend import HanlpBackend

        return HanlpBackend(path)
    raise ValueError(f"unknown NER backend {kind!r} (expected crf, hanlp or none)")
