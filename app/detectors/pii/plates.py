"""Vehicle licence plates of third parties (pii_plate): 沪A12345, 沪A·D12345, 粤B 12345D.

A plate is a province abbreviation, an issuing-office letter (never I or O) and a serial: five
letters/digits (ordinary), six for new-energy cars (D/F first for small cars, last for large ones),
or four plus 挂/学/港/澳. The shape alone is too weak (a product code or a sentence fragment can
look like one), so a plate counts only with a vehicle word near it (车牌, 车主, 出险车辆 …) or
written in the official dotted form (沪A·12345) that labels it. Masked plates (沪A·1****) do not
match, and the author's own car (我的车牌 …) is the author's choice to publish.

Matching runs on the digit view (full-width and Chinese numerals folded, same length as the text),
with up to two separators (space, ·, •, -, zero-width) allowed between any two characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.detectors.pii.config import PiiConfig, Plates
from app.detectors.pii.hits import Hit, context_before
from app.taxonomy import Category

# Characters people put inside a plate; the digit view has already folded full-width forms.
SEPARATORS = " \t·•・･‧∙-‐‑–—_.\u200b\u200c\u200d\u2060\ufeff"
_SEP = "[" + re.escape(SEPARATORS) + "]{0,2}"
_LETTER = "[a-hj-np-z]"
_CHAR = "[a-hj-np-z0-9]"
_DIGIT = "[0-9]"


@lru_cache(maxsize=16)
def _pattern(provinces: str) -> re.Pattern[str]:
    s = _SEP
    new_energy = f"(?P<nev>[df]{s}{_CHAR}(?:{s}{_DIGIT}){{4}}|{_DIGIT}(?:{s}{_DIGIT}){{4}}{s}[df])"
    ordinary = f"(?P<ordinary>{_CHAR}(?:{s}{_CHAR}){{4}})"
    special = f"(?P<special>{_CHAR}(?:{s}{_CHAR}){{3}}{s}[挂学港澳])"
    return re.compile(
        f"(?P<province>[{re.escape(provinces)}]){s}(?P<office>{_LETTER})(?P<sep>{s})"
        f"(?:{new_energy}|{ordinary}|{special})(?![a-z0-9*×])"
    )


def _serial(match: re.Match[str]) -> str:
    raw = match.group("nev") or match.group("ordinary") or match.group("special") or ""
    return "".join(c for c in raw if c not in SEPARATORS)


def _plausible(serial: str) -> bool:
    # Two digits at least (新Apple… is a word), and XX inside is a mask (沪A·1XX23), not a plate.
    return sum(c.isdigit() for c in serial) >= 2 and serial.count("x") < 2


def _near_after(view: str, end: int, words: list[str], window: int) -> str | None:
    after = view[end : end + window]
    return next((w for w in words if w in after), None)


def _own_car(view: str, start: int, end: int, cfg: Plates) -> bool:
    """我的车牌 沪A12345 / 沪A12345是我的车: unless 客户, 对方 … comes between the cue and the plate."""
    before = view[max(0, start - cfg.self_window) : start]
    cut = max((before.rfind(w) + len(w) for w in cfg.self_context if w in before), default=-1)
    if cut >= 0 and not any(w in before[cut:] for w in cfg.third_party_words):
        return True
    return _near_after(view, end, cfg.self_after, cfg.after_window) is not None


def find_plates(view: str, cfg: PiiConfig) -> list[Hit]:
    """Third-party licence plates in ``view`` (the digit view of one field)."""
    pc = cfg.plates
    if not pc.enabled or not pc.provinces:
        return []
    hits: list[Hit] = []
    for m in _pattern(pc.provinces).finditer(view):
        if not _plausible(_serial(m)):
            continue
        start, end = m.start(), m.end()
        cue = context_before(view, start, pc.context_words, pc.window) or _near_after(
            view, end, pc.context_words, pc.after_window
        )
        labelled = any(c in pc.labelling_separators for c in m.group("sep"))
        if (cue is None and not labelled) or _own_car(view, start, end, pc):
            continue
        kind = "new_energy" if m.group("nev") else "special" if m.group("special") else "ordinary"
        evidence = (cue,) if cue else ("dotted form",)
        hits.append(Hit(Category.PII_PLATE, start, end, f"plate.{kind}", evidence=evidence))
    return hits
