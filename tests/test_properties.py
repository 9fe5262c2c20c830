"""Property tests: no text makes extraction fail, lie about offsets, or vary."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.api import extract
from extractor.models import ClaimsDocument
from tests.conftest import CORPUS

SEED_SENTENCES = (CORPUS / "klaebo-50k.txt").read_text("utf-8").replace("\n", " ").split(". ")

sports_text = st.lists(
    st.one_of(
        st.sampled_from(SEED_SENTENCES),
        st.text(max_size=80),
        st.sampled_from(
            [
                "1. Anna Berg (Norway) 1:47.71",
                "date 2026-02-21",
                "\n\n",
                "Ireland's\n\n",
                " 2. ",
                "(12.130 / 12.124)",
                "beat",
                "record",
                "—",
                "’s",
                "10=",
                ";",
            ]
        ),
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=sports_text)
@example(  # once looped: a bad parse hung "Emil Iversen" off its own name
    text=" date 2026-02-21 Johannes Hoesflot Klaebo has pushed an Olympic benchmark into new "
    "territory 000u AAt Emil Iversen took bronze, giving Norway a sweep of the podium, USA "
    "Today reports"
)
def test_any_text_gives_a_valid_document(text: str) -> None:
    doc = extract(text)
    assert doc.check_evidence(text) == []
    assert ClaimsDocument.model_validate_json(doc.model_dump_json()) == doc
    assert extract(text).model_dump_json() == doc.model_dump_json()
