"""Sports vocabulary as spans: record phrases (a SpanRuler over ``data/cues.jsonl``),
events, and competitions.

Cue patterns are data: each JSONL line is ``{"label", "id", "pattern"}`` as spaCy's
SpanRuler takes them, validated when the component is built. The ``id`` carries the
normalised meaning (a record's scope). Events and competitions need arithmetic and host
tables, so they come from :mod:`extractor.resolve.events` and
:mod:`extractor.resolve.competitions`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.resolve.competitions import CompetitionMention, find_adjectives, find_competitions
from extractor.resolve.events import EventMention, find_events
from extractor.resolve.nations import nation_table

Overlap = Literal["longest", "all"]


@dataclass
class Lexicon:
    """What the article names: events, competitions, and competition adjectives."""

    events: list[tuple[Span, EventMention]]
    competitions: list[tuple[Span, CompetitionMention]]
    adjectives: list[tuple[Span, CompetitionMention]]


def load_cue_patterns(name: str = "cues.jsonl") -> list[dict[str, Any]]:
    text = resources.files("extractor.data").joinpath(name).read_text("utf-8")
    patterns = [json.loads(line) for line in text.splitlines() if line.strip()]
    for i, p in enumerate(patterns, 1):
        unknown = set(p) - {"label", "id", "pattern"}
        if unknown:
            raise ValueError(f"{name}:{i}: unknown keys {sorted(unknown)}")
    return patterns


def national_record_patterns() -> list[dict[str, Any]]:
    """ "the Spanish record", "her own Irish 60m hurdles record": a national record for
    every nationality word in the nations table."""
    demonyms = sorted({d for row in nation_table().rows for d in row.demonyms if " " not in d})
    qualifier = {"LOWER": {"REGEX": _QUALIFIER}, "OP": "{0,5}"}
    record = {"LOWER": {"IN": ["record", "records", "best"]}}
    return [
        {
            "label": "RECORD",
            "id": "national",
            "pattern": [{"TEXT": {"IN": demonyms}}, qualifier, record],
        }
    ]


# Words allowed between a scope word and "record": "world indoor 5,000m record".
_QUALIFIER = (
    r"^(indoor|outdoor|junior|youth|senior|u2[03]|all-time|women's|men's|women|men|'s|"
    r"\d[\d,.]*(m|km|k)?|m|km|metres?|meters?|kilometres?|mile|miles|two|one|three|"
    r"five|ten|hurdles|steeplechase|relay|marathon|half|pole|vault|long|high|triple|"
    r"jump|shot|put|discus|hammer|javelin|heptathlon|decathlon|pentathlon|sprint|mass|"
    r"start|pursuit|team|time|trial|-|t\d\d)$"
)


class LexiconAnnotator:
    def __init__(self, nlp: Language, name: str, overlap: Overlap) -> None:
        self.name = name
        self.ruler = SpanRuler(
            nlp,
            name=f"{name}_ruler",
            spans_key="cues",
            spans_filter=_longest if overlap == "longest" else None,
            validate=True,
            overwrite=True,
        )
        self.ruler.add_patterns(load_cue_patterns() + national_record_patterns())

    def __call__(self, doc: Doc) -> Doc:
        doc = self.ruler(doc)
        text = doc.text
        doc._.lexicon = Lexicon(
            events=_spans(doc, find_events(text)),
            competitions=_spans(doc, find_competitions(text)),
            adjectives=_spans(doc, find_adjectives(text)),
        )
        return doc


def _longest(existing: Iterable[Span], new: Iterable[Span]) -> Iterable[Span]:
    return filter_spans(list(existing) + list(new))


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
