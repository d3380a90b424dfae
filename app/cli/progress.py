"""The progress line of `postguard scan` on standard error, drawn by tqdm (only on a terminal)."""

from __future__ import annotations

import sys

from tqdm import tqdm


class Progress:
    def __init__(self, total: int, *, enabled: bool) -> None:
        self._bar = tqdm(total=total, disable=not enabled or total <= 0, file=sys.stderr, unit="post",
                         dynamic_ncols=True, mininterval=0.1)

    @property
    def done(self) -> int:
        return int(self._bar.n)

    def step(self) -> None:
        self._bar.update(1)

    def close(self) -> None:
        self._bar.close()
