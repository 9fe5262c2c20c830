import pytest

from extractor.resolve.events import find_events


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
