"""Scoring against golden files, with the pairing rules at the end of CLAIMS.md.

Claims of one type pair when their subject agrees (an athlete sharing a surname, else
the nation or team) and their key value agrees (``medal``; ``rank``; ``value`` and
``unit``; ``scope``; ``count`` and ``medal``). Among several candidates the pairing
prefers the one whose other fields agree most, so attribute agreement is not penalised
by an arbitrary choice. Pairs are one-to-one.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.knowledge.names import surname
from extractor.models import CLAIM_TYPES, ClaimsDocument

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "medal": ("medal",),
    "result": ("rank",),
    "performance": ("value", "unit"),
    "margin": ("value", "unit"),
    "record": ("scope",),
    "tally": ("count", "medal"),
}
COMMON_ATTRIBUTES = ("nation", "event", "sport", "competition", "date", "inferred")
TYPE_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "performance": ("text",),
    "margin": ("over",),
    "record": ("status", "value", "unit"),
    "tally": ("period",),
    "medal": (),
    "result": (),
}


def _value_equal(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 5e-4 + 1e-9 * abs(float(a))
    if isinstance(a, str) and isinstance(b, str):
        return a.strip().lower() == b.strip().lower()
    if isinstance(a, list) and isinstance(b, list):
        return sorted(_norm(x) for x in a) == sorted(_norm(x) for x in b)
    return bool(a == b)


def _norm(x: Any) -> Any:
    return surname(x) if isinstance(x, str) else x


def subject_agrees(g: dict[str, Any], p: dict[str, Any]) -> bool:
    ga, pa = g.get("athletes") or [], p.get("athletes") or []
    if ga and pa:
        return bool({surname(a) for a in ga} & {surname(a) for a in pa})
    if ga or pa:
        return False
    if g.get("nation") and g.get("nation") == p.get("nation"):
        return True
    return bool(g.get("team")) and bool(_value_equal(g.get("team"), p.get("team")))


def key_agrees(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return all(_value_equal(g.get(k), p.get(k)) for k in KEY_FIELDS[g["type"]])


def attributes(claim_type: str) -> tuple[str, ...]:
    return COMMON_ATTRIBUTES + TYPE_ATTRIBUTES[claim_type]


def _agreement(g: dict[str, Any], p: dict[str, Any]) -> float:
    names = attributes(g["type"])
    score = sum(1.0 for a in names if _value_equal(g.get(a), p.get(a)))
    ge, pe = g["evidence"], p["evidence"]
    overlap = min(ge["end"], pe["end"]) - max(ge["start"], pe["start"])
    return score + (0.5 if overlap > 0 else 0.0)


def pair_claims(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """One-to-one pairs (gold index, predicted index), greedy by attribute agreement."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g["type"] == p["type"] and subject_agrees(g, p) and key_agrees(g, p):
                candidates.append((-_agreement(g, p), i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        pairs.append((i, j))
        used_g.add(i)
        used_p.add(j)
    return pairs, set(range(len(gold))) - used_g, set(range(len(pred))) - used_p


@dataclass
class Report:
    articles: int = 0
    gold: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    tp: Counter[str] = field(default_factory=Counter)
    attr_total: Counter[str] = field(default_factory=Counter)
    attr_agree: Counter[str] = field(default_factory=Counter)
    reliability: Reliability = field(default_factory=lambda: Reliability())
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)

    def add(self, article: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
        self.articles += 1
        pairs, missed, extra = pair_claims(gold, pred)
        for g in gold:
            self.gold[g["type"]] += 1
        for p in pred:
            self.pred[p["type"]] += 1
        for i, j in pairs:
            g, p = gold[i], pred[j]
            self.tp[g["type"]] += 1
            for a in attributes(g["type"]):
                self.attr_total[a] += 1
                self.attr_agree[a] += _value_equal(g.get(a), p.get(a))
            if g.get("date") is not None:  # the acceptance figure: dates where gold has one
                self.attr_total["date given"] += 1
                self.attr_agree["date given"] += _value_equal(g["date"], p.get("date"))
        paired_pred = {j for _, j in pairs}
        for j, p in enumerate(pred):
            self.reliability.add(float(p["confidence"]), j in paired_pred)
        self.misses += [{"article": article, **gold[i]} for i in sorted(missed)]
        self.spurious += [{"article": article, **pred[j]} for j in sorted(extra)]

    def prf(self, claim_type: str | None = None) -> tuple[float, float, float]:
        types = [claim_type] if claim_type else list(CLAIM_TYPES)
        tp = sum(self.tp[t] for t in types)
        gold = sum(self.gold[t] for t in types)
        pred = sum(self.pred[t] for t in types)
        p = tp / pred if pred else (1.0 if not gold else 0.0)
        r = tp / gold if gold else (1.0 if not pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict[str, Any]:
        per_type = {}
        for t in CLAIM_TYPES:
            p, r, f = self.prf(t)
            per_type[t] = {
                "gold": self.gold[t],
                "predicted": self.pred[t],
                "paired": self.tp[t],
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(f, 4),
            }
        p, r, f = self.prf()
        return {
            "articles": self.articles,
            "types": per_type,
            "all": {
                "gold": sum(self.gold.values()),
                "predicted": sum(self.pred.values()),
                "paired": sum(self.tp.values()),
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(f, 4),
            },
            "attributes": {
                a: {
                    "agree": self.attr_agree[a],
                    "of": self.attr_total[a],
                    "rate": round(self.attr_agree[a] / self.attr_total[a], 4)
                    if self.attr_total[a]
                    else None,
                }
                for a in sorted(self.attr_total)
            },
            "confidence": self.reliability.as_dict(),
        }

    def table(self) -> str:
        d = self.as_dict()
        lines = [
            f"articles: {d['articles']}",
            f"{'type':<12}{'gold':>6}{'pred':>6}{'pair':>6}{'P':>8}{'R':>8}{'F1':>8}",
        ]
        rows = [*d["types"].items(), ("all", d["all"])]
        for name, row in rows:
            lines.append(
                f"{name:<12}{row['gold']:>6}{row['predicted']:>6}{row['paired']:>6}"
                f"{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}"
            )
        lines.append("attribute agreement over paired claims:")
        for a, row in d["attributes"].items():
            rate = "-" if row["rate"] is None else f"{row['rate']:.3f}"
            lines.append(f"  {a:<12}{rate:>7}  ({row['agree']}/{row['of']})")
        lines.append(self.reliability.table())
        return "\n".join(lines)


@dataclass
class Reliability:
    """Predicted confidence against observed precision: a claim at 0.9 should be right
    nine times in ten. Bins of a tenth; the expected calibration error (ECE) is the
    claim-weighted mean gap between a bin's mean confidence and its precision."""

    claims: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, confidence: float, right: bool) -> None:
        self.claims.append((confidence, right))

    def bins(self) -> list[tuple[float, float, int, float, float]]:
        """(low, high, claims, mean confidence, precision) for each bin with claims."""
        out = []
        for k in range(10):
            low, high = k / 10, (k + 1) / 10
            inside = [(c, r) for c, r in self.claims if low <= c < high or (k == 9 and c == 1)]
            if inside:
                mean = sum(c for c, _ in inside) / len(inside)
                out.append((low, high, len(inside), mean, sum(r for _, r in inside) / len(inside)))
        return out

    def ece(self) -> float | None:
        if not self.claims:
            return None
        return sum(n * abs(mean - prec) for _, _, n, mean, prec in self.bins()) / len(self.claims)

    def precision_at(self, threshold: float) -> tuple[int, float | None]:
        sure = [r for c, r in self.claims if c >= threshold]
        return len(sure), (sum(sure) / len(sure) if sure else None)

    def as_dict(self) -> dict[str, Any]:
        n, precision = self.precision_at(0.9)
        ece = self.ece()
        return {
            "bins": [
                {
                    "from": low,
                    "to": high,
                    "claims": count,
                    "mean_confidence": round(mean, 4),
                    "precision": round(prec, 4),
                }
                for low, high, count, mean, prec in self.bins()
            ],
            "ece": None if ece is None else round(ece, 4),
            "at_0.9": {
                "claims": n,
                "precision": None if precision is None else round(precision, 4),
            },
        }

    def table(self) -> str:
        lines = [f"  {'confidence':<12}{'claims':>7}{'mean':>8}{'right':>8}"]
        for low, high, count, mean, prec in self.bins():
            span = f"[{low:.1f},{high:.1f}{']' if high == 1 else ')'}"
            lines.append(f"  {span:<12}{count:>7}{mean:>8.3f}{prec:>8.3f}")
        n, precision = self.precision_at(0.9)
        ece = self.ece()
        lines.append(
            f"  ECE {'-' if ece is None else f'{ece:.3f}'}; at >= 0.9: "
            f"{'-' if precision is None else f'{precision:.3f}'} right ({n} claims)"
        )
        return "reliability of confidence:\n" + "\n".join(lines)


def load_dates(path: Path) -> dict[str, str]:
    """Publication dates by article id from a TSV (``id`` and a ``*date*`` column)."""
    lines = path.read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    id_col = header.index("id") if "id" in header else 0
    date_col = next((i for i, h in enumerate(header) if "date" in h or h == "published"), 1)
    out = {}
    for line in lines[1:]:
        cols = line.split("\t")
        if len(cols) > max(id_col, date_col):
            out[cols[id_col]] = cols[date_col]
    return out


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.glob("*.gold.json"))


def read_gold(path: Path) -> list[dict[str, Any]]:
    """A golden file's claims, checked against the models."""
    data = json.loads(path.read_text("utf-8"))
    ClaimsDocument.model_validate(data)
    return list(data["claims"])


def split_ids(splits: Path, gold_dir: Path, name: str) -> set[str]:
    """The article ids of split ``name`` for the collection ``gold_dir`` belongs to
    (``benchmarks/splits.json``: collection -> split -> ids)."""
    data = json.loads(splits.read_text("utf-8"))
    collection = gold_dir.resolve().parent.name
    return set(data[collection][name])
