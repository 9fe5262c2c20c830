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
        "BOBSLEIGH-SWISS WIN.\n\nALTENBERG, Germany 1998-01-10\n"
        "Marco Brun won the two-man bobsleigh race on Saturday.\n"
    )
    doc = nlp(text)
    assert [s.text for s in doc.spans["nations"]] == []
    assert all(c.nation != "GER" for c in claims_of(text).claims)


def test_a_results_list_of_gaps_gives_the_winner_margins(claims_of: Run) -> None:
    doc = claims_of(
        "CYCLING-ARNAUD WINS TIME TRIAL.\n\nLYON, France 2005-06-12\n"
        "Leading results of the 21.5 km time trial on Sunday:\n"
        "1. Jean Arnaud (France) Cofidis 27 minutes 12 seconds\n"
        "2. Piet Vos (Netherlands) Rabobank 4 seconds behind\n"
        "3. Karl Berg (Germany) Telekom 31\n"
        "4. Ole Lund (Denmark) CSC 1 minute 2 seconds\n",
        published="2005-06-12",
    )
    (time,) = _claims(doc, "performance")
    assert (time["athletes"], time["value"]) == (["Jean Arnaud"], 27 * 60 + 12)
    gaps = {m["over"][0]: m["value"] for m in _claims(doc, "margin")}
    assert gaps == {"Piet Vos": 4.0, "Karl Berg": 31.0, "Ole Lund": 62.0}
    assert all(m["athletes"] == ["Jean Arnaud"] for m in _claims(doc, "margin"))
    assert [c["rank"] for c in _claims(doc, "result")] == [1, 2, 3, 4]


def test_motor_races_give_places_without_medals_or_gender(claims_of: Run) -> None:
    doc = claims_of(
        "MOTOCROSS-SWEDISH 250CC GRAND PRIX RESULTS.\n\nUDDEVALLA, Sweden 1997-07-06\n"
        "Leading results of the Swedish 250cc motocross grand prix on Sunday:\n"
        "First race\n1. Anders Holm (Sweden) Honda\n2. Petra Lind (Sweden) Yamaha\n",
        published="1997-07-06",
    )
    assert _claims(doc, "medal") == []
    results = _claims(doc, "result")
    assert [(c["rank"], c["event"]) for c in results] == [(1, "250cc"), (2, "250cc")]


def test_a_sled_and_its_crew_and_drivers_joined_by_slashes(claims_of: Run) -> None:
    doc = claims_of(
        "BOBSLEIGH-WORLD CUP TWO-MAN RESULTS.\n\nCALGARY, Canada 2005-12-02\n"
        "Leading results of the World Cup two-man bobsleigh race on Friday:\n"
        "1. Switzerland II (Beat Hefti, Alex Baumann) 1:49.02 (54.40 / 54.62)\n"
        "2. Germany I (Andre Lange, Kevin Kuske) 1:49.10 (54.50 / 54.60)\n"
    )
    first, second = _claims(doc, "result")
    assert (first["athletes"], first["nation"]) == (["Beat Hefti", "Alex Baumann"], "SUI")
    assert (second["athletes"], second["nation"]) == (["Andre Lange", "Kevin Kuske"], "GER")
    runs = [c["value"] for c in _claims(doc, "performance") if c["nation"] == "SUI"]
    assert runs == [109.02, 54.4, 54.62]
    cars = claims_of(
        "MOTOR RACING-FUJI 500 KM RESULTS.\n\nFUJI, Japan 1998-05-03\n"
        "Leading placings in the Fuji 500 km race on Sunday:\n"
        "1. Erik Dahl (Sweden) / Marco della Rosa (Italy) Porsche 122 laps\n"
    )
    (car,) = _claims(cars, "result")
    assert car["athletes"] == ["Erik Dahl", "Marco della Rosa"] and car["nation"] is None
    assert _claims(cars, "performance") == []  # laps are a count


def test_standings_headed_by_a_sentence_between_two_lists_give_nothing(claims_of: Run) -> None:
    doc = claims_of(
        "CYCLING-VOS WINS FIRST STAGE.\n\nGRONINGEN, Netherlands 1997-08-26\n"
        "Leading results and overall standings after the 170 km first stage on Tuesday.\n"
        "1. Piet Vos (Netherlands) Rabobank four hours 2 mins 10 secs\n"
        "2. Karl Berg (Germany) Telekom\n"
        "3. Ole Lund (Denmark) CSC all same time.\n"
        "Leading overall standings after first stage.\n"
        "1. Vos four hours 2 mins\n"
        "2. Jan Maas (Netherlands) TVM 0:04\n",
        published="1997-08-26",
    )
    assert [(c["athletes"][0], c["rank"]) for c in _claims(doc, "result")] == [
        ("Piet Vos", 1),
        ("Karl Berg", 2),
        ("Ole Lund", 3),
    ]
    (time,) = _claims(doc, "performance")
    assert time["value"] == 4 * 3600 + 2 * 60 + 10


def test_counted_titles_give_tallies_even_before_a_plan(claims_of: Run) -> None:
    doc = claims_of(
        "Double Olympic 10,000m champion Paul Tergat will race in London. "
        "US sprint legend Carl Lewis, a nine-time Olympic gold medallist, watched. "
        "Former double world champion Marion Jones and relay star Tim Harden were banned."
    )
    tallies = {c["athletes"][0]: c["count"] for c in _claims(doc, "tally")}
    assert tallies == {"Paul Tergat": 2, "Carl Lewis": 9, "Marion Jones": 2}


def test_second_to_a_named_winner_and_motion_to_a_place(claims_of: Run) -> None:
    doc = claims_of(
        "ATHLETICS-REPORT.\n\nIn the 60m, Kim Collins had to come second to Leonard "
        "Myles. Marcus Bell won the 3000m in 7:39.89 as Tamrat battled to second in 7:41.42."
    )
    places = {(c["athletes"][0], c["rank"]) for c in _claims(doc, "result")}
    assert {("Leonard Myles", 1), ("Kim Collins", 2), ("Tamrat", 2)} <= places


def test_a_place_and_a_mark_after_a_with_name_and_an_old_record(claims_of: Run) -> None:
    doc = claims_of(
        "ATHLETICS-REPORT.\n\nMarcus Bell won the 200m in 21.07 secs with Dutchman Piet van "
        "Dijk second in 21.58. Anna Berg ran 14 minutes 30.50 seconds to wipe out the previous "
        "world indoor mark of 14:36.10."
    )
    times = {c["athletes"][0]: c["value"] for c in _claims(doc, "performance")}
    assert times == {"Marcus Bell": 21.07, "Piet van Dijk": 21.58, "Anna Berg": 870.5}


def test_a_title_of_two_championships_and_a_win_of_a_named_trial(claims_of: Run) -> None:
    doc = claims_of(
        "ATHLETICS-REPORT.\n\nAmy Lane is back. The 26-year-old jumped a personal best of "
        "6.50m to win the European trials. And the Commonwealth and European silver "
        "medallist says her confidence is low."
    )
    silvers = sorted(c["competition"] for c in _claims(doc, "medal"))
    assert silvers == ["Commonwealth Games", "European Championships"]
    (best,) = _claims(doc, "record")
    assert (best["status"], best["value"]) == ("set", 6.5)  # "26-year-old" is no "old" record
    assert [c["rank"] for c in _claims(doc, "result")] == [1]
