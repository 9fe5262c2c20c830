"""Sports vocabulary as spans: record cues (:mod:`extractor.annotate.cues`, patterns in
``data/cues.jsonl``), events, and competitions. Events and competitions need arithmetic
and host tables, so they come from :mod:`extractor.knowledge.events` and
:mod:`extractor.knowledge.competitions`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.annotate.cues import CueMatcher, Overlap, load_cue_patterns, national_record_patterns
from extractor.knowledge.competitions import CompetitionMention, find_adjectives, find_competitions
from extractor.knowledge.events import EventMention, find_events


@dataclass
class Lexicon:
    """What the article names: events, competitions, and competition adjectives."""

    events: list[tuple[Span, EventMention]]
    competitions: list[tuple[Span, CompetitionMention]]
    adjectives: list[tuple[Span, CompetitionMention]]


class LexiconAnnotator:
    def __init__(self, nlp: Language, name: str, overlap: Overlap) -> None:
        self.name = name
        self.cues = CueMatcher(nlp.vocab, load_cue_patterns() + national_record_patterns(), overlap)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["cues"] = self.cues(doc)
        text = doc.text
        doc._.lexicon = Lexicon(
            events=_spans(doc, find_events(text)),
            competitions=_spans(doc, find_competitions(text)),
            adjectives=_spans(doc, find_adjectives(text)),
        )
        return doc


def _spans(doc: Doc, mentions: list[Any]) -> list[tuple[Span, Any]]:
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.append((span, m))
    return out


@Language.factory("sports_lexicon", default_config={"overlap": "longest"})
def make_lexicon(nlp: Language, name: str, overlap: Overlap) -> LexiconAnnotator:
    if not Doc.has_extension("lexicon"):
        Doc.set_extension("lexicon", default=None)
    return LexiconAnnotator(nlp, name, overlap)
