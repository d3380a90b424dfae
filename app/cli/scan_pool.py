"""Parallel scan: each worker process builds its own engine once, results come back in input order."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

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
    except (ValidationError, ValueError) as exc:
        return n, pid, f"{type(exc).__name__}: {exc}"


def scan_parallel(
    jobs: list[tuple[int, str, CheckRequest]], workers: int, ruleset: Path | None
) -> Iterator[tuple[int, str, CheckResponse | str]]:
    payload = [(n, pid, req.model_dump(mode="json")) for n, pid, req in jobs]
    ctx = mp.get_context("spawn")  # fork after threads (detector pool) is unsafe
    with ctx.Pool(workers, initializer=_init, initargs=(ruleset,)) as pool:
        for n, pid, out in pool.imap(_work, payload, chunksize=8):
            yield n, pid, out if isinstance(out, str) else CheckResponse.model_validate(out)
