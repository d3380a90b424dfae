"""Durable appends to local files: every byte written or the file left as it was, then fsync'd.

``os.write`` may write less than asked (a full disk, a file-size limit) without raising; a caller that
ignores the count leaves a torn line. Here a short write is retried, a failed one is rolled back (the
file is cut back to its size before the append) and raised, so the caller can fail closed.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to ``fd`` (O_APPEND) and fsync it; on any failure cut the file back and raise."""
    start = os.fstat(fd).st_size
    try:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            if n <= 0:
                raise OSError(28, "no progress writing (disk full?)")
            view = view[n:]
        os.fsync(fd)
    except OSError:
        try:
            os.ftruncate(fd, start)
            os.fsync(fd)
        except OSError:
            pass  # the torn tail stays; readers set undecodable lines aside, never drop them silently
        raise


def append_line(path: Path, line: str) -> None:
    """Append one line to ``path`` under an exclusive lock (several processes share such files)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        write_all(fd, (line.rstrip("\n") + "\n").encode())
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a newly created file's directory entry durable too."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
