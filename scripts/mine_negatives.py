#!/usr/bin/env python3
"""Hard-negative mining over unlabelled real text (issue 10, item 2).

usage: python scripts/mine_negatives.py [--shared ../shared] [--model PATH] [--out corpus/claims/mined/refs.jsonl]

The claim classifier is run over the sentences of public corpora that are certainly not insurance marketing:
People's Daily news (MSRA NER), résumés (Resume NER) and shopping, hotel and take-away reviews (sentiment).
Each source's sentences are split once, by a salted hash of the text, into a *mine* part (70%) and a *check*
part (30%). A mine-part sentence the classifier scores at or above a category's shipped threshold is a false
positive by construction (no promise by an insurer can be made there) and becomes a negative for the next
training run (``scripts/train_claims.py`` reads the list); the check part is never trained on and gives the
figure: flags per 1,000 check sentences, before and after retraining.

Sentences that talk about insurance or investing at all (保险, 理财, 基金 …) are left out of both parts: there a
sentence may well be a claim, and no one has labelled it. What is written is a list of references (the file
under ../shared, the line, the sentence's position in it and a hash of its text), never the text: the public
data stays outside the repository (its licences are in ../shared/data/external/README.md).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SOURCES = (
    "ner/msra/train_sub20k.jsonl.gz",
    "ner/resume/train.jsonl.gz",
    "sentiment/chnsenticorp_htl_all.train.jsonl.gz",
    "sentiment/online_shopping_10_cats.train.jsonl.gz",
    "sentiment/waimai_10k.train.jsonl.gz",
)
INSURANCE = ("保险", "投保", "保单", "险种", "寿险", "理财", "基金", "证券", "股票", "储蓄", "存款", "理赔", "保费")
SALT = "postguard-mine-2026-12-06"
MINE_SHARE = 70  # percent


def part(text: str) -> str:
    """``mine`` or ``check``: fixed by the text alone, so a sentence never changes side."""
    digest = hashlib.sha1(f"{SALT}:{text}".encode()).digest()
    return "mine" if int.from_bytes(digest[:4], "big") % 100 < MINE_SHARE else "check"


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def sentences(shared: Path, source: str) -> Iterator[tuple[int, int, str]]:
    """(line, position, sentence) for every 6-60 character sentence of ``source`` that is not about insurance."""
    with gzip.open(shared / "data" / "external" / source, "rt", encoding="utf-8") as f:
        for line_no, line in enumerate(f):
            text = str(json.loads(line)["text"])
            pieces = text.replace("！", "。").replace("!", "。").replace("？", "。").split("。")
            for k, piece in enumerate(pieces):
                piece = piece.strip()
                if 6 <= len(piece) <= 60 and not any(w in piece for w in INSURANCE):
                    yield line_no, k, piece


def resolve(shared: Path, refs: list[dict[str, object]]) -> list[str]:
    """The sentences a reference list names (a reference whose text hash no longer matches is skipped)."""
    wanted: dict[str, dict[tuple[int, int], str]] = {}
    for r in refs:
        wanted.setdefault(str(r["source"]), {})[(int(str(r["line"])), int(str(r["piece"])))] = str(r["sha1"])
    out: list[str] = []
    for source, keys in wanted.items():
        if not (shared / "data" / "external" / source).exists():
            continue
        for line_no, k, piece in sentences(shared, source):
            digest = keys.get((line_no, k))
            if digest is not None and digest == text_hash(piece):
                out.append(piece)
    return out


def thresholds() -> dict[str, float]:
    from app.ruleset import load_default_ruleset

    cats = load_default_ruleset().detectors["claims"].config.get("categories", {})
    return {name: float(v.get("threshold", 0.5)) for name, v in cats.items()}


def flagged(model: object, texts: list[str], limits: dict[str, float]) -> list[tuple[str, float] | None]:
    from app.detectors.claims.model import ClaimModel
    from app.text import normalize

    assert isinstance(model, ClaimModel)
    out: list[tuple[str, float] | None] = []
    for start in range(0, len(texts), 512):
        batch = texts[start:start + 512]
        for scored in model.score_many([normalize(t).text for t in batch]):
            hits = [(c, p) for c, p in scored.probabilities.items() if p >= limits.get(c, 1.1)]
            out.append(max(hits, key=lambda h: h[1]) if hits else None)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model", type=Path, help="claim model to mine with (default: the shipped one)")
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "claims" / "mined" / "refs.jsonl")
    parser.add_argument("--check-only", action="store_true", help="only print the check part's figure")
    args = parser.parse_args(argv)
    if not (args.shared / "data" / "external").is_dir():
        print(f"mine_negatives: {args.shared}/data/external not found; it needs ../shared. Skipped.")
        return 0
    from app.detectors.claims.model import ClaimModel

    model = ClaimModel(args.model)
    limits = thresholds()
    refs: list[dict[str, object]] = []
    for source in SOURCES:
        if not (args.shared / "data" / "external" / source).exists():
            print(f"  {source}: not found, skipped")
            continue
        rows = list(sentences(args.shared, source))
        sides = [part(t) for _, _, t in rows]
        hits = flagged(model, [t for _, _, t in rows], limits)
        check = [h for h, s in zip(hits, sides, strict=True) if s == "check"]
        per_cat = Counter(h[0] for h in check if h)
        print(f"  {source}: {len(rows)} sentences; check part {len(check)}: "
              f"{1000 * sum(h is not None for h in check) / max(1, len(check)):.2f} flagged per 1,000 "
              f"{dict(per_cat.most_common())}")
        for (line_no, k, text), side, hit in zip(rows, sides, hits, strict=True):
            if side == "mine" and hit:
                refs.append({"source": source, "line": line_no, "piece": k, "sha1": text_hash(text),
                             "category": hit[0], "p": round(hit[1], 4)})
    print(f"mined {len(refs)} sentences {dict(Counter(str(r['category']) for r in refs).most_common())}")
    if not args.check_only:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in refs), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
