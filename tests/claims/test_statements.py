"""Statements only: a claim needs an achievement reported as fact. Sentences of our own
that must give nothing, each beside one of the same shape that must give its claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor.models import ClaimsDocument

Run = Callable[..., ClaimsDocument]
PROSE = "ATHLETICS-REPORT.\n\n"  # an athletics article: the sport is covered


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean Macey is favourite to win the decathlon at the European Championships.",
        "The coach explained how to win the 800m title from the front.",
        "Kelly Holmes could win the 1500m title in Madrid next month.",
        "Colin Jackson joined the Cardiff club for a fee thought to be near £2.3m.",
        "Jason Gardener pocketed $50,000 in prize money after the meeting.",
        "Mika Salo lapped at an average of 211.402 kph in qualifying.",
        "Paula Radcliffe had gone clear within the first 90 seconds of the race.",
        "Steve Cram suffered a first defeat in six years at the Oslo meeting.",
        "Maria Mutola is one of the world's best middle-distance runners.",
        "Mark Lewis-Francis wore gold spikes for the heats.",
        "Dave Moorcroft said the sport had struck gold with its television deal.",
        "Linford Christie's track record with young sprinters is impressive.",
        "Jonathan Edwards hopes to become the first man to win the title twice.",
        "Steve Cram was beaten for the first time in six years, a rare loss in Oslo.",
        "Linford Christie's track record as a coach is second to none.",
    ],
)
def test_no_achievement_no_claim(claims_of: Run, sentence: str) -> None:
    assert [c.type for c in claims_of(PROSE + sentence).claims] == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Dean Macey won the decathlon at the European Championships.", "medal"),
        ("Kelly Holmes took gold in the 1500m at the Commonwealth Games.", "medal"),
        ("Jason Gardener clocked 6.56 seconds to win the 60m in Leipzig.", "performance"),
        ("Steve Cram won his first race in 14 years at the Bislett Games.", "result"),
        ("Maria Mutola set a track record of 1:57.62 in Zurich.", "record"),
        ("Paula Radcliffe's win in the London Marathon made up for Athens.", "result"),
        ("Anna Berg was second to Mia Lund in the 800m.", "result"),
    ],
)
def test_the_same_shapes_as_facts_give_claims(claims_of: Run, sentence: str, kind: str) -> None:
    assert kind in [c.type for c in claims_of(PROSE + sentence).claims]


def test_a_football_report_gives_nothing_and_says_why(claims_of: Run) -> None:
    doc = claims_of(
        "Liverpool 2-1 Everton\n\nSteven Gerrard scored the winner as Liverpool won the "
        "derby at Anfield, where the striker's free-kick beat the goalkeeper.\n"
        "Lazio are favourites to win the Uefa Cup, said the midfielder.\n"
    )
    assert doc.claims == []
    assert {w.check for w in doc.warnings} <= {"sport_is_covered"}


def test_a_lost_name_takes_its_claims_with_it(claims_of: Run) -> None:
    doc = claims_of(
        "Nia Cole won the 200m in Leeds.\n\n"
        "was in fine shape as she raced to the 60m hurdles title. The 24-year-old set a "
        "new Welsh record, clocking 7.99 seconds and finishing ahead of her rival Beth Lane.\n\n"
        ", based in Bath, sprinted past Ruth Ames to take the 400m title. The 20-year-old "
        "ran a personal best of 52.90 seconds."
    )
    people = {a for c in doc.claims for a in c.athletes}
    assert people <= {"Nia Cole"}, [c.model_dump(exclude_none=True) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("The injury did not stop Ines Kato from winning the Olympic 10,000m bronze.", True),
        ("She is 35, but that didn't stop Ines Kato winning the Olympic 10,000m bronze.", True),
        ("An injury prevented Ines Kato from winning the Olympic 10,000m bronze.", False),
        ("A fall stopped Ines Kato winning the Olympic 10,000m bronze.", False),
    ],
)
def test_what_was_prevented_did_not_happen(claims_of: Run, text: str, won: bool) -> None:
    assert any(c.type == "medal" for c in claims_of(text).claims) is won


def test_a_paragraph_that_lost_a_name_and_names_her_later_gives_her_what_follows(
    claims_of: Run,
) -> None:
    doc = claims_of(
        "Meeting report\n\nNia Cole won the 200m in Leeds.\n\n"
        "was in fine shape as she raced to the 60m hurdles title. The 24-year-old set a "
        "new Welsh record, clocking 7.99 seconds and finishing ahead of her rival Beth Lane. \"I'm "
        'thrilled," said a tearful Morgan.'
    )
    morgan = {(c.type, c.value) for c in doc.claims if c.athletes == ["Morgan"]}
    assert morgan == {("record", 7.99), ("performance", 7.99)}  # not the lost sentence's win
    assert not any("Beth Lane" in c.athletes for c in doc.claims)
