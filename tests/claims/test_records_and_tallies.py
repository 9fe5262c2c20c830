"""Records of every scope and status, and medal tallies."""

from collections.abc import Callable

import pytest

from extractor.models import ClaimsDocument
from tests.claims.helpers import facts

Extract = Callable[..., ClaimsDocument]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Yelena Isinbayeva jumped a world record of 4.91m.",
            ("record", "isinbayeva", "world", "set"),
        ),
        (
            "Ailis McSweeney broke Michelle Carroll's long-standing Irish record by clocking 7.37.",
            ("record", "carroll", "national", "previous"),
        ),
        (
            "Ailis McSweeney broke Michelle Carroll's long-standing Irish record by clocking 7.37.",
            ("record", "mcsweeney", "national", "set"),
        ),
        (
            "Felipe Vivancos equalled the Spanish record.",
            ("record", "vivancos", "national", "equalled"),
        ),
        (
            "World indoor record holder Maurice Greene will race.",
            ("record", "greene", "world", "held"),
        ),
        (
            "Bernard Lagat missed out on the world record by 1.45secs.",
            ("record", "lagat", "world", "missed"),
        ),
        (
            "Robert Mitchell climbed to a season's best of 2.20m.",
            ("record", "mitchell", "season", "set"),
        ),
        (
            "Jade Johnson leapt to a life-time best of 6.50m.",
            ("record", "johnson", "personal", "set"),
        ),
        ("Maria Kovac set a European record of 14.2m.", ("record", "kovac", "continental", "set")),
    ],
)
def test_records(claims_of: Extract, text: str, fact: tuple[object, ...]) -> None:
    assert fact in facts(claims_of(text))


def test_record_value_is_the_mark(claims_of: Extract) -> None:
    doc = claims_of("Robert Mitchell climbed to a season's best of 2.20m at the trials.")
    record = next(c for c in doc.claims if c.type == "record")
    assert (record.value, record.unit) == (2.2, "m")  # type: ignore[union-attr]


def test_tallies(claims_of: Extract) -> None:
    doc = claims_of(
        "Johannes Klaebo won the 50km. The Norwegian claimed his sixth gold medal "
        "of the Games. Klaebo's career Olympic tally now stands at 13 medals, "
        "including 11 golds."
    )
    tallies = {
        (c.count, c.medal.value, c.period.value)
        for c in doc.claims  # type: ignore[union-attr]
        if c.type == "tally" and c.athletes == ["Johannes Klaebo"]
    }
    assert tallies == {(6, "gold", "competition"), (13, "any", "career"), (11, "gold", "career")}


def test_a_tally_needs_a_subject(claims_of: Extract) -> None:
    doc = claims_of("The Norwegian claimed his sixth gold medal of the Games.")
    assert not any(c.type == "tally" for c in doc.claims)


def test_nation_tally_and_count_record(claims_of: Extract) -> None:
    doc = claims_of(
        "At the Winter Olympics, the win gave Norway a record 18th gold medal and "
        "increased the lead in the total medal count to 40 overall."
    )
    assert {
        ("tally", "NOR", 18, "gold"),
        ("tally", "NOR", 40, "any"),
        ("record", "NOR", "olympic", "set"),
    } <= facts(doc)


@pytest.mark.parametrize(
    "text",
    [
        "She hopes to break the world record next year.",
        "The world record is a long way off, he said of the qualifying standard.",
    ],
)
def test_no_record(claims_of: Extract, text: str) -> None:
    assert not any(c.type == "record" for c in claims_of(text).claims)


def test_a_broken_previous_record_is_set_by_the_subject_and_was_the_holders(
    claims_of: Extract,
) -> None:
    doc = claims_of(
        "Lena Voss won the women's 400m freestyle in 3:56.10, bettering the previous world "
        "record of 3:56.80 set by her rival Kim Aldo."
    )
    records = {(c.athletes[0], c.status, c.value) for c in doc.claims if c.type == "record"}
    assert records == {("Lena Voss", "set", 236.1), ("Kim Aldo", "previous", 236.8)}
    assert ("performance", "aldo", 236.8, "s") in facts(doc)


def test_her_nth_record_is_hers(claims_of: Extract) -> None:
    doc = claims_of("Maya Kell cleared 5.01m in Paris. It was her 12th world record.")
    assert ("record", "kell", "world", "set") in facts(doc)
    assert ("record", "kell", "world", "previous") not in facts(doc)


def test_a_record_said_of_a_mark_goes_to_its_owner(claims_of: Extract) -> None:
    doc = claims_of(
        "Ana Reyes and Tia Grange clocked 10.91 and 10.95 in Zurich. The 10.91 was a "
        "Dominican record."
    )
    assert {f for f in facts(doc) if f[0] == "record"} == {("record", "reyes", "national", "set")}
    doc = claims_of("The 10.91 was a Dominican record.")
    assert not any(c.type == "record" for c in doc.claims)


def test_a_count_of_championship_titles_is_a_count_of_golds(claims_of: Extract) -> None:
    doc = claims_of("Ada Kerr won her third world title in the 10,000m in Paris.")
    assert ("tally", "kerr", 3, "gold") in facts(doc)


def test_a_record_holder_at_listed_events_holds_one_each(claims_of: Extract) -> None:
    doc = claims_of("Tom Pryce, Welsh record holder at 3km, 5km and 10km, will run on Sunday.")
    held = {c.event for c in doc.claims if c.type == "record" and c.status == "held"}
    assert held == {"men's 3km", "men's 5km", "men's 10km"}


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("Ivo Brandt's world record hopes were ended by a fall on the last lap.", {"missed"}),
        ("Ivo Brandt's bid for the world record ended in failure in Rome.", {"missed"}),
        ("Ivo Brandt will make a world record attempt in Rome.", set()),
        ("Ivo Brandt has high hopes of the world record in Rome.", set()),
    ],
)
def test_a_record_attempt_is_missed_only_when_it_failed(
    claims_of: Extract, text: str, statuses: set[str]
) -> None:
    assert {c.status for c in claims_of(text).claims if c.type == "record"} == statuses


def test_a_previous_world_mark_sliced_is_the_holders(claims_of: Extract) -> None:
    doc = claims_of(
        "Ian Marsh clocked four minutes 13.353 seconds to slice six seconds from the previous "
        "world mark of 4:20.110 set by world champion Luca Conti of Italy."
    )
    records = {(c.athletes[0], c.status, c.value) for c in doc.claims if c.type == "record"}
    assert records == {("Ian Marsh", "set", 253.353), ("Luca Conti", "previous", 260.11)}
