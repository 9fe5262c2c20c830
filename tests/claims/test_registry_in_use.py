"""The registry at work on sentences of our own: a sport added as data, bare numbers
read in their event's measure, sleds and crews, medals only where they are given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extractor.models import ClaimsDocument

Run = Callable[..., ClaimsDocument]


def _claims(doc: ClaimsDocument, kind: str) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in doc.claims if c.type == kind]


def test_rowing_is_a_data_edit(claims_of: Run) -> None:
    doc = claims_of(
        "New Zealand's Mahe Drysdale won the men's single sculls in 6:40.12 at the world "
        "rowing championships on Sunday.\nBritain's Alan Campbell was third in 6:45.37.\n",
        published="2005-09-04",
    )
    gold, bronze = _claims(doc, "medal")  # world championships award medals
    assert (gold["athletes"], gold["medal"], gold["event"], gold["sport"]) == (
        ["Mahe Drysdale"],
        "gold",
        "men's single sculls",
        "rowing",
    )
    assert gold["competition"] == "2005 World Rowing Championships"
    assert (bronze["athletes"], bronze["medal"]) == (["Alan Campbell"], "bronze")
    times = {c["athletes"][0]: c["value"] for c in _claims(doc, "performance")}
    assert times == {"Mahe Drysdale": 400.12, "Alan Campbell": 405.37}


def test_a_bare_number_after_a_throw_is_metres_whatever_the_sentence_names(
    claims_of: Run,
) -> None:
    doc = claims_of(
        "Jan Zelezny won the men's javelin at the Golden League meeting in Zurich.\n"
        "Zelezny threw 89.16 with his third attempt.\n"
    )
    (throw,) = _claims(doc, "performance")
    assert (throw["value"], throw["unit"], throw["event"]) == (89.16, "m", "men's javelin")
    assert _claims(doc, "medal") == []  # a Golden League meeting gives places


def test_minutes_written_with_a_point_over_a_long_race(claims_of: Run) -> None:
    doc = claims_of("Kenenisa Bekele of Ethiopia won the 12km race in Brussels in 35.12.")
    (time,) = _claims(doc, "performance")
    assert time["value"] == 35 * 60 + 12 and time["text"] == "35.12"
    assert [w.check for w in doc.warnings] == ["value_in_range"]


def test_a_sled_is_no_athlete(claims_of: Run) -> None:
    doc = claims_of(
        "Switzerland II, piloted by Reto Goetschi, won the World Cup two-man bobsleigh race."
    )
    names = {a for c in doc.claims for a in c.athletes}
    assert "II" not in names and "Switzerland II" not in names


def test_a_dateline_place_is_no_nation_of_the_athletes(claims_of: Run, nlp: Any) -> None:
    text = (
        "BOBSLEIGH-AMERICANS WIN.\n\nIGLS, Austria 1996-12-07\n"
        "Brian Shimer won the two-man bobsleigh race on Saturday.\n"
    )
    doc = nlp(text)
    assert [s.text for s in doc.spans["nations"]] == []
    assert all(c.nation != "AUT" for c in claims_of(text).claims)
