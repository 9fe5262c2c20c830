"""When two statements are one claim."""

import pytest

from extractor.resolve.repeats import event_core, same_competition, same_event


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("men's 50km mass start", "men's 50km", True),
        ("men's 4x100m relay", "relay", True),
        ("men's sprint", "men's team sprint", False),
        ("men's 10km interval start", "men's 50km mass start", False),
        ("women's 800m", "800m", True),
    ],
)
def test_same_event(x: str, y: str, same: bool) -> None:
    assert same_event(x, y) is same


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("2026 Winter Olympics", "Winter Olympics", True),
        ("2022 Winter Olympics", "2026 Winter Olympics", False),
        ("Olympic Games", "Summer Olympics", True),
        ("European Championships", "World Indoor Championships", False),
    ],
)
def test_same_competition(x: str, y: str, same: bool) -> None:
    assert same_competition(x, y) is same


def test_event_core_drops_gender() -> None:
    assert event_core("women's 60m hurdles") == "60m hurdles" and event_core(None) == ""


def test_a_claim_stated_twice_is_kept_once(claims_of) -> None:  # type: ignore[no-untyped-def]
    doc = claims_of(
        'Emil Iversen took bronze at the Olympics. "I am happy," said Iversen, '
        "who took bronze in the 50km."
    )
    bronzes = [c for c in doc.claims if c.type == "medal"]
    assert len(bronzes) == 1 and bronzes[0].evidence.start == 0
    assert bronzes[0].event == "men's 50km"  # the repeat fills in what the first one lacked


def test_a_tally_repeated_with_its_competition_from_context_is_one(claims_of) -> None:  # type: ignore[no-untyped-def]
    doc = claims_of(
        "Review of the year\n\nAt the Athens Olympics, Ana Ruiz stormed to double gold on the "
        "track.\n\n"
        "At the World Indoor Championships in March she had been fourth.\n\n"
        "Four days after the 800m, the 29-year-old then made it double gold over 1500m."
    )
    tallies = [c for c in doc.claims if c.type == "tally"]
    assert len(tallies) == 1 and tallies[0].evidence.text.startswith("At the Athens")
