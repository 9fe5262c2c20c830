"""What the rules know about the article around a sentence: its parts, the competition
in play, whether a sentence is a plan rather than a report."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Hashable
from functools import cached_property
from typing import TypeVar, cast

from spacy.tokens import Doc, Span, Token

from extractor.annotate.lexicon import Lexicon
from extractor.annotate.mentions import Athletes
from extractor.claims.syntax import LIST_JOINER, is_hypothetical, nearest_span
from extractor.knowledge.competitions import CompetitionMention
from extractor.knowledge.events import EventMention
from extractor.knowledge.names import Person
from extractor.knowledge.sports import sports_named_at
from extractor.layout import Layout, paragraph_starts
from extractor.values.marks import Mark

T = TypeVar("T")
V = TypeVar("V")

_FUTURE = re.compile(
    r"\b(?:next (?:week|month|year|season|summer|winter|weekend)|will|'ll|hopes?|"
    r"hoping|plans?|aims?|target|scheduled|expected to|set to|bid to|contender|"
    r"confident of|chasing|determined to|looking to|looking forward|won't|"
    r"going to|before the|hopeful|ambition|would)\b",
    re.I,
)
# The text between two items of a list of events: ", the", " and the women's".
_LIST_ITEM = LIST_JOINER + r"(?:the\s+)?(?:(?:wo)?men's\s+)?"
_QUOTE = re.compile(r"[\"“”]|''|``")


class Article:
    """One annotated article, as the claim rules see it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.layout: Layout = doc._.layout
        self.athletes: Athletes = doc._.athletes
        self.lexicon: Lexicon = doc._.lexicon
        self.marks: dict[int, tuple[Span, Mark]] = doc._.marks
        self.text: str = doc.text  # spaCy joins the tokens again on every doc.text
        self._para_starts = paragraph_starts(self.text)
        self._memo: dict[str, dict[Hashable, object]] = {}

    @cached_property
    def tokens(self) -> list[Token]:
        """The doc's tokens, made once: spaCy builds a new Token on every access."""
        return list(self.doc)

    def tokens_in(self, span: Span) -> list[Token]:
        return self.tokens[span.start : span.end]

    def spans_in(self, items: list[tuple[Span, T]], start: int, end: int) -> list[tuple[Span, T]]:
        """The ``items`` (in text order) whose span starts in tokens [start, end): a
        bisection, for a long text has thousands of them."""
        starts = self.memo("span starts", id(items), lambda: [span.start for span, _ in items])
        return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def memo(self, name: str, key: Hashable, make: Callable[[], V]) -> V:
        """``make()``, computed once per ``name`` and ``key`` for this article: what many
        claims ask of the same sentence or athlete."""
        table = self._memo.setdefault(name, {})
        if key not in table:
            table[key] = make()
        return cast(V, table[key])

    def mention_starts(self, person: Person) -> list[int]:
        """Where ``person`` is named (token indices)."""
        return self._mentions_by_person.get(id(person), [])

    @cached_property
    def _mentions_by_person(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for start, _end, person in self.athletes.mentions:
            out.setdefault(id(person), []).append(start)
        return out

    def sentences_before(self, sent: Span, count: int) -> list[Span]:
        ends = self._sentence_ends
        k = bisect.bisect_right(ends, sent.start)
        return self.sentences[max(0, k - count) : k]

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [s.end for s in self.sentences]

    def text_of(self, span: Span) -> str:
        """``span.text`` without spaCy joining the tokens again."""
        return self.text[span.start_char : span.end_char]

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences of running text: not the headline, dateline or results lines, nor the
        fragments around a name the article lost ("Ireland's | continued his form")."""
        out = []
        sents = [s for s in self.doc.sents if self.text_of(s).strip()]
        for k, sent in enumerate(sents):
            start = sent.start_char
            text = self.text_of(sent).strip()
            if self.layout.in_headline(start) or self.layout.is_table(start) or _inline_list(text):
                continue
            if self.layout.in_dateline(start):
                continue
            if text[0].islower():
                continue  # its subject was lost
            nxt = self.text_of(sents[k + 1]).strip() if k + 1 < len(sents) else ""
            if not re.search(r"[.!?:;\"'’”)]$", text) and nxt[:1].islower():
                continue  # "Olympic 200m gold medallist | [name] | of Jamaica ran ..."
            out.append(sent)
        return out

    @cached_property
    def _marks_by_end(self) -> dict[int, tuple[Span, Mark]]:
        return {m.end: (s, m) for s, m in self.marks.values()}

    def mark_ending_at(self, end: int) -> tuple[Span, Mark] | None:
        """The mark whose text ends at character ``end``."""
        return self._marks_by_end.get(end)

    @cached_property
    def sport_mentions(self) -> list[tuple[int, str]]:
        """Where the article names a sport outright (see ``sports_named_at``)."""
        return sports_named_at(self.text)

    def sports_named_between(self, start: int, end: int) -> list[str]:
        """Sports named outright in ``text[start:end]``, in registry order, once each."""
        return list(dict.fromkeys(s for at, s in self.sport_mentions if start <= at < end))

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self._para_starts, offset) - 1

    def paragraph_start(self, offset: int) -> int:
        return self._para_starts[self.paragraph(offset)]

    def is_future(self, sent: Span) -> bool:
        """A preview or a plan: its competitions are not where the article's results were."""
        return self.memo("future", sent.start, lambda: _says_future(self.text_of(sent)))

    @cached_property
    def main_competition(self) -> CompetitionMention | None:
        """The competition the article reports on: one named or implied in the lead
        sentence, else the first named in a sentence that is not a plan."""
        lex = self.lexicon
        sents = self.sentences
        if sents and not self.is_future(sents[0]):
            lead = sents[0]
            for group in (lex.competitions, lex.adjectives):  # a named one first
                here = [
                    (s, c)
                    for s, c in group
                    if lead.start <= s.start < lead.end
                    and not is_hypothetical(s.root)
                    and not in_title(s)
                ]
                if here:
                    return self.named_as(min(here, key=lambda sc: sc[0].start)[1])
        for span, comp in lex.competitions:
            sent = span.sent
            if not self.layout.in_headline(sent.start_char) and not self.is_future(sent):
                return comp
        return None  # every competition named is a plan or a target: none is reported

    def named_as(self, comp: CompetitionMention) -> CompetitionMention:
        """The full name a competition implied by an adjective goes by in the article:
        "the AAAs title" is won at the "AAAs Indoor Championships" named later."""
        if not comp.adjective:
            return comp
        for span, named in self.lexicon.competitions:
            if named.same_series(comp) and not self.is_future(span.sent):
                return named
        return comp

    def phrase(self, tok: Token) -> Span:
        """The noun phrase a cue word heads or modifies, up to (not including) a name:
        "Athens Olympic 100m silver medallist" for "silver"."""
        if tok.pos_ in ("VERB", "AUX"):
            return self.doc[tok.i : tok.i + 1]  # a verb's subject is not its phrase
        head = tok
        for _ in range(4):
            if (
                head.dep_ in ("compound", "amod", "nmod")
                and self.athletes.person_at(head.head.i) is None
            ):
                head = head.head
            else:
                break
        return self.doc[head.left_edge.i : head.i + 1]

    def competition_at(self, tok: Token) -> CompetitionMention | None:
        """The competition a claim at ``tok`` belongs to: one implied in the cue's own
        phrase ("Olympic 4x100m relay gold"), else one named in its sentence, else the
        last named before it in its paragraph, else the article's."""
        sent = tok.sent
        phrase = self.phrase(tok)
        own = [
            (s, c)
            for items in (self.lexicon.adjectives, self.lexicon.competitions)
            for s, c in self.spans_in(items, phrase.start, phrase.end)
            if s.end <= phrase.end
        ]
        if own:
            return own[-1][1]
        if self.is_future(sent) and not own:
            # A plan names the competition ahead; what a relative clause reports ("X,
            # part of the quartet that won gold at the Athens Olympics, will run") names
            # its own.
            clause = _relative_clause(tok)
            inside = (
                [
                    (s, c)
                    for s, c in self.spans_in(self.lexicon.competitions, sent.start, sent.end)
                    if clause.left_edge.i <= s.start and s.end <= clause.right_edge.i + 1
                ]
                if clause is not None
                else []
            )
            return inside[0][1] if inside else self.context_competition(tok)
        named = [
            (s, c)
            for s, c in self.spans_in(self.lexicon.competitions, sent.start, sent.end)
            if not is_hypothetical(s.root)
            and _same_clause(s, tok)
            and not _not_the_venue(s)
            and not in_title(s)  # "X - the reigning England Cross-Country champion - was third"
        ]
        here = nearest_span(named, tok, sent)
        if here is not None:
            return here[1]
        return self.context_competition(tok)

    def names_in(self, comp: CompetitionMention, sent: Span) -> bool:
        """Whether ``sent`` names ``comp`` itself (not the paragraph or article)."""
        return any(
            c is comp
            for items in (self.lexicon.competitions, self.lexicon.adjectives)
            for _, c in self.spans_in(items, sent.start, sent.end)
        )

    def context_competition(self, tok: Token) -> CompetitionMention | None:
        """The competition of the two sentences before, when one names it in a report
        (not a plan, not a quotation, not a relative clause), else the article's."""
        para = self.paragraph(tok.idx)
        before = self.sentences_before(tok.sent, 2)
        for sent in reversed(before):
            if (
                self.paragraph(sent.start_char) != para
                or self.is_future(sent)
                or _QUOTE.search(self.text_of(sent))
            ):
                continue
            named = [
                (s, c)
                for s, c in self.spans_in(self.lexicon.competitions, sent.start, sent.end)
                if _same_clause(s, sent.root) and not _not_the_venue(s)
            ]
            if named:
                return named[-1][1]
        return self.main_competition

    def events_in(self, span: Span) -> list[EventMention]:
        events = self.spans_in(self.lexicon.events, span.start, span.end)
        return [ev for s, ev in events if s.end <= span.end]

    def events_after(self, tok: Token, window: int = 12) -> list[EventMention]:
        """ "double gold in the 1500m and 5,000m": the events named just after a cue."""
        end = min(tok.sent.end, tok.i + window)
        return [ev for _, ev in self.spans_in(self.lexicon.events, tok.i + 1, end)]

    def events_listed(self, tok: Token, lead: str) -> list[EventMention]:
        """The events written as one list right after ``tok``, however the parse joined
        them: "winning the sprint hurdles, the long jump and the 400m", "record holder at
        3km, 5km and 10km". ``lead`` is what may come between ``tok`` and the first."""
        after = [(s, ev) for s, ev in self.lexicon.events if tok.i < s.start < tok.sent.end]
        start = tok.idx + len(tok)
        listed: list[EventMention] = []
        for span, ev in after:
            if not re.fullmatch(
                lead if not listed else _LIST_ITEM, self.text[start : span.start_char]
            ):
                break
            listed.append(ev)
            start = span.end_char
        return listed

    def event_over(self, tok: Token) -> EventMention | None:
        """ "the world indoor bronze medallist over 3000m"."""
        doc = tok.doc
        if tok.i + 1 < tok.sent.end and doc[tok.i + 1].lower_ in ("over", "in", "at"):
            for s, ev in self.lexicon.events:
                if s.start == tok.i + 2 or (
                    s.start == tok.i + 3 and doc[tok.i + 2].lower_ == "the"
                ):
                    return ev
        return None

    def event_at(self, tok: Token) -> EventMention | None:
        """The event named nearest to ``tok`` in its sentence (after it, on a tie), leaving
        out one inside another athlete's title ("defeated Olympic 10,000m champion X")
        unless ``tok`` is in that title."""
        phrase = self.phrase(tok)
        sent = tok.sent
        events = [
            (s, ev)
            for s, ev in self.spans_in(self.lexicon.events, sent.start, sent.end)
            if (not in_title(s) or phrase.start <= s.start < phrase.end)
            and not (is_hypothetical(s.root) and not is_hypothetical(tok))
        ]
        here = nearest_span(events, tok, sent, prefer_after=True)
        return here[1] if here is not None else None

    @cached_property
    def main_event(self) -> EventMention | None:
        """The event the article reports on: the first named in a report sentence."""
        for span, ev in self.lexicon.events:
            sent = span.sent
            if sent in self.sentences and not self.is_future(sent) and not in_title(span):
                return ev
        return None

    def year_after(self, tok: Token, window: int = 8) -> int | None:
        """A year written just after ``tok``: "won gold in 2018", "champion in 2000"."""
        sent = tok.sent
        for t in self.doc[tok.i + 1 : min(sent.end, tok.i + 1 + window)]:
            if re.fullmatch(r"(?:19|20)\d\d", t.text):
                following = self.doc[t.i + 1 : min(sent.end, t.i + 4)]
                if any(re.fullmatch(r"(?:19|20)\d\d", f.text) for f in following):
                    return None  # "from the 2018, 2022 and 2026 Games": several
                return int(t.text)
            if t.lower_ in ("and", ";") and t.i > tok.i + 3:
                break
        return None


def _inline_list(text: str) -> bool:
    """The first item of "1. Horii Manabu (Japan) 37.23 seconds; 2. ..." ."""
    return bool(re.match(r"^\s*\d{1,3}[.=]\s+\S", text)) and ";" in text


_TARGETS = frozenset({"qualifying", "qualification", "standard", "squad", "team", "place", "spot"})


def _not_the_venue(span: Span) -> bool:
    """ "passed the European Championships qualifying mark", "his first win since the
    Olympics", "good enough to qualify for the Europeans": a competition aimed at or
    counted from, not the one competed in."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 4) : span.start]]
    return (span.end < len(doc) and doc[span.end].lower_ in _TARGETS) or any(
        w in ("since", "until") or w.startswith("qualif") for w in before
    )


def _same_clause(span: Span, tok: Token) -> bool:
    """False when ``span`` sits in a relative clause that ``tok`` is outside of:
    "Riley, who secured bronze at the European Championships, won the 9km race"."""
    cur = span.root
    for _ in range(8):
        if cur.dep_ in ("relcl", "acl") and cur.pos_ in ("VERB", "AUX"):
            return cur.left_edge.i <= tok.i <= cur.right_edge.i
        if cur.head.i == cur.i:
            return True
        cur = cur.head
    return True


_TITLES = frozenset(
    {
        "champion",
        "champions",
        "medallist",
        "medallists",
        "medalist",
        "winner",
        "holder",
    }
)


def _says_future(text: str) -> bool:
    """A word of plans or the future, not a name that is one ("Hope Lindqvist won")."""
    stripped = len(text) - len(text.lstrip())
    return any(m.group(0)[0].islower() or m.start() == stripped for m in _FUTURE.finditer(text))


def in_title(span: Span) -> bool:
    """An event that names someone's title: "Olympic 10,000m champion" (not "took the
    10,000m title", which names the race being told)."""
    doc = span.doc
    after = doc[span.end : min(span.sent.end, span.end + 3)]
    return any(t.lower_ in _TITLES for t in after) and not any(t.is_punct for t in after[:1])


def _relative_clause(tok: Token) -> Token | None:
    """The verb of the relative clause ``tok`` is in, if any."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "relcl":
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
