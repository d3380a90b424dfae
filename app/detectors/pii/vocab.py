"""The disease vocabulary shipped in app/data/pii/conditions.txt (source and licence in its header).

Read once per process. ``terms`` are condition names (ICD-10 common names, the 2020 critical
illnesses and their lay names, chronic conditions, lesions, injuries, revealing treatments);
``graded`` terms (伤残) count only with a grade after them;
``not_terms`` contain a condition suffix but name no diagnosis (病历, 既往症, 重疾);
``chars`` are the characters of all terms, through which a phrase may grow left (肺 + 原位腺癌).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Vocabulary:
    terms: frozenset[str]
    not_terms: frozenset[str]
    graded: frozenset[str]  # count only with a grade after them (伤残评定为十级)
    chars: frozenset[str]


@lru_cache(maxsize=1)
def conditions() -> Vocabulary:
    path = resources.files("app") / "data" / "pii" / "conditions.txt"
    terms: set[str] = set()
    negatives: set[str] = set()
    graded: set[str] = set()
    section = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section == "not":
            negatives.add(line)
        else:
            terms.add(line)
            if section == "graded":
                graded.add(line)
    chars = frozenset(c for t in terms for c in t if "\u4e00" <= c <= "\u9fff")
    return Vocabulary(frozenset(terms), frozenset(negatives), frozenset(graded), chars)
