"""Parallel scan: models load once in the parent and worker processes share them by fork (copy-on-write), so N
workers cost one model load, not N; results come back in input order.

Forking is safe here because the parent has loaded models but never checked a post: the engine's detector thread
pool starts its threads on first use, so no thread (and no lock held by one) exists at fork time. Where fork is not
available (Windows) each worker builds its own engine instead.

Why two workers used to run at 0.95x of one, and what changed:

- the parent re-validated every answer into a CheckResponse and encoded it again, serially, on one of the same
  two cores; now each worker returns its finished output line (``app.cli.check.Outcome``) and the parent writes it;
- every post crossed to a worker as a dumped model in chunks of 8; now the raw line goes (the worker parses it, bad
  lines come back as outcomes) in chunks sized to the input (up to 64), so IPC is a few large messages;
- the garbage collector of each worker walked the inherited model objects (tokeniser dictionaries, automata,
  CRF and classifier tables), writing to their headers and so copying their pages one fault at a time:
  ``gc.freeze()`` before the fork moves them out of the collector's sight.

Start-up (serial, paid by one worker and by N alike) is what keeps the wall-time ratio of 2 workers to 1 below
the ratio once started: see docs/performance.md.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.check import Outcome, scan_one

if TYPE_CHECKING:
    from app.cli.checker import LocalChecker
from app.schemas.check import Purpose

_checker: LocalChecker | None = None


def _init(ruleset: Path | None) -> None:
    global _checker
    from app.cli.checker import LocalChecker

    _checker = LocalChecker(ruleset)


def checker() -> LocalChecker | None:
    """The engine loaded in this process for the workers (None before a parallel scan), to be closed."""
    return _checker


def _work(job: tuple[int, str, str, str]) -> Outcome:
    n, line, purpose, base = job
    assert _checker is not None
    return scan_one(_checker, n, line, Purpose(purpose), Path(base))


def chunk_size(jobs: int, workers: int) -> int:
    """About 16 chunks per worker, each at most 16 lines: a chunk is a few hundred microseconds of IPC, and at
    the end the other workers wait on the last one (64 lines left a worker idle ~0.1 s of a 5,000-post scan)."""
    return max(1, min(16, jobs // (workers * 16)))


def scan_parallel(lines: list[tuple[int, str]], workers: int, ruleset: Path | None,
                  purpose: Purpose, base: Path) -> Iterator[Outcome]:
    """``base``: the directory that image paths in the lines are relative to (the input file's)."""
    jobs = [(n, line, purpose.value, str(base)) for n, line in lines]
    forked = "fork" in mp.get_all_start_methods()
    if forked:
        _init(ruleset)  # loaded once, inherited by every worker
        gc.collect()
        gc.freeze()  # the models stay shared: no collector pass in a worker touches (and so copies) their pages
        pool = mp.get_context("fork").Pool(workers)
    else:
        pool = mp.get_context("spawn").Pool(workers, initializer=_init, initargs=(ruleset,))
    with pool:
        yield from pool.imap(_work, jobs, chunksize=chunk_size(len(jobs), workers))
    # The models stay frozen, as in the one-worker path: ``_checker`` keeps them for the life of the process
    # anyway, and unfrozen they would be walked and freed by the collector's last pass at exit (0.25 s of a
    # 5,000-post scan's wall time, serial).
