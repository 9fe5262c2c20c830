"""The confidence model: fitted as documented, not stale, and calibrated on articles it
was not fitted on."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import calibration as cal
from extractor.resolve.confidence import calibration
from tests.conftest import CORPUS, ROOT, shared_dir


def _row(article: str, right: bool, *names: str) -> cal.Row:
    return cal.Row(article, "old", {n: 1.0 for n in names}, right)


def test_the_fit_recovers_the_rates_it_is_shown() -> None:
    rows = [_row(f"a{k}", k % 10 != 0, "listed") for k in range(200)]
    rows += [_row(f"b{k}", k % 2 == 0, "referred") for k in range(200)]
    bias, weights = cal.fit(rows)
    listed = cal.predict(bias, weights, _row("x", True, "listed"))
    referred = cal.predict(bias, weights, _row("y", True, "referred"))
    assert abs(listed - 0.9) < 0.02 and abs(referred - 0.5) < 0.03


def test_a_feature_seen_too_rarely_gets_no_weight() -> None:
    rows = [_row(f"a{k}", True, "common") for k in range(20)] + [_row("z", False, "rare")]
    assert "rare" not in cal.fit(rows)[1]


@pytest.fixture(scope="module")
def rows() -> list[cal.Row]:
    shared = shared_dir()
    return cal.rows(shared, ROOT / "benchmarks" / "splits.json", CORPUS)


def test_the_shipped_weights_are_not_stale(rows: list[cal.Row]) -> None:
    """A change to the rules changes what the model was fitted on: refit with
    ``python -m extractor.calibration fit``."""
    training = [r for r in rows if r.split != "check"]
    assert cal.fingerprint(training) == calibration().fingerprint
    bias, weights = cal.fit(training)
    assert round(bias, 6) == calibration().bias and weights == calibration().weights


def test_confidence_holds_on_articles_the_model_was_not_fitted_on(rows: list[cal.Row]) -> None:
    report = cal.cross_validated(rows)
    n, precision = report.precision_at(0.9)
    ece = report.ece()
    assert n > 500 and precision is not None and precision >= 0.9, report.table()
    assert ece is not None and ece <= 0.05, report.table()


def test_the_calibration_file_names_its_command() -> None:
    assert "python -m extractor.calibration fit" in calibration().about
    assert Path(cal.DATA).name == "calibration.json"
