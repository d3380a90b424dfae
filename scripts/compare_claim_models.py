#!/usr/bin/env python3
"""Compare claim models side by side (issue 10 item 4): today's char n-gram model, words + chars, a char CNN.

usage: nice python scripts/compare_claim_models.py [--shared DIR] [--tuning DIR] [--models a,b,c] [--json]

All three are trained here, in this run, on the same data (corpus/claims as scripts/train_claims.py
reads it, with the public review sentences from SHARED/data/external/sentiment as negatives), then
evaluated on the blind corpora's tuning parts (TUNING/*.jsonl) and the dev corpora
(SHARED/data/dev/posts.jsonl, longform.jsonl) two ways:

* sentence level: each sentence of a post is positive for a claim category when a gold span of that
  category overlaps it; the model predicts it when the calibrated probability reaches the category's
  effective threshold in the default ruleset (claims threshold, or the context stage's report_at when
  higher). Also a threshold-free micro average precision.
* end to end: the model replaces ClaimDetector._model inside the full engine (every default detector),
  scored by SHARED/tools/score.py through scripts/eval_suite.py's ``predict``; claim categories only.

Speed: ms per 1,000 characters for the model alone (score_many per post, as the detector batches) and
for the full check, best of --passes (3) interleaved passes; ratios are against model (a) measured in the same run.
Every figure is on selected-on data (tuning parts and dev). Never reads the blind measure-only parts.
Without SHARED/tools/score.py, the dev files or the tuning files it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_claims  # noqa: E402
from claim_alt_models import CharCNN, CnnConfig, WordCharModel  # noqa: E402
from eval_dev import load_scorer  # noqa: E402
from eval_suite import predict  # noqa: E402  (the suite's own prediction loop)

from app.detectors.claims import ClaimDetector  # noqa: E402
from app.detectors.claims.model import ClaimModel  # noqa: E402
from app.detectors.registry import discover  # noqa: E402
from app.engine import Engine  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402
from app.taxonomy import CLAIM_CATEGORIES  # noqa: E402
from app.text import normalize  # noqa: E402

CATS = tuple(CLAIM_CATEGORIES)
NAMES = {"a": "(a) char n-gram LR (today)", "b": "(b) words+chars LR", "c": "(c) char CNN"}
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")


# ------------------------------------------------------------------ data


def training_data(shared: Path) -> tuple[list[train_claims.Example], list[str], np.ndarray, list[str]]:
    ns = argparse.Namespace(external=shared / "data" / "external" / "sentiment", external_limit=3000,
                            copies=3, template_copies=4)
    examples = train_claims.build_examples(ns)
    texts = [normalize(ex.text).text for ex in examples]
    return examples, texts, train_claims.labels_matrix(examples), [ex.group for ex in examples]


def corpora(shared: Path, tuning: Path) -> dict[str, Path]:
    found = {f"tuning:{p.stem}": p for p in sorted(tuning.glob("*.jsonl"))}
    found["dev:posts"] = shared / "data" / "dev" / "posts.jsonl"
    found["dev:longform"] = shared / "data" / "dev" / "longform.jsonl"
    return found


def sentence_rows(gold: dict[str, Any]) -> list[tuple[str, list[tuple[str, frozenset[str]]]]]:
    """Per post: its sentences (normalised, as the detector scores them) with their gold claim categories."""
    out = []
    for obj in gold.values():
        text = str(obj["text"])
        spans = [(f["start"], f["end"], f["category"]) for f in obj.get("findings") or []
                 if f.get("start") is not None and f["category"] in CATS]
        sents = []
        for m in _SENTENCE.finditer(text):
            s, e = m.span()
            if len(m.group().strip()) < 5:  # the detector's min_chars: shorter ones are left to the lexicon
                continue
            labels = frozenset(c for gs, ge, c in spans if gs < e and s < ge)
            sents.append((normalize(m.group()).text, labels))
        out.append((text, sents))
    return out


def thresholds() -> dict[str, float]:
    cfg = load_default_ruleset().detector_config("claims")
    ctx = cfg.get("context", {})
    report = ctx.get("category_report_at", {})
    return {c: max(float(cfg["categories"][c].get("threshold", 0.5)), float(report.get(c, ctx.get("report_at", 0.5))))
            for c in CATS}


# ------------------------------------------------------------------ models


def train_models(which: str, shared: Path, quick: bool, cache: Path | None) -> dict[str, dict[str, Any]]:
    """Train each model, or load it from ``cache`` (a pickle this script wrote earlier, for reruns)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            cached: dict[str, dict[str, Any]] = pickle.load(fh)  # our own file, written below
        if all(k in cached for k in which):
            print(f"models from {cache} (trained by an earlier run)", file=sys.stderr)
            return {k: cached[k] for k in which}
    examples, texts, y, groups = training_data(shared)
    print(f"training data: {len(examples)} sentences ({sum(not g.startswith('x') for g in groups)} written/augmented)",
          file=sys.stderr)
    models: dict[str, dict[str, Any]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="claims-compare-"))
    for key in which:
        started, cpu = time.perf_counter(), time.process_time()
        if key == "a":
            arrays = train_claims.train(examples, train_claims.default_clf)
            path = tmp / "model_a.npz"
            meta = {"categories": list(CATS)}
            np.savez_compressed(path, meta=np.array(json.dumps(meta)), **arrays)
            model: Any = ClaimModel(path)
            size = path.stat().st_size
        elif key == "b":
            model = WordCharModel.train(CATS, texts, y, groups)
            size = model.size_bytes()
        else:
            model = CharCNN.train(CATS, texts, y, groups, CnnConfig(epochs=3) if quick else CnnConfig())
            size = model.size_bytes()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"trained {NAMES[key]} in {seconds:.1f} s ({cpu:.1f} s CPU), {size / 1024:.0f} KiB", file=sys.stderr)
        models[key] = {"model": model, "train_s": round(seconds, 1), "train_cpu_s": round(cpu, 1),
                       "size_kib": round(size / 1024)}
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(models, fh)
    return models


# ------------------------------------------------------------------ evaluation


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | None]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f1 = 2 * p * r / (p + r) if p and r else 0.0
    return {"p": p, "r": r, "f1": f1, "tp": tp, "pred": n_pred, "gold": n_gold}


def sentence_eval(model: Any, posts: list[tuple[str, list[tuple[str, frozenset[str]]]]],
                  limits: dict[str, float]) -> dict[str, Any]:
    counts = {c: [0, 0, 0] for c in CATS}  # tp, pred, gold
    scores: list[float] = []
    truth: list[bool] = []
    for _, sents in posts:
        if not sents:
            continue
        for (_, labels), scored in zip(sents, model.score_many([s for s, _ in sents]), strict=True):
            for c in CATS:
                p = scored.probabilities[c]
                hit, gold = p >= limits[c], c in labels
                counts[c][0] += hit and gold
                counts[c][1] += hit
                counts[c][2] += gold
                scores.append(p)
                truth.append(gold)
    per = {c: prf(*v) for c, v in counts.items()}
    total = prf(*(sum(v[i] for v in counts.values()) for i in range(3)))
    total["ap"] = average_precision(np.array(scores), np.array(truth))
    return {"categories": per, "overall": total}


def average_precision(scores: np.ndarray, truth: np.ndarray) -> float | None:
    if not truth.any():
        return None
    order = np.argsort(-scores, kind="stable")
    hits = truth[order].astype(np.float64)
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / hits.sum())


def model_ms_per_kchar(model: Any, posts: list[tuple[str, list[tuple[str, frozenset[str]]]]], passes: int) -> float:
    batches = [[s for s, _ in sents] for _, sents in posts if sents]
    chars = sum(len(s) for b in batches for s in b)
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        for b in batches:
            model.score_many(b)
        best = min(best, time.perf_counter() - started)
    return best * 1e6 / max(chars, 1)


def end_to_end(engine: Engine, detector: ClaimDetector, model: Any, ruleset: Any, scorer: Any,
               gold: dict[str, Any]) -> tuple[dict[str, Any], float]:
    detector._model = model  # the swap: the detector scores with whatever sits here
    preds, _ = predict(engine, ruleset, gold, None)
    rows, _, _ = scorer.score(gold, preds)
    per = {}
    for c in CATS:
        row = rows.get(c, {"gold": 0, "pred": 0, "recall": None, "precision": None})
        per[c] = {"gold": row["gold"], "pred": row["pred"], "r": row["recall"], "p": row["precision"],
                  "hit_gold": round((row["recall"] or 0) * row["gold"]),
                  "hit_pred": round((row["precision"] or 0) * row["pred"])}
    g = sum(v["gold"] for v in per.values())
    pr = sum(v["pred"] for v in per.values())
    r = sum(v["hit_gold"] for v in per.values()) / g if g else None
    p = sum(v["hit_pred"] for v in per.values()) / pr if pr else None
    overall = {"r": r, "p": p, "f1": 2 * p * r / (p + r) if p and r else 0.0, "gold": g, "pred": pr}
    clean = [pid for pid, obj in gold.items() if not obj.get("findings")]
    overall["clean_pass"] = (sum(preds[pid]["verdict"] == "pass" for pid in clean) / len(clean)) if clean else None
    return {"categories": per, "overall": overall}, 0.0


def full_check_ms(engine: Engine, detector: ClaimDetector, models: dict[str, dict[str, Any]], ruleset: Any,
                  golds: list[dict[str, Any]], passes: int) -> dict[str, float]:
    """Full check per 1,000 chars over every corpus, models interleaved, best of ``passes``."""
    merged = {f"{i}:{k}": v for i, g in enumerate(golds) for k, v in g.items()}
    best = {k: float("inf") for k in models}
    for _ in range(passes):
        for key, m in models.items():
            detector._model = m["model"]
            _, ms = predict(engine, ruleset, merged, None)
            best[key] = min(best[key], ms)
    return best


# ------------------------------------------------------------------ report


def f(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def pool(parts: list[dict[str, Any]], level: str) -> dict[str, Any]:
    """Micro-pooled categories and overall over several corpora's results."""
    per: dict[str, Any] = {}
    for c in CATS:
        if level == "sentence":
            tp, n_pred, n_gold = (sum(p["categories"][c][k] for p in parts) for k in ("tp", "pred", "gold"))
            per[c] = prf(tp, n_pred, n_gold)
        else:
            g = sum(p["categories"][c]["gold"] for p in parts)
            pr = sum(p["categories"][c]["pred"] for p in parts)
            hg = sum(p["categories"][c]["hit_gold"] for p in parts)
            hp = sum(p["categories"][c]["hit_pred"] for p in parts)
            per[c] = {"r": hg / g if g else None, "p": hp / pr if pr else None, "gold": g, "pred": pr,
                      "hit_gold": hg, "hit_pred": hp}
    if level == "sentence":
        overall = prf(*(sum(per[c][k] for c in CATS) for k in ("tp", "pred", "gold")))
    else:
        g = sum(v["gold"] for v in per.values())
        pr = sum(v["pred"] for v in per.values())
        r = sum(v["hit_gold"] for v in per.values()) / g if g else None
        p = sum(v["hit_pred"] for v in per.values()) / pr if pr else None
        overall = {"r": r, "p": p, "f1": 2 * p * r / (p + r) if p and r else 0.0}
    return {"categories": per, "overall": overall}


def render(report: dict[str, Any]) -> str:
    lines = []
    models = report["models"]
    a = models.get("a")
    lines.append("| model | training s (wall / CPU) | size KiB | model ms/1k chars | full check ms/1k chars "
                 "| full check vs (a) |")
    lines.append("|---|---|---|---|---|---|")
    for key, m in models.items():
        ratio = f"{m['full_ms'] / a['full_ms']:.2f}x" if a else "-"
        lines.append(f"| {NAMES[key]} | {m['train_s']} / {m['train_cpu_s']} | {m['size_kib']} "
                     f"| {m['model_ms']:.2f} | {m['full_ms']:.2f} | {ratio} |")
    lines.append("")
    lines.append("Overall, claim categories (sentence level: P / R / F1 / AP; end to end: P / R / F1 / clean pass)")
    lines.append("")
    lines.append("| corpus | model | sent P | sent R | sent F1 | sent AP | e2e P | e2e R | e2e F1 | clean pass |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    for corpus, per_model in report["corpora"].items():
        for key, res in per_model.items():
            s, e = res["sentence"]["overall"], res["e2e"]["overall"]
            lines.append(f"| {corpus} | {key} | {f(s['p'])} | {f(s['r'])} | {f(s['f1'])} | {f(s.get('ap'))} "
                         f"| {f(e['p'])} | {f(e['r'])} | {f(e['f1'])} | {f(e.get('clean_pass'))} |")
    for group in ("tuning (all 5)", "dev (posts+longform)"):
        lines.append("")
        lines.append(f"Per category, {group}: sentence P/R (gold sentences), end to end P/R (gold spans)")
        lines.append("")
        head = " | ".join(f"{k} sent P/R | {k} e2e P/R" for k in models)
        lines.append(f"| category | {head} |")
        lines.append("|---|" + "---|---|" * len(models))
        pooled = report["pooled"][group]
        for c in CATS:
            cells = []
            for k in models:
                s, e = pooled[k]["sentence"]["categories"][c], pooled[k]["e2e"]["categories"][c]
                cells.append(f"{f(s['p'])} / {f(s['r'])} ({s['gold']})")
                cells.append(f"{f(e['p'])} / {f(e['r'])} ({e['gold']})")
            lines.append(f"| {c} | " + " | ".join(cells) + " |")
        cells = []
        for k in models:
            s, e = pooled[k]["sentence"]["overall"], pooled[k]["e2e"]["overall"]
            cells += [f"{f(s['p'])} / {f(s['r'])}", f"{f(e['p'])} / {f(e['r'])}"]
        lines.append("| **overall** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--tuning", type=Path, default=ROOT.parent / "blind-tuning",
                        help="the blind corpora's tuning parts (eval_suite.py --export-tuning DIR)")
    parser.add_argument("--models", default="abc", help="which of a, b, c (default all)")
    parser.add_argument("--quick", action="store_true", help="CNN with 3 epochs (a smoke run)")
    parser.add_argument("--cache", type=Path, help="pickle of the trained models: written, or read on a rerun")
    parser.add_argument("--passes", type=int, default=3, help="timing passes (best kept)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    which = "".join(k for k in "abc" if k in args.models)
    score_py = args.shared / "tools" / "score.py"
    paths = corpora(args.shared, args.tuning)
    missing = [str(p) for p in (score_py, *paths.values()) if not p.exists()]
    if missing or not any(k.startswith("tuning:") for k in paths):
        print("compare_claim_models: needs ../shared (score.py, dev corpora) and the tuning files; missing: "
              f"{', '.join(missing) or str(args.tuning / '*.jsonl')}. Skipped.")
        return 0
    import torch

    torch.set_num_threads(1)  # one request, one core: the engine's situation (training sets its own)
    scorer = load_scorer(args.shared)
    models = train_models(which, args.shared, args.quick, args.cache)
    torch.set_num_threads(1)
    limits = thresholds()
    ruleset = load_default_ruleset()
    registry = discover(list(ruleset.detectors))
    registry.load_models()
    engine = Engine(registry)
    detector = registry.get("claims")
    assert isinstance(detector, ClaimDetector)
    golds = {name: scorer.load(str(p)) for name, p in paths.items()}
    sentences = {name: sentence_rows(g) for name, g in golds.items()}
    report: dict[str, Any] = {"models": {}, "corpora": {}, "pooled": {}, "thresholds": limits}
    for name, gold in golds.items():
        report["corpora"][name] = {}
        for key, m in models.items():
            e2e, _ = end_to_end(engine, detector, m["model"], ruleset, scorer, gold)
            report["corpora"][name][key] = {"sentence": sentence_eval(m["model"], sentences[name], limits), "e2e": e2e}
        print(f"evaluated {name}", file=sys.stderr)
    for group, prefix in (("tuning (all 5)", "tuning:"), ("dev (posts+longform)", "dev:")):
        names = [n for n in golds if n.startswith(prefix)]
        report["pooled"][group] = {
            k: {lvl: pool([report["corpora"][n][k][lvl] for n in names], "sentence" if lvl == "sentence" else "e2e")
                for lvl in ("sentence", "e2e")}
            for k in models
        }
    all_sentences = [row for rows in sentences.values() for row in rows]
    full = full_check_ms(engine, detector, models, ruleset, list(golds.values()), args.passes)
    for key, m in models.items():
        report["models"][key] = {"train_s": m["train_s"], "train_cpu_s": m["train_cpu_s"], "size_kib": m["size_kib"],
                                 "model_ms": round(model_ms_per_kchar(m["model"], all_sentences, args.passes), 3),
                                 "full_ms": round(full[key], 3)}
    engine.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1, default=str))
    else:
        print(render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
