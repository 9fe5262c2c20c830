"""Golden regression over corpus/: the seed article and our own articles.

Each ``corpus/articles/NAME.txt`` has a hand-made ``NAME.gold.json`` (what a careful
editor extracts) and a ``NAME.claims.json`` (what the extractor printed when it was last
reviewed). A change to any claim fails here as a readable JSON diff; after reviewing it,
``pytest --force-regen`` records the new output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.api import extract_bytes
from extractor.evaluate import Report, read_gold
from tests.conftest import CORPUS
from tests.invariants import broken_knowledge

ARTICLES = sorted(CORPUS.glob("*.txt"))


def _run(path: Path) -> tuple[str, list[dict[str, object]]]:
    """As ``extract corpus/articles/NAME.txt`` prints it."""
    text = path.read_text("utf-8")
    doc = extract_bytes(path.read_bytes(), source=f"corpus/articles/{path.name}")
    assert doc.check_evidence(text) == []
    return doc.model_dump_json(indent=2) + "\n", [c.model_dump(mode="json") for c in doc.claims]


def test_corpus_has_the_seed_and_our_articles() -> None:
    names = [p.stem for p in ARTICLES]
    assert "klaebo-50k" in names and len(names) >= 13
    assert all((CORPUS / f"{n}.gold.json").exists() for n in names)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_output_is_unchanged(path: Path, file_regression) -> None:  # type: ignore[no-untyped-def]
    output, _ = _run(path)
    file_regression.check(output, fullpath=CORPUS / f"{path.stem}.claims.json")


def test_seed_article_against_its_golden_file() -> None:
    report = Report()
    _, pred = _run(CORPUS / "klaebo-50k.txt")
    report.add("klaebo-50k", read_gold(CORPUS / "klaebo-50k.gold.json"), pred)
    assert report.prf()[2] >= 0.95


def test_own_articles_against_their_golden_files() -> None:
    report = Report()
    for path in ARTICLES:
        _, pred = _run(path)
        report.add(path.stem, read_gold(CORPUS / f"{path.stem}.gold.json"), pred)
    f1 = report.prf()[2]
    assert f1 >= 0.80, report.table()
    assert all(report.prf(t)[2] >= 0.5 for t in report.gold), report.table()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_claims_respect_the_registry_and_the_text(path: Path) -> None:
    doc = extract_bytes(path.read_bytes(), source=path.name, with_text=True)
    assert doc.text is not None
    assert broken_knowledge(doc, doc.text) == []


def test_golden_files_are_valid_documents() -> None:
    for path in ARTICLES:
        gold = json.loads((CORPUS / f"{path.stem}.gold.json").read_text("utf-8"))
        text = path.read_text("utf-8")
        for claim in gold["claims"]:
            ev = claim["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["text"], (path.name, ev["text"][:40])
