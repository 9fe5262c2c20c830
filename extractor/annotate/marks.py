"""Marks (times, distances, points) as spans, each carrying its normalised value.

A number that is money ("a deal of about \u00a31.4m", "a cheque for $1.5m") or a speed
("average speed 226.859 kph") looks like a mark and is none: the registry's units of
money and speed say so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.knowledge.registry import registry
from extractor.values.marks import Mark, find_marks


@lru_cache(maxsize=1)
def _not_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What before and after a number makes it money or a speed."""
    file = registry().file
    words = [m for m in file.money if m[:1].isalpha()]
    before = registry().money_sign_before
    units = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in file.speed_units)
    after = re.compile(
        rf"^(?:\s*(?:m|bn|k|million|billion)\b)?\s*(?:{'|'.join(words)})\b|^\s*(?:{units})\b",
        re.IGNORECASE,
    )
    return before, after


def is_mark(text: str, mark: Mark) -> bool:
    """Whether a number found as a mark is one: not money, not a speed."""
    before, after = _not_marks()
    return not (
        before.search(text[max(0, mark.start - 4) : mark.start])
        or after.match(text[mark.end : mark.end + 25])
        or after.match(text[mark.start + len(mark.text.rstrip("m")) : mark.end + 25])
    )


class MarkFinder:
    """Wraps :func:`extractor.values.marks.find_marks`; ``doc._.marks`` maps each mark's
    first token to its :class:`Mark`, ``doc.spans["marks"]`` shows where they are."""

    def __init__(self, name: str = "sports_marks") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        marks: dict[int, tuple[Span, Mark]] = {}
        text = doc.text
        for mark in find_marks(text):
            if not is_mark(text, mark):
                continue
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
