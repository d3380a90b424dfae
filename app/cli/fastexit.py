"""Leaving a CLI process without tearing the interpreter down.

A command that loaded the models in-process (`check`, `scan`) holds a few million small objects: the tokeniser's
dictionaries, automata, classifier vocabularies. At exit CPython frees them one by one, which took 0.2 s of a
20-post scan (a tenth of its wall time, and serial: paid by one worker and by N alike). The operating system
frees the whole address space at once, so such commands ask to leave with ``os._exit`` once everything they
write is flushed and every resource that outlives the process (worker pools, OCR processes) is closed.

Only the console entry point (``entry``) leaves this way: ``main`` returns normally, so tests and embedding code
that call it keep their interpreter.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from typing import NoReturn

_requested = False


def request() -> None:
    """Called by a command when it has closed what it opened: the process may end without teardown."""
    global _requested
    _requested = True


def leave(code: int) -> NoReturn:
    if _requested:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a closed pipe or stream: nothing can reach it anyway
                stream.flush()
        logging.shutdown()
        os._exit(code)
    sys.exit(code)
