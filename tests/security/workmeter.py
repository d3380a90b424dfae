"""Work counted rather than timed: the number of Python lines of app/ a call executes.

Deterministic on any machine, so a test can tell linear from quadratic growth (4x the input: about
4x the lines when linear, 16x when quadratic) without a wall-clock assert. Work inside C calls
(a regex, a slice) is not counted; bench/adversarial.py times those.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import app

APP = str(Path(app.__file__).resolve().parent)


def lines_executed(call: Callable[[], Any]) -> int:
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(APP) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count
