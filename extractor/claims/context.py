"""What the rules know about the article around a sentence: its parts, the competition
in play, whether a sentence is a plan rather than a report."""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from extractor.annotate.athletes import Athletes
from extractor.annotate.lexicon import Lexicon
from extractor.claims.syntax import is_hypothetical, nearest_span
from extractor.layout import Layout
from extractor.resolve.competitions import CompetitionMention
from extractor.resolve.events import EventMention
from extractor.values.marks import Mark

_FUTURE = re.compile(r"\b(?:next (?:week|month|year|season|summer|winter)|will|hopes?|hoping|"
                     r"plans?|aims?|target|scheduled|expected to|set to|bid to)\b", re.I)


class Article:
    """One annotated article, as the claim rules see it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.layout: Layout = doc._.layout
        self.athletes: Athletes = doc._.athletes
        self.lexicon: Lexicon = doc._.lexicon
        self.marks: dict[int, tuple[Span, Mark]] = doc._.marks
        self._para_starts = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n", doc.text)]

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences of running text: not the headline, dateline or results lines."""
        out = []
        dateline = self.layout.dateline
        for sent in self.doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = sent.start_char
            if self.layout.in_headline(start) or self.layout.is_table(start) or _inline_list(sent):
                continue
            if dateline is not None and dateline.start <= start < dateline.end:
                continue
            out.append(sent)
        return out

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self._para_starts, offset) - 1

    def is_future(self, sent: Span) -> bool:
        return bool(_FUTURE.search(sent.text)) and is_hypothetical(sent.root)

    @cached_property
    def main_competition(self) -> CompetitionMention | None:
        """The competition the article reports on: the first one named in a sentence that
        is not a plan, else the first named at all (headline included)."""
        named = self.lexicon.competitions
        for span, comp in named:
            sent = span.sent
            if not self.layout.in_headline(sent.start_char) and not self.is_future(sent):
                return comp
        return named[0][1] if named else None

    def competition_at(self, tok: Token) -> CompetitionMention | None:
        """The competition a claim at ``tok`` belongs to: one named or implied by an
        adjective in its sentence, else the last named before it in its paragraph, else
        the article's."""
        sent = tok.sent
        here = nearest_span(self.lexicon.competitions + self.lexicon.adjectives, tok, sent)
        if here is not None:
            return here[1]
        return self.context_competition(tok)

    def context_competition(self, tok: Token) -> CompetitionMention | None:
        para = self.paragraph(tok.idx)
        best = None
        for span, comp in self.lexicon.competitions:
            if span.start >= tok.sent.start:
                break
            if self.paragraph(span.start_char) == para and not self.is_future(span.sent):
                best = comp
        return best or self.main_competition

    def event_at(self, tok: Token) -> EventMention | None:
        """The event named nearest to ``tok`` in its sentence (after it, on a tie)."""
        here = nearest_span(self.lexicon.events, tok, tok.sent, prefer_after=True)
        return here[1] if here is not None else None

    def year_after(self, tok: Token, window: int = 8) -> int | None:
        """A year written just after ``tok``: "won gold in 2018", "champion in 2000"."""
        sent = tok.sent
        for t in self.doc[tok.i + 1 : min(sent.end, tok.i + 1 + window)]:
            if re.fullmatch(r"(?:19|20)\d\d", t.text) and t.ent_type_ in ("DATE", "") :
                return int(t.text)
            if t.lower_ in ("and", ";") and t.i > tok.i + 3:
                break
        return None


def _inline_list(sent: Span) -> bool:
    """The first item of "1. Horii Manabu (Japan) 37.23 seconds; 2. ..." ."""
    return bool(re.match(r"^\s*\d{1,3}[.=]\s+\S", sent.text)) and ";" in sent.text
