"""Shared fixtures: the real model is loaded once per test session."""

from __future__ import annotations

import subprocess
import sys
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


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``extract ARGS`` in a new process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "extractor.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=600,
    )


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
