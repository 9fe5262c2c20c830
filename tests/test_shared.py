"""The development sets in ../shared (third-party texts, read in place, never copied).

Skipped with a reason where ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.api import extract, extract_bytes
from extractor.evaluate import Report, gold_files, load_dates, read_gold
from extractor.models import ClaimsDocument
from extractor.reading import read_article
from tests.conftest import shared_dir
from tests.invariants import broken_knowledge


def _score(gold_dir: Path, texts: Path, dates: dict[str, str] | None, wanted: set[str]) -> Report:
    report = Report()
    for gold_path in gold_files(gold_dir):
        article = gold_path.name[: -len(".gold.json")]
        if article not in wanted:
            continue
        text = read_article(str(texts / f"{article}.txt")).text
        doc = extract(text, published=(dates or {}).get(article))
        report.add(article, read_gold(gold_path), [c.model_dump(mode="json") for c in doc.claims])
    return report


SPLITS = json.loads(
    (Path(__file__).resolve().parent.parent / "benchmarks" / "splits.json").read_text()
)


def _split(collection: str, name: str) -> Report:
    """The golden files of one split, scored as a whole (``benchmarks/splits.json``: the
    check half is never read claim by claim)."""
    root = shared_dir(collection)
    dates = load_dates(root / "index.tsv") if (root / "index.tsv").exists() else None
    wanted = set(SPLITS[collection][name])
    return _score(root / "gold", root / "texts", dates, wanted)


# The floors are what the landed extractor measured when each was set: a change that
# makes a development set worse fails here.
@pytest.mark.parametrize(
    ("collection", "split", "floor"),
    [
        ("bbc-sport", "old", 0.88),
        ("bbc-sport", "tune", 0.78),
        ("bbc-sport", "check", 0.57),
        ("wire-news", "old", 0.99),
        ("wire-news", "tune", 0.94),
        ("wire-news", "check", 0.88),
    ],
)
def test_development_sets_do_not_get_worse(collection: str, split: str, floor: float) -> None:
    report = _split(collection, split)
    assert report.prf()[2] >= floor, report.table()


def test_wire_dates() -> None:
    report = _split("wire-news", "old")
    assert report.attr_agree["date given"] / report.attr_total["date given"] >= 0.9, report.table()


@pytest.mark.slow
@pytest.mark.parametrize(("collection", "count"), [("bbc-sport", 510), ("wire-news", 47)])
def test_every_text_gives_a_valid_document(collection: str, count: int) -> None:
    """The corpus run: every text read as the CLI reads it (bytes, encoding, markup), no
    error, every document valid, every evidence a slice of the text it says it read, and
    no claim that the sports registry or the text contradicts (a unit against its
    event's measure, a value outside its event's range, a nation from a dateline)."""
    texts = sorted((shared_dir(collection) / "texts").glob("*.txt"))
    assert len(texts) == count
    broken = []
    for path in texts:
        doc = extract_bytes(path.read_bytes(), source=path.name, with_text=True)
        again = ClaimsDocument.model_validate_json(doc.model_dump_json())
        assert again == doc
        assert doc.text is not None and doc.check_evidence(doc.text) == [], path.name
        broken += [f"{path.name} {problem}" for problem in broken_knowledge(doc, doc.text)]
    assert broken == []
