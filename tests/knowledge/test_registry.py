"""The sports registry: strict data, and the look-ups the rules and checks make."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from extractor.knowledge.registry import Event, MarkRange, Registry, SportsFile, registry
from extractor.knowledge.sports import event_sport, headline_sport, named_sport, person_sport


def test_unknown_keys_and_empty_ranges_are_refused() -> None:
    with pytest.raises(ValidationError):
        Event.model_validate({"name": "eight", "sports": ["rowing"], "crew_size": 9})
    with pytest.raises(ValidationError):
        MarkRange.model_validate({"measure": "time", "min": 60, "max": 50})
    with pytest.raises(ValidationError):
        Event.model_validate({"name": "Eight", "sports": ["rowing"]})  # names are lower case


def test_events_name_only_sports_the_registry_has() -> None:
    sports = registry().file
    stray = Event.model_validate({"name": "slalom", "sports": ["water skiing"]})
    with pytest.raises(ValueError, match="water skiing"):
        Registry(sports, [stray])


def test_the_registry_covers_the_sports_it_must() -> None:
    reg = registry()
    for sport in (
        "athletics",
        "swimming",
        "track cycling",
        "cycling",
        "alpine skiing",
        "cross-country skiing",
        "biathlon",
        "ski jumping",
        "speed skating",
        "bobsleigh",
        "luge",
        "skeleton",
        "rowing",
        "canoeing",
        "triathlon",
        "motor racing",
    ):
        assert reg.covered(sport), sport
    assert not reg.covered("football") and not reg.covered("cricket")
    assert not reg.covered("tennis")  # a sport of matches: it names events, places none


@pytest.mark.parametrize(
    ("event", "sport", "measure", "low", "high"),
    [
        ("women's javelin", None, "distance", 20, 105),
        ("men's high jump", None, "height", 1.0, 2.46),
        ("men's 100m heats", None, "time", 9.5, 17),
        ("women's heptathlon", None, "points", 2500, 7300),
        ("men's single sculls", None, "time", 380, 660),
        ("500m", "speed skating", "time", 33, 60),
        ("500m", None, "time", 33, 100),  # athletics or speed skating: the widest
    ],
)
def test_each_event_knows_its_measure_and_range(
    event: str, sport: str | None, measure: str, low: float, high: float
) -> None:
    info = registry().event(event, sport)
    assert info is not None
    span = info.range_for({"time": "s", "points": "points"}.get(measure, "m"))
    assert span is not None and (span.measure, span.min, span.max) == (measure, low, high)


def test_a_distance_no_event_lists_takes_its_range_from_the_sports_speeds() -> None:
    info = registry().event("men's 10.6km", "athletics")
    assert info is not None and info.units == {"s"}
    span = info.range_for("s")
    assert span is not None and span.min < 30 * 60 + 26 < span.max and not span.holds(30.26)
    relay = registry().event("4x7.5km relay", "biathlon")
    assert relay is not None and relay.crew == 4 and relay.team


def test_crews_and_gendered_events() -> None:
    reg = registry()
    assert reg.crew_size("two-man bob", None, None) == 2
    assert reg.crew_size("men's eight", None, "men's") == 9
    assert reg.crew_size("men's team sprint", "track cycling", "men's") == 3
    assert reg.crew_size("women's team sprint", "track cycling", "women's") == 2
    assert reg.crew_size("men's 800m", None, "men's") is None
    hurdles = reg.event("110m hurdles")
    assert hurdles is not None and hurdles.gender == "men's"
    assert reg.is_team_event("men's 4x100m relay") and not reg.is_team_event("men's pursuit")


def test_sports_from_headlines_names_events_and_person_nouns() -> None:
    assert headline_sport("CYCLING - WORLD TRACK CHAMPIONSHIP RESULTS.") == "track cycling"
    assert headline_sport("ALPINE SKIING-WOMEN'S WORLD CUP DOWNHILL RESULTS.") == "alpine skiing"
    assert headline_sport("ROWING-DRYSDALE WINS IN LUCERNE.") == "rowing"
    assert named_sport("She won the single sculls at the regatta.") == "rowing"
    assert event_sport("men's large hill") == "ski jumping"
    assert event_sport("500m") is None  # athletics and speed skating both run it
    assert person_sport("the Russian biathlete ") == "biathlon"
    assert person_sport("alpine skier ") == "alpine skiing"
    assert person_sport("the rider ") is None  # cyclists and motocross riders alike


def test_registry_files_have_no_unknown_keys() -> None:
    from importlib import resources

    data = resources.files("extractor.data")
    SportsFile.model_validate(json.loads(data.joinpath("sports.json").read_text("utf-8")))
    lines = data.joinpath("events.jsonl").read_text("utf-8").splitlines()
    assert all(Event.model_validate_json(line) for line in lines if line.strip())


def test_every_race_event_can_be_ranged() -> None:
    """A race of any listed format gets a range: from its own marks or from the speeds
    of each of its sports."""
    reg = registry()
    for event in reg.events:
        if event.kind == "format" and event.marks is None and not event.technique:
            for sport in event.sports:
                found = reg.sport(sport)
                assert found is not None and found.speeds is not None, (event.name, sport)


def test_the_readmes_rowing_example_is_the_registrys() -> None:
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text("utf-8")
    lines = (ROOT / "extractor" / "data" / "events.jsonl").read_text("utf-8").splitlines()
    for name in ("single sculls", "eight"):
        (line,) = [x for x in lines if x.startswith(f'{{"name": "{name}"')]
        assert line in readme
