"""Fitting the confidence model on the golden files, and measuring how well it holds.

    python -m extractor.calibration fit      # writes extractor/data/calibration.json
    python -m extractor.calibration report   # cross-validated reliability table and ECE

Every claim the extractor prints for a golden file's article is a row: its features
(:func:`extractor.resolve.confidence.features`) and whether it is right (it pairs with
a gold claim under CLAIMS.md's rules). The model is fitted on the development files the
rules may be written from (the ``old`` and ``tune`` splits of ``../shared``, see
``benchmarks/splits.json``, and ``corpus/``); the ``check`` halves stay out of the fit.

The report gives two measures: article-level k-fold cross-validation over every golden
file (each article scored by a model fitted without it), and the fitted model on the
check halves. A confidence of 0.9 should be right nine times in ten on articles never
seen, so a claim never scores its own fit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from extractor.evaluate import Reliability, gold_files, load_dates, pair_claims, read_gold

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "calibration.json"
MIN_SEEN = 3  # a feature seen on fewer training claims gets no weight
L2 = 1.0  # ridge penalty: rare rules lean towards the average claim
FOLDS = 5


@dataclass(frozen=True)
class Row:
    article: str  # "bbc-sport/012", "corpus/klaebo-50k"
    split: str  # old, tune, check, corpus
    features: dict[str, float]
    right: bool


def rows(shared: Path, splits: Path, corpus: Path) -> list[Row]:
    """One row per claim printed for each golden file's article."""
    from extractor.api import extract
    from extractor.reading import read_article

    table = json.loads(splits.read_text("utf-8"))
    out: list[Row] = []
    for name, gold_path, text_path, published, split in _articles(shared, table, corpus):
        seen: list[dict[str, float]] = []
        text = read_article(str(text_path)).text
        doc = extract(text, published=published, observe=seen.extend)
        pred = [c.model_dump(mode="json") for c in doc.claims]
        pairs, _, _ = pair_claims(read_gold(gold_path), pred)
        paired = {j for _, j in pairs}
        out += [Row(name, split, feats, j in paired) for j, feats in enumerate(seen)]
    return out


def _articles(
    shared: Path, table: dict[str, dict[str, list[str]]], corpus: Path
) -> Iterator[tuple[str, Path, Path, str | None, str]]:
    for collection, parts in sorted(table.items()):
        root = shared / collection
        if not root.is_dir():
            continue
        dates = load_dates(root / "index.tsv") if (root / "index.tsv").exists() else {}
        for split in ("old", "tune", "check"):
            for article in sorted(parts.get(split, [])):
                gold = root / "gold" / f"{article}.gold.json"
                yield (
                    f"{collection}/{article}",
                    gold,
                    root / "texts" / f"{article}.txt",
                    (dates.get(article)),
                    split,
                )
    for gold in gold_files(corpus):
        stem = gold.name[: -len(".gold.json")]
        yield f"corpus/{stem}", gold, corpus / f"{stem}.txt", None, "corpus"


def fingerprint(training: list[Row]) -> str:
    """What the fit saw, in a form that changes when any row does."""
    canon = [[r.article, sorted(r.features), r.right] for r in training]
    return hashlib.sha256(json.dumps(canon).encode()).hexdigest()


def _vocabulary(training: list[Row]) -> list[str]:
    counts: dict[str, int] = {}
    for r in training:
        for name in r.features:
            counts[name] = counts.get(name, 0) + 1
    return sorted(n for n, c in counts.items() if c >= MIN_SEEN)


def fit(training: list[Row]) -> tuple[float, dict[str, float]]:
    """Ridge logistic regression by Newton's method (the bias is not penalised)."""
    names = _vocabulary(training)
    x = np.array([[1.0] + [r.features.get(n, 0.0) for n in names] for r in training])
    y = np.array([1.0 if r.right else 0.0 for r in training])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * L2
    penalty[0, 0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x.T * (p * (1.0 - p))) @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return float(w[0]), {n: round(float(v), 6) for n, v in zip(names, w[1:], strict=True)}


def predict(bias: float, weights: dict[str, float], row: Row) -> float:
    z = bias + sum(weights.get(k, 0.0) * v for k, v in row.features.items())
    return float(1.0 / (1.0 + np.exp(-z)))


def cross_validated(all_rows: list[Row], folds: int = FOLDS, seed: int = 7) -> Reliability:
    """Each article's claims scored by a model fitted on the other folds' articles."""
    articles = sorted({r.article for r in all_rows})
    random.Random(seed).shuffle(articles)
    fold_of = {a: k % folds for k, a in enumerate(articles)}
    report = Reliability()
    for k in range(folds):
        bias, weights = fit([r for r in all_rows if fold_of[r.article] != k])
        for r in all_rows:
            if fold_of[r.article] == k:
                report.add(round(predict(bias, weights, r), 2), r.right)
    return report


def _training(all_rows: list[Row]) -> list[Row]:
    return [r for r in all_rows if r.split != "check"]


def write(all_rows: list[Row], path: Path = DATA) -> None:
    training = _training(all_rows)
    bias, weights = fit(training)
    counts: dict[str, int] = {}
    for r in training:
        source = r.article.split("/")[0]
        counts[f"{source} claims"] = counts.get(f"{source} claims", 0) + 1
    for source in sorted({r.article.split("/")[0] for r in training}):
        counts[f"{source} articles"] = len(
            {r.article for r in training if r.article.startswith(source + "/")}
        )
    data = {
        "about": "Weights of the confidence model (extractor/resolve/confidence.py), fitted by "
        "'python -m extractor.calibration fit' on the old and tune golden files and corpus/.",
        "bias": round(bias, 6),
        "weights": weights,
        "trained_on": dict(sorted(counts.items())),
        "fingerprint": fingerprint(training),
    }
    path.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m extractor.calibration", description=__doc__)
    p.add_argument("command", choices=("fit", "report"))
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--splits", type=Path, default=ROOT / "benchmarks" / "splits.json")
    p.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "articles")
    ns = p.parse_args(argv)
    all_rows = rows(ns.shared, ns.splits, ns.corpus)
    if ns.command == "fit":
        write(all_rows)
        print(f"wrote {DATA} from {len(_training(all_rows))} claims")
        return 0
    from extractor.resolve.confidence import calibration

    shipped = calibration()
    print(f"cross-validated ({FOLDS} folds by article) over every golden file:")
    print(cross_validated(all_rows).table())
    held_out = Reliability()
    for r in all_rows:
        if r.split == "check":
            held_out.add(round(shipped.probability(r.features), 2), r.right)
    print("\nthe fitted model on the check halves (never fitted on, never read):")
    print(held_out.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
