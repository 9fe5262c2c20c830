import pytest

from extractor.knowledge.competitions import find_adjectives, find_competitions, host_cities


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("his sixth gold medal of the Milano Cortina Olympics", "2026 Winter Olympics", "olympics"),
        ("at the 2003 World Indoor Championships", "2003 World Indoor Championships", "world"),
        (
            "took silver behind a Jamaican at the Manchester Games",
            "2002 Commonwealth Games",
            "commonwealth",
        ),
        ("at the Norwich Union Grand Prix on Saturday", "Norwich Union Grand Prix", "meeting"),
        ("the world track cycling championships", "World Track Cycling Championships", "world"),
        (
            "next month's European Indoor Championships",
            "European Indoor Championships",
            "continental",
        ),
        ("at the Fayetteville Invitational meeting", "Fayetteville Invitational", "meeting"),
        ("at the world track championships", "World Track Cycling Championships", "world"),
        ("at the Holmenkollen Ski Festival", "Holmenkollen Ski Festival", "meeting"),
        ("At the Kontiolahti World Cup on Thursday", "World Cup", "world_cup"),
    ],
)
def test_named(text: str, name: str, level: str) -> None:
    found = find_competitions(text)
    assert [(c.name(), c.level) for c in found][:1] == [(name, level)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sydney Olympic 100m champion", "2000 Summer Olympics"),
        ("World and Commonwealth 100m champion", "World Championships"),
        ("the AAA's Indoor 800m title", "AAA Indoor Championships"),
        ("world indoor bronze medallist", "World Indoor Championships"),
    ],
)
def test_adjectives_before_titles(text: str, name: str) -> None:
    assert [c.name() for c in find_adjectives(text)][:1] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "the world indoor record holder",
        "an Olympic benchmark",
        "third in the European rankings",
    ],
)
def test_adjectives_that_name_no_competition(text: str) -> None:
    assert find_adjectives(text) == []


def test_host_city_stands_for_its_games_only_in_an_olympic_article() -> None:
    assert [c.name() for c in find_competitions("Olympic hopes. The winners in Athens")] == [
        "2004 Summer Olympics"
    ]
    assert [c.name() for c in find_competitions("a meeting in Athens")] == ["meeting"]
    assert not find_competitions("a meeting in Athens")[0].named  # a kind, not the Games
    # another year beside the city: the city's marathon, not its Games
    assert find_competitions("Olympic champion X. He was third in London in 2002.") == []
    assert find_competitions("Olympic gold. Her success in Athens.")[0].name() == (
        "2004 Summer Olympics"
    )


@pytest.mark.parametrize(
    ("text", "name", "medals"),
    [
        ("won gold at the 2002 Asian Games", "2002 Asian Games", True),
        ("third at the Pan American Games", "Pan American Games", True),
        ("the 1999 World University Games", "1999 World University Games", True),
        ("at the 2005 World Championships", "2005 World Championships", True),
        ("won at the Bislett Games", "Bislett Games", False),
        ("the third stage of the Tour of Britain", "Tour of Britain", False),
        ("won the Birmingham Grand Prix", "Birmingham Grand Prix", False),
        ("the AAA Indoor Championships", "AAA Indoor Championships", False),
    ],
)
def test_which_competitions_award_medals(text: str, name: str, medals: bool) -> None:
    (comp,) = find_competitions(text)
    assert (comp.name(), comp.medals) == (name, medals)


def test_games_are_held_only_in_their_years() -> None:
    hosts = host_cities()
    assert hosts.held("Olympics", "Summer", 2004) and not hosts.held("Olympics", "Summer", 2005)
    assert hosts.held("Olympics", None, 2006) and not hosts.held("Olympics", "Summer", 2006)
    assert hosts.held("World Championships", None, 2005)  # not a Games: any year
