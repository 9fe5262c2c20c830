"""The development sets in ../shared (third-party texts, read in place, never copied).

Skipped with a reason where ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.api import extract, extract_bytes
from extractor.evaluate import Report, gold_files, load_dates, read_gold
from extractor.models import ClaimsDocument
from extractor.reading import read_article
from tests.conftest import shared_dir


def _score(gold_dir: Path, texts: Path, dates: dict[str, str] | None = None) -> Report:
    report = Report()
    for gold_path in gold_files(gold_dir):
        article = gold_path.name[: -len(".gold.json")]
        text = read_article(str(texts / f"{article}.txt")).text
        doc = extract(text, published=(dates or {}).get(article))
        report.add(article, read_gold(gold_path), [c.model_dump(mode="json") for c in doc.claims])
    return report


def test_bbc_athletics_dev_set() -> None:
    root = shared_dir("bbc-sport")
    report = _score(root / "gold", root / "texts")
    assert report.prf()[2] >= 0.75, report.table()
    assert all(report.prf(t)[2] >= 0.5 for t in report.gold), report.table()


def test_wire_dev_set_and_its_dates() -> None:
    root = shared_dir("wire-news")
    report = _score(root / "gold", root / "texts", load_dates(root / "index.tsv"))
    assert report.prf()[2] >= 0.75, report.table()
    assert report.attr_agree["date given"] / report.attr_total["date given"] >= 0.9, report.table()


@pytest.mark.parametrize(("collection", "count"), [("bbc-sport", 510), ("wire-news", 31)])
def test_every_text_gives_a_valid_document(collection: str, count: int) -> None:
    """The corpus run: every text read as the CLI reads it (bytes, encoding, markup), no
    error, every document valid, every evidence a slice of the text it says it read."""
    texts = sorted((shared_dir(collection) / "texts").glob("*.txt"))
    assert len(texts) == count
    for path in texts:
        doc = extract_bytes(path.read_bytes(), source=path.name, with_text=True)
        again = ClaimsDocument.model_validate_json(doc.model_dump_json())
        assert again == doc
        assert doc.text is not None and doc.check_evidence(doc.text) == [], path.name
