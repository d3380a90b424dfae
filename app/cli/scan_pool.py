"""Parallel scan: models load once in the parent and worker processes share them by fork (copy-on-write), so N
workers cost one model load, not N; results come back in input order.

Forking is safe here because the parent has loaded models but never checked a post: the engine's detector thread
pool starts its threads on first use, so no thread (and no lock held by one) exists at fork time. Where fork is not
available (Windows) each worker builds its own engine instead."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from app.errors import PostguardError
from app.schemas.check import CheckRequest, CheckResponse

_checker = None


def _init(ruleset: Path | None) -> None:
    global _checker
    from app.cli.checker import LocalChecker

    _checker = LocalChecker(ruleset)


def _work(job: tuple[int, str, dict[str, object]]) -> tuple[int, str, dict[str, object] | str]:
    n, pid, body = job
    assert _checker is not None
    try:
        return n, pid, _checker.check(CheckRequest.model_validate(body)).model_dump(mode="json")
    except (ValidationError, ValueError, PostguardError) as exc:  # an image over the limits is this post's problem
        return n, pid, f"{type(exc).__name__}: {exc}"


def scan_parallel(
    jobs: list[tuple[int, str, CheckRequest]], workers: int, ruleset: Path | None
) -> Iterator[tuple[int, str, CheckResponse | str]]:
    payload = [(n, pid, req.model_dump(mode="json")) for n, pid, req in jobs]
    if "fork" in mp.get_all_start_methods():
        _init(ruleset)  # loaded once, inherited by every worker
        ctx = mp.get_context("fork")
        pool = ctx.Pool(workers)
    else:
        pool = mp.get_context("spawn").Pool(workers, initializer=_init, initargs=(ruleset,))
    with pool:
        for n, pid, out in pool.imap(_work, payload, chunksize=8):
            yield n, pid, out if isinstance(out, str) else CheckResponse.model_validate(out)
