"""Marks (times, distances, points) as spans, each carrying its normalised value."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.values.marks import Mark, find_marks


class MarkFinder:
    """Wraps :func:`extractor.values.marks.find_marks`; ``doc._.marks`` maps each mark's
    first token to its :class:`Mark`, ``doc.spans["marks"]`` shows where they are."""

    def __init__(self, name: str = "sports_marks") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        marks: dict[int, tuple[Span, Mark]] = {}
        for mark in find_marks(doc.text):
            span = doc.char_span(mark.start, mark.end, label=mark.kind, alignment_mode="expand")
            if span is None or span.start in marks:
                continue
            spans.append(span)
            marks[span.start] = (span, mark)
        doc._.marks = marks
        doc.spans["marks"] = spans
        return doc


@Language.factory("sports_marks")
def make_marks(nlp: Language, name: str) -> MarkFinder:
    if not Doc.has_extension("marks"):
        Doc.set_extension("marks", default=None)
    return MarkFinder(name)
