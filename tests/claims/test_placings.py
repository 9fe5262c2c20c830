"""Results and placings."""

from collections.abc import Callable

import pytest

from extractor.models import ClaimsDocument
from tests.claims.helpers import facts

Extract = Callable[..., ClaimsDocument]

MUST = [
    (
        "The club suspended two time Berlin Marathon runner up Ruth Okoye on Monday.",
        ("result", "okoye", 2),
    ),
    (
        "At the Leeds meeting, Ana Ruiz beat Kim Lowe into second place in the 3000m.",
        ("result", "lowe", 2),
    ),
    (
        "Ana Ruiz and Kim Lowe topped their heat in the double sculls on Friday.",
        ("result", "lowe,ruiz", 1),
    ),
    # wins said as places, as prizes, as what went to someone
    ("Eva Holt crossed the line first in the 3000m in Leeds.", ("result", "holt", 1)),
    ("Eva Holt came home first in the women's 3000m.", ("result", "holt", 1)),
    ("Eva Holt took the honours in the 3000m at the Leeds meeting.", ("result", "holt", 1)),
    ("Victory in the women's 3000m went to Eva Holt.", ("result", "holt", 1)),
    # a clause that moves its subject to a place, whatever the verb
    ("Hana Vos was beaten into fourth in the final.", ("result", "vos", 4)),
    ("The pre-race favourite Tomas Alemu faded to fourth.", ("result", "alemu", 4)),
    ("Nuno Ribas held on for second in the 10km.", ("result", "ribas", 2)),
    ("Rosa Amin ended up in joint first place in the long jump.", ("result", "amin", 1)),
    ("At the AAAs Championships, Jade Johnson won the long jump title.", ("result", "johnson", 1)),
    (
        "The 22-year-old Scot Allan Scott finished fourth in the 60m hurdles at the Cagigal "
        "Memorial meeting.",
        ("result", "scott", 4),
    ),
    (
        "At the Grand Prix meeting, Sweden's Robert Kronberg was second, with Haiti's Dudley "
        "Dorival in third.",
        ("result", "dorival", 3),
    ),
    (
        "At the Bislett Games, Lena Roth claimed the runners-up spot in 9:05.73.",
        ("result", "roth", 2),
    ),
    (
        "At the Memorial meeting, Kahn's late surge left Dmitri Shevchenko trailing in sixth spot.",
        ("result", "shevchenko", 6),
    ),
    (
        "The race at the Cagigal Memorial meeting was won by Felipe Vivancos.",
        ("result", "vivancos", 1),
    ),
    (
        "At the London Grand Prix, James Nolan took second in the 1500m behind Neil Speaight.",
        ("result", "speaight", 1),
    ),
    (
        "At the Holmenkollen World Cup, Sigurd Haugen won in 1:59:48.6, with Finland's Eero "
        "Laakso second and Sweden's Axel Nordin third.",
        ("result", "nordin", 3),
    ),
    (
        "Hayley Yelling completed a hat-trick of wins in the Reebok Cardiff Cross Challenge.",
        ("result", "yelling", 1),
    ),
    (
        "James McIlroy stormed to his second international victory in a week, claiming the "
        "men's 800m at the TEAG indoor meeting in Erfurt.",
        ("result", "mcilroy", 1),
    ),
]


@pytest.mark.parametrize(("text", "fact"), MUST)
def test_placing_is_found(claims_of: Extract, text: str, fact: tuple[object, ...]) -> None:
    assert fact in facts(claims_of(text))


def test_third_behind_two_at_a_championship_gives_three_medals(claims_of: Extract) -> None:
    doc = claims_of(
        "Jo Pavey was third behind Hayley Yelling and Justyna Bak at the European "
        "Cross Country Championships."
    )
    assert {
        ("medal", "pavey", "bronze"),
        ("medal", "yelling", "gold"),
        ("medal", "bak", "silver"),
    } <= facts(doc)


@pytest.mark.parametrize(
    "text",
    [
        "McIlroy, who is third in the European rankings, eased through.",
        "Lagat ran the third quickest indoor mile ever.",
        "He set a personal best in the first round.",
        "After three successive wins over the past fortnight, McIlroy is confident.",
        "Allan Scott is confident of winning a medal at next week's European Indoor Championships.",
        "Ida Berg moved up to second in the world rankings.",
        "Ida Berg is aiming for first place at the trials.",
        "Mia Roth raced for the second time in Leeds.",
        "Mia Roth was the first to finish the course in Leeds.",
        "Her time of 1:47.02 lifted Mia Roth to sixth in the British all-time list.",
        "Mia Roth topped the standings after the 3000m.",
    ],
)
def test_no_placing(claims_of: Extract, text: str) -> None:
    assert not any(c.type in ("result", "medal") for c in claims_of(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "At the Holmenkollen World Cup, Sigurd Haugen has taken three successive wins.",
        "Sigurd Haugen has a string of wins behind him at the Holmenkollen World Cup.",
    ],
)
def test_a_count_of_wins_is_no_placing(claims_of: Extract, text: str) -> None:
    assert not [c for c in claims_of(text).claims if c.type == "result"]


def test_events_written_as_one_list_after_a_win_are_each_won(claims_of: Extract) -> None:
    doc = claims_of(
        "Ida Strand showed fine form at the Bergen meeting on Sunday, winning the sprint "
        "hurdles, the high jump and the 200m."
    )
    assert {c.event for c in doc.claims if c.type == "result" and c.rank == 1} == {
        "women's sprint hurdles",
        "women's high jump",
        "women's 200m",
    }


def test_cities_listed_before_marathons_are_each_a_win(claims_of: Extract) -> None:
    doc = claims_of("Ruth Okoye has won the Boston, Chicago and New York marathons.")
    assert {c.competition for c in doc.claims if c.type == "result"} == {
        "Boston Marathon",
        "Chicago Marathon",
        "New York Marathon",
    }
    assert not claims_of("Ruth Okoye will run the Boston and Chicago marathons.").claims


def test_a_nation_wins_a_team_event_with_the_crew_the_next_sentence_names(
    claims_of: Extract,
) -> None:
    doc = claims_of(
        "At the World Cup in Oslo, Norway won the women's 4x5km relay on Saturday. Ida Berg, "
        "Siri Dahl, Kari Moe and Lene Aas needed no help from the weather."
    )
    wins = [c for c in doc.claims if c.type == "result" and c.rank == 1]
    assert [(c.nation, c.athletes) for c in wins] == [
        ("NOR", ["Ida Berg", "Siri Dahl", "Kari Moe", "Lene Aas"])
    ]


def test_a_national_team_placed(claims_of: Extract) -> None:
    doc = claims_of("At the Leeds International, the British team finished third in the relay.")
    assert [(c.nation, c.rank) for c in doc.claims if c.type == "result"] == [("GBR", 3)]
