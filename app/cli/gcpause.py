"""Start-up with the cyclic garbage collector paused.

Building the parser imports most of the application, and loading the models allocates a few million objects
that stay alive: the collector's passes over that growing heap (four of them full) cost about 0.3 s of every
in-process start-up (`scan`, `check`), serial before any post is checked. Neither step makes garbage that must
go promptly; the collector runs again after them (`scan` collects once, before ``gc.freeze()``).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:  # whoever turned it off keeps it off
            gc.enable()
