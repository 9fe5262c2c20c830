"""A claim that only the headline states is a claim, with the headline as evidence."""

from collections.abc import Callable

from extractor.models import ClaimsDocument

Extract = Callable[..., ClaimsDocument]

BODY_ONLY_NAMES_THE_RACE = (
    "Marsh Retains Sprint Crown\n\n"
    "Ellen Marsh of Sweden was the class of the field again in the women's sprint at the "
    "Falun World Cup on Saturday, with Norway's Kari Moe and Finland's Aino Vaara behind."
)


def test_a_headline_claim_the_body_does_not_repeat(claims_of: Extract) -> None:
    doc = claims_of(BODY_ONLY_NAMES_THE_RACE, "2025-03-09")
    wins = [c for c in doc.claims if c.type == "result" and c.rank == 1]
    assert [(c.athletes, c.event, c.evidence.text) for c in wins] == [
        (["Ellen Marsh"], "women's sprint", "Marsh Retains Sprint Crown")
    ]


def test_the_body_statement_wins_over_the_headline(claims_of: Extract) -> None:
    doc = claims_of(
        "Marsh Takes Sprint Title\n\n"
        "Sweden's Ellen Marsh won the women's sprint at the Falun World Cup on Saturday.",
        "2025-03-09",
    )
    wins = [c for c in doc.claims if c.type == "result" and c.rank == 1]
    assert [c.evidence.text[:14] for c in wins] == ["Sweden's Ellen"]


def test_a_headline_about_someone_the_body_never_names_gives_nothing(
    claims_of: Extract,
) -> None:
    doc = claims_of(
        "Vaara Claims Gold\n\nThe women's sprint at the Falun World Cup was postponed.",
        "2025-03-09",
    )
    assert doc.claims == []
