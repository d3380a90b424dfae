"""The OCR stage: reads a post's images in a pool of worker processes, under its own timeout.

OCR is CPU-heavy and its native code cannot be interrupted, so it runs outside the service process: the
text detectors (threads in app/engine.py) never wait behind an image, and an image that takes longer than
``timeout_s`` is given up on (the check answers with ``ocr`` in ``degraded``). A worker still busy with
such an image would hold up the images of the requests after it, so the pool is then replaced and its
processes terminated. Workers are started with ``spawn`` (forking a process that runs threads can copy a
held lock), on the first post with images, and each loads the model once.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from app.ocr import backend
from app.ocr.layout import ImageText, OcrLine

log = logging.getLogger("postguard.ocr")
Reader = Callable[[Any], list[OcrLine]]


@dataclass(frozen=True, slots=True)
class OcrOutcome:
    """The texts read (None for an image that was not read) and how the stage went: ok | timeout | error | missing."""

    texts: list[ImageText | None]
    status: str
    elapsed_ms: float


class OcrStage:
    def __init__(self, *, workers: int = 1, timeout_s: float = 20.0, reader: Reader | None = None,
                 initializer: Callable[[], None] | None = None, version: str | None = None) -> None:
        # ``reader`` must be a module-level function (it is pickled by name into the workers); tests pass slow
        # or failing ones.
        self.workers = workers
        self.timeout_s = timeout_s
        self.reader: Reader = reader or backend.read_image
        self.initializer = initializer if reader else backend.load
        self.version = version or backend.version()
        self.available = reader is not None or backend.available()
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=self.initializer,
                                                 mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def warm(self, timeout_s: float = 120.0) -> None:
        """Start the workers and load the model now rather than on the first post with images."""
        if not self.available:
            return
        import numpy as np

        blank = np.full((64, 64, 3), 255, dtype=np.uint8)
        futures = [self._executor().submit(self.reader, blank) for _ in range(self.workers)]
        for future in futures:
            future.result(timeout=timeout_s)

    def read(self, images: Sequence[Any], timeout_s: float | None = None) -> OcrOutcome:
        """Read every image (pixel arrays) in the pool; all of them share one deadline."""
        started = time.perf_counter()
        if not images:
            return OcrOutcome([], "ok", 0.0)
        if not self.available:
            return OcrOutcome([None] * len(images), "missing", 0.0)
        deadline = started + (self.timeout_s if timeout_s is None else timeout_s)
        try:
            pool = self._executor()
            futures: list[Future[list[OcrLine]]] = [pool.submit(self.reader, pixels) for pixels in images]
        except (BrokenProcessPool, RuntimeError) as exc:
            self._replace(None, f"submit: {type(exc).__name__}")
            return OcrOutcome([None] * len(images), "error", _ms(started))
        texts: list[ImageText | None] = []
        status = "ok"
        for future in futures:
            try:
                lines = future.result(timeout=max(0.0, deadline - time.perf_counter()))
                texts.append(ImageText(tuple(lines)))
            except FutureTimeout:
                status = "timeout"
                texts.append(None)
            except BrokenProcessPool:  # a worker died (out of memory, killed): start afresh next time
                status = "error" if status == "ok" else status
                texts.append(None)
            except Exception as exc:  # an image the engine fails on degrades this check only
                log.error("ocr_error", extra={"error": type(exc).__name__})
                status = "error" if status == "ok" else status
                texts.append(None)
        if status != "ok":
            log.warning("ocr_degraded", extra={"status": status, "images": len(images)})
            if any(not f.done() for f in futures) or status == "error":
                self._replace(pool, status)
        return OcrOutcome(texts, status, _ms(started))

    def _replace(self, pool: ProcessPoolExecutor | None, why: str) -> None:
        """Drop ``pool`` (a worker is stuck on a timed-out image, or died): later posts get fresh workers."""
        with self._lock:
            if pool is not None and self._pool is not pool:
                return  # another request replaced it already
            old, self._pool = self._pool, None
        if old is not None:
            log.warning("ocr_pool_replaced", extra={"reason": why})
            _terminate(old)

    def close(self) -> None:
        with self._lock:
            old, self._pool = self._pool, None
        if old is not None:
            _terminate(old)


def _terminate(pool: ProcessPoolExecutor) -> None:
    # The executor cannot cancel a running call, so its processes are ended first; shutdown then finds them
    # gone and returns at once (the pool is discarded either way).
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)
