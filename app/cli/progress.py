"""The progress line of `postguard scan` on standard error, drawn by tqdm (only on a terminal).

Off a terminal (a batch job, a pipe) nothing is drawn and tqdm is not even imported (6 ms of every start)."""

from __future__ import annotations

import sys
from typing import Any


class Progress:
    def __init__(self, total: int, *, enabled: bool) -> None:
        self._bar: Any = None
        self._count = 0
        if enabled and total > 0:
            from tqdm import tqdm

            self._bar = tqdm(total=total, file=sys.stderr, unit="post", dynamic_ncols=True, mininterval=0.1)

    @property
    def done(self) -> int:
        return int(self._bar.n) if self._bar is not None else self._count

    def step(self) -> None:
        if self._bar is not None:
            self._bar.update(1)
        else:
            self._count += 1

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
