"""Cooperative detector deadlines: a timed-out detector stops instead of running on in the pool.

A Python thread cannot be killed, so the engine's timeout alone only stops *waiting* for a detector;
the detector would keep its pool thread (and a core) busy until it finished, and a few hostile posts
would queue every later check behind them. The engine therefore runs each detector under a
:class:`Deadline` held in a context variable, and detectors call :func:`checkpoint` in their loops:
past the deadline it raises :class:`DetectorTimeout`, which unwinds the detector and frees the thread.
The engine reports that detector as ``timeout`` (a degraded answer), exactly as before.

Outside the engine (scripts, tests, the CLI calling ``detect`` directly) no deadline is set and
:func:`checkpoint` does nothing. Third-party detectors with long loops should call it too; one
call costs about 0.1 µs.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["Deadline", "DetectorTimeout", "checkpoint", "running_until"]


class DetectorTimeout(Exception):
    """A detector passed its deadline and stopped (the engine reports it as ``timeout``)."""


@dataclass(frozen=True, slots=True)
class Deadline:
    """A point on the monotonic clock."""

    at: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        return cls(time.monotonic() + seconds)

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def expired(self) -> bool:
        return time.monotonic() >= self.at


_current: ContextVar[Deadline | None] = ContextVar("postguard_detector_deadline", default=None)


def checkpoint() -> None:
    """Raise DetectorTimeout if the running detector's deadline has passed; otherwise nothing."""
    deadline = _current.get()
    if deadline is not None and time.monotonic() >= deadline.at:
        raise DetectorTimeout("detector deadline passed")


@contextmanager
def running_until(deadline: Deadline | None) -> Iterator[None]:
    """Run the body under ``deadline`` (``None``: no deadline) in this thread's context."""
    token = _current.set(deadline)
    try:
        yield
    finally:
        _current.reset(token)
