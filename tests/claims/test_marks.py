"""Performances and margins."""

from collections.abc import Callable

import pytest

from extractor.models import ClaimsDocument
from extractor.values.marks import find_marks
from tests.claims.helpers import facts

Extract = Callable[..., ClaimsDocument]


def test_seed_sentence(claims_of: Extract) -> None:
    doc = claims_of(
        "Johannes Hoesflot Klaebo won the 50km. Klaebo finished in 2:07:07, 17.5 "
        "seconds ahead of Martin Nyenget, then collapsed."
    )
    assert {("performance", "klaebo", 7627.0, "s"), ("margin", "klaebo", 17.5, "s")} <= facts(doc)
    margin = next(c for c in doc.claims if c.type == "margin")
    assert margin.over == ["Martin Nyenget"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("James Nolan (3:46.04) took second.", ("performance", "nolan", 226.04, "s")),
        ("Jade Johnson leapt to a life-time best of 6.50m.", ("performance", "johnson", 6.5, "m")),
        (
            "Ailis McSweeney broke the Irish record by clocking 7.37.",
            ("performance", "mcsweeney", 7.37, "s"),
        ),
        ("Tomas Weber won in one minute, 47.97 seconds.", ("performance", "weber", 107.97, "s")),
        (
            "Peter Riley won by 25 metres from Ireland's Gary Murray.",
            ("margin", "riley", 25.0, "m"),
        ),
        ("Cragg held off Markos Geneti by only 0.19secs.", ("margin", "cragg", 0.19, "s")),
        (
            "Anna Lind won, one-hundredth of a second faster than Eva Berg.",
            ("margin", "lind", 0.01, "s"),
        ),
    ],
)
def test_marks(claims_of: Extract, text: str, fact: tuple[object, ...]) -> None:
    assert fact in facts(claims_of(text))


def test_respectively(claims_of: Extract) -> None:
    doc = claims_of(
        "Felipe Vivancos won in 7.60secs while Robert Kronberg and Dudley Dorival "
        "clocked 7.62secs and 7.63secs respectively."
    )
    assert {
        ("performance", "kronberg", 7.62, "s"),
        ("performance", "dorival", 7.63, "s"),
        ("performance", "vivancos", 7.6, "s"),
    } <= facts(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Helen Clitheroe was close to the 9:05.00 qualifying mark.",
        "Lagat missed out on the world record by 1.45secs.",
        "He hopes to run 3:30.00 next summer.",
        "Lagat was on course through 1200m but faded over the final 400m.",
    ],
)
def test_no_performance_or_margin(claims_of: Extract, text: str) -> None:
    assert not any(c.type in ("performance", "margin") for c in claims_of(text).claims)


def test_gaps_to_the_winner_are_the_winners_margins(claims_of: Extract) -> None:
    doc = claims_of(
        "Kari Lund won the women's 30km classic in Lahti on Saturday. "
        "Lund stopped the clock at 1:21:44.6, with Siri Dahl second at +1.2 and Ane Moe "
        "third, 19.7 seconds back. Aino Vikman was fourth (+22.5), and Eva Berg finished "
        "40 seconds behind the winner."
    )
    margins = {(c.value, tuple(c.over)) for c in doc.claims if c.type == "margin"}
    assert margins == {
        (1.2, ("Siri Dahl",)),
        (19.7, ("Ane Moe",)),
        (22.5, ("Aino Vikman",)),
        (40.0, ("Eva Berg",)),
    }
    assert all(c.athletes == ["Kari Lund"] for c in doc.claims if c.type == "margin")
    ranks = {(c.athletes[0], c.rank) for c in doc.claims if c.type == "result"}
    assert ("Eva Berg", 1) not in ranks and ("Eva Berg", 2) not in ranks  # a gap is no place


def test_a_gap_with_no_win_before_it_is_left_out(claims_of: Extract) -> None:
    doc = claims_of("Aino Vikman was fourth (+22.5) in the women's 30km classic in Lahti.")
    assert not any(c.type == "margin" for c in doc.claims)


def test_marks_joined_like_their_subjects_go_in_order(claims_of: Extract) -> None:
    doc = claims_of("Tia Brooks and Ana Paz clocked 10.91 and 10.95 in the women's 100m final.")
    assert {("performance", "brooks", 10.91, "s"), ("performance", "paz", 10.95, "s")} == {
        f for f in facts(doc) if f[0] == "performance"
    }


@pytest.mark.parametrize(
    ("text", "value", "unit", "over"),
    [
        ("Ada Kerr won the 800m by two metres from Lia Nunes.", 2.0, "m", ["Lia Nunes"]),
        ("Ada Kerr won the 3000m by a margin of 4.5 seconds.", 4.5, "s", []),
        ("Ada Kerr took the 5000m title by 20 metres.", 20.0, "m", []),
        ("Ada Kerr won the 800m, more than a second ahead of Lia Nunes.", 1.0, "s", ["Lia Nunes"]),
        (
            "Lia Nunes was second in the 800m, 0.12 seconds behind Ada Kerr.",
            0.12,
            "s",
            ["Lia Nunes"],
        ),
    ],
)
def test_margins_in_words(
    claims_of: Extract, text: str, value: float, unit: str, over: list[str]
) -> None:
    margins = [c for c in claims_of(text).claims if c.type == "margin"]
    assert [(c.athletes, c.value, c.unit, c.over) for c in margins] == [
        (["Ada Kerr"], value, unit, over)
    ]


def test_a_second_is_no_gap_when_it_counts() -> None:
    assert not [m for m in find_marks("She won a second gold medal, a second time.")]


def test_a_gap_after_a_place_is_the_winners_margin_over_the_placed(claims_of: Extract) -> None:
    doc = claims_of(
        "Nils Kranj won the large hill event in Planica on Sunday with 289.4 points. Norway's "
        "Eirik Tved was second, 4.6 points behind, and Japan's Daiki Kono was third. "
        "Latvia's Ivo Ozo finished 0.9 points back for fourth."
    )
    margins = {(c.athletes[0], c.value, tuple(c.over)) for c in doc.claims if c.type == "margin"}
    assert margins == {("Nils Kranj", 4.6, ("Eirik Tved",)), ("Nils Kranj", 0.9, ("Ivo Ozo",))}
    assert ("result", "kono", 1) not in facts(doc)


def test_the_name_before_by_after_a_verb_of_beating_is_beaten(claims_of: Extract) -> None:
    doc = claims_of(
        "Kenyan Ben Kiptoo missed out on the world record by 1.45secs as he ran the third "
        "fastest indoor mile of the winter to beat Canada's Nate Bryce by almost 10secs."
    )
    margins = [(c.athletes, c.value, c.over) for c in doc.claims if c.type == "margin"]
    assert margins == [(["Ben Kiptoo"], 10.0, ["Nate Bryce"])]
