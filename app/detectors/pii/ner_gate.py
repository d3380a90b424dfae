"""Where the NER backend runs: a cheap gate picks the surnames worth decoding, and the model
sees only a window of text around each of them.

The NER is by far the costliest part of the PII finder (jieba part-of-speech tagging plus the CRF,
about 40 ms per 1,000 characters), and an NER name only counts with a claim-story context word
nearby. So a surname wakes the NER only when

- a context word (理赔, 确诊 …) lies within ``names.context_window`` of where the name would be
  (without one no NER span is kept anyway),
- a cue or context word lies within ``ner.gate_window`` characters of it,
- it can start a name: a CJK character follows that is not a stop character or an honorific
  (王先生), surname + next character is not a common word (黄金, 方案), the surname is not the end
  of a common word (上周, 健康), and a weak surname (全, 时, 和 …) comes right after a cue.

The model then decodes ``ner.decode_window`` characters either side of each woken surname
(overlapping windows merged) instead of the whole sentence: a long comma-chained post costs in
proportion to its candidates, not its length. ``ner.gate_always`` decodes every sentence whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from app.detectors.pii.config import PiiConfig
from app.detectors.pii.hits import occurrences
from app.detectors.pii.nametext import ends_with_any, is_cjk, starts_with_any, surnames_at, word_freq
from app.detectors.pii.ner import NerBackend
from app.detectors.pii.tables import Tables

SENTENCE = re.compile(r"[^。！？!?\n；;]+[。！？!?\n；;]*")
_MAX_SPAN = 4  # the longest NER span kept: compound surname + two given characters


def _may_start_name(sentence: str, i: int, slen: int, cfg: PiiConfig, freq: dict[str, int]) -> bool:
    names = cfg.names
    nxt = sentence[i + slen : i + slen + 1]
    if not nxt or not is_cjk(nxt) or nxt in names.stop_chars or starts_with_any(sentence, i + slen, names.honorifics):
        return False
    if slen == 1 and sentence[i] in names.weak_surnames and not ends_with_any(sentence, i, names.cues_before):
        return False
    if freq and freq.get(sentence[i : i + slen + 1], 0) >= names.common_word_min_freq:
        return False
    return not (freq and i > 0 and freq.get(sentence[i - 1 : i + 1], 0) >= names.common_word_min_freq)


def gate_positions(sentence: str, cfg: PiiConfig, tables: Tables) -> list[int]:
    """Positions of the surnames in ``sentence`` that wake the NER (see the module docstring)."""
    context = occurrences(sentence, tuple(cfg.names.context_words))
    if not context:
        return []
    near = context + occurrences(sentence, tuple(cfg.names.cues_before))
    reach, gate = cfg.names.context_window, cfg.ner.gate_window
    freq = word_freq() if cfg.names.common_word_min_freq else {}
    # Sorted starts with running extremes of the ends, so each surname costs a bisection instead of
    # a pass over every cue in the sentence (quadratic in a sentence of repeated cues and names).
    context.sort()
    context_starts = [a for a, _ in context]
    min_end_from = list(accumulate(reversed([b for _, b in context]), min))[::-1]  # min end of context[k:]
    near.sort()
    near_starts = [a for a, _ in near]
    max_end_upto = list(accumulate((b for _, b in near), max))  # max end of near[: k + 1]
    out: list[int] = []
    for i, ch in enumerate(sentence):
        if ch not in tables.surnames and sentence[i : i + 2] not in tables.surnames:
            continue
        if not any(_may_start_name(sentence, i, slen, cfg, freq) for slen in surnames_at(sentence, i, tables)):
            continue
        # A context word starting at or after i - reach that ends by i + _MAX_SPAN + reach.
        k = bisect_left(context_starts, i - reach)
        if k == len(context) or min_end_from[k] > i + _MAX_SPAN + reach:
            continue
        # A cue or context word with start - gate <= i <= end + gate.
        k = bisect_right(near_starts, i + gate)
        if k and max_end_upto[k - 1] >= i - gate:
            out.append(i)
    return out


def decode_windows(sentence: str, positions: list[int], width: int) -> list[tuple[int, int]]:
    """Merged (start, end) windows of ``width`` characters either side of each position."""
    windows: list[tuple[int, int]] = []
    for p in positions:
        lo, hi = max(0, p - width), min(len(sentence), p + _MAX_SPAN + width)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def ner_candidates(text: str, cfg: PiiConfig, tables: Tables, ner: NerBackend) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of the NER person spans that start at a surname and have a context word."""
    chunks: list[tuple[int, str, int, int]] = []  # (sentence offset, sentence, window start, window end)
    for m in SENTENCE.finditer(text):
        sentence = m.group(0)
        if cfg.ner.gate_always:
            chunks.append((m.start(), sentence, 0, len(sentence)))
            continue
        windows = decode_windows(sentence, gate_positions(sentence, cfg, tables), cfg.ner.decode_window)
        chunks += [(m.start(), sentence, lo, hi) for lo, hi in windows]
    if not chunks:
        return []
    spans = ner.persons([sentence[lo:hi] for _, sentence, lo, hi in chunks])
    out: list[tuple[int, int]] = []
    for (off, sentence, lo, _), found in zip(chunks, spans, strict=True):
        for sp in found:
            s_start, s_end = lo + sp.start, lo + sp.end  # in the sentence
            start, end = off + s_start, off + s_end
            if not 2 <= end - start <= _MAX_SPAN or not any(1 for _ in surnames_at(text, start, tables)):
                continue
            near = sentence[max(0, s_start - cfg.names.context_window) : s_end + cfg.names.context_window]
            if any(w in near for w in cfg.names.context_words):
                out.append((start, end))
    return out
