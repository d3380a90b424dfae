"""Postguard's cache directory: tables derived from libraries' own data, kept in a form that loads fast.

Everything here can be rebuilt from what ships with the installed packages, so a missing, stale, unreadable or
unwritable entry only costs time: callers rebuild and try to store again. Entries are keyed by what they were
derived from (a library's version, a data file's size and mtime): a changed input is a new key, never a stale
answer.

Where: ``POSTGUARD_CACHE_DIR`` (empty: no cache at all), else ``$XDG_CACHE_HOME/postguard``, else
``~/.cache/postguard`` (docs/configuration.md). Read from the environment directly: the in-process CLI path does
not import the service's Settings. The directory is created private (0700) and used only while it belongs to
this user (or root) and nobody else may write to it, since entries are unmarshalled (some unpickled).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import marshal
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

T = TypeVar("T")

log = logging.getLogger("postguard.cache")

ENV = "POSTGUARD_CACHE_DIR"


def cache_dir() -> Path | None:
    """The directory, created if needed; None when caching is off or the directory is not safe to read."""
    configured = os.environ.get(ENV)
    if configured is not None:
        if not configured.strip():
            return None
        path = Path(configured).expanduser()
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        path = Path(base) / "postguard"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
    except OSError:
        return None
    # Ours, or root's (a container image's cache filled at build time, read-only to the service's user).
    foreign = hasattr(os, "getuid") and info.st_uid not in (os.getuid(), 0)
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or foreign:
        log.warning("cache_dir_ignored", extra={"reason": "writable by others or not ours"})
        return None
    return path


def _entry(name: str, key: str) -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    return base / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.bin"


def read(name: str, key: str) -> bytes | None:
    """The bytes stored under (name, key), or None. A hit touches the entry: pruning keeps what is used."""
    path = _entry(name, key)
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    with contextlib.suppress(OSError):  # a read-only cache (a container image's) is still read
        os.utime(path)
    return data


def write(name: str, key: str, data: bytes) -> None:
    """Store atomically (a reader sees the old entry or the whole new one); failures are only logged."""
    path = _entry(name, key)
    if path is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(path.parent, name, keep=path)
    except OSError as exc:
        log.info("cache_write_failed", extra={"entry": name, "error": type(exc).__name__})


KEEP_PER_NAME = 8


def _prune(base: Path, name: str, keep: Path) -> None:
    """At most KEEP_PER_NAME entries of one name, the newest: every published rule version and every upgrade
    adds keys, and a long-running deployment must not fill its disk with indexes of versions long retired."""
    entries = [p for p in base.glob(f"{name}-*.bin") if p.name.count("-") == name.count("-") + 1]
    if len(entries) <= KEEP_PER_NAME:
        return
    entries.sort(key=lambda p: p.stat().st_mtime_ns if p.exists() else 0, reverse=True)
    for old in entries[KEEP_PER_NAME:]:
        if old != keep:
            with contextlib.suppress(OSError):  # another process pruned it first
                old.unlink()


def fingerprint(files: Iterable[Path], libraries: Iterable[str] = ()) -> str:
    """What a derived table depends on besides its own input: the bytes of ``files`` (the code that builds it,
    its data files) and each installed library's module file (size and mtime: an upgrade rewrites it)."""
    digest = hashlib.sha256(sys.version.encode())  # Python's Unicode data and marshal format come with it
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for library in libraries:
        spec = importlib.util.find_spec(library)
        origin = spec.origin if spec is not None else None
        if origin:
            info = os.stat(origin)
            digest.update(f"{library}|{origin}|{info.st_size}|{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def memo(name: str, key: str, build: Callable[[], T], valid: Callable[[object], bool],
         codec: Literal["marshal", "pickle"] = "marshal") -> T:
    """The value stored under (name, key) if it is there and ``valid``, else ``build()``, stored for next time.
    marshal for plain data (dicts, strings, numbers); pickle only for library objects marshal cannot hold."""
    data = read(name, key)
    if data is not None:
        try:
            # Only ever from the private directory (cache_dir refuses one others may write to).
            value = marshal.loads(data) if codec == "marshal" else pickle.loads(data)
        except Exception:  # a truncated or foreign entry: build it again
            value = None
        if value is not None and valid(value):
            return value  # type: ignore[no-any-return]
    built = build()
    with contextlib.suppress(ValueError, TypeError, pickle.PicklingError):  # not storable: the value is still good
        data = marshal.dumps(cast(Any, built)) if codec == "marshal" else pickle.dumps(built, pickle.HIGHEST_PROTOCOL)
        write(name, key, data)
    return built
