"""Health information tied to an identifiable person (pii_health).

A diagnosis phrase comes from the disease vocabulary (app/data/pii/conditions.txt: ICD-10 common
names, the 2020 critical illnesses and their lay names, chronic conditions, lesions …), the pack's
own ``health.conditions``, or a phrase ending in a suffix such as 癌/瘤/炎. It may grow left through
anatomy and modifier characters (肺 + 原位腺癌) and right through a stage or grade (Ⅱ期, 4a类, 十级).

It is reported only when somebody in the field is identifiable (a full name or an identifier was
found) and the phrase is about that person:

- ``health.identified`` (score 0.9, 0.8 for a phrase only a suffix vouches for): a name or an
  identifier lies within ``window`` characters;
- ``health.story`` (0.7, 0.6): in a longer story, the phrase's sentence has a diagnosis cue (确诊,
  查出, 病理 …) and a third-person reference (她, 他, 客户 … or the name) in it or the sentence
  before, no hypothetical cue (如果, 比如 …), and a name lies within ``story_window`` characters with
  no anonymised person (李**, 王某) closer.

被保险人王某，因急性心肌梗死 … is an anonymised case, and 我确诊了… is the author's own health: not findings.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import ahocorasick

from app.detectors.pii.config import Health, PiiConfig
from app.detectors.pii.hits import Hit, occurrences
from app.detectors.pii.vocab import conditions
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
# Characters that end the leftward growth of a diagnosis phrase (确诊|急性心肌梗死), even where the
# vocabulary uses them (生活不能自理, 做了搭桥): growth is for anatomy and modifiers only.
_LEFT_STOP = set(
    "诊患因有了的出为得是在和与及或，。；：！？、 （）()0123456789岁年月日天后前上查现被"
    "不能自理生活人大小三双多个做放换物全失只带这那种买会要说我你他她它们也都就还"
)
_TAIL = re.compile(
    r"(?:后遗症|并发症)?(?:偏瘫|瘫痪)?"
    r"(?:[一二三四五六七八九十1-9ⅠⅡⅢⅣ]+[期级度型]|[0-6][abcABC]?类|早期|中期|晚期|末期|复发|转移)?"
    r"(?:\d+(?:\.\d+)?(?:mm|cm|毫米|厘米))?"
    r"(?:[（(][^（）()\n]{0,10}?[期级度型类][）)])?"
)  # 结节4mm, 结节4a类, 白血病（M2型）: the size or grade belongs to the finding
_GRADE = re.compile(r"[^。，,；;！？\n]{0,5}?[一二三四五六七八九十]{1,2}级|[（(][一二三四五六七八九十]{1,2}级[）)]")
_CA = re.compile(r"(?<=[\u4e00-\u9fff])(?:ca|CA|Ca)(?![A-Za-z])")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?\n]*")
_MASKED = re.compile(r"[\u4e00-\u9fff](?:\*{1,3}|＊{1,3}|某某?|xx|XX|××?)")


@lru_cache(maxsize=8)
def _automaton(terms: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for term in terms:
        automaton.add_word(term, term)
    automaton.make_automaton()
    return automaton


def _grows_left(ch: str, chars: frozenset[str]) -> bool:
    return ch not in _LEFT_STOP and ch in chars


def _phrases(text: str, h: Health) -> list[tuple[int, int, bool]]:
    """(start, end, listed) of diagnosis phrases; ``listed``: a vocabulary term, not only a suffix."""
    vocab = conditions()
    listed_terms = vocab.terms | set(h.conditions)
    blocked: dict[int, int] = {}  # start -> longest end of a word that is no diagnosis (病历, 既往症)
    for s, e in occurrences(text, tuple(sorted(vocab.not_terms))):
        blocked[s] = max(e, blocked.get(s, 0))
    reach = max(map(len, vocab.not_terms), default=0)

    def inside_blocked(start: int, end: int, strictly: bool) -> bool:
        for s in range(max(0, end - reach), start + 1):
            e = blocked.get(s, -1)
            if end <= e and (not strictly or e - s > end - start):
                return True
        return False

    terms = tuple(sorted(listed_terms | set(h.condition_suffixes)))
    raw: list[tuple[int, int, bool]] = []
    for last, term in _automaton(terms).iter(text):
        start, end = last + 1 - len(term), last + 1
        if inside_blocked(start, end, strictly=True):
            continue  # 病 in 病历, 症 in 既往症
        raw.append((start, end, term in listed_terms))
    # Clinicians' shorthand: an organ and "ca" (carcinoma) is a cancer (乳腺ca, 肺CA); it must grow.
    shorthand = {m.start() for m in _CA.finditer(text)}
    raw += [(start, start + 2, True) for start in shorthand]
    # Leftmost-longest: a term inside a longer one (癌 in 肺腺癌) is that one.
    raw.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    spans: list[tuple[int, int, bool]] = []
    for start, end, is_listed in raw:
        if spans and end <= spans[-1][1]:
            continue
        first = start
        while start > 0 and first - start < 8 and _grows_left(text[start - 1], vocab.chars):
            start -= 1
        if (not is_listed and end - start < 2) or (first in shorthand and start == first):
            continue  # a bare suffix (病, 炎, ca) with nothing before it is not a diagnosis
        if text[first:end] in vocab.graded:
            grade = _GRADE.match(text, end)
            if grade is None:
                continue  # 伤残, 残疾 alone are cover words (身故伤残保额); with a grade they are a finding
            end = grade.end()
        end += len(_TAIL.match(text, end).group(0))  # type: ignore[union-attr]
        if any(text.startswith(b, end) for b in h.blocking_after):
            continue
        if end - start <= reach and inside_blocked(start, end, strictly=False):
            continue
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2] or is_listed)
        else:
            spans.append((start, end, is_listed))
    return spans


_CLIP = 80  # characters of a sentence either side of the phrase that are read: keeps it linear


def _about_someone(
    text: str, start: int, end: int, sentences: list[tuple[int, int]], starts: list[int], names: list[Hit], h: Health
) -> bool:
    """The phrase's sentence reports a diagnosis of a third person, not a hypothetical one."""
    k = max(0, bisect_right(starts, start) - 1)
    s, e = sentences[k]
    s, e = max(s, start - _CLIP), min(e, end + _CLIP)
    sentence = text[s:e]
    if any(c in sentence for c in h.hypothetical_cues) or not any(c in sentence for c in h.diagnosis_cues):
        return False
    # The sentence before or after may name the person (她给我打电话 after the diagnosis).
    lo = max(sentences[k - 1][0] if k > 0 else s, start - 2 * _CLIP)
    hi = min(sentences[k + 1][1] if k + 1 < len(sentences) else e, end + 2 * _CLIP)
    if any(r in text[lo:hi] for r in h.person_refs):
        return True
    i = bisect_left(names, lo, key=lambda n: n.start)
    return i < len(names) and names[i].end <= hi


def _nearest(positions: list[int], pos: int) -> int | None:
    """The distance from ``pos`` to the closest of the sorted ``positions``."""
    i = bisect_left(positions, pos)
    near = [abs(positions[j] - pos) for j in (i - 1, i) if 0 <= j < len(positions)]
    return min(near) if near else None


def find_health(text: str, cfg: PiiConfig, found: list[Hit]) -> list[Hit]:
    """Diagnosis phrases about an identifiable person in ``found`` (see the module docstring)."""
    anchors = [h for h in found if h.category in _IDENTIFYING]
    if not anchors:
        return []
    h = cfg.health
    covered = bytearray(len(text) + 1)
    for a in found:
        covered[a.start : a.end] = b"\x01" * (a.end - a.start)
    ends = sorted((a.end, a.category.value) for a in anchors)
    starts = sorted((a.start, a.category.value) for a in anchors)
    end_keys, start_keys = [e for e, _ in ends], [s for s, _ in starts]
    names = sorted((a for a in anchors if a.category is Category.PII_NAME), key=lambda n: n.start)
    name_starts = [n.start for n in names]
    masked = [m.start() for m in _MASKED.finditer(text)]
    sentences: list[tuple[int, int]] = []
    sentence_starts: list[int] = []
    hits: list[Hit] = []
    for start, end, is_listed in _phrases(text, h):
        if any(covered[start:end]):
            continue
        i = bisect_left(end_keys, start - h.window)
        j = bisect_left(start_keys, end)
        if i < len(ends) and ends[i][0] <= start + h.window:
            near: str | None = ends[i][1]
        elif j < len(starts) and starts[j][0] <= end + h.window:
            near = starts[j][1]
        else:
            near = None
        if near:
            score = 0.9 if is_listed else 0.8
            hits.append(Hit(Category.PII_HEALTH, start, end, "health.identified", score, (near,)))
            continue
        distance = _nearest(name_starts, start)
        if distance is None or not h.story_window or distance > h.story_window:
            continue
        closer = _nearest(masked, start)
        if closer is not None and closer < distance:
            continue  # 孙**，43岁，因… : the story is about an anonymised person
        if not sentences:
            sentences = [m.span() for m in _SENTENCE.finditer(text)]
            sentence_starts = [s for s, _ in sentences]
        if _about_someone(text, start, end, sentences, sentence_starts, names, h):
            score = 0.7 if is_listed else 0.6
            hits.append(Hit(Category.PII_HEALTH, start, end, "health.story", score, ("story",)))
    return hits
