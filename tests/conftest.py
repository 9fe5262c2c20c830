"""Shared fixtures: the real model is loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractor.api import extract
from extractor.models import ClaimsDocument
from extractor.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "articles"
SHARED = ROOT.parent / "shared"


def shared_dir(*parts: str) -> Path:
    """A folder of the third-party material, or a clean skip where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.is_dir():
        pytest.skip(f"{path} is absent: the shared BBC and wire texts are not in this checkout")
    return path


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def annotate(nlp: Language) -> Callable[[str], Doc]:
    return nlp


@pytest.fixture(scope="session")
def claims_of(nlp: Language) -> Callable[..., ClaimsDocument]:
    """Extract from a text (the pipeline is already loaded)."""

    def run(text: str, published: str | None = None) -> ClaimsDocument:
        return extract(text, published=published)

    return run
