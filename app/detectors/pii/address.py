"""Detailed addresses of a person: from a province/city/district (or an address cue such as 家住)
down to a street and a door number (…路65号2单元803). District-level places (杭州西湖区) and company
or venue addresses are not findings."""

from __future__ import annotations

import re
from functools import lru_cache

from app.detectors.pii.config import PiiConfig
from app.detectors.pii.hits import Hit, context_before, occurrences
from app.detectors.pii.tables import Tables
from app.taxonomy import Category

_STOP = set("，,。；;！!？?、\n\r（()）【】[]“”\"'|：:")
_NUM = r"[0-9A-Za-z０-９一二三四五六七八九十零〇甲乙丙丁东西南北-]+"


@lru_cache(maxsize=8)
def _door_pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    return re.compile(rf"{_NUM}(?:{alts})(?:[0-9]{{2,5}}(?![0-9])(?:室|户)?)?|(?<=[座栋幢楼单元])[0-9]{{2,5}}")


def _division_sizes(text: str, divisions: tuple[str, ...]) -> dict[int, int]:
    """Length of the longest division name (two characters or more) at each position that has one."""
    sizes: dict[int, int] = {}
    for start, end in occurrences(text, divisions):
        if end - start >= 2 and end - start > sizes.get(start, 0):
            sizes[start] = end - start
    return sizes


def _cue_positions(text: str, cues: tuple[str, ...]) -> set[int]:
    """Positions that may follow an address cue: up to the 6-character window of ``_cue_at`` after one."""
    return {i for _, end in occurrences(text, cues) for i in range(end, min(end + 7, len(text)))}


def _span_end(text: str, start: int, cfg: PiiConfig) -> int | None:
    """End of a street + door address starting at ``start`` (None when it stops short of a door)."""
    limit = start
    while limit < len(text) and limit - start < cfg.address.max_length and text[limit] not in _STOP:
        limit += 1
    segment = text[start:limit]
    street = min((p for m in cfg.address.street_markers if (p := segment.find(m)) > 0), default=-1)
    if street < 0:
        return None
    last = None
    for m in _door_pattern(tuple(cfg.address.door_markers)).finditer(segment, street):
        if last is not None and m.start() > last + 12:
            break  # a number far past the address is something else (…号 ... 3天)
        last = m.end()
    return start + last if last is not None else None


def find_addresses(text: str, cfg: PiiConfig, tables: Tables) -> list[Hit]:
    # Only positions where a division name starts or that follow a cue can begin an address: the
    # scan visits those in order (one Aho-Corasick pass finds them) instead of every character.
    sizes = _division_sizes(text, tables.divisions)
    candidates = sorted(sizes.keys() | _cue_positions(text, tuple(cfg.address.cues)))
    hits: list[Hit] = []
    i = 0
    for pos in candidates:
        if pos < i:
            continue
        i = pos
        size = sizes.get(i, 0)
        if not size and _cue_at(text, i, cfg) is None:
            continue
        end = _span_end(text, i, cfg)
        blocked = context_before(text, i, cfg.address.blocking_words, cfg.address.window)
        if end is not None and end - i >= 6 and not blocked:
            hits.append(Hit(Category.PII_ADDRESS, i, end, "address.division" if size else "address.cue"))
            i = end
        elif end is not None and blocked:
            i = end  # a company address: skip all of it, not only its first division name
        else:
            i += max(size, 1)
    return hits


def _cue_at(text: str, i: int, cfg: PiiConfig) -> str | None:
    before = text[max(0, i - 6) : i].rstrip("：: ")
    for cue in cfg.address.cues:
        if before.endswith(cue):
            return cue
    return None
