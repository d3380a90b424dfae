"""Detector registry: every detector, built-in or third-party, arrives through the
``postguard.detectors`` entry-point group, so both register the same way."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib.metadata import entry_points

from app.detectors.base import Detector
from app.errors import DuplicateDetector, UnknownDetector

GROUP = "postguard.detectors"
log = logging.getLogger("postguard.registry")


class Registry:
    """Detectors by name; duplicates rejected, unknown names a clear error."""

    def __init__(self, detectors: Iterable[Detector] = ()) -> None:
        self._detectors: dict[str, Detector] = {}
        self.failed: dict[str, str] = {}  # entry points that could not be loaded, with the reason
        for detector in detectors:
            self.add(detector)

    def add(self, detector: Detector) -> None:
        if not isinstance(detector, Detector):
            raise TypeError(f"{detector!r} does not satisfy the Detector protocol")
        if detector.name in self._detectors:
            raise DuplicateDetector(f"two detectors are named {detector.name!r}")
        self._detectors[detector.name] = detector

    def get(self, name: str) -> Detector:
        try:
            return self._detectors[name]
        except KeyError:
            raise UnknownDetector(f"no detector named {name!r}; installed: {sorted(self._detectors)}") from None

    def names(self) -> list[str]:
        return sorted(self._detectors)

    def __contains__(self, name: object) -> bool:
        return name in self._detectors

    def all(self) -> list[Detector]:
        return [self._detectors[n] for n in self.names()]

    def load_models(self) -> None:
        for detector in self._detectors.values():
            detector.load()


def discover(names: Iterable[str] | None = None) -> Registry:
    """Instantiate the entry-point detectors (only ``names`` if given)."""
    wanted = set(names) if names is not None else None
    registry = Registry()
    seen: set[str] = set()
    for ep in entry_points(group=GROUP):
        if wanted is not None and ep.name not in wanted:
            continue
        if ep.name in seen:
            raise DuplicateDetector(f"entry point {ep.name!r} is registered twice")
        seen.add(ep.name)
        try:
            detector = ep.load()()
        except Exception as exc:  # a broken plug-in must not take the service down; readyz reports it
            log.error("detector_load_failed", extra={"detector": ep.name, "error": type(exc).__name__})
            registry.failed[ep.name] = f"{type(exc).__name__}: {exc}"
            continue
        registry.add(detector)
    return registry
