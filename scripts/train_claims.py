#!/usr/bin/env python3
"""Train the claim classifier from corpus/claims/ and write app/data/claims/model.npz.

usage: nice python3 scripts/train_claims.py [--external DIR] [--eval] [--out PATH]

Model: character 1-3-gram TF-IDF (app/detectors/claims/features.py), one L2 logistic regression per
claim category (one-vs-rest, "none" sentences are negatives for all), Platt-calibrated on 5-fold
grouped cross-validation scores. ``--eval`` instead reports precision/recall on a grouped 20 % hold-out
of the corpus (augmented copies of one written sentence stay on one side) for the shipped
configuration and the alternatives measured. Never reads ../shared/data/dev.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, GroupShuffleSplit
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from app.detectors.claims.features import features  # noqa: E402
from app.taxonomy import CLAIM_CATEGORIES  # noqa: E402
from app.text import normalize  # noqa: E402

CATEGORIES = CLAIM_CATEGORIES
NEGATIVE_FILES = ("hard_negatives", "neutral", "context_negatives")
SEED = 20261201
C_REG = 4.0


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    labels: frozenset[str]
    group: str


def read_lines(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def load_corpus(corpus: Path) -> list[Example]:
    """Written sentences; a line may add labels after a tab: ``句子<TAB>deposit_comparison``."""
    merged: dict[str, set[str]] = {}
    for name in (*CATEGORIES, *NEGATIVE_FILES):
        for line in read_lines(corpus / f"{name}.txt"):
            text, _, extra = line.partition("\t")
            labels = merged.setdefault(text, set())
            if name in CATEGORIES:
                labels.add(name)
            labels.update(x.strip() for x in extra.split(",") if x.strip())
    # Independent writers' folders (writers/NAME/): <category>.txt are claims, any other file is negatives.
    for path in sorted(corpus.glob("writers/*/*.txt")):
        for line in read_lines(path):
            text, _, extra = line.partition("\t")
            labels = merged.setdefault(text, set())
            if path.stem in CATEGORIES:
                labels.add(path.stem)
            # A writer may name a lexicon category too (ad_absolute): not the classifier's to learn.
            labels.update(x.strip() for x in extra.split(",") if x.strip() in CATEGORIES)
    unknown = {label for labels in merged.values() for label in labels} - set(CATEGORIES)
    if unknown:
        raise SystemExit(f"unknown labels in corpus: {sorted(unknown)}")
    return [Example(t, frozenset(ls), f"c{i}") for i, (t, ls) in enumerate(merged.items())]


def load_posts(folders: list[Path]) -> list[Example]:
    """Clauses of independent writers' labelled posts (corpus/rerank*/NAME/posts.jsonl).

    Each sentence is cut at commas, colons and semicolons (the detector's clause marks); a clause overlapping a
    gold span of a claim category carries that category, any other clause is a non-claim: the writers label
    every violation, and the phrase responsible, so the lead-in of a promise (今晚下单，…) is not the promise.
    Sentence-level labels taught the model that such lead-ins are claims (docs/evaluation.md, thirteenth
    round). Natural text, so not augmented; one group per post."""
    from app.detectors.claims import _CLAUSE  # where the detector ends a clause
    from app.text import sentences

    marks = set(_CLAUSE)
    out: list[Example] = []
    for folder in folders:
        path = folder / "posts.jsonl"
        if not path.exists():
            raise SystemExit(f"train_claims: {path} not found")
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            post = json.loads(line)
            text = post["text"]
            spans = [(f["category"], f["start"], f["end"]) for f in post.get("findings", [])
                     if f["category"] in CATEGORIES and f.get("start") is not None]
            for s_start, s_end in sentences(text):
                cuts = [s_start] + [i + 1 for i in range(s_start, s_end) if text[i] in marks] + [s_end]
                for start, end in pairwise(cuts):
                    piece = text[start:end].strip()
                    if len(piece) < 4:
                        continue
                    labels = frozenset(c for c, a, b in spans if a < end and b > start)
                    out.append(Example(piece, labels, f"s{folder.name}:{post['id']}"))
    return out


def fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(rng.choice(slots[m.group(1)])), template)


def load_templates(corpus: Path, rng: random.Random, copies: int) -> list[Example]:
    """Slot templates: negative_templates.txt (label none), positive_templates.txt (label<TAB>template)."""
    slots = yaml.safe_load((corpus / "slots.yaml").read_text(encoding="utf-8"))
    out: list[Example] = []
    for i, line in enumerate(read_lines(corpus / "negative_templates.txt")):
        out.extend(Example(fill(line, slots, rng), frozenset(), f"n{i}") for _ in range(copies))
    for i, line in enumerate(read_lines(corpus / "positive_templates.txt")):
        label, _, template = line.partition("\t")
        if label not in CATEGORIES:
            raise SystemExit(f"positive_templates.txt: unknown label {label!r}")
        out.extend(Example(fill(template, slots, rng), frozenset({label}), f"p{i}") for _ in range(copies))
    return out


def load_external(
    folder: Path, limit: int, rng: random.Random, exclude: str, glob: str = "*.jsonl.gz", tag: str = "x"
) -> list[Example]:
    """Short sentences from public corpora (sentiment reviews, NER news and Weibo posts), as generic non-claims."""
    out: list[str] = []
    for path in sorted(folder.glob(glob)):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                for piece in json.loads(line)["text"].replace("！", "。").replace("!", "。").split("。"):
                    piece = piece.strip()
                    if 6 <= len(piece) <= 60 and not any(ch in piece for ch in exclude):
                        out.append(piece)
    rng.shuffle(out)
    return [Example(t, frozenset(), f"{tag}{i}") for i, t in enumerate(out[:limit])]


def augment(examples: list[Example], rng: random.Random, copies: int, lists: dict[str, Any]) -> list[Example]:
    """Copies of each written sentence with a lead-in/tail clause and, for a quarter, homophones."""
    prefixes, suffixes, homophones = lists["prefixes"], lists["suffixes"], lists["homophones"]
    out = list(examples)
    for ex in examples:
        if ex.group[0] in "xnpms":  # external, mined, template and writers' post sentences are varied already
            continue
        for _ in range(copies):
            text = rng.choice(prefixes) + ex.text.rstrip("。！") + rng.choice(suffixes)
            if rng.random() < 0.25:
                chars = [homophones.get(ch, ch) if rng.random() < 0.5 else ch for ch in text]
                text = "".join(chars)
            out.append(Example(text, ex.labels, ex.group))
    return out


FEATURES = "char"  # set by --features: "char" (shipped) or "word+char" (measured alternative)


def analyzer(text: str) -> list[str]:
    return features(text, FEATURES)


def vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=2, norm="l2", smooth_idf=True)


def labels_matrix(examples: list[Example]) -> np.ndarray:
    return np.array([[c in ex.labels for c in CATEGORIES] for ex in examples], dtype=np.int8)


def fit_platt(decision: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    platt = LogisticRegression(C=1e4).fit(decision.reshape(-1, 1), y)
    return float(platt.coef_[0, 0]), float(platt.intercept_[0])


def train(examples: list[Example], make_clf: Callable[[], Any]) -> dict[str, np.ndarray]:
    texts = [normalize(ex.text).text for ex in examples]
    groups = [ex.group for ex in examples]
    y = labels_matrix(examples)
    vec = vectorizer()
    x = vec.fit_transform(texts)
    coef, intercept, pa, pb = [], [], [], []
    folds = list(GroupKFold(n_splits=5).split(x, groups=groups))
    for k in range(len(CATEGORIES)):
        cv_decision = np.zeros(len(texts))
        for tr, te in folds:
            cv_decision[te] = make_clf().fit(x[tr], y[tr, k]).decision_function(x[te])
        a, b = fit_platt(cv_decision, y[:, k])
        clf = make_clf().fit(x, y[:, k])
        coef.append(clf.coef_[0])
        intercept.append(clf.intercept_[0])
        pa.append(a)
        pb.append(b)
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    return {
        "vocab": np.array(vocab),
        "idf": vec.idf_.astype(np.float32),
        "coef": np.array(coef, dtype=np.float32),
        "intercept": np.array(intercept, dtype=np.float32),
        "platt_a": np.array(pa, dtype=np.float32),
        "platt_b": np.array(pb, dtype=np.float32),
    }


def default_clf() -> LogisticRegression:
    return LogisticRegression(C=C_REG, solver="liblinear", random_state=SEED)


def predict(arrays: dict[str, np.ndarray], texts: list[str]) -> np.ndarray:
    """Calibrated probabilities (rows: texts, columns: categories) from exported arrays."""
    index = {str(g): i for i, g in enumerate(arrays["vocab"])}
    vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, norm="l2", vocabulary=index)
    vec.idf_ = arrays["idf"]
    x = vec.transform([normalize(t).text for t in texts])
    decision = x @ arrays["coef"].T + arrays["intercept"]
    return np.asarray(1.0 / (1.0 + np.exp(-(arrays["platt_a"] * decision + arrays["platt_b"]))))


def compare(examples: list[Example]) -> None:
    """Grouped 80/20 hold-out: per-category precision/recall at p >= 0.5 for each configuration."""
    groups = [ex.group for ex in examples]
    tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED).split(examples, groups=groups))
    train_set, test_set = [examples[i] for i in tr], [examples[i] for i in te]
    y = labels_matrix(test_set)
    configs: dict[str, Callable[[], LogisticRegression]] = {
        f"lr C={c}": (lambda c=c: LogisticRegression(C=c, solver="liblinear")) for c in (1.0, 4.0, 16.0)
    }
    configs["lr C=4 balanced"] = lambda: LogisticRegression(C=4.0, solver="liblinear", class_weight="balanced")
    for name, make in configs.items():
        probs = predict(train(train_set, make), [ex.text for ex in test_set])
        cells = []
        for k, cat in enumerate(CATEGORIES):
            pred, gold = probs[:, k] >= 0.5, y[:, k] == 1
            tp = int((pred & gold).sum())
            cells.append(f"{cat[:8]} P={tp / max(pred.sum(), 1):.2f} R={tp / max(gold.sum(), 1):.2f}")
        print(f"{name:18}", " | ".join(cells))


def build_examples(args: argparse.Namespace) -> list[Example]:
    rng = random.Random(SEED)
    corpus = ROOT / "corpus" / "claims"
    lists = yaml.safe_load((corpus / "augment.yaml").read_text(encoding="utf-8"))
    written = load_corpus(corpus) + load_templates(corpus, rng, copies=args.template_copies)
    exclude = lists["external_exclude"]
    if not args.external.is_dir() and args.external_limit:
        print(f"train_claims: {args.external} not found: training WITHOUT external negatives "
              "(pass --external DIR, or --external-limit 0 to mean it)", file=sys.stderr)
    external = load_external(args.external, args.external_limit, rng, exclude) if args.external.is_dir() else []
    # Colloquial Weibo posts and news sentences: the function words of speech (那个, 就是, 刚才说的) are not
    # claims; without them a lone 那个 scored as disparagement (docs/claims.md).
    for folder in args.external_ner if args.external_ner_limit else []:
        if not folder.is_dir():
            print(f"train_claims: {folder} not found: training without it", file=sys.stderr)
            continue
        share = args.external_ner_limit // len(args.external_ner)
        external += load_external(folder, share, rng, exclude, glob="train*.jsonl.gz", tag=f"x{folder.name}")
    posts = load_posts(args.posts)
    return augment(written, rng, copies=args.copies, lists=lists) + external + mined(args.mined, args.shared) + posts


def mined(refs_path: Path | None, shared: Path) -> list[Example]:
    """Hard negatives mined from unlabelled public text (scripts/mine_negatives.py): references resolved against
    ../shared, never stored as text here."""
    if refs_path is None or not refs_path.exists():
        return []
    from mine_negatives import resolve

    refs = [json.loads(line) for line in refs_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = resolve(shared, refs)
    if len(texts) < len(refs):
        print(f"train_claims: {len(refs) - len(texts)} of {len(refs)} mined references not found under {shared}",
              file=sys.stderr)
    return [Example(t, frozenset(), f"m{i}") for i, t in enumerate(texts)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=ROOT.parent / "shared" / "data" / "external" / "sentiment")
    parser.add_argument("--external-limit", type=int, default=3000)
    ner = ROOT.parent / "shared" / "data" / "external" / "ner"
    parser.add_argument("--external-ner", type=Path, nargs="*", default=[ner / "weibo", ner / "msra"],
                        help="NER corpora whose sentences are used as further negatives")
    parser.add_argument("--external-ner-limit", type=int, default=4000, help="0: none")
    parser.add_argument("--mined", type=Path, help="hard negatives mined by scripts/mine_negatives.py (refs.jsonl)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="where --mined refers to")
    parser.add_argument("--posts", type=Path, nargs="*", default=[],
                        help="writers' labelled post folders (posts.jsonl) whose sentences are added as examples")
    parser.add_argument("--copies", type=int, default=3, help="augmented copies per written sentence")
    parser.add_argument("--template-copies", type=int, default=4, help="fills per template")
    parser.add_argument("--out", type=Path, default=ROOT / "app" / "data" / "claims" / "model.npz")
    parser.add_argument("--classifier", choices=("lr", "svm"), default="lr")
    parser.add_argument("--c", type=float, help=f"regularisation (default {C_REG} for lr)")
    parser.add_argument("--eval", action="store_true", help="hold-out comparison instead of training")
    parser.add_argument("--features", choices=("char", "word+char"), default="char",
                        help="char 1-3-grams (shipped), or those plus jieba words (measured, docs/claims.md)")
    args = parser.parse_args(argv)
    global FEATURES
    FEATURES = args.features
    examples = build_examples(args)
    if args.eval:
        compare(examples)
        return 0
    make: Callable[[], Any] = default_clf
    if args.classifier == "svm":  # measured alternative (docs/claims.md); Platt turns margins into probabilities
        make = lambda: LinearSVC(C=args.c or 0.5, random_state=SEED)  # noqa: E731
    elif args.c:
        make = lambda: LogisticRegression(C=args.c, solver="liblinear", random_state=SEED)  # noqa: E731
    arrays = train(examples, make)
    meta = {
        "categories": list(CATEGORIES),
        "kind": args.features,
        "features": ("char 1-3-gram" if args.features == "char" else "char 1-3-gram + jieba word")
        + " tf-idf (sublinear, l2), digits folded",
        "classifier": f"{args.classifier} C={args.c or C_REG}, one-vs-rest, Platt on 5-fold grouped CV",
        "training": {"written": sum(not e.group.startswith(("x", "m", "s")) for e in examples),
                     "mined": sum(e.group.startswith("m") for e in examples),
                     "post_sentences": sum(e.group.startswith("s") for e in examples), "total": len(examples)},
        "data": "corpus/claims (team-written, Apache-2.0) + public sentiment review sentences as negatives"
        + (" + hard negatives mined from public news, resumes and reviews" if args.mined else "")
        + (" + sentences of independent writers' labelled posts: " + ", ".join(p.name for p in args.posts)
           if args.posts else ""),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, meta=np.array(json.dumps(meta, ensure_ascii=False)), **arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB): {meta['training']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
