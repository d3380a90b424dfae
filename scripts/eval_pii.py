#!/usr/bin/env python3
"""Measure the PII finder: per-category P/R on the dev posts and person-name F1 on Weibo NER test.

usage: python scripts/eval_pii.py [--shared ../shared] [--misses] [--ner-only | --dev-only] [--unseen]
                                  [--bare-model build/ner_bare.crfsuite] [--no-gate] [--latency]

Dev posts: ../shared/data/dev/posts.jsonl, ``account_owner`` {name, phone} -> Account, scored with
the overlap rule of ../shared/tools/score.py (loaded from there). Names: exact-span PER F1 on
../shared/data/external/ner/weibo/weibo_test.jsonl for the shipped CRF, the character-only CRF
(when ``--bare-model`` exists: ``scripts/train_ner.py --bare --out ...``) and jieba ``nr``, all in
the same run. Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.detectors.base import Account, DetectContext, Post  # noqa: E402
from app.detectors.pii import PiiDetector  # noqa: E402
from app.detectors.pii.ner import resolve_model_path  # noqa: E402
from app.detectors.pii.ner.base import Span  # noqa: E402
from app.detectors.pii.ner.crf import CrfBackend, bare_features  # noqa: E402
from app.detectors.pii.tables import load_tables  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402


def _score_module(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def eval_dev(shared: Path, misses: bool, ruleset: Any) -> None:
    gold: dict[str, dict[str, Any]] = {}
    pred: dict[str, dict[str, Any]] = {}
    detector = PiiDetector()
    detector.load()
    t0 = time.perf_counter()
    chars = 0
    for line in (shared / "data" / "dev" / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        owner = obj.get("account_owner") or {}
        post = Post(text=obj["text"], channel=obj.get("channel"), content_type=obj.get("content_type", "article"),
                    account=Account(owner_name=owner.get("name"), owner_phone=owner.get("phone")))  # fmt: skip
        chars += len(post.text)
        findings = detector.detect(post, DetectContext(ruleset=ruleset, post=post))
        gold[obj["id"]] = {**obj, "findings": [f for f in obj["findings"] if f["category"].startswith("pii_")]}
        pred[obj["id"]] = {
            "verdict": "review" if findings else "pass",
            "findings": [{"category": f.category, "start": f.start, "end": f.end, "text": f.text} for f in findings],
        }
    elapsed = time.perf_counter() - t0
    rows, overall, missed = _score_module(shared).score(gold, pred)
    print(f"dev posts: {len(gold)} ({chars / elapsed:,.0f} chars/s with NER)")
    print(f"{'category':20} {'gold':>5} {'pred':>5} {'recall':>7} {'prec':>6} {'f1':>6}")
    for cat, r in rows.items():
        rec = "-" if r["recall"] is None else f"{r['recall']:.3f}"
        prec = "-" if r["precision"] is None else f"{r['precision']:.3f}"
        print(f"{cat:20} {r['gold']:5} {r['pred']:5} {rec:>7} {prec:>6} {r['f1']:6.3f}")
    print(f"clean posts passed (PII only): {overall['clean_pass_rate']:.3f}")
    if misses:
        for m in missed:
            print("MISS", *m)


def _prf(gold: list[set[tuple[int, int]]], pred: list[set[tuple[int, int]]]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    n_g, n_p = sum(map(len, gold)), sum(map(len, pred))
    r, p = (tp / n_g if n_g else 0.0), (tp / n_p if n_p else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _jieba_nr(texts: Sequence[str]) -> list[list[Span]]:
    import jieba.posseg

    out = []
    for text in texts:
        spans, pos = [], 0
        for w in jieba.posseg.cut(text):
            if w.flag == "nr":
                spans.append(Span(pos, pos + len(w.word)))
            pos += len(w.word)
        out.append(spans)
    return out


class _BareCrf(CrfBackend):
    def persons(self, texts: Sequence[str]) -> list[list[Span]]:
        import pycrfsuite

        from app.detectors.pii.ner.base import bio_to_spans

        tagger = pycrfsuite.Tagger()
        tagger.open(str(self.model_path))
        return [bio_to_spans(tagger.tag(bare_features(t))) if t else [] for t in texts]


def _seen_texts(weibo: Path) -> set[str]:
    """Sentences of Weibo train and dev: 45 of the 270 test sentences occur there too."""
    seen: set[str] = set()
    for name in ("train.jsonl.gz", "dev.jsonl.gz"):
        if (weibo / name).exists():
            with gzip.open(weibo / name, "rt", encoding="utf-8") as f:
                seen.update(json.loads(line)["text"] for line in f)
    return seen


def eval_ner(shared: Path, bare_model: Path, unseen: bool = False) -> None:
    weibo = shared / "data" / "external" / "ner" / "weibo"
    seen = _seen_texts(weibo) if unseen else set()
    texts, gold = [], []
    for line in (weibo / "weibo_test.jsonl").open(encoding="utf-8"):
        obj = json.loads(line)
        if obj["text"] in seen:
            continue
        texts.append(obj["text"])
        gold.append({(e["start"], e["end"]) for e in obj["entities"] if e["type"] == "PER"})
    surnames = load_tables().surnames
    crf = CrfBackend(resolve_model_path("ner/person_crf.crfsuite"), surnames)
    crf.load()
    systems: list[tuple[str, Callable[[Sequence[str]], list[list[Span]]]]] = [
        ("default: CRF + jieba/POS + surname features (shipped)", crf.persons),
        ("baseline: jieba posseg nr", _jieba_nr),
    ]
    if bare_model.exists():
        systems.insert(1, ("baseline: character-only CRF", _BareCrf(bare_model, surnames).persons))
    n_chars = sum(map(len, texts))
    which = "not in train/dev" if unseen else "all"
    print(f"Weibo NER test ({which}): {len(texts)} sentences, {sum(map(len, gold))} PER spans (exact match)")
    print(f"{'system':55} {'P':>6} {'R':>6} {'F1':>6} {'chars/s':>9}")
    for label, fn in systems:
        t0 = time.perf_counter()
        pred = [{(s.start, s.end) for s in spans} for spans in fn(texts)]
        speed = n_chars / (time.perf_counter() - t0)
        p, r, f1 = _prf(gold, pred)
        print(f"{label:55} {p:6.3f} {r:6.3f} {f1:6.3f} {speed:9,.0f}")


def _with_ner(ruleset: Any, **ner: Any) -> Any:
    doc = ruleset.model_dump(mode="json")
    doc["detectors"]["pii"]["config"]["ner"].update(ner)
    return type(ruleset).model_validate(doc)


def eval_latency(ruleset: Any) -> None:
    """Median detect time for 200 / 1,000 / 5,000-character posts built from corpus/ner sentences."""
    lines = [ln for ln in (ROOT / "corpus" / "ner" / "insurance.txt").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]  # fmt: skip
    source = "".join(ln.replace("[[", "").replace("]]", "") for ln in lines)
    variants = [("no NER", _with_ner(ruleset, backend="none")), ("NER, gated", ruleset),
                ("NER, every sentence", _with_ner(ruleset, gate_always=True))]  # fmt: skip
    print(f"{'post length':>12} " + " ".join(f"{label:>20}" for label, _ in variants))
    for size in (200, 1000, 5000):
        text = (source * (size // len(source) + 1))[:size]
        post = Post(text=text)
        cells = []
        for _, rs in variants:
            detector = PiiDetector()
            detector.detect(post, DetectContext(ruleset=rs, post=post))  # warm: model loaded once
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                detector.detect(post, DetectContext(ruleset=rs, post=post))
                times.append(time.perf_counter() - t0)
            cells.append(f"{sorted(times)[2] * 1000:17.1f} ms")
        print(f"{size:>12} " + " ".join(f"{c:>20}" for c in cells))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--ner-only", action="store_true")
    ap.add_argument("--dev-only", action="store_true")
    ap.add_argument("--bare-model", type=Path, default=ROOT / "build" / "ner_bare.crfsuite")
    ap.add_argument("--no-gate", action="store_true", help="run the NER on every sentence")
    ap.add_argument("--unseen", action="store_true", help="Weibo: only test sentences not in train/dev")
    ap.add_argument("--latency", action="store_true", help="only the latency table (no shared data needed)")
    args = ap.parse_args(argv)
    if args.latency:
        eval_latency(load_default_ruleset())
        return 0
    if not (args.shared / "data" / "dev" / "posts.jsonl").exists():
        print(f"shared data not found under {args.shared}: nothing to measure")
        return 0
    ruleset = load_default_ruleset()
    if args.no_gate:
        ruleset = _with_ner(ruleset, gate_always=True)
    if not args.ner_only:
        eval_dev(args.shared, args.misses, ruleset)
    if not args.dev_only:
        eval_ner(args.shared, args.bare_model, args.unseen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
