"""What a mark in running text is: a performance, a margin, a qualifying standard, or a
part of the race. Performances and margins both start from this decision."""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Span

from extractor.claims.context import Article
from extractor.claims.syntax import LIST_JOINER
from extractor.knowledge.events import measured_in
from extractor.knowledge.registry import UNIT_OF, registry
from extractor.values.marks import Mark

Role = Literal["performance", "margin", "missed", "standard", "none"]

_STANDINGS = re.compile(r"\bstandings?\b|\brankings?\b|\bleaderboard\b|\bseries lead\b", re.I)

_MARGIN_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:ahead|clear|in front|faster|quicker|better|slower|behind|adrift|short|"
    r"outside|off|shy|inside|under|over the|down on|up on|back|margin|of a second)\b",
    re.I,
)
_BY = re.compile(
    r"\bby\s+(?:only\s+|just\s+|almost\s+|nearly\s+|more than\s+|less than\s+|"
    r"some\s+|about\s+|around\s+|over\s+|a\s+|(?:a|the) margin of\s+)?$",
    re.I,
)
_STANDARD = re.compile(
    r"^\s*(?:qualifying|standard|entry|auto|automatic|qualifier|target|"
    r"barrier|mark needed|needed|required)",
    re.I,
)
_STANDARD_BEFORE = re.compile(
    r"(?:qualifying|standard|target|needed|required|entry)\s+"
    r"(?:time|mark|standard|distance)?\s*(?:of|is|was)?\s*$",
    re.I,
)


_PREVIOUS_BEFORE = re.compile(
    r"(?<![\w-])(?:previous|old|former|existing)\b[\w\s'-]{0,30}\b(?:record|mark|best)\s+"
    r"(?:of\s+)?$",
    re.I,
)


def mark_role(article: Article, span: Span, mark: Mark) -> Role:
    text = article.text
    if mark.kind == "points" and _STANDINGS.search(article.text_of(span.sent)):
        return "none"  # "second in the overall standings with 162 points": no performance
    before = text[max(span.sent.start_char, mark.start - 40) : mark.start]
    after = text[mark.end : min(span.sent.end_char, mark.end + 30)]
    if mark.kind == "distance" and re.search(r"k(?:m|ilomet)", mark.text, re.I):
        return "none"  # "the 12.5km mass start" is a race
    if mark.kind == "distance" and not mark.has_decimals:
        if _BY.search(before) or _MARGIN_AFTER.match(after):
            return "margin" if mark.value < 1000 else "none"
        return "none"  # "100m", "the final 400m": an event or a part of the race
    if _STANDARD.match(after) or _STANDARD_BEFORE.search(before):
        return "standard"
    if _PREVIOUS_BEFORE.search(before):
        return "none"  # "erase the previous world indoor mark of 14:39.29": the old record
    if re.search(r"\bmiss(?:ed|es|ing)?\b[^.]{0,40}\bby\s*$", before, re.I):
        return "missed"
    if _BY.search(before) or _MARGIN_AFTER.match(after) or mark.text.startswith("+"):
        return "margin"  # "second at +1.2", "fourth (+22.5)": a gap to the winner
    if mark.kind == "time" and re.match(r"^\s*clear\b", after, re.I):
        return "margin"
    if mark.kind == "bare":
        if re.match(r"^\s*(?:seconds?|secs?)\b", after) or registry().mark_word_before(before):
            return "performance"
        joined = re.search(LIST_JOINER + "$", before)
        first = article.mark_ending_at(mark.start - len(joined.group(0))) if joined else None
        if first is not None and first[1].kind == "bare":  # "clocked 10.91 and 10.95"
            return mark_role(article, *first)
        return "none"
    whole_seconds = mark.kind == "time" and not mark.has_decimals and mark.value == int(mark.value)
    if whole_seconds and not re.search(r"\d:\d|min|hour|hr", mark.text, re.I):
        return "none"  # "two seconds", "inside the opening 60 seconds": durations, or margins
    return "performance"


def bare_unit(article: Article, span: Span) -> str:
    """A bare number's unit: what the word before it measures ("threw 89.16", "cleared
    2.30", "a score of 170.42"), else its event's, else seconds. The check stage reads it
    again once the claim's event is known."""
    text = article.text
    before = text[max(span.sent.start_char, span.start_char - 40) : span.start_char]
    measure = registry().mark_word_before(before)
    if measure is not None and measure in UNIT_OF:
        return UNIT_OF[measure]
    event = article.event_at(span[0])
    unit = measured_in(event.name) if event is not None else None
    return unit or "s"
