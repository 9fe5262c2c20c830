"""From drafts to the claims document: resolve names, nations, events, sports,
competitions and dates; drop repeats; add sound inferences; validate.

Resolution looks outward from a claim's sentence: what the sentence says wins, then what
the paragraph said before it, then what the article is about.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.syntax import clause_verb, is_hypothetical, nearest_span
from extractor.confidence import confidence
from extractor.infer import infer
from extractor.models import ClaimsDocument, Evidence, ExtractorInfo
from extractor.resolve.competitions import CompetitionMention
from extractor.resolve.dates import find_dates, parse_date
from extractor.resolve.events import EventMention
from extractor.resolve.names import Person, surname
from extractor.resolve.sports import (
    PERSON_SPORT,
    event_sport,
    headline_sport,
    named_sport,
    text_sport,
)

WINTER = (
    "skiing",
    "biathlon",
    "skating",
    "ski jumping",
    "bobsleigh",
    "curling",
    "luge",
    "ice hockey",
    "snowboard",
)
DATED_TYPES = ("medal", "result", "performance", "margin", "record")


def build_document(doc: Doc, source: str, version: str, model: str) -> ClaimsDocument:
    article = Article(doc)
    drafts: list[Draft] = list(doc._.claims or [])
    sport = _article_sport(article)
    resolved = _dedupe([r for d in drafts if (r := _resolve(article, d, sport)) is not None])
    resolved += infer(resolved)
    resolved = _dedupe(resolved)
    resolved.sort(key=lambda d: (d.sent.start_char, d.anchor, _TYPE_ORDER.get(d.type, 9)))
    for d in resolved:
        d.confidence = confidence(d)
    claims = [_to_claim(doc, d) for d in resolved]
    return ClaimsDocument.model_validate(
        {
            "source": source,
            "published": doc._.published,
            "extractor": ExtractorInfo(version=version, model=model),
            "claims": claims,
        }
    )


_TYPE_ORDER = {"record": 0, "medal": 1, "result": 2, "tally": 3, "performance": 4, "margin": 5}


# -- resolution ------------------------------------------------------------------------


def _article_sport(article: Article) -> str | None:
    layout = article.layout
    if layout.headline is not None:
        s, e = layout.headline
        found = headline_sport(article.doc.text[s:e])
        if found:
            return found
    return text_sport(article.doc.text)


def _resolve(article: Article, draft: Draft, sport: str | None) -> Draft | None:
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
    if event is None and draft.type in ("medal", "result", "performance", "margin") and not titled:
        event = _context_event(article, draft)
    event = _staged(article, draft, _gendered(article, event, people))
    comp = draft.competition
    if comp is None and draft.type == "tally" and draft.fields.get("period") == "career":
        comp = _sentence_competition(article, draft)
        comp = replace(comp, year=None) if comp is not None else None  # "Winter Olympics"
    elif comp is None:
        comp = article.competition_at(article.doc[draft.anchor])
    claim_sport = _claim_sport(article, draft, people, event, sport)
    season = (
        "Winter"
        if claim_sport and any(w in claim_sport for w in WINTER)
        else ("Summer" if claim_sport else None)
    )
    date = draft.date
    if date is None and draft.type in DATED_TYPES:
        date = _date(article, draft)
    return replace(
        draft,
        nation=nation,
        event=event,
        competition=comp,
        competition_name=_competition_name(article, comp, season, claim_sport),
        date=date,
        sport=claim_sport,
    )


def _competition_name(
    article: Article, comp: CompetitionMention | None, season: str | None, sport: str | None
) -> str | None:
    """ "2026 Winter Olympics", "Alpine Skiing World Cup"; the competition an article
    reports on takes the year of its date when it names none."""
    if comp is None:
        return None
    if comp.level == "world_cup":
        return f"{_title(sport)} World Cup" if sport else "World Cup"
    name = comp.name(season)
    main = article.main_competition
    published = article.doc._.published
    reported = main is not None and (comp.kind, comp.level) == (main.kind, main.level)
    if comp.year is None and not comp.adjective and reported and published:
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
    if counted and (not people or draft.fields.get("period") == "career"):
        return named_sport(draft.sent.text)
    return (
        _person_sport(article, people)
        or (event_sport(event) if event else None)
        or named_sport(draft.sent.text)
        or sport
    )


def _sentence_competition(article: Article, draft: Draft) -> CompetitionMention | None:
    tok = article.doc[draft.anchor]
    here = nearest_span(article.lexicon.competitions + article.lexicon.adjectives, tok, draft.sent)
    return here[1] if here else None


def _context_event(article: Article, draft: Draft) -> str | None:
    """The event of the sentence, else the last one named earlier in the paragraph."""
    tok = article.doc[draft.anchor]
    here = article.event_at(tok)
    if here is not None:
        return here.full()
    para = article.paragraph(draft.sent.start_char)
    best: EventMention | None = None
    for span, ev in article.lexicon.events:
        if span.start >= draft.sent.start:
            break
        if article.paragraph(span.start_char) == para and not article.layout.in_headline(
            span.start_char
        ):
            best = ev
    if best is None and _same_competition_as_article(article, draft):
        best = article.main_event  # "The race was won by X": the article's race
    return best.full() if best else None


def _same_competition_as_article(article: Article, draft: Draft) -> bool:
    main = article.main_competition
    comp = draft.competition or article.competition_at(article.doc[draft.anchor])
    return main is not None and comp is main


_STAGES = {
    "heat": "heats",
    "heats": "heats",
    "round": "heats",
    "semi-final": "semi-finals",
    "semi-finals": "semi-finals",
    "semifinal": "semi-finals",
    "semifinals": "semi-finals",
    "quarter-final": "quarter-finals",
    "quarter-finals": "quarter-finals",
}


def _staged(article: Article, draft: Draft, event: str | None) -> str | None:
    """ "won his heat in 7.64secs", "a personal best of 20.94 in the first round": a mark
    or place in a round is in "men's 200m heats"."""
    if event is None or event.endswith(tuple(_STAGES.values())):
        return event
    anchor = article.doc[draft.anchor]
    verb = clause_verb(anchor)
    for tok in draft.sent:
        stage = _STAGES.get(tok.lower_)
        if stage is None or abs(tok.i - anchor.i) > 8 or clause_verb(tok) is not verb:
            continue
        if tok.lower_ == "round" and not any(c.lower_ == "first" for c in tok.children):
            continue
        if any(c.lower_ in ("reached", "reach", "into", "to") for c in (tok.head, *tok.children)):
            continue  # "reached the semi-finals": where they went, not where the mark was
        return f"{event} {stage}"
    return event


def _gendered(article: Article, event: str | None, people: list[Person]) -> str | None:
    if event is None or event.startswith(("men's", "women's", "mixed")):
        return event
    genders = {p.gender for p in people if p.gender}
    if len(genders) == 1:
        return ("men's " if genders.pop() == "m" else "women's ") + event
    return event


def _person_sport(article: Article, people: list[Person]) -> str | None:
    """ "biathlete Johannes Dale-Skjevdal", "speed skater's Eric Heiden"."""
    doc = article.doc
    for start, _end, person in article.athletes.mentions:
        if person not in people:
            continue
        for t in doc[max(0, start - 3) : start]:
            sport = PERSON_SPORT.get(t.lower_)
            if sport:
                if t.lower_ == "skier" and t.i > 0 and doc[t.i - 1].lower_ in ("alpine",):
                    return "alpine skiing"
                if sport == "cross-country skiing" and not re.search(
                    r"cross[- ]country", doc[max(0, t.i - 3) : t.i + 1].text, re.I
                ):
                    continue
                return sport
    return None


def _date(article: Article, draft: Draft) -> str | None:
    """When the claimed thing happened: a date in its sentence (not in a plan), else an
    earlier date in its paragraph about the same event, else the date given for the same
    event anywhere before, else the lead's date where the claim belongs to the reported
    one-day meeting or points back at it ("The win gave Norway ...")."""
    base = _published(article)
    sent = draft.sent
    anchor = article.doc[draft.anchor]
    here = [d for d in _dates_in(article, sent) if d[1] is not None]
    if here:
        best = min(here, key=lambda d: abs(d[0].start - anchor.i))
        return _past_or_none(best[1], base)
    para = article.paragraph(sent.start_char)
    for prev in reversed([s for s in article.sentences if s.start < sent.start]):
        if article.paragraph(prev.start_char) != para:
            break
        found = [d for _, d in _dates_in(article, prev) if d]
        if found:
            prev_event = article.event_at(prev[0])
            if draft.event and prev_event and prev_event.name not in draft.event:
                break
            return _past_or_none(found[0], base)
    if draft.event:
        dated = _event_dates(article).get(_event_core(draft.event))
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


_ANAPHOR = re.compile(
    r"\b(?:the|that|his|her|their|this) (?:win|victory|race|result|title|"
    r"final|triumph|success)\b",
    re.I,
)


def _published(article: Article) -> dt.date | None:
    published = article.doc._.published
    return parse_date(published) if published else None


def _dates_in(article: Article, sent: Span) -> list[tuple[Span, str | None]]:
    """Dates written in a sentence, outside plans ("is scheduled to race on Sunday")."""
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
    cache: dict[str, tuple[int, str]] | None = article.__dict__.get("_event_dates")
    if cache is not None:
        return cache
    cache = {}
    for sent in article.sentences:
        dates = [d for _, d in _dates_in(article, sent) if d]
        if not dates:
            continue
        for span, ev in article.lexicon.events:
            if sent.start <= span.start < sent.end:
                cache.setdefault(ev.name, (sent.start, dates[0]))
    article.__dict__["_event_dates"] = cache
    return cache


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


# -- repeats ---------------------------------------------------------------------------

_KEYS = {
    "medal": ("medal",),
    "result": ("rank",),
    "performance": ("value", "unit"),
    "margin": ("value", "unit"),
    "record": ("scope", "status"),
    "tally": ("count", "medal"),
}


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """A claim repeated later is kept once, at its first statement; details missing in
    the first are taken from the repeat."""
    kept: list[Draft] = []
    for d in sorted(drafts, key=lambda d: (d.sent.start_char, d.anchor)):
        twin = next((k for k in kept if _same(k, d)), None)
        if twin is None:
            kept.append(d)
            continue
        if twin.event is None and d.event is not None:
            twin.event = d.event
        if twin.nation is None and d.nation is not None:
            twin.nation = d.nation
        if twin.inferred and not d.inferred:
            twin.inferred = False
    return kept


def _same(a: Draft, b: Draft) -> bool:
    if a.type != b.type or not _same_subject(a, b):
        return False
    if any(a.fields.get(k) != b.fields.get(k) for k in _KEYS[a.type]):
        return False
    if a.type == "performance":
        return a.sent == b.sent or a.event == b.event
    if a.type == "margin":
        return True
    if a.event and b.event and not _same_event(a.event, b.event):
        return False
    x, y = a.competition_name, b.competition_name
    if x and y and not _same_competition(x, y):
        return False
    if a.type == "tally":
        return a.fields.get("period") == b.fields.get("period")
    return True


def _same_subject(a: Draft, b: Draft) -> bool:
    """The same athletes; or one of a team that already has the claim ("Winning the gold
    medal was the highlight," said Lewis-Francis, after the relay gold of all four)."""
    if a.people or b.people:
        x = {surname(p.name) for p in a.people}
        y = {surname(p.name) for p in b.people}
        return x == y or (bool(x) and bool(y) and (x < y or y < x) and a.type == "medal")
    return (a.nation, a.team) == (b.nation, b.team)


def _event_core(event: str) -> str:
    return re.sub(r"^(?:men's|women's|mixed) ", "", event)


def _same_event(x: str, y: str) -> bool:
    """ "men's 50km" and "men's 50km mass start" may be one race, and "relay" and "4x100m
    relay"; 10km and 50km are not, nor "sprint" and "team sprint"."""
    cx, cy = _event_core(x), _event_core(y)
    shorter, longer = sorted((cx, cy), key=len)
    if cx == cy or longer.startswith(shorter + " "):
        return True
    # "relay" and "4x100m relay", but not "sprint" and "team sprint"
    return longer.endswith(" " + shorter) and longer[:1].isdigit() and longer.count(" ") == 1


def _comp_core(name: str) -> str:
    return re.sub(r"\b(?:Summer|Winter|Games)\b|\s+", "", name).lower()


def _same_competition(x: str, y: str) -> bool:
    """ "2026 Winter Olympics" and "Winter Olympics" are one; 2022 and 2026 are not."""
    cx, cy = _comp_core(x), _comp_core(y)
    if cx == cy:
        return True
    yx, yy = re.match(r"^(\d{4})", cx), re.match(r"^(\d{4})", cy)
    if yx and yy:
        return False
    return re.sub(r"^\d{4}", "", cx) == re.sub(r"^\d{4}", "", cy)


# -- output ----------------------------------------------------------------------------


def _evidence(doc: Doc, sent: Span) -> Evidence:
    text = sent.text
    start = sent.start_char
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    return Evidence(text=stripped, start=start + lead, end=start + lead + len(stripped))


def _to_claim(doc: Doc, d: Draft) -> dict[str, Any]:
    claim: dict[str, Any] = {
        "type": d.type,
        "athletes": [p.name for p in d.people],
        "team": d.team,
        "nation": d.nation,
        "event": d.event,
        "sport": d.sport,
        "competition": d.competition_name,
        "date": d.date,
    }
    claim.update(d.fields)
    claim["evidence"] = _evidence(doc, d.sent)
    claim["confidence"] = round(d.confidence, 2)
    claim["inferred"] = d.inferred
    return claim
