"""Sentence starts from layout, on a blank pipeline (no model needed) except where
the tagger's proper nouns are the point."""

import spacy
from spacy.language import Language

import extractor.annotate.segmenter  # noqa: F401  (registers the factory)
from tests.conftest import CORPUS


def _blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sports_segmenter")
    return nlp


def test_line_breaks_start_sentences() -> None:
    doc = _blank()("Results on Friday:\nMen\n1. Jesper Ronnback (Sweden) 25.76 points\n")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:3] == ["Results", "Men", "1"]


def test_a_results_line_is_never_split() -> None:
    doc = _blank()("1. Jesper Ronnback (Sweden) 25.76 points. Second line\n2. A B (C) 1\n")
    line_one = [t for t in doc if t.idx < doc.text.index("\n")]
    assert [t.is_sent_start for t in line_one[1:]] == [False] * (len(line_one) - 1)


def test_dateline_is_its_own_sentence_and_sets_published() -> None:
    doc = _blank()(" date 2026-02-21 Johannes Hoesflot Klaebo has pushed on.")
    johannes = next(t for t in doc if t.text == "Johannes")
    hoesflot = next(t for t in doc if t.text == "Hoesflot")
    assert johannes.is_sent_start and hoesflot.is_sent_start is False
    assert doc._.published == "2026-02-21"


def test_no_sentence_starts_inside_a_word() -> None:
    doc = _blank()("World and Commonwealth 100m champion Kim Collins")
    m = next(t for t in doc if t.text == "m")
    assert m.is_sent_start is False


def test_caller_date_wins_over_dateline() -> None:
    nlp = _blank()
    doc = nlp.make_doc("BRUSSELS 1996-08-23\nText.")
    doc._.published = "1996-08-24"
    assert nlp(doc)._.published == "1996-08-24"


def test_no_sentence_starts_inside_a_name(annotate) -> None:  # type: ignore[no-untyped-def]
    # The seed after another story (a dump): the parser split "Johannes | Hoesflot".
    seed = (CORPUS / "klaebo-50k.txt").read_text("utf-8")
    doc = annotate(seed.split("\n\n")[2] + "\n\n" + seed)
    start = doc.text.index("Johannes Hoesflot")
    hoesflot = next(t for t in doc if t.idx > start and t.text == "Hoesflot")
    assert hoesflot.is_sent_start is False
    then = next(t for t in doc if t.idx > start and t.text == "The")
    assert then.is_sent_start  # after a full stop a capital still starts one


def test_a_run_without_full_stops_is_cut_into_sentences() -> None:
    doc = _blank()(" ".join(["Klaebo", "won", "gold", "again"] * 100))  # 400 words, no stop
    assert [t.i for t in doc if t.is_sent_start] == [0, 150, 300]
    doc = _blank()(" ".join(["Klaebo", "won", "gold", "again"] * 30) + ". Then Oslo")
    assert [t.i for t in doc if t.is_sent_start] == [0]  # 120 words: no cut (parser decides)


def test_a_run_of_full_stops_without_capitals_is_cut_too() -> None:
    # "1. 1. 1." or "2:07:07 2:07:07": the parser makes one sentence of it.
    doc = _blank()("1. " * 200)
    assert [t.i for t in doc if t.is_sent_start] == [0, 150, 300]
    doc = _blank()("2:07:07 " * 200)
    assert [t.i for t in doc if t.is_sent_start] == [0, 150]
