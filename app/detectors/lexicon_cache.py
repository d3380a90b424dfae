"""Lexicon indexes kept between runs: building one costs most of a CLI check's start-up (0.5-1 s: homophones
and pinyin keys of the variant table, pattern literal analysis, normalising every term), loading one a tenth.

An entry is keyed by the ruleset's checksum and a fingerprint of everything else the index derives from: the
source of the modules that build it, the lookalike tables, and the installed pypinyin and OpenCC (their files'
sizes and mtimes). A missing or unreadable entry is rebuilt and stored. Entries live in the private cache
directory (app/cachedir.py), the only place they are unpickled from.
"""

from __future__ import annotations

import pickle
from functools import lru_cache
from pathlib import Path

from app import cachedir
from app.detectors.lexicon import LexiconIndex
from app.readings import save_homophones
from app.ruleset import Ruleset

_APP = Path(__file__).resolve().parent.parent
_SOURCES = ("detectors/lexicon.py", "patterns.py", "readings.py", "text.py", "ruleset.py")
_LIBRARIES = ("pypinyin", "opencc")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    data = sorted(p for p in (_APP / "data" / "text").glob("*") if p.is_file())
    return cachedir.fingerprint([*(_APP / name for name in _SOURCES), *data], _LIBRARIES)


def load_index(ruleset: Ruleset) -> LexiconIndex:
    key = f"{ruleset.checksum}|{fingerprint()}"
    data = cachedir.read("lexicon-index", key)
    if data is not None:
        try:
            return LexiconIndex.restore(pickle.loads(data), ruleset)  # only from the private directory
        except Exception:  # a truncated or foreign entry: build it again
            pass
    index = LexiconIndex(ruleset)
    save_homophones()
    cachedir.write("lexicon-index", key, pickle.dumps(index.cache_state(), protocol=pickle.HIGHEST_PROTOCOL))
    return index
