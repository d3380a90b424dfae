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

- ``multiprocessing.Pool`` itself cost the parent about 0.3 CPU-seconds of a 5,000-post scan (its task, result
  and worker-handler threads pickling chunks, unpickling answers and polling), on one of the same two cores. Now
  each forked worker takes the next block of lines from a shared counter and appends its answers to its own file;
  the parent only reads those files back in block order, so it sleeps while the workers check (0.01 CPU-s).

Start-up (serial, paid by one worker and by N alike) is what keeps the wall-time ratio of 2 workers to 1 below
the ratio once started: see docs/performance.md.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import pickle
import struct
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app.cli.check import Outcome, scan_one

if TYPE_CHECKING:
    from app.cli.checker import LocalChecker
from app.schemas.check import Purpose

_checker: LocalChecker | None = None
_FRAME = struct.Struct("<QQ")  # block number, length of the pickled answers that follow
_POLL_S = 0.005  # how often the parent looks for the next block while the workers check


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
    """About 16 blocks per worker, each at most 16 lines: at the end the other workers wait on the last block
    (64 lines left a worker idle ~0.1 s of a 5,000-post scan)."""
    return max(1, min(16, jobs // (workers * 16)))


def scan_parallel(
    lines: list[tuple[int, str]], workers: int, ruleset: Path | None, purpose: Purpose, base: Path
) -> Iterator[Outcome]:
    """``base``: the directory that image paths in the lines are relative to (the input file's)."""
    if "fork" in mp.get_all_start_methods():
        _init(ruleset)  # loaded once, inherited by every worker
        gc.collect()
        gc.freeze()  # the models stay shared: no collector pass in a worker touches (and so copies) their pages
        yield from _forked(lines, workers, purpose, base)
        # The models stay frozen, as in the one-worker path: ``_checker`` keeps them for the life of the process
        # anyway, and unfrozen they would be walked and freed by the collector's last pass at exit (0.25 s of a
        # 5,000-post scan's wall time, serial).
        return
    jobs = [(n, line, purpose.value, str(base)) for n, line in lines]
    with mp.get_context("spawn").Pool(workers, initializer=_init, initargs=(ruleset,)) as pool:
        yield from pool.imap(_work, jobs, chunksize=chunk_size(len(jobs), workers))


def _forked(lines: list[tuple[int, str]], workers: int, purpose: Purpose, base: Path) -> Iterator[Outcome]:
    """Answers in input order from ``workers`` forked processes.

    Worker ``w`` takes block after block (``size`` lines each) from a shared counter and appends each block's
    answers to its own file, then marks the block as done by ``w``. A worker's blocks are increasing, so when
    the parent has read blocks 0..b-1, the next frame in the file of block b's worker is block b: the parent
    reads the files front to back, never seeks and never holds more than one block.
    """
    ctx = mp.get_context("fork")
    size = chunk_size(len(lines), workers)
    blocks = (len(lines) + size - 1) // size
    counter = ctx.Value("q", 0)
    owner = ctx.Array("b", blocks, lock=False)  # 0: not yet; w + 1: done by worker w
    with tempfile.TemporaryDirectory(prefix="postguard-scan-") as tmp:
        paths = [Path(tmp) / f"worker-{w}" for w in range(workers)]
        procs = [
            ctx.Process(
                target=_worker, args=(w, paths[w], lines, size, blocks, counter, owner, purpose, base), daemon=True
            )
            for w in range(workers)
        ]
        for p in procs:
            p.start()
        readers: list[IO[bytes] | None] = [None] * workers
        try:
            for b in range(blocks):
                w = _wait_for(b, owner, procs)
                reader = readers[w]
                if reader is None:
                    reader = readers[w] = paths[w].open("rb")
                number, length = _FRAME.unpack(reader.read(_FRAME.size))
                assert number == b, f"worker {w} wrote block {number}, expected {b}"
                yield from pickle.loads(reader.read(length))
        finally:
            for r in readers:
                if r is not None:
                    r.close()
            for p in procs:
                if p.is_alive():
                    p.terminate()  # the consumer stopped early (an error, Ctrl-C): no orphan keeps checking
                p.join()


def _wait_for(block: int, owner: Any, procs: list[Any]) -> int:
    """The worker that finished ``block``, waiting for it; an error when every worker is gone without it."""
    while not owner[block]:
        if all(p.exitcode is not None for p in procs) and not owner[block]:
            codes = sorted({p.exitcode for p in procs})
            raise RuntimeError(f"scan workers ended before block {block} was checked (exit codes {codes})")
        time.sleep(_POLL_S)
    return int(owner[block]) - 1


def _worker(
    w: int,
    path: Path,
    lines: list[tuple[int, str]],
    size: int,
    blocks: int,
    counter: Any,
    owner: Any,
    purpose: Purpose,
    base: Path,
) -> None:
    """A forked worker's whole life; it leaves with ``os._exit`` (no interpreter teardown, no return into the
    parent's code: under pytest the parent is the test process)."""
    code = 0
    try:
        assert _checker is not None
        with path.open("wb") as out:
            while True:
                with counter.get_lock():
                    b = counter.value
                    counter.value = b + 1
                if b >= blocks:
                    break
                answers = [scan_one(_checker, n, line, purpose, base) for n, line in lines[b * size : (b + 1) * size]]
                data = pickle.dumps(answers, protocol=pickle.HIGHEST_PROTOCOL)
                out.write(_FRAME.pack(b, len(data)) + data)
                out.flush()  # in the file before the parent is told
                owner[b] = w + 1
        _checker.close()  # OCR processes this worker started
    except BaseException:
        traceback.print_exc(file=sys.stderr)
        code = 1
    finally:
        sys.stderr.flush()
        os._exit(code)
