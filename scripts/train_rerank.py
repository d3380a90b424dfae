#!/usr/bin/env python3
"""Train the learned finding re-ranker (app/rerank.py) on whole labelled posts.

usage: python scripts/train_rerank.py [--cv] [--out app/data/rerank/model.npz] [--shared ../shared]

Training posts (never a measure-only part, never the dev corpora in ../shared):
- corpus/rerank/*/posts.jsonl: posts by independent writers, written as training data (``--without-writers``
  leaves them out);
- the *tuning* parts of eval/suite (the split of scripts/eval_suite.py);
- eval/heldout and eval/tuning (older team corpora, already selected on);
- corpus/rerank-next: the 32 writers' corpora the claim classifier trains on, with their findings proposed
  by fold classifiers trained without them (``CROSSFIT``; ``--no-crossfit`` leaves them out), so that the
  classifier's confidence, one of the features, is out of sample on every training post.
The engine runs with the re-ranker off; each finding it reports is labelled by the held-out scoring rule
(../shared/tools/score.py: same category, overlapping, tight), and a logistic model learns those labels from
app/rerank.py's features. ``--cv`` scores leave-one-corpus-out predictions first and prints, per category, the
probability threshold that maximises F1 of the kept findings against all gold spans of that category; those
thresholds are ruleset data (detectors/claims.yaml ``rerank``). Needs scikit-learn (the ``train`` extra) and
../shared for the scoring rule; without it, it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_dev import load_scorer, post_from_gold  # noqa: E402
from eval_suite import corpora, select  # noqa: E402

from app.detectors.base import Finding  # noqa: E402
from app.detectors.registry import Registry, discover  # noqa: E402
from app.engine import Engine  # noqa: E402
from app.policy import decide  # noqa: E402
from app.rerank import RerankModel, agreed, finding_features, hashed, own_voice, post_shape  # noqa: E402
from app.ruleset import Ruleset, load_default_ruleset  # noqa: E402

BITS = 18
NEXT = ROOT / "corpus" / "rerank-next"
# The writers' corpora the shipped claim classifier trains on (app/data/claims/README.md), in thirteen folds of four
# to eight: trained on here with cross-fitted classifier confidences (``crossfit``; issue 10, rounds 17, 20, 23,
# 25, 26, 27, 31, 39 and 40).
CROSSFIT = [[f"train-{n}" for n in fold.split()] for fold in (
    "zc zd ze zf zg zh zi zj", "zk zl zm zn zs zt zu zv", "zw zx zy zz ya yb yc yd", "ye yf yg yh yi yj yk yl",
    "ym yn yo yp yq yr ys yt", "yu yv yw yx yy yz xa xb", "xc xd xe xf",
    "xg xh xi xj xk xl xm", "xn xo xp xq xr xs xt", "xu xv xw xx xy xz wa wb", "wc wd we wf wg wh wi wj",
    "wk wl wm wn wo wp wq wr", "ws wt wu wv")]
# Real marketing paragraphs the shipped classifier also trains on (corpus/realtrain, issue 10, round 39): every fold
# classifier trains on them too, so that fold confidences come from a model like the shipped one.
CLASSIFIER_EXTRA = [ROOT / "corpus" / "realtrain" / f"rt{n}" for n in (1, 2, 3)]
POST_LEVEL = {"missing_disclosure"}
# The shipped ruleset's learned.keep_agreed: agreed findings are never dropped (app/rerank.py ``agreed``).
KEEP_AGREED = True
# Categories the shipped ruleset keeps out of the re-ranker (claims.yaml context.learned.skip): format- and
# checksum-based PII, and sentiment, which runs on inbound comments only.
SKIP = {"negative_sentiment", "pii_phone", "pii_id_card", "pii_bank_card", "pii_email", "pii_policy_number",
        "pii_address"}


@dataclass
class Judged:
    """One training post: what the engine proposed (re-ranker off), each proposal's features and label."""

    corpus: str
    post_id: str
    gold: dict[str, Any]
    findings: list[Finding]
    features: list[list[str]]
    labels: list[bool]


def training_sets(
    scorer: Any, shared: Path, team: bool = True, writers: bool = False
) -> list[tuple[str, dict[str, Any]]]:
    own = sorted((ROOT / "corpus" / "rerank").glob("*/posts.jsonl")) if writers else []
    sets = [(p.parent.name, scorer.load(str(p))) for p in own]
    for c in corpora(shared):
        if c.blind:
            sets.append((f"{c.name}:tuning", select(scorer.load(str(c.path)), c, "tuning")))
        elif team and c.name.startswith("team-"):
            sets.append((c.name.split()[0], scorer.load(str(c.path))))
    return sets


def crossfit(folds: list[list[str]], scorer: Any, ruleset: Ruleset, workdir: Path,
             features: str = "char", jobs: int = 1) -> list[Judged]:
    """Posts of the writers' corpora the claim classifier trains on (corpus/rerank-next/NAME), proposed with
    classifiers that did not see them: for each fold, scripts/train_claims.py with every classifier corpus but the
    fold's. The second look's features include the classifier's confidence, which would be in sample otherwise.
    The fold classifiers train ``jobs`` at a time (independent processes; the same models in any order)."""
    import subprocess
    from concurrent.futures import ThreadPoolExecutor

    every = [name for fold in folds for name in fold]

    def train(k: int) -> Path:
        model = workdir / f"claims-fold{k}.npz"
        rest = [str(NEXT / name) for name in every if name not in folds[k]] + [str(p) for p in CLASSIFIER_EXTRA]
        subprocess.run([sys.executable, str(ROOT / "scripts" / "train_claims.py"), "--out", str(model),
                        "--features", features, "--posts", *rest], check=True, stdout=subprocess.DEVNULL)
        return model

    out: list[Judged] = []
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for fold, model in zip(folds, pool.map(train, range(len(folds))), strict=True):
            sets = [(name, scorer.load(str(NEXT / name / "posts.jsonl"))) for name in fold]
            out.extend(collect(sets, scorer, ruleset, claims_model=model))
    return out


def shipped_features() -> str:
    """The shipped claim classifier's features ("char" or "word+char"): fold classifiers must be trained alike."""
    from app.detectors.claims.model import ClaimModel

    return ClaimModel().kind


def hits(scorer: Any, f: dict[str, Any], gold: list[dict[str, Any]]) -> bool:
    same = [g for g in gold if g["category"] == f["category"]]
    if f["category"] in POST_LEVEL or f.get("start") is None:
        return bool(same)
    return any(g.get("start") is not None and scorer.overlap(g, f) for g in same)


def proposing(ruleset: Ruleset, report_at: float | None, classifier_at: float | None = None) -> Ruleset:
    """The ruleset with the re-ranker off (and, with ``report_at`` / ``classifier_at``, the context stage's and the
    classifier's thresholds lowered to them): the findings the re-ranker judges."""
    claims = ruleset.detectors["claims"]
    config = dict(claims.config)
    if classifier_at is not None:
        config["categories"] = {k: {**v, "threshold": min(v.get("threshold", 0.5), classifier_at)}
                                for k, v in config.get("categories", {}).items()}
    context = {**config.get("context", {}), "learned": {"enabled": False}}
    if report_at is not None:
        context["category_report_at"] = {k: min(v, report_at) for k, v in context.get("category_report_at", {}).items()}
        context["report_at"] = min(context.get("report_at", 0.5), report_at)
    detectors = {**ruleset.detectors, "claims": claims.model_copy(update={"config": {**config, "context": context}})}
    return ruleset.model_copy(update={"detectors": detectors})


def collect(sets: list[tuple[str, dict[str, Any]]], scorer: Any, ruleset: Ruleset,
            claims_model: Path | None = None) -> list[Judged]:
    """The engine's findings on every post of ``sets``, labelled; ``claims_model``: the claim classifier to propose
    with instead of the shipped one (a cross-fitting fold's, see ``crossfit``)."""
    registry = discover(list(ruleset.detectors))
    if claims_model is not None:
        from app.detectors.claims import ClaimDetector

        registry = Registry([ClaimDetector(claims_model) if d.name == "claims" else d for d in registry.all()])
    registry.load_models()
    engine = Engine(registry)
    out: list[Judged] = []
    for name, gold in sets:
        for pid, obj in gold.items():
            post = post_from_gold(obj)
            found = engine.check(post, ruleset).findings
            shape = post_shape(post, found)
            gf = obj.get("findings") or []
            labels = [hits(scorer, {"category": f.category, "start": f.start, "end": f.end}, gf) for f in found]
            feats = [finding_features(f, post, shape, found) for f in found]
            out.append(Judged(name, pid, obj, found, feats, labels))
    return out


def fit(posts: list[Judged], c: float) -> RerankModel:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    indptr, indices, y = [0], [], []
    for j in posts:
        for names, label in zip(j.features, j.labels, strict=True):
            indices.extend(hashed(names, BITS))
            indptr.append(len(indices))
            y.append(label)
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(y), 1 << BITS))
    lr = LogisticRegression(C=c, max_iter=2000, solver="liblinear")
    lr.fit(x, np.array(y, dtype=np.int8))
    rules = frozenset(f.rule_id for j in posts for f in j.findings)
    return RerankModel(lr.coef_[0].astype(np.float64), float(lr.intercept_[0]), BITS, rules)


def outcome(posts: list[Judged], probs: list[list[float]], thresholds: dict[str, float], default: float,
            policy: Any, scorer: Any) -> dict[str, Any]:
    """score.py's overall figures when findings under their category's threshold are dropped."""
    gold, pred = {}, {}
    for j, ps in zip(posts, probs, strict=True):
        key = f"{j.corpus}/{j.post_id}"
        kept = [f for f, p, names in zip(j.findings, ps, j.features, strict=True)
                if f.category in SKIP or p >= thresholds.get(f.category, default) or own_voice(names)
                or (KEEP_AGREED and agreed(names))]
        gold[key] = j.gold
        pred[key] = {"verdict": decide(kept, policy).value,
                     "findings": [{"category": f.category, "start": f.start, "end": f.end} for f in kept]}
    return dict(scorer.score(gold, pred)[1])


def sweep(posts: list[Judged], probs: list[list[float]], policy: Any, scorer: Any, cap: float,
          clean_weight: float) -> tuple[float, dict[str, float]]:
    """A global threshold, then per category in turn, each chosen to maximise F1 + clean_weight x clean pass rate
    of the out-of-fold predictions (coordinate ascent, two passes)."""
    grid = [t / 100 for t in range(0, int(cap * 100) + 1, 5)]

    def value(th: dict[str, float], d: float) -> float:
        o = outcome(posts, probs, th, d, policy, scorer)
        return float(o["f1"]) + clean_weight * float(o["clean_pass_rate"] or 0.0)

    default = max(grid, key=lambda t: (round(value({}, t), 4), -t))
    cats = sorted({f.category for j in posts for f in j.findings})
    chosen: dict[str, float] = {}
    for _ in range(2):
        for cat in cats:
            best = max(grid, key=lambda t: (round(value({**chosen, cat: t}, default), 4), -abs(t - default)))
            chosen[cat] = best
    return default, {c: t for c, t in chosen.items() if t != default}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "app" / "data" / "rerank" / "model.npz")
    parser.add_argument("--cv", action="store_true", help="leave-one-corpus-out scores and thresholds first")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--cap", type=float, default=0.5, help="highest threshold the sweep may choose")
    parser.add_argument("--clean-weight", type=float, default=0.5, help="weight of the clean pass rate in the sweep")
    parser.add_argument("--without-writers", action="store_true",
                        help="leave out corpus/rerank (the sixth round's model was trained so)")
    parser.add_argument("--no-team", action="store_true", help="leave out eval/heldout and eval/tuning")
    parser.add_argument("--propose-classifier", type=float, help="lower the classifier's thresholds to this")
    parser.add_argument("--propose-at", type=float, help="lower the context stage's report thresholds to this")
    parser.add_argument("--crossfit", action="append", default=[], metavar="NAMES",
                        help="a fold of corpus/rerank-next corpora the claim classifier trains on (comma-separated "
                        "names): trained on too, their findings proposed by a classifier trained without the fold; "
                        "repeat per fold (every fold's corpora are the classifier's --posts); default: CROSSFIT")
    parser.add_argument("--claims-features", choices=("char", "word+char"), default=None,
                        help="the fold classifiers' features (scripts/train_claims.py --features); default: those of "
                        "the shipped classifier")
    parser.add_argument("--jobs", type=int, default=1, help="fold classifiers trained at once (processes)")
    parser.add_argument("--no-crossfit", action="store_true", help="leave the classifier's corpora out (the "
                        "sixteenth round's model was trained so)")
    parser.add_argument("--subset", action="append", default=[], metavar="PREFIXES",
                        help="with --cv, also the figures over the sets whose names start with one of these "
                        "comma-separated prefixes (a ship rule's pool; one ending in $ names a set exactly); "
                        "repeatable")
    args = parser.parse_args(argv)
    if not (args.shared / "tools" / "score.py").exists():
        print(f"train_rerank: {args.shared}/tools/score.py not found; it needs ../shared (the scoring rule). Skipped.")
        return 0
    scorer = load_scorer(args.shared)
    ruleset = proposing(load_default_ruleset(), args.propose_at, args.propose_classifier)
    posts = collect(training_sets(scorer, args.shared, not args.no_team, not args.without_writers), scorer, ruleset)
    folds = [f.split(",") for f in args.crossfit] or ([] if args.no_crossfit else CROSSFIT)
    if folds:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            posts += crossfit(folds, scorer, ruleset, Path(tmp), args.claims_features or shipped_features(), args.jobs)
    n = sum(len(j.findings) for j in posts)
    right = sum(sum(j.labels) for j in posts)
    print(f"{n} findings from {len(posts)} posts in {len({j.corpus for j in posts})} sets; {right} right")
    if args.cv:
        probs: list[list[float]] = [[] for _ in posts]
        for held in sorted({j.corpus for j in posts}):
            model = fit([j for j in posts if j.corpus != held], args.c)
            for i, j in enumerate(posts):
                if j.corpus == held:
                    # a rule the fold never saw is left alone, as the shipped model leaves a rule added later
                    probs[i] = [model.probability(names) if model.judges(f.rule_id) else 1.0
                                for f, names in zip(j.findings, j.features, strict=True)]
        before = outcome(posts, probs, {}, 0.0, ruleset.policy, scorer)
        default, per_cat = sweep(posts, probs, ruleset.policy, scorer, args.cap, args.clean_weight)
        after = outcome(posts, probs, per_cat, default, ruleset.policy, scorer)
        for label, o in (("proposals", before), ("re-ranked", after)):
            print(f"{label:10} R {o['recall']:.3f} P {o['precision']:.3f} F1 {o['f1']:.4f} "
                  f"clean {o['clean_pass_rate']:.4f}")
        print(f"drop_at: {default}  category_drop_at: {json.dumps(per_cat, sort_keys=True)}")
        blind = [i for i, j in enumerate(posts) if not j.corpus.startswith("team-")]
        sub, subp = [posts[i] for i in blind], [probs[i] for i in blind]
        for label, th, d in (("proposals", {}, 0.0), ("re-ranked", per_cat, default)):
            o = outcome(sub, subp, th, d, ruleset.policy, scorer)
            print(f"{label:10} R {o['recall']:.3f} P {o['precision']:.3f} F1 {o['f1']:.4f} "
                  f"clean {o['clean_pass_rate']:.4f}  (blind tuning parts and own corpora only)")
        for spec in args.subset:
            chosen = [i for i, j in enumerate(posts) if _named(j.corpus, spec)]
            sub, subp = [posts[i] for i in chosen], [probs[i] for i in chosen]
            for label, th, d in (("proposals", {}, 0.0), ("re-ranked", per_cat, default)):
                o = outcome(sub, subp, th, d, ruleset.policy, scorer)
                print(f"{label:10} R {o['recall']:.3f} P {o['precision']:.3f} F1 {o['f1']:.4f} "
                      f"clean {o['clean_pass_rate']:.4f}  ({len(sub)} posts of sets {spec})")
    model = fit(posts, args.c)
    model.save(args.out)
    print(f"wrote {args.out}")
    return 0


def _named(corpus: str, spec: str) -> bool:
    """Whether a set's name starts with one of the comma-separated prefixes (``train-z$``: that set only)."""
    return any(corpus == x[:-1] if x.endswith("$") else corpus.startswith(x) for x in spec.split(",") if x)


if __name__ == "__main__":
    sys.exit(main())
