"""The event and competition a claim takes when its sentence names none: the race being
told, unless the mark cannot have come from it, the claim is at another competition, or
the athlete's own title names their event."""

from collections.abc import Callable

from extractor.models import ClaimsDocument

Extract = Callable[..., ClaimsDocument]


def _events(doc: ClaimsDocument, kind: str) -> dict[str, str | None]:
    return {c.athletes[0]: c.event for c in doc.claims if c.type == kind and c.athletes}


def test_a_mark_in_metres_does_not_take_a_running_event(claims_of: Extract) -> None:
    doc = claims_of(
        "Johnson wins at AAAs\n\n"
        "At the AAAs Championships, Jade Johnson won the women's 200m in 23.40secs.\n\n"
        "Later Johnson also leapt to a personal best of 6.50m."
    )
    performances = {c.value: c.event for c in doc.claims if c.type == "performance"}
    assert performances == {23.4: "women's 200m", 6.5: None}


def test_the_paragraphs_field_event_fits_a_mark_in_metres(claims_of: Extract) -> None:
    doc = claims_of(
        "Johnson wins at AAAs\n\n"
        "At the AAAs Championships, Jade Johnson won the women's 200m in 23.40secs.\n\n"
        "In the long jump, Susan Jones was third. Jones leapt 6.43m."
    )
    assert {c.value: c.event for c in doc.claims if c.type == "performance"}[6.43] == (
        "women's long jump"
    )


def test_a_medal_of_another_edition_takes_no_event(claims_of: Extract) -> None:
    doc = claims_of(
        "Jessie Diggins took bronze in the 10km interval start at the Winter Olympics on "
        "Thursday. Diggins, who previously won gold in 2018, will race on Sunday.",
        published="2026-02-20",
    )
    medals = {c.medal.value: c.event for c in doc.claims if c.type == "medal" and c.medal}
    assert medals == {"bronze": "women's 10km interval start", "gold": None}


def test_a_specialists_title_names_the_event(claims_of: Extract) -> None:
    doc = claims_of(
        "Gardener wins in Birmingham\n\n"
        "At the Norwich Union Grand Prix in Birmingham, Jason Gardener won the 60m.\n\n"
        "Russian pole vaulter Yelena Isinbayeva broke the world record with 4.89m."
    )
    assert _events(doc, "performance")["Yelena Isinbayeva"] == "women's pole vault"


def test_a_name_lost_at_a_paragraph_break_keeps_the_paragraph(claims_of: Extract) -> None:
    doc = claims_of(
        "Johnson wins at AAAs\n\n"
        "At the AAAs Championships, Jade Johnson won the women's 200m in 23.40secs.\n\n"
        "There was plenty of action in the men's 60m hurdles where Scotland's\n\n"
        "was vying for top spot. Allan Scott won the final in 7.58 seconds."
    )
    assert _events(doc, "performance")["Allan Scott"] == "men's 60m hurdles"


def test_a_competition_counted_from_is_not_the_venue(claims_of: Extract) -> None:
    doc = claims_of(
        "Haugen wins at Holmenkollen\n\n"
        "Sigurd Haugen won the men's 50km freestyle mass start at the Holmenkollen World Cup "
        "on Saturday, his first victory since the Olympics. The Norwegian finished in "
        "1:59:48.6, with Finland's Eero Laakso second.",
        published="2026-03-07",
    )
    (laakso,) = [c for c in doc.claims if c.athletes == ["Eero Laakso"]]
    assert laakso.type == "result" and laakso.competition == "Cross-Country Skiing World Cup"


def test_a_standing_record_is_at_no_competition_of_the_sentence(claims_of: Extract) -> None:
    doc = claims_of(
        "World triple jump record holder Jonathan Edwards believes Phillips Idowu can take "
        "gold at the European Indoor Championships."
    )
    (record,) = [c for c in doc.claims if c.type == "record"]
    assert record.athletes == ["Jonathan Edwards"] and record.competition is None


def test_a_competition_to_qualify_for_is_not_the_venue(claims_of: Extract) -> None:
    doc = claims_of(
        "McIlroy wins in Erfurt\n\n"
        "James McIlroy won the men's 800m at the TEAG indoor meeting in Erfurt.\n\n"
        "He set a personal best of 1:46.68, good enough to qualify for the European Indoor "
        "Championships."
    )
    (best,) = [c for c in doc.claims if c.type == "record"]
    assert best.competition == "TEAG indoor"


def test_a_national_title_is_the_championships_reported(claims_of: Extract) -> None:
    doc = claims_of(
        "Haworth wins in Sheffield\n\n"
        "Tom Haworth won the AAAs title over 800m in Sheffield on Sunday.\n\n"
        "Saturday's opening day of the AAAs Indoor Championships belonged to Priya Sandhu.",
        published="2025-02-16",
    )
    (title,) = [c for c in doc.claims if c.type == "result"]
    assert title.competition == "2025 AAAs Indoor Championships"
