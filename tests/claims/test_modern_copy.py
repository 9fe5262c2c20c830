"""Modern online copy: datelines of agencies and CMSs, typographic quotes, bylines.

The lead sentence after a dateline holds the article's main claim: the dateline is cut
off it, never the sentence, and its date sets ``published``.
"""

from collections.abc import Callable

import pytest

from extractor.models import ClaimsDocument
from tests.claims.helpers import facts

Extract = Callable[..., ClaimsDocument]

LEAD = "Uganda's Amos Kibet won the men's 10,000m in 27:31.40 on Sunday."


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("NAIROBI, 3 March 2024 - ", "2024-03-03"),
        ("NAIROBI (Reuters) - ", None),
        ("NAIROBI (AP) — ", None),
        ("Title Of The Story\n\nBy Ana Ruiz · 3 March 2024\n\nNAIROBI (AP) — ", "2024-03-03"),
        ("Nairobi, 3 March 2024\n", "2024-03-03"),
        ("By Ana Ruiz | March 3, 2024\n\n", "2024-03-03"),
    ],
)
def test_the_lead_sentence_survives_its_dateline(
    claims_of: Extract, top: str, published: str | None
) -> None:
    doc = claims_of(top + LEAD)
    assert doc.published == published
    assert {("result", "kibet", 1), ("performance", "kibet", 1651.4, "s")} <= facts(doc)
    assert all(c.nation == "UGA" for c in doc.claims)


def test_typographic_apostrophes_read_as_plain_ones(claims_of: Extract) -> None:
    doc = claims_of("Peru\u2019s Rosa Quispe won the women\u2019s 1500m in 4:02.10.")
    assert {c.event for c in doc.claims} == {"women's 1500m"}
    assert {c.nation for c in doc.claims} == {"PER"}
    assert all(c.evidence.text.startswith("Peru\u2019s") for c in doc.claims)


def test_a_name_that_is_a_word_of_plans_is_no_plan(claims_of: Extract) -> None:
    doc = claims_of(
        "Lind wins in Oslo\n\nSweden's Hope Lind won the women's 30km classic mass start at the "
        "Holmenkollen World "
        "Cup on Saturday.\n\nLind stopped the clock at 1:21:44.6.\n\nOn Friday, Ola Dahl won "
        "the men's freestyle sprint.",
        "2025-03-08",
    )
    events = {(c.athletes[0], c.type, c.event) for c in doc.claims}
    assert ("Hope Lind", "performance", "women's 30km classic mass start") in events
    assert ("Ola Dahl", "result", "men's freestyle sprint") in events
    assert {c.sport for c in doc.claims} == {"cross-country skiing"}
