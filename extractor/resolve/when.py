"""When a claimed thing happened: the day a claim's sentence gives, else one the article
gave for the same event or the reported meeting."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.syntax import is_hypothetical
from extractor.knowledge.dates import find_dates, parse_date
from extractor.resolve.repeats import event_core


def claim_date(article: Article, draft: Draft) -> str | None:
    """When the claimed thing happened: a date in its sentence (not in a plan), else an
    earlier date in its paragraph about the same event, else the date given for the same
    event anywhere before, else the lead's date where the claim belongs to the reported
    one-day meeting or points back at it ("The win gave Norway ...")."""
    base = _published(article)
    sent = draft.sent
    anchor = article.doc[draft.anchor]
    here = [d for d in _dates_in(article, sent) if d[1] is not None and _reaches(d[0], anchor)]
    if here:
        best = min(here, key=lambda d: abs(d[0].start - anchor.i))
        return _past_or_none(best[1], base)
    year = draft.competition.year if draft.competition else None
    if year is not None and base is not None and year != base.year:
        return None  # "set the record of five gold medals in 1980": not this week's news
    para = article.paragraph(sent.start_char)
    for prev in reversed(article.sentences_before(sent, _PARAGRAPH_REACH)):
        if article.paragraph(prev.start_char) != para:
            break
        found = [d for span, d in _dates_in(article, prev) if d and _main_clause(span)]
        if found:
            prev_event = article.event_at(prev[0])
            if draft.event and prev_event and prev_event.name not in draft.event:
                break
            return _past_or_none(found[0], base)
    if draft.event:
        dated = _event_dates(article).get(event_core(draft.event))
        if dated is not None and dated[0] < sent.start:
            return dated[1]
    lead = _lead_date(article)
    if lead is not None:
        main = article.main_competition
        comp = draft.competition
        one_day = main is not None and main.level in ("meeting", "world_cup")
        same = (
            comp is not None
            and main is not None
            and (comp.kind, comp.level) == (main.kind, main.level)
        )
        if (one_day and same) or _ANAPHOR.search(sent.text) or sent == article.sentences[0]:
            return lead
    return None


def tally_date(article: Article, draft: Draft) -> str | None:
    """A count of medals is dated only when it follows from the day's result: "The win
    gave Norway a record 18th gold medal" (not "his sixth gold of the Games")."""
    if _ANAPHOR.search(draft.sent.text):
        return _lead_date(article)
    return None


_ANAPHOR = re.compile(
    r"\b(?:the|that|his|her|their|this) (?:win|victory|race|result|title|"
    r"final|triumph|success)\b",
    re.I,
)


def _published(article: Article) -> dt.date | None:
    published = article.doc._.published
    return parse_date(published) if published else None


def _subordinate(span: Span) -> Token | None:
    """The adverbial or relative clause a date is written in, if any: "After breaking the
    world record in Zurich last Wednesday, she clocked 2:28.98 in Brussels"."""
    cur = span.root
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and _another_time(cur):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


_EARLIER_OR_LATER = frozenset({"after", "before", "since", "following", "until", "ahead"})


def _another_time(verb: Token) -> bool:
    """A clause set at another time than its sentence: a relative clause ("who won in
    2018"), or one opened by "after", "before", "since"; not "by winning"."""
    if verb.dep_ == "relcl":
        return True
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in _EARLIER_OR_LATER
    if verb.dep_ == "advcl":
        return any(
            c.dep_ in ("mark", "prep") and c.lower_ in _EARLIER_OR_LATER for c in verb.children
        )
    return False


def _reaches(span: Span, anchor: Token) -> bool:
    """A date in a subordinate clause dates only what that clause says."""
    clause = _subordinate(span)
    return clause is None or clause.left_edge.i <= anchor.i <= clause.right_edge.i


def _main_clause(span: Span) -> bool:
    return _subordinate(span) is None


# How many sentences back a date in the same paragraph still dates a claim: a paragraph
# of news copy is a few sentences; a dump with no line breaks is one "paragraph".
_PARAGRAPH_REACH = 12


def _dates_in(article: Article, sent: Span) -> list[tuple[Span, str | None]]:
    """Dates written in a sentence, outside plans ("is scheduled to race on Sunday")."""
    return article.memo("dates", sent.start, lambda: _find_dates_in(article, sent))


def _find_dates_in(article: Article, sent: Span) -> list[tuple[Span, str | None]]:
    base = _published(article)
    out = []
    for d in find_dates(sent.text, base):
        span = article.doc.char_span(
            sent.start_char + d.start, sent.start_char + d.end, alignment_mode="expand"
        )
        if span is not None and not is_hypothetical(span.root):
            out.append((span, d.date))
    return out


def _event_dates(article: Article) -> dict[str, tuple[int, str]]:
    """The first date given for each event, with the token where it was given."""
    return article.memo("event dates", None, lambda: _find_event_dates(article))


def _find_event_dates(article: Article) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for sent in article.sentences:
        dates = [d for _, d in _dates_in(article, sent) if d]
        if not dates:
            continue
        for _, ev in article.spans_in(article.lexicon.events, sent.start, sent.end):
            found.setdefault(ev.name, (sent.start, dates[0]))
    return found


def _lead_date(article: Article) -> str | None:
    """The day of the lead story: the first date in the first two report sentences."""
    for sent in article.sentences[:2]:
        found = [d for _, d in _dates_in(article, sent) if d]
        if found:
            return _past_or_none(found[0], _published(article))
    return None


def _past_or_none(date: str | None, base: dt.date | None) -> str | None:
    if date is None or base is None:
        return date
    return date if dt.date.fromisoformat(date) <= base else None
