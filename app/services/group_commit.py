"""Group commit: many callers' items handled by one thread in groups, each caller answered when its group is done.

A commit costs about the same for one audit event as for a hundred (the round trip, the chain-head lock, the
fsync), so writing events one transaction each caps a replica at its commit rate however fast the checks are.
Here every caller hands its item to one committer thread and waits; the committer takes *everything* queued
when it is free (up to ``max_group``) and handles it with one ``flush`` call. Nothing waits for a group to fill:
with one request in flight the group has one item and the latency is one commit, as before; under load, the
items that arrived during one commit form the next group, so throughput grows with concurrency instead of
queueing behind the log.

Items are flushed in the order they were submitted, groups one after the other (one committer), so an order
that the flush preserves within a group (the audit chain's) holds across groups too. ``submit`` returns only
after the flush of its group has returned, and raises the exception the flush reported for its item.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger("postguard.audit")


class _Waiter(Generic[T]):
    __slots__ = ("done", "error", "item")

    def __init__(self, item: T) -> None:
        self.item = item
        self.done = threading.Event()
        self.error: BaseException | None = None


class GroupCommitter(Generic[T]):
    """``flush(items)`` returns one outcome per item (None = done, else the exception to raise to its caller)."""

    def __init__(self, flush: Callable[[list[T]], Sequence[BaseException | None]], *, max_group: int = 256,
                 name: str = "group-commit") -> None:
        self._flush = flush
        self.max_group = max_group
        self._queue: deque[_Waiter[T]] = deque()
        self._cond = threading.Condition()
        self._closed = False
        self.groups = 0  # flush calls so far (for tests and metrics)
        self.items = 0
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, item: T) -> None:
        """Queue ``item`` and wait until its group is flushed; raise what the flush reported for it."""
        waiter = _Waiter(item)
        with self._cond:
            if self._closed:
                raise RuntimeError("the group committer is closed")
            self._queue.append(waiter)
            self._cond.notify()
        waiter.done.wait()
        if waiter.error is not None:
            raise waiter.error

    def _take(self) -> list[_Waiter[T]] | None:
        with self._cond:
            while not self._queue and not self._closed:
                self._cond.wait()
            if not self._queue:
                return None  # closed and drained
            n = min(len(self._queue), self.max_group)
            return [self._queue.popleft() for _ in range(n)]

    def _run(self) -> None:
        while (group := self._take()) is not None:
            try:
                outcomes = list(self._flush([w.item for w in group]))
                if len(outcomes) != len(group):
                    raise RuntimeError(f"flush answered {len(outcomes)} outcomes for {len(group)} items")
            except BaseException as exc:  # never leave a caller waiting forever: every item gets the failure
                log.critical("group_commit_failed", extra={"error": f"{type(exc).__name__}: {exc}"[:300]})
                outcomes = [exc] * len(group)
            self.groups += 1
            self.items += len(group)
            for waiter, outcome in zip(group, outcomes, strict=True):
                waiter.error = outcome
                waiter.done.set()

    def close(self, timeout: float = 30.0) -> None:
        """Flush what is queued, then stop the thread (later submits raise)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout=timeout)
