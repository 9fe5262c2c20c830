"""Resolving a draft claim: its nation, event, competition, sport and date.

Resolution looks outward from a claim's sentence: what the sentence says wins, then what
the paragraph said before it, then what the article is about.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from extractor.claims.context import Article, in_title
from extractor.claims.draft import Draft
from extractor.claims.syntax import clause_verb, nearest_span
from extractor.knowledge.competitions import CompetitionMention, host_cities
from extractor.knowledge.events import EventMention, described_event, measured_in
from extractor.knowledge.names import Person, event_gender
from extractor.knowledge.registry import registry
from extractor.knowledge.sports import (
    event_sport,
    headline_sport,
    person_sport,
    text_sport,
)
from extractor.resolve.when import claim_date, tally_date

DATED_TYPES = ("medal", "result", "performance", "margin", "record")
_PARAGRAPH_WINDOW = 1500  # characters of a paragraph read for its sport: a bound, not a rule


def article_sport(article: Article) -> str | None:
    layout = article.layout
    if layout.headline is not None:
        s, e = layout.headline
        found = headline_sport(article.text[s:e])
        if found:
            return found
    return text_sport(article.text)


def resolve_claim(article: Article, draft: Draft, sport: str | None) -> Draft | None:
    """The draft with everything CLAIMS.md asks for filled in, or None when it has no
    subject (no athlete, nation or team)."""
    people = draft.people
    if not people and draft.nation is None and draft.team is None:
        return None
    nation = draft.nation
    if nation is None and people:
        nations = {p.nation for p in people}
        if len(nations) == 1:
            nation = nations.pop()
    event = draft.event
    titled = draft.rule in ("champion", "medallist")  # a title names its own event, if any
    from_context = event is None and _takes_context_event(draft) and not titled
    if from_context:
        event = _context_event(article, draft)
    event = _staged(article, draft, _gendered(article, draft, event, people))
    comp = draft.competition
    if comp is None and draft.type == "tally" and draft.fields.get("period") == "career":
        comp = _sentence_competition(article, draft)
        comp = replace(comp, year=None) if comp is not None else None  # "Winter Olympics"
    else:
        if comp is None and not _standing_record(draft):
            comp = article.competition_at(article.doc[draft.anchor])
        main = article.main_competition
        if (
            comp is not None
            and comp.adjective
            and comp.level == "national"  # "Olympic champion" may be of any Games
            and main is not None
            and main.same_series(comp)
        ):
            comp = main  # "won the AAAs title" in a report on the AAAs Indoor Championships
    claim_sport = _claim_sport(article, draft, people, event, sport)
    season_sport = claim_sport or sport  # a career tally has no sport, its Games a season
    season = registry().season(season_sport)
    date = draft.date
    if date is None and draft.type in DATED_TYPES:
        date = claim_date(article, draft)
    elif date is None and draft.type == "tally":
        date = tally_date(article, draft)
    return replace(
        draft,
        nation=nation,
        event=event,
        competition=comp,
        competition_name=_competition_name(
            article, comp, season.title() if season else None, claim_sport
        ),
        date=date,
        sport=claim_sport,
        event_from_context=from_context and event is not None,
    )


def _standing_record(draft: Draft) -> bool:
    """ "world indoor record holder Maurice Greene": a record set somewhere the sentence
    does not say, not at the competition it is about."""
    return draft.type == "record" and draft.fields.get("status") in ("held", "previous")


def _competition_name(
    article: Article, comp: CompetitionMention | None, season: str | None, sport: str | None
) -> str | None:
    """ "2026 Winter Olympics", "Alpine Skiing World Cup"; the competition an article
    reports on takes the year of its date when it names none."""
    if comp is None or not comp.named:
        return None
    if comp.level == "world_cup":
        return f"{_title(sport)} World Cup" if sport else "World Cup"
    published = article.doc._.published
    before = article.text[max(0, comp.start - 16) : comp.start].lower()
    if comp.year is None and published and re.search(r"\blast year's\s+$", before):
        comp = comp.in_year(int(published[:4]) - 1)  # "at last year's World Championships"
    name = comp.name(season)
    main = article.main_competition
    reported = main is not None and (comp.kind, comp.level) == (main.kind, main.level)
    if (
        comp.year is None
        and not comp.adjective
        and reported
        and published
        and host_cities().held(comp.kind, comp.season or season, int(published[:4]))
    ):
        return f"{published[:4]} {name}"
    return name


def _title(sport: str) -> str:
    return sport.title()  # "cross-country skiing" -> "Cross-Country Skiing"


def _claim_sport(
    article: Article, draft: Draft, people: list[Person], event: str | None, sport: str | None
) -> str | None:
    """The athlete's ("biathlete X"), the event's, the sentence's, else the article's. A
    career tally, or a nation's medal count, belongs to no one sport unless the sentence
    names it."""
    counted = draft.type == "tally" or (draft.type == "record" and draft.rule == "count-record")
    sent = draft.sent
    in_sentence = article.sports_named_between(sent.start_char, sent.end_char)
    if counted and (not people or draft.fields.get("period") == "career"):
        return in_sentence[0] if in_sentence else None
    para = max(article.paragraph_start(sent.start_char), sent.start_char - _PARAGRAPH_WINDOW)
    in_paragraph = article.sports_named_between(para, sent.end_char)
    return (
        _person_sport(article, people)
        or (event_sport(event) if event else None)
        or (in_sentence[0] if in_sentence else None)
        or (in_paragraph[0] if len(in_paragraph) == 1 else None)
        or sport
    )  # the paragraph's one sport before the article's: a round-up of several


def _sentence_competition(article: Article, draft: Draft) -> CompetitionMention | None:
    tok = article.doc[draft.anchor]
    here = nearest_span(article.lexicon.competitions + article.lexicon.adjectives, tok, draft.sent)
    return here[1] if here else None


def _takes_context_event(draft: Draft) -> bool:
    """A placing, mark or best without an event is in the race being told; a count record
    ("most Olympic golds") or a national first spans events."""
    return draft.type in ("medal", "result", "performance", "margin") or draft.rule == "record"


def _context_event(article: Article, draft: Draft) -> str | None:
    """The event of the sentence, else the last one named earlier in the paragraph, else
    the article's, passing over events whose marks are in another unit than the claim's
    (a 6.43m leap in a report that last named the 200m)."""
    # A bare number's unit is a guess ("170.42" after "a score of"): the event decides it.
    unit = None if draft.rule == "bare-mark" else draft.fields.get("unit")

    def fits(ev: EventMention | None) -> bool:
        return ev is not None and (unit is None or measured_in(ev.name) in (None, unit))

    tok = article.doc[draft.anchor]
    here = article.event_at(tok)
    if here is not None and fits(here):
        return here.full()
    if _another_edition(article, draft):
        return None  # "previously won gold in 2018": not in the race the paragraph is on
    described = _person_event(article, draft.people)
    if fits(described):
        return described.full() if described else None
    para = article.paragraph(draft.sent.start_char)
    comp = draft.competition or article.competition_at(tok)
    best: EventMention | None = None
    for span, ev in article.lexicon.events:
        if span.start >= draft.sent.start:
            break
        if (
            article.paragraph(span.start_char) == para
            and not article.layout.in_headline(span.start_char)
            and not in_title(span)
            and fits(ev)
            and _one_competition(comp, article.competition_at(span.root))
        ):
            best = ev
    valueless_record = draft.type == "record" and draft.fields.get("value") is None
    if best is None and not valueless_record and _same_competition_as_article(article, draft):
        best = article.main_event  # "The race was won by X": the article's race
    return best.full() if best is not None and fits(best) else None


def _one_competition(a: CompetitionMention | None, b: CompetitionMention | None) -> bool:
    """ "among other Athens winners" is not in the meeting race the paragraph told of."""
    if a is None or b is None:
        return True
    years = {a.year, b.year} - {None}
    return (a.kind, a.level) == (b.kind, b.level) and len(years) <= 1


def _another_edition(article: Article, draft: Draft) -> bool:
    year = draft.competition.year if draft.competition else None
    published = article.doc._.published
    main = article.main_competition
    current = int(published[:4]) if published else (main.year if main else None)
    return year is not None and current is not None and year != current


def _same_competition_as_article(article: Article, draft: Draft) -> bool:
    main = article.main_competition
    comp = draft.competition or article.competition_at(article.doc[draft.anchor])
    return main is not None and comp is main


def _staged(article: Article, draft: Draft, event: str | None) -> str | None:
    """ "won his heat in 7.64secs", "a personal best of 20.94 in the first round": a mark
    or place in a round is in "men's 200m heats"."""
    stages = registry().rounds
    if event is None or event.endswith(tuple(stages.values())):
        return event
    anchor = article.doc[draft.anchor]
    verb = clause_verb(anchor)
    for tok in draft.sent:
        word = tok.lower_
        following = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        if word in ("quarter", "semi") and following in ("final", "finals"):
            word = f"{word}-finals"  # "in the quarter finals of the 200m"
        stage = stages.get(word)
        if stage is None or abs(tok.i - anchor.i) > 8 or clause_verb(tok).i != verb.i:
            continue
        if tok.lower_ == "round" and not any(c.lower_ == "first" for c in tok.children):
            continue
        if any(c.lower_ in ("reached", "reach", "into", "to") for c in (tok.head, *tok.children)):
            continue  # "reached the semi-finals": where they went, not where the mark was
        return f"{event} {stage}"
    return event


def _gendered(
    article: Article, draft: Draft, event: str | None, people: list[Person]
) -> str | None:
    """The event with the athletes' gender, else that of the others named in the clause
    ("Sweden's Robert Kronberg was second, with Haiti's Dudley Dorival in third")."""
    if event is None or event.startswith(("men's", "women's", "mixed")):
        return event
    info = registry().event(event, draft.sport)
    if info is not None and not info.gendered:
        return event  # "500cc": motor races take no gender
    if info is not None and info.gender is not None:
        return f"{info.gender} {event}"  # "110m hurdles" is a men's event
    if people and all(p.gender is None for p in people):
        doc = article.doc
        verb = clause_verb(doc[draft.anchor])
        people = [
            p
            for start, _end, p in article.athletes.mentions
            if draft.sent.start <= start < draft.sent.end and clause_verb(doc[start]).i == verb.i
        ]
    gender = event_gender(people)
    return f"{gender} {event}" if gender else event


def _words_before(article: Article, people: list[Person], n: int = 3) -> list[Token]:
    """The words just before each mention of ``people``: "Russian pole vaulter | Yelena
    Isinbayeva", "biathlete | Johannes Dale-Skjevdal"."""
    tokens = article.tokens
    starts = sorted(start for person in people for start in article.mention_starts(person))
    return [t for start in starts for t in tokens[max(0, start - n) : start]]


def _person_sport(article: Article, people: list[Person]) -> str | None:
    """ "biathlete Johannes Dale-Skjevdal", "speed skater's Eric Heiden"."""
    key = tuple(id(p) for p in people)
    return article.memo("person sport", key, lambda: _find_person_sport(article, people))


def _find_person_sport(article: Article, people: list[Person]) -> str | None:
    doc = article.doc
    for start in sorted(s for person in people for s in article.mention_starts(person)):
        before = doc[max(0, start - 3) : start]
        sport = person_sport(article.text_of(before)) if len(before) else None
        if sport:
            return sport
    return None


def _person_event(article: Article, people: list[Person]) -> EventMention | None:
    """ "Russian pole vaulter Yelena Isinbayeva", "decathlete Dean Macey": the one event
    a specialist's title names."""
    if len(people) != 1:
        return None
    return article.memo("person event", id(people[0]), lambda: _find_person_event(article, people))


def _find_person_event(article: Article, people: list[Person]) -> EventMention | None:
    for t in _words_before(article, people):
        before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        event = described_event(before, t.lower_)
        if event is not None:
            return event
    return None
