import pytest

from extractor.knowledge.events import described_event, find_events, measured_in


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("by winning the men's 50-kilometer mass start on Saturday", "men's 50km mass start"),
        ("took bronze in the 10K interval start", "10km interval start"),
        ("gold in the 4x7.5K relay", "4x7.5km relay"),
        ("Olympic 10,000m champion", "10000m"),
        ("the women's 60m hurdles final", "women's 60m hurdles"),
        ("WOMEN'S 1,000 METRES WORLD RECORD", "women's 1000m"),
        ("the world indoor two mile record", "2 miles"),
        ("the six-kilometre race", "6km"),
        ("the men's 4x100m relay", "men's 4x100m relay"),
        ("won the long jump", "long jump"),
        ("the women's super G race", "women's super-g"),
        ("won the men's 50km freestyle mass start", "men's 50km freestyle mass start"),
        ("the 15km classic", "15km classic"),
    ],
)
def test_events(text: str, event: str) -> None:
    assert [e.full() for e in find_events(text)][:1] == [event]


@pytest.mark.parametrize(
    "text",
    [
        "in the final 100 metres",
        "through 1200m",
        "over the final 400m",
        "beat her by 40 metres",
        "a leap of 6.63m",
        "wind +0.6 m/s",
    ],
)
def test_parts_of_a_race_are_not_events(text: str) -> None:
    assert find_events(text) == []


def test_gender_can_come_from_the_caller() -> None:
    (event,) = find_events("the 800m")
    assert event.full("women's") == "women's 800m"
    assert event.full() == "800m"


def test_cross_country_is_the_sport_in_a_skiing_text() -> None:
    text = "the first men's Olympic cross-country medal for a cross-country skier"
    assert [e.name for e in find_events(text)] == []
    assert [e.name for e in find_events("won the cross-country race")] == ["cross country"]


@pytest.mark.parametrize(
    ("event", "unit"),
    [
        ("long jump", "m"),
        ("shot put", "m"),
        ("200m", "s"),
        ("50km mass start", "s"),
        ("heptathlon", None),
        ("large hill", None),
    ],
)
def test_unit_of_an_events_marks(event: str, unit: str | None) -> None:
    assert measured_in(event) == unit


def test_a_specialists_title_names_an_event() -> None:
    vault, decathlon = described_event("pole", "vaulter"), described_event("injured", "decathlete")
    assert vault is not None and vault.name == "pole vault"
    assert decathlon is not None and decathlon.name == "decathlon"
    assert described_event("fellow", "jumper") is None
    assert described_event("british", "sprinter") is None


def test_money_is_no_event() -> None:
    assert [e.name for e in find_events("seeking $25m (\u00a313m) after her 200m win")] == ["200m"]
