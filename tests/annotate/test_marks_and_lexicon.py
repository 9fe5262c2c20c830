"""Mark spans and the cue ruler on a blank pipeline."""

import spacy
from spacy.language import Language

import extractor.annotate.lexicon  # noqa: F401
import extractor.annotate.marks  # noqa: F401
from extractor.annotate.cues import anchor_words, load_cue_patterns


def _blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sports_marks")
    nlp.add_pipe("sports_lexicon")
    return nlp


def test_marks_become_spans_with_values() -> None:
    doc = _blank()("Klaebo finished in 2:07:07, 17.5 seconds ahead of Nyenget.")
    assert [s.text for s in doc.spans["marks"]] == ["2:07:07", "17.5 seconds"]
    assert [m.value for _, m in doc._.marks.values()] == [7627.0, 17.5]


def _cues(text: str) -> list[tuple[str, str, str]]:
    doc = _blank()(text)
    return [(s.text, s.label_, s.id_) for s in doc.spans["cues"]]


def test_record_scopes() -> None:
    assert _cues("a world indoor 5,000m record") == [
        ("world indoor 5,000m record", "RECORD", "world")
    ]
    assert _cues("her own Irish 60m hurdles record") == [
        ("Irish 60m hurdles record", "RECORD", "national")
    ]
    assert _cues("equalled the Spanish record") == [("Spanish record", "RECORD", "national")]
    assert _cues("a life-time best of 6.50m") == [("life-time best", "RECORD", "personal")]
    assert _cues("a season's best of 7.48") == [("season's best", "RECORD", "season")]
    assert _cues("a European record") == [("European record", "RECORD", "continental")]
    assert _cues("a meeting record") == [("meeting record", "RECORD", "championship")]


def test_no_record_cue_in_plain_text() -> None:
    assert _cues("He recorded a good run and said it was the best day of the world.") == []


def test_count_records_and_firsts() -> None:
    labels = {
        (label, id_)
        for _, label, id_ in _cues(
            "gave Norway a record 18th gold medal and the country's first medal"
        )
    }
    assert labels == {("COUNT_RECORD", "record"), ("FIRST", "national")}


def test_events_and_competitions_on_the_doc() -> None:
    doc = _blank()("won the men's 50-kilometer mass start at the Milano Cortina Olympics")
    assert [e.full() for _, e in doc._.lexicon.events] == ["men's 50km mass start"]
    assert [c.name() for _, c in doc._.lexicon.competitions] == ["2026 Winter Olympics"]


def test_cue_patterns_are_validated() -> None:
    patterns = load_cue_patterns()
    assert patterns and all(set(p) == {"label", "id", "pattern"} for p in patterns)


def test_record_cues_with_their_scope() -> None:
    doc = _blank()(
        "She broke the world indoor 5,000m record and set a personal best. It was the "
        "country's first medal, a record 18th gold."
    )
    cues = [(s.text, s.label_, s.id_) for s in doc.spans["cues"]]
    assert ("world indoor 5,000m record", "RECORD", "world") in cues
    assert ("personal best", "RECORD", "personal") in cues
    assert ("country's first", "FIRST", "national") in cues


def test_every_cue_pattern_has_an_anchor_word() -> None:
    """A pattern without one would make the matcher try every sentence."""
    for p in load_cue_patterns():
        words = anchor_words(p["pattern"])
        assert words, p
        assert not words <= {"the", "a", "of", "in"}, p
