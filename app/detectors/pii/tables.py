"""Lookup tables shipped in app/data/pii/ (region codes, card BINs, surnames, admin divisions).

The tables are derived from the public lexicons in ../shared/data/external/lexicons (CC0 / MIT /
Apache-2.0, see app/data/pii/README.md); ``python -m app.detectors.pii.tables SHARED_DIR`` rebuilds
them. At run time they are read once per process from the package.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path


def _data_dir() -> Path:
    return Path(str(resources.files("app") / "data" / "pii"))


def _lines(name: str) -> list[str]:
    text = (_data_dir() / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True, slots=True)
class Tables:
    region_codes: frozenset[str]  # 6-digit GB/T 2260 codes, abolished ones included (old ID cards)
    card_bins: dict[str, frozenset[int]]  # BIN prefix -> card lengths
    surnames: frozenset[str]  # single- and two-character surnames
    divisions: tuple[str, ...]  # province / prefecture / county names in force (2024)

    def bin_lengths(self, digits: str) -> frozenset[int]:
        """Card lengths allowed by the longest BIN that prefixes ``digits`` (empty: unknown BIN)."""
        for size in range(min(10, len(digits)), 2, -1):
            hit = self.card_bins.get(digits[:size])
            if hit:
                return hit
        return frozenset()


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    bins: dict[str, set[int]] = {}
    for row in _lines("card_bins.txt"):
        prefix, length = row.split(",")
        bins.setdefault(prefix, set()).add(int(length))
    return Tables(
        region_codes=frozenset(_lines("region_codes.txt")),
        card_bins={k: frozenset(v) for k, v in bins.items()},
        surnames=frozenset(_lines("surnames.txt")),
        divisions=tuple(_lines("divisions.txt")),
    )


def build(shared: Path, out: Path) -> None:
    """Derive the shipped tables from the external lexicons (run by hand when those change)."""
    lex = shared / "data" / "external" / "lexicons"
    with (lex / "admin_divisions_history_1981_2024.csv").open(encoding="utf-8") as f:
        codes = sorted({row["代码"] for row in csv.DictReader(f)})
    with (lex / "bank_card_bin_cn.csv").open(encoding="utf-8") as f:
        bins = sorted({f"{row['bin']},{row['length']}" for row in csv.DictReader(f)})
    classic = {ln.strip() for ln in (lex / "surnames_baijiaxing.txt").read_text(encoding="utf-8").splitlines()}
    names = {n for n in classic if len(n) == 2}
    with (lex / "surnames_corpus_freq.csv").open(encoding="utf-8") as f:
        # Single characters: the 300 most frequent only, since rare surnames (有, 年, 本 …) are far
        # more often ordinary words. Compound ones: 百家姓 plus the frequent modern ones (冷狐 … dropped).
        rows = list(csv.DictReader(f))
    names |= {r["surname"] for r in rows[:300] if len(r["surname"]) == 1}
    names |= {r["surname"] for r in rows[:600] if len(r["surname"]) == 2}
    surnames = sorted(n for n in names if n and not n.startswith("#") and len(n) <= 2)
    divisions = []
    for ln in (lex / "admin_divisions_2024.txt").read_text(encoding="utf-8").splitlines():
        parts = ln.split()
        if len(parts) == 2 and parts[1] not in ("市辖区", "县", "省直辖县级行政区划"):
            divisions.append(parts[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "region_codes.txt").write_text("\n".join(codes) + "\n", encoding="utf-8")
    (out / "card_bins.txt").write_text("\n".join(bins) + "\n", encoding="utf-8")
    (out / "surnames.txt").write_text("\n".join(surnames) + "\n", encoding="utf-8")
    (out / "divisions.txt").write_text("\n".join(sorted(set(divisions))) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"), _data_dir())
