"""Pairing rules from CLAIMS.md, on hand-built claims."""

from __future__ import annotations

from extractor.evaluate import Reliability, Report, pair_claims


def c(
    type_: str, athletes: list[str], nation: str | None = None, **fields: object
) -> dict[str, object]:
    base: dict[str, object] = {
        "type": type_,
        "athletes": athletes,
        "nation": nation,
        "team": None,
        "event": None,
        "sport": None,
        "competition": None,
        "date": None,
        "evidence": {"text": "x", "start": 0, "end": 1},
        "confidence": 0.9,
        "inferred": False,
    }
    base.update(fields)
    return base


def test_pairs_on_surname_and_key_value() -> None:
    gold = [c("medal", ["Johannes Hoesflot Klaebo"], medal="gold")]
    pred = [c("medal", ["Klaebo"], medal="gold"), c("medal", ["Klaebo"], medal="silver")]
    pairs, missed, extra = pair_claims(gold, pred)
    assert pairs == [(0, 0)] and missed == set() and extra == {1}


def test_nation_subject_and_value_tolerance() -> None:
    gold = [
        c("tally", [], "NOR", count=18, medal="gold"),
        c("performance", ["Nolan"], value=226.04, unit="s"),
    ]
    pred = [
        c("tally", [], "NOR", count=18, medal="gold"),
        c("performance", ["James Nolan"], value=226.0404, unit="s"),
    ]
    assert len(pair_claims(gold, pred)[0]) == 2
    assert pair_claims(gold, [c("tally", [], "SWE", count=18, medal="gold")])[0] == []


def test_records_pair_on_scope_only_and_prefer_agreeing_attributes() -> None:
    gold = [c("record", ["Isinbayeva"], scope="world", status="set", event="women's pole vault")]
    pred = [
        c("record", ["Isinbayeva"], scope="world", status="held"),
        c("record", ["Isinbayeva"], scope="world", status="set", event="women's pole vault"),
    ]
    assert pair_claims(gold, pred)[0] == [(0, 1)]


def test_report_figures() -> None:
    report = Report()
    report.add(
        "a",
        [c("medal", ["A B"], medal="gold"), c("result", ["C D"], rank=4)],
        [
            c("medal", ["B"], medal="gold", confidence=0.95),
            c("result", ["D"], rank=5, confidence=0.6),
        ],
    )
    assert report.prf("medal") == (1.0, 1.0, 1.0)
    assert report.prf("result") == (0.0, 0.0, 0.0)
    assert report.prf()[2] == 0.5
    reliability = report.as_dict()["confidence"]
    bins = {(b["from"], b["to"]): b for b in reliability["bins"]}
    assert bins[(0.9, 1.0)]["precision"] == 1.0 and bins[(0.6, 0.7)]["precision"] == 0.0
    assert reliability["at_0.9"] == {"claims": 1, "precision": 1.0}
    # (|0.95 - 1| + |0.6 - 0|) / 2 claims
    assert reliability["ece"] == 0.325


def test_reliability_table_and_calibration_error() -> None:
    rel = Reliability()
    for confidence, right in [(0.95, True)] * 9 + [(0.95, False)] + [(0.55, True), (0.55, False)]:
        rel.add(confidence, right)
    assert [(lo, n, round(p, 2)) for lo, _, n, _, p in rel.bins()] == [
        (0.5, 2, 0.5),
        (0.9, 10, 0.9),
    ]
    assert rel.precision_at(0.9) == (10, 0.9)
    assert round(rel.ece() or 0, 4) == round((10 * 0.05 + 2 * 0.05) / 12, 4)
    assert "ECE 0.050" in rel.table()
