"""Detectors that fail on purpose, for the fault tests (and the live-server factory below)."""

from __future__ import annotations

import time

from fastapi import FastAPI

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.lexicon import LexiconDetector
from app.detectors.registry import Registry


class BrokenDetector:
    name = "broken"
    version = "0.0.1"
    categories = frozenset({"ad_absolute"})

    def load(self) -> None:
        """Nothing to load."""

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        raise RuntimeError("this detector always fails")


class SlowDetector:
    """Sleeps ``seconds`` and finds nothing: past the ruleset's detector timeout it is a timeout."""

    version = "0.0.1"
    categories = frozenset({"ad_absolute"})

    def __init__(self, seconds: float, name: str = "slow") -> None:
        self.seconds = seconds
        self.name = name

    def load(self) -> None:
        """Nothing to load."""

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        time.sleep(self.seconds)
        return []


def create_slow_app() -> FastAPI:
    """uvicorn factory: the real service with the lexicon plus a 0.3 s detector (keeps requests in flight)."""
    from app.main import create_app

    return create_app(registry=Registry([LexiconDetector(), SlowDetector(0.3)]))
