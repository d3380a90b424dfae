"""jieba's dictionary tables, loaded in a fraction of jieba's own time, and exactly jieba's.

Two costs dominate the start-up of every in-process check (a CI job's `postguard check`, each `scan`):

- the prefix dictionary (about 500,000 words and prefixes with their frequencies): jieba keeps it in a marshal
  file and reads it with ``marshal.load(file)``, which pulls the file through Python-level reads item by item
  (0.75 s here); ``marshal.loads`` of the same bytes takes a third of that;
- the word -> part-of-speech table that ``jieba.posseg`` builds at import by decoding and splitting dict.txt line
  by line (0.3-0.4 s); a marshal copy loads in a fraction.

Both copies live in the cache directory (app/cachedir.py), keyed by jieba's version and the dictionary file's
path, size and mtime. A missing or unreadable copy is built by jieba's own code and stored, so the tables are
always the ones jieba builds. A custom dictionary (``jieba.set_dictionary``) is left to jieba entirely.
"""

from __future__ import annotations

import io
import logging
import marshal
import os
import sys
import threading
from types import ModuleType
from typing import Any, cast

from app import cachedir

_lock = threading.RLock()


def _key() -> str | None:
    """What the default dictionary's tables derive from; None for a custom dictionary."""
    import jieba

    if jieba.dt.dictionary != jieba.DEFAULT_DICT:
        return None
    path = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    try:
        info = os.stat(path)
    except OSError:
        return None
    return f"{jieba.__version__}|{path}|{info.st_size}|{info.st_mtime_ns}|{sys.version_info[:2]}"


def _load(name: str, key: str | None) -> Any:
    if key is None:
        return None
    data = cachedir.read(name, key)
    if data is None:
        return None
    try:
        return marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None


def initialize() -> Any:
    """``jieba``, with its default tokenizer's prefix dictionary loaded (jieba.initialize(), faster)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    dt = jieba.dt
    if dt.initialized:
        return jieba
    with _lock:
        if dt.initialized:
            return jieba
        key = _key()
        loaded = _load("jieba-freq", key)
        if isinstance(loaded, tuple) and len(loaded) == 2 and isinstance(loaded[0], dict):
            with dt.lock:
                dt.FREQ, dt.total = loaded
                dt.initialized = True
            return jieba
        dt.initialize()
        if key is not None:
            cachedir.write("jieba-freq", key, marshal.dumps((dt.FREQ, dt.total)))
    return jieba


def posseg() -> ModuleType:
    """``jieba.posseg``, imported with its word -> part-of-speech table from the cache when it is there."""
    loaded: ModuleType | None = sys.modules.get("jieba.posseg")
    if loaded is not None:
        return loaded
    with _lock:
        loaded = sys.modules.get("jieba.posseg")
        if loaded is not None:
            return loaded
        jieba = initialize()
        key = _key()
        table = _load("jieba-postags", key)
        if not isinstance(table, dict):
            import jieba.posseg as built  # reads dict.txt itself

            if key is not None:
                cachedir.write("jieba-postags", key, marshal.dumps(built.dt.word_tag_tab))
            return cast(ModuleType, built)
        # The module builds its default POS tokenizer at import, from the dictionary file its tokenizer names:
        # for this one import, that file is empty, and the table comes from the cache instead.
        jieba.dt.get_dict_file = lambda: io.BytesIO(b"")
        try:
            import jieba.posseg as module
        finally:
            del jieba.dt.get_dict_file
        module.dt.word_tag_tab = table
        return cast(ModuleType, module)
