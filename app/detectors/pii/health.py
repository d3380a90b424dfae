"""Health information tied to an identifiable person (pii_health).

A diagnosis phrase (a listed condition, or a phrase ending in 癌/瘤/炎 …, with its modifiers such
as 急性 or 二期) is reported only when a name or identifier found in the same field lies within
``window`` characters: 被保险人王某，因急性心肌梗死 … is an anonymised case, not a finding.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.detectors.pii.config import PiiConfig
from app.detectors.pii.hits import Hit
from app.taxonomy import Category

_IDENTIFYING = frozenset(
    {
        Category.PII_NAME,
        Category.PII_ID_CARD,
        Category.PII_POLICY_NUMBER,
        Category.PII_PHONE,
        Category.PII_BANK_CARD,
        Category.PII_EMAIL,
    }
)
# Characters that end the leftward growth of a diagnosis phrase (确诊|急性心肌梗死).
_LEFT_STOP = set("诊患因有了的出为得是在和与及或，。；：！？、 （）()0123456789岁年月日天后前上查现被")
_TAIL = re.compile(
    r"(?:后遗症|并发症)?(?:偏瘫|瘫痪)?(?:[一二三四1-4ⅠⅡⅢⅣ]+[期级度型]|早期|中期|晚期|末期|复发|转移)?"
    r"(?:\d+(?:\.\d+)?(?:mm|cm|毫米|厘米))?"
)  # 结节4mm: the size belongs to the finding


def _grows_left(ch: str) -> bool:
    return ch not in _LEFT_STOP and "\u4e00" <= ch <= "\u9fff"


@lru_cache(maxsize=8)
def _condition_pattern(conditions: tuple[str, ...], suffixes: tuple[str, ...]) -> re.Pattern[str]:
    terms = sorted({*conditions, *suffixes}, key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in terms))


def _phrases(text: str, cfg: PiiConfig) -> list[tuple[int, int]]:
    h = cfg.health
    spans: list[tuple[int, int]] = []
    for m in _condition_pattern(tuple(h.conditions), tuple(h.condition_suffixes)).finditer(text):
        start, end = m.start(), m.end()
        is_listed = m.group(0) in h.conditions
        while start > 0 and m.start() - start < 8 and _grows_left(text[start - 1]):
            start -= 1
        if not is_listed and end - start < 2:
            continue  # a bare suffix (病, 炎) with nothing before it is not a diagnosis
        end += len(_TAIL.match(text, end).group(0))  # type: ignore[union-attr]
        if any(text.startswith(b, end) for b in h.blocking_after):
            continue
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def find_health(text: str, cfg: PiiConfig, found: list[Hit]) -> list[Hit]:
    """Diagnosis phrases within ``window`` characters of a name or identifier in ``found``."""
    anchors = [h for h in found if h.category in _IDENTIFYING]
    if not anchors:
        return []
    hits: list[Hit] = []
    for start, end in _phrases(text, cfg):
        near = [a for a in anchors if -cfg.health.window <= start - a.end <= cfg.health.window
                or 0 <= a.start - end <= cfg.health.window]  # fmt: skip
        if near and not any(a.start < end and start < a.end for a in found):
            hits.append(Hit(Category.PII_HEALTH, start, end, "health.identified", evidence=(near[0].category.value,)))
    return hits
