"""Medals stated in all the usual ways, and the sentences that state none."""

from collections.abc import Callable

import pytest

from extractor.models import ClaimsDocument
from tests.claims.helpers import facts

Extract = Callable[..., ClaimsDocument]

MUST = [
    # the object of the verb above is the subject of a bare clause after it
    (
        "Nothing stopped Ines Kato winning the Olympic 10,000m bronze medal in Athens.",
        ("medal", "kato", "bronze"),
    ),
    (
        "Emil Iversen took bronze, giving Norway a sweep of the podium.",
        ("medal", "iversen", "bronze"),
    ),
    (
        "Olympic heptathlon champion Carolina Kluft will race in Birmingham.",
        ("medal", "kluft", "gold"),
    ),
    (
        "Athens Olympic 100m silver medallist Francis Obikwelu will also take part.",
        ("medal", "obikwelu", "silver"),
    ),
    (
        "Ben Ogden and Gus Schumacher earned silver in the team sprint at the Olympics.",
        ("medal", "ogden,schumacher", "silver"),
    ),
    (
        "Campbell, who won Olympic 4x100m relay gold, had been unsure about his future.",
        ("medal", "campbell", "gold"),
    ),
    ("Darren Campbell won the European title in Budapest in 1998.", ("medal", "campbell", "gold")),
    (
        "Compatriots Abebe Tola and Markos Geneti, the world indoor bronze medallist over 3000m, "
        "will race.",
        ("medal", "geneti", "bronze"),
    ),
    (
        "Russian vaulter Yelena Isinbayeva smashed the world record on her way to the World "
        "Indoor and Olympic titles.",
        ("medal", "isinbayeva", "gold"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), MUST)
def test_medal_is_found(claims_of: Extract, text: str, fact: tuple[object, ...]) -> None:
    assert fact in facts(claims_of(text))


def test_won_gold_in_one_year_and_silver_and_bronze_in_another(claims_of: Extract) -> None:
    doc = claims_of(
        "Jessie Diggins, who previously won Olympic gold in 2018 and silver and "
        "bronze in 2022, will race on Sunday."
    )
    medals = sorted((c.medal.value, c.competition) for c in doc.claims if c.type == "medal")
    assert [m for m, _ in medals] == ["bronze", "gold", "silver"]
    assert {m: comp for m, comp in medals}["gold"].startswith("2018")  # type: ignore[union-attr]


def test_list_of_events_won(claims_of: Extract) -> None:
    doc = claims_of(
        "At the Winter Olympics, Klaebo has now won all four men's events - the 10K "
        "interval start, skiathlon, sprint and 4x7.5K relay."
    )
    events = sorted(c.event for c in doc.claims if c.type == "medal")  # type: ignore[type-var]
    assert events == [
        "men's 10km interval start",
        "men's 4x7.5km relay",
        "men's skiathlon",
        "men's sprint",
    ]


def test_a_medal_at_a_national_championship_is_a_result(claims_of: Extract) -> None:
    doc = claims_of(
        "At the AAA Indoor Championships in Sheffield, Aoife Byrne took silver in the 800m."
    )
    assert ("result", "byrne", 2) in facts(doc)
    assert not any(c.type == "medal" for c in doc.claims)


@pytest.mark.parametrize(
    "text",
    [
        "Edwards believes Phillips Idowu can take gold at the European Indoor Championships.",
        "She is hoping to win a medal next week.",
        "Two of Klaebo's gold medals this time were won in team events.",
        "The Gold Coast will host the Commonwealth Games.",
        "Norway set the record for the most gold medals won by a nation.",
    ],
)
def test_no_medal(claims_of: Extract, text: str) -> None:
    assert not any(c.type == "medal" for c in claims_of(text).claims)


def test_a_double_is_a_gold_in_each_event(claims_of: Extract) -> None:
    doc = claims_of(
        "Morocco's Hicham El Guerrouj delighted fans by racing to a historic Olympic double "
        "in the 1500m and 5,000m."
    )
    medals = sorted((c.medal.value, c.event) for c in doc.claims if c.type == "medal")  # type: ignore[union-attr]
    assert medals == [("gold", "men's 1500m"), ("gold", "men's 5000m")]


def test_a_title_over_two_events_is_two_wins(claims_of: Extract) -> None:
    doc = claims_of(
        "At the European Championships, Britain's 800m and 1500m champion Jessica Holmes "
        "won the 1000m."
    )
    events = sorted(c.event for c in doc.claims if c.type == "medal")  # type: ignore[type-var]
    assert events == ["women's 1000m", "women's 1500m", "women's 800m"]


def test_a_preview_names_no_competition_for_a_title(claims_of: Extract) -> None:
    """Every competition named is one to come: which one the title was won at is not
    said, so no medal is guessed."""
    doc = claims_of(
        "At the European Championships, Britain's 800m and 1500m champion Jessica Holmes "
        "will race again."
    )
    assert [c for c in doc.claims if c.type == "medal"] == []


def test_an_event_champion_is_no_winner_of_the_meeting_reported(claims_of: Extract) -> None:
    doc = claims_of(
        "At the Norwich Union Grand Prix, Britain's 1500m champion Kelly Holmes is taking "
        "part in the 1000m."
    )
    assert not [c for c in doc.claims if c.type in ("medal", "result")]


def test_the_infinitive_after_a_beaten_object_is_the_winners(claims_of: Extract) -> None:
    doc = claims_of("At the Olympics, Ola Berg beat Ken Obi to win the 800m.")
    assert ("medal", "berg", "gold") in facts(doc)
    assert ("medal", "obi", "gold") not in facts(doc)


def test_a_title_belongs_to_the_name_right_after_it(claims_of: Extract) -> None:
    doc = claims_of(
        "Kim Lowe, the 2000 Olympic 100m silver medallist, and Sydney 200m champion Kostas "
        "Kenteris will run in Leeds."
    )
    assert ("medal", "kenteris", "gold") in facts(doc)
    assert ("medal", "lowe", "gold") not in facts(doc)


def test_plural_medallists_share_one_team_medal(claims_of: Extract) -> None:
    doc = claims_of("British Olympic relay gold medallists Ian Roy and Ben Poe will race in Leeds.")
    medals = [c for c in doc.claims if c.type in ("medal", "result")]
    assert [(c.athletes, c.medal) for c in medals] == [(["Ian Roy", "Ben Poe"], "gold")]
    assert medals[0].competition is not None and medals[0].competition.endswith("Olympics")
    # "British" is who they are, not a second championship


def test_a_member_of_a_crew_that_won_shares_its_medal(claims_of: Extract) -> None:
    doc = claims_of(
        "Tom Gale, part of the British 4x100m quartet that won gold at the Athens Olympics, "
        "will run in Leeds on Sunday."
    )
    medal = next(c for c in doc.claims if c.type == "medal")
    assert (medal.athletes, medal.medal, medal.competition) == (
        ["Tom Gale"],
        "gold",
        "2004 Summer Olympics",
    )


def test_an_apposition_is_a_fact_in_a_sentence_about_the_future(claims_of: Extract) -> None:
    doc = claims_of(
        "Ian Vale will face Australian Craig Moss, winner in Cork in each of the past two years, "
        "in the 3000m."
    )
    assert ("result", "moss", 1) in facts(doc)
    assert ("result", "vale", 1) not in facts(doc)


def test_a_with_phrase_and_its_apposition_own_the_participle_after_them(
    claims_of: Extract,
) -> None:
    doc = claims_of(
        "At the Winter Olympics, Ola Berg won the 15km individual, with Frenchman Luc "
        "Garnier, the world sprint silver medallist, taking bronze."
    )
    medals = {(c.athletes[0], c.medal) for c in doc.claims if c.type == "medal"}
    assert ("Luc Garnier", "bronze") in medals and ("Luc Garnier", "silver") in medals
    assert ("Ola Berg", "bronze") not in medals and ("Ola Berg", "silver") not in medals


def test_crowned_champion(claims_of: Extract) -> None:
    assert ("medal", "holt", "gold") in facts(
        claims_of("Eva Holt was crowned European champion in Munich on Sunday.")
    )


def test_the_name_right_before_a_verb_is_its_subject_however_parsed(claims_of: Extract) -> None:
    doc = claims_of(
        "At the European Championships, Latvia's Ivo Ozols finished 0.087 seconds back for "
        "silver and Germany's Max Keil took bronze."
    )
    assert {("medal", "ozols", "silver"), ("medal", "keil", "bronze")} <= facts(doc)
    assert ("medal", "keil", "silver") not in facts(doc)


def test_a_medal_behind_others_gives_them_the_places_ahead(claims_of: Extract) -> None:
    doc = claims_of("At the Olympics, Jo Hart took bronze behind Kim Lowe and Ana Ruiz.")
    assert {
        ("medal", "hart", "bronze"),
        ("medal", "lowe", "gold"),
        ("medal", "ruiz", "silver"),
    } <= (facts(doc))


def test_a_year_inside_a_title_dates_its_championship(claims_of: Extract) -> None:
    doc = claims_of("Ana Ruiz, the 2002 Commonwealth champion, will run in Leeds.")
    assert [c.competition for c in doc.claims if c.type == "medal"] == ["2002 Commonwealth Games"]


def test_championships_joined_before_a_title_each_give_a_medal(claims_of: Extract) -> None:
    doc = claims_of("Ana Kerr is the reigning world and European 400m champion.")
    assert sorted(c.competition or "" for c in doc.claims if c.type == "medal") == [
        "European Championships",
        "World Championships",
    ]


def test_last_years_championships_are_of_the_year_before(claims_of: Extract) -> None:
    doc = claims_of(
        "Ana Kerr, who took silver at last year's World Championships, is back.", "2005-06-07"
    )
    assert [c.competition for c in doc.claims if c.type == "medal"] == ["2004 World Championships"]


def test_who_took_their_nations_team_to_a_medal_shares_it(claims_of: Extract) -> None:
    doc = claims_of("At the World Championships, Ana Ruiz helped Britain to silver in the relay.")
    medals = [(c.athletes, c.nation, c.medal) for c in doc.claims if c.type == "medal"]
    assert medals == [(["Ana Ruiz"], "GBR", "silver")]
