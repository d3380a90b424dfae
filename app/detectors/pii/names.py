"""Third-party person names: NER spans and surname rules, both tied to context.

A candidate is a surname (from the shipped lexicon) followed by one or two given-name characters.
It counts when a person cue sits right before it (客户, 投保人, 收件人, @ …) or right after it
(先生, 阿姨, 的理赔 …), when it stands next to an identifier already found (冯晓东 138…), or when the
NER backend tags it inside a claim-story context. The NER runs only on sentences that pass a cheap
gate (a surname near a cue or a context word), so it does not dominate latency.

Not reported: a surname with only an honorific (王先生, 张哥), masked names (李**, 王某), the
account owner's own name, public figures in ``not_names`` and organisation names (…人寿, …公司).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from app.detectors.pii.config import Names, PiiConfig
from app.detectors.pii.hits import Hit, occurrences
from app.detectors.pii.nametext import ends_with_any, is_cjk, starts_with_any, surnames_at, word_freq
from app.detectors.pii.ner import NerBackend
from app.detectors.pii.ner_gate import ner_candidates
from app.detectors.pii.tables import Tables
from app.detectors.pii.vocab import conditions
from app.taxonomy import Category

_TITLE = re.compile(r"《[^《》\n]{1,30}》")
_GAP = frozenset(" \u3000:：,，、的(（）)\t")
_LIST_SEP = frozenset("、和与及跟/")
_FIELD_GAP = frozenset(" \u3000:：,，、")


_NUMERALS = frozenset("一二两三四五六七八九十几每这那哪各数多0123456789")


@lru_cache(maxsize=8)
def _words(roles: tuple[str, ...], orgs: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    words = (*roles, *orgs, *sorted(conditions().terms))
    return words, max(map(len, words), default=0)


def in_negative_word(text: str, start: int, end: int, cfg: Names) -> bool:
    """[start, end) overlaps a word a person name never overlaps: an insurance role (投保人和受益人),
    a company or product word (华康人寿, a 《…》 title) or a disease name (高烧惊厥).

    Read in a window around the candidate only: in a long post 保险 and 公司 occur hundreds of
    times, and candidates are few."""
    words, reach = _words(tuple(cfg.role_words), tuple(cfg.org_words))
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    if any(s < end - lo and start - lo < e for s, e in occurrences(text[lo:hi], words)):
        return True
    lo, hi = max(0, start - 31), min(len(text), end + 31)
    return any(m.start() < end - lo and start - lo < m.end() for m in _TITLE.finditer(text[lo:hi]))


def _rejected(
    text: str, start: int, end: int, cfg: Names, owner: str | None, surnames: frozenset[str]
) -> bool:
    name = text[start:end]
    if in_negative_word(text, start, end, cfg):
        return True  # 受益 in 受益人, 康人寿 in 华康人寿, 高烧 in 高烧惊厥
    if cfg.public_roles and ends_with_any(text, start, cfg.public_roles):
        return True  # 记者 韩冬: a byline
    if start > 0 and text[start] in cfg.measure_surnames and text[start - 1] in _NUMERALS:
        return True  # 两张保单: 张 counts the policies
    prev = text[start - 1 : start + 1]
    if (
        start > 0
        and is_cjk(text[start - 1])
        and word_freq().get(prev, 0) >= cfg.common_word_min_freq > 0
        and not ends_with_any(text, start, cfg.cues_before)
    ):
        return True  # 谢谢王姐: the surname ends a word (but 被保险人丁雨辰: 人丁 ends at a cue)
    if end - start == 2 and text[end - 1] in surnames and starts_with_any(text, end, cfg.honorifics):
        return True  # 谢王姐: the name is 王姐, surname + honorific
    if owner and (name == owner or owner.startswith(name)):
        return True
    if name in cfg.not_names or any(name.startswith(n) or n.startswith(name) for n in cfg.not_names if len(n) >= 3):
        return True
    if not all(is_cjk(c) for c in name):
        return True  # 王*华: masked, or a model span that ran into symbols
    slen = 2 if name[:2] in surnames and len(name) > 2 else 1
    if len(name) - slen > 2:
        return True  # 阳光小贝: four characters with a single-character surname is a nickname
    given = name[slen:]
    if any(given.startswith(c) for c in cfg.honorifics):
        return True  # 张哥, 陈先生: surname plus honorific
    nxt = text[end : end + 1]
    if nxt in ("*", "＊", "×", "x", "X", "某"):
        return True
    return starts_with_any(text, end, cfg.blocking_after) is not None


def _adjacent(text: str, start: int, end: int, anchor: Hit, window: int) -> bool:
    """The name and an identifier stand together, with only a separator between (冯晓东 138…)."""
    if 0 <= anchor.start - end <= window:
        gap = text[end : anchor.start]
    elif 0 <= start - anchor.end <= window:
        gap = text[anchor.end : start]
    else:
        return False
    return all(c in _GAP for c in gap)


def _inside_cue(text: str, i: int, cues: list[str]) -> bool:
    """Position ``i`` is in the middle of a cue word (感谢王经理: 谢 is not a surname here)."""
    return any(text.startswith(c, i - k) for c in cues for k in range(1, len(c)) if i - k >= 0)


def _field_cue_after(text: str, end: int, cfg: Names) -> str | None:
    """A record field (保单号, 手机 …) after the name, past at most two separators (王某某，手机 …)."""
    j = end
    while j < len(text) and j - end < 2 and text[j] in _FIELD_GAP:
        j += 1
    return starts_with_any(text, j, cfg.field_cues_after)


def _given_name_end(
    text: str, i: int, slen: int, cfg: Names, anchors: list[Hit]
) -> tuple[int, str, float] | None:
    """(end, cue, confidence) of the longest given name after the surname at ``i`` that has a cue."""
    if starts_with_any(text, i + slen, cfg.honorifics) or text[i + slen : i + slen + 1] in cfg.stop_chars:
        return None  # 王先生, 张哥, 陈的: a surname with an honorific is the compliant form
    if _inside_cue(text, i, cfg.cues_before):
        return None
    cue_before = ends_with_any(text, i, cfg.cues_before)
    if cue_before and any(p in text[max(0, i - len(p)) : i + len(p)] for p in cfg.false_cues):
        cue_before = None
    # A form label (被保险人：刘洋) is the strongest cue: a name there may also be a common word.
    labelled = cue_before is not None and i > 0 and text[i - 1] in "：:"
    if (
        not labelled
        and cfg.common_word_min_freq
        and word_freq().get(text[i : i + slen + 1], 0) >= cfg.common_word_min_freq
    ):
        return None  # 黄金, 高端, 方案: a common word, not surname + given name
    weak = cue_before is None and text[i] in cfg.weak_surnames
    for glen in range(cfg.given_chars_max, 0, -1):
        end = i + slen + glen
        given = text[i + slen : end]
        if len(given) < glen or not all(is_cjk(c) and c not in cfg.stop_chars for c in given):
            continue
        if text[i + slen : i + slen + 2] in cfg.not_given_names:
            continue  # 查一下: a verb tail, whatever length is tried
        limit = cfg.weak_given_max_freq if weak else cfg.common_word_min_freq
        if text[i] in cfg.weak_surnames and limit and word_freq().get(given, 0) >= limit:
            continue  # 和银行卡号, 受益人和受益比例: 银行, 受益 are words, not given names
        after = starts_with_any(text, end, cfg.cues_after) or _field_cue_after(text, end, cfg)
        if weak:
            # 全, 单, 时 …: as a surname only right after a cue such as 客户, or as a full
            # three-character name that starts a phrase and has a cue after it (，蒙立新先生;
            # 毕晓蔓 保单号); inside a run of characters (随时找我，电话) it is part of a word.
            if glen < 2 or after is None or (i > 0 and is_cjk(text[i - 1])):
                continue
            return end, after, 0.75
        if cue_before == "@" and end < len(text) and is_cjk(text[end]):
            continue  # a handle (@阳光小贝) is a nickname, not a name, unless it ends there
        if labelled:
            return end, cue_before or "", 0.95
        if cue_before or after:
            # A handle (@梅子) is weaker evidence than a role or a relation (客户, 投保人, 的理赔).
            weak_cue = (cue_before or after) == "@" or (cue_before is None and glen < 2)
            return end, cue_before or after or "", 0.7 if weak_cue else 0.9
        if any(_adjacent(text, i, end, a, cfg.adjacent_window) for a in anchors):
            return end, "identifier", 0.85
    return None


def _candidate_positions(text: str, cfg: Names, anchors: list[Hit]) -> list[int]:
    """Positions where a cued name may start: a superset of those ``_given_name_end`` accepts.

    A name needs a cue before it (within the 8 characters ``ends_with_any`` reads), a cue after
    its given name, or an identifier next to it; one Aho-Corasick pass finds the cues."""
    width = 2 + cfg.given_chars_max  # longest surname + given name
    found: set[int] = set()
    for _, end in occurrences(text, tuple(cfg.cues_before)):
        found.update(range(end, min(end + 9, len(text))))
    for start, _ in occurrences(text, tuple(cfg.cues_after)):
        found.update(range(max(0, start - width), start - 1))
    for start, _ in occurrences(text, tuple(cfg.field_cues_after)):
        found.update(range(max(0, start - width - 2), start - 1))
    for a in anchors:
        found.update(range(max(0, a.start - cfg.adjacent_window - width), a.start - 1))
        found.update(range(a.end, min(a.end + cfg.adjacent_window + 1, len(text))))
    return sorted(found)


def _rule_candidates(
    text: str, cfg: Names, tables: Tables, anchors: list[Hit]
) -> Iterator[tuple[int, int, int, str, float]]:
    """(start, end of surname, end, cue, confidence): a surname + given name with a cue or an identifier."""
    for i in _candidate_positions(text, cfg, anchors):
        if not is_cjk(text[i]):
            continue
        for slen in surnames_at(text, i, tables):
            found = _given_name_end(text, i, slen, cfg, anchors)
            if found:
                yield i, i + slen, *found
                break  # a compound surname (欧阳) wins over its first character


def _self_introduced(text: str, cfg: Names, tables: Tables, owner: str | None) -> Iterator[tuple[int, int]]:
    """我是陈雨晴 in a post whose author is somebody else: a quoted message from a third party.

    Only when the account owner is known (else 我是 + name is most likely the author) and only full
    three-character names that end at a boundary or a cue."""
    if not owner or not cfg.self_intro_cues:
        return
    for _, i in occurrences(text, tuple(cfg.self_intro_cues)):
        if i >= len(text) or not is_cjk(text[i]):
            continue
        for slen in surnames_at(text, i, tables):
            end = i + slen + 2
            given = text[i + slen : end]
            if len(given) < 2 or not all(is_cjk(c) and c not in cfg.stop_chars for c in given):
                continue
            if end < len(text) and is_cjk(text[end]) and starts_with_any(text, end, cfg.cues_after) is None:
                continue
            if owner.endswith(given) or text[i:end] == owner:
                continue
            yield i, end
            break


def _repeated(text: str, found: dict[int, Hit], cfg: Names) -> Iterator[tuple[int, int, Hit]]:
    """Other occurrences of a name already found with a cue (郑秋红，女，49岁 … 被保险人：郑秋红)."""
    sure = {text[h.start : h.end]: h for h in found.values() if h.end - h.start >= 3 or h.score >= 0.9}
    for start, end in occurrences(text, tuple(sorted(sure))):
        if start in found and found[start].rule_id != "name.ner":
            continue  # (a repeat is better evidence than the model alone)
        if end - start < 3 and end < len(text) and is_cjk(text[end]) and text[end] not in cfg.stop_chars:
            continue  # a two-character name running on into a word (李明显)
        yield start, end, sure[text[start:end]]


def _listed_after(text: str, h: Hit, cfg: Names, tables: Tables) -> tuple[int, int] | None:
    """A full name listed right after a found one (王小明、李小红 / 王小明和李小红), ending at a boundary."""
    i = h.end + 1
    if h.end >= len(text) or text[h.end] not in _LIST_SEP or i >= len(text) or not is_cjk(text[i]):
        return None
    for slen in surnames_at(text, i, tables):
        end = i + slen + 2
        given = text[i + slen : end]
        if len(given) < 2 or not all(is_cjk(c) and c not in cfg.stop_chars for c in given):
            continue
        glued = end < len(text) and is_cjk(text[end]) and text[end] not in _LIST_SEP
        if glued and starts_with_any(text, end, cfg.cues_after) is None:
            continue  # 和大家分享: the characters run on into a word
        return i, end
    return None


def find_names(
    text: str, view: str, cfg: PiiConfig, tables: Tables, ner: NerBackend | None, owner: str | None, anchors: list[Hit]
) -> list[Hit]:
    """Person names in one field; ``anchors`` are identifiers already found in it.

    Each hit's score says how strong its cue was: a form label (被保险人：) 0.95, a role, relation or
    honorific 0.9, an identifier next to it 0.85, a list continuation 0.85, a repeat of a name found
    elsewhere 0.8, a self-introduction in a quoted message 0.75, a weak surname or a handle 0.7-0.75,
    the NER model in a claim-story context 0.7."""
    del view  # names are read in the original text: normalisation would merge look-alike characters
    names = cfg.names

    def rejected(start: int, end: int) -> bool:
        return _rejected(text, start, end, names, owner, tables.surnames)

    found: dict[int, Hit] = {}
    ner_spans = ner_candidates(text, cfg, tables, ner) if ner is not None else []
    ner_by_start = {s: e for s, e in ner_spans}
    for start, given_start, end, cue, score in _rule_candidates(text, names, tables, anchors):
        # Where the model read the same name with another given-name length, trust its boundary.
        ner_end = ner_by_start.get(start, end)
        if given_start < ner_end <= given_start + names.given_chars_max and all(map(is_cjk, text[start:ner_end])):
            end = ner_end  # (not when the model ran into a line break: 刘洋\n)
        if not rejected(start, end):
            found[start] = Hit(Category.PII_NAME, start, end, "name.cue", score, (cue,))
    for start, end in _self_introduced(text, names, tables, owner):
        if start not in found and not rejected(start, end):
            found[start] = Hit(Category.PII_NAME, start, end, "name.self_intro", 0.75, ("self_intro",))
    for start, end in ner_spans:
        common = end - start == 2 and word_freq().get(text[start:end], 0) >= names.common_word_min_freq > 0
        if start not in found and not common and not rejected(start, end):
            found[start] = Hit(Category.PII_NAME, start, end, "name.ner", 0.7, ("ner",))
    queue = list(found.values())
    while queue:
        listed = _listed_after(text, queue.pop(), names, tables)
        if listed and listed[0] not in found and not rejected(*listed):
            found[listed[0]] = Hit(Category.PII_NAME, listed[0], listed[1], "name.listed", 0.85, ("list",))
            queue.append(found[listed[0]])
    for start, end, first in list(_repeated(text, found, names)):
        if not rejected(start, end):
            found[start] = Hit(Category.PII_NAME, start, end, "name.repeat", 0.8, ("repeat", *first.evidence))
    hits = sorted(found.values(), key=lambda h: h.start)
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        if any(a.start < h.end and h.start < a.end for a in anchors):
            continue
        out.append(h)
    return out
