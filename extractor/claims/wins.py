"""Wins: "won the 800m", "The race was won by Felipe Vivancos", "claiming the men's 800m",
"an impressive 400m victory", "ran away with the women's 3000m", "has won all six
events - the 10K interval start, ...". A win at a championship that gives medals is a
gold medal, elsewhere a result of rank 1."""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.claims.awards import placing_drafts
from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.medals import COLORS, MEDAL_NOUNS
from extractor.claims.syntax import (
    clause_verb,
    is_hypothetical,
    nation_subject,
    people_at,
    subject_people,
    subjects,
    team_nation,
)
from extractor.knowledge.competitions import CompetitionMention
from extractor.knowledge.events import EventMention
from extractor.knowledge.names import Person, event_gender
from extractor.knowledge.registry import registry
from extractor.values.numbers import ordinal

WIN_WORDS = frozenset({"win", "victory", "triumph", "winner"})
CLAIM_VERBS = frozenset({"claim", "take", "capture", "land", "clinch", "secure", "scoop", "seal"})
# "claiming an impressive 400m victory", "helped put ... with a thrilling win"
VERBS_OF_A_WIN = frozenset(
    {
        "claim",
        "secure",
        "seal",
        "complete",
        "take",
        "record",
        "earn",
        "storm",
        "clinch",
        "grab",
        "score",
        "celebrate",
        "follow",
        "put",
        "help",
        "achieve",
        "cruise",
        "romp",
        "power",
        "ease",
        "land",
        "notch",
        "register",
    }
)
# Nouns that stand for the win itself after a verb of taking: "took the honours".
_PRIZES = frozenset({"honour", "honours", "honor", "honors", "spoils", "laurels"})
OBJECTS_OF_WIN = frozenset(
    {
        "race",
        "final",
        "event",
        "heat",
        "it",
        "title",
        "crown",
        "medal",
        "gold",
        "contest",
        "competition",
        "marathon",
        "sprint",
        "match",
        "battle",
        "showdown",
        "leg",
        "stage",
        *_PRIZES,
    }
)


def find(article: Article) -> list[Draft]:
    drafts: list[Draft] = []
    for sent in article.sentences:
        for tok in article.tokens_in(sent):
            if tok.lemma_ in WIN_WORDS or tok.lower_ in ("won", "winning"):
                drafts += _win(article, tok)
            elif tok.lemma_ == "run" and _ran_away_with(article, tok):
                drafts += _win(article, tok)  # "Ellie Marsden ran away with the women's 3000m"
            elif (
                tok.lemma_ == "top"
                and tok.pos_ == "VERB"
                and any(
                    c.dep_ == "dobj" and c.lemma_ in ("heat", "race", "final", "podium", "field")
                    for c in tok.children
                )
            ):
                drafts += _win(article, tok)  # "topped their heat", not "topped the standings"
            elif (
                tok.lemma_ in CLAIM_VERBS
                and tok.pos_ == "VERB"
                and any(
                    c.dep_ == "dobj"
                    and (
                        inside_event(article, c)
                        or (c.lemma_ in _PRIZES and subject_people(tok, article.athletes))
                    )
                    for c in tok.children
                )
            ):
                # "claiming the men's 800m at the TEAG meeting", "took the honours"
                drafts += _win(article, tok)
    return drafts


def _win(article: Article, tok: Token) -> list[Draft]:
    if is_hypothetical(tok):
        return []
    people: list[Person]
    if tok.pos_ == "VERB" or tok.lower_ == "won":
        races = _listed_marathons(article, tok)
        if races:
            return races
        objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
        for obj in objects:
            if (
                obj.lower_ in COLORS
                or obj.lower_ in MEDAL_NOUNS
                or obj.lemma_ in ("title", "crown")
            ):
                return []  # medals.py reads these
            if article.athletes.person_at(obj.i) is not None:
                return []  # "won Sotherton over" is not a placing
            listed = _listed_events(article, obj)
            if listed is not None:
                return listed
            if inside_event(article, obj):
                continue  # "claiming the men's 800m": the number is the event's
            if obj.like_num or any(
                (ordinal(c.text) or 0) >= 2 for c in obj.children if c.dep_ == "amod"
            ):
                return []  # "won his fourth title" counts; "won his first race" is a win
        is_event = any(inside_event(article, o) for o in objects)
        named = any(_names_competition(article, o) for o in objects)  # "won the European trials"
        if (
            objects
            and not (is_event or named)
            and not any(o.lemma_ in OBJECTS_OF_WIN for o in objects)
        ):
            return []
        people = subjects(tok, article.athletes)
        # "had already won the 10K interval start, the skiathlon and the relay": each one
        events = _events_of(article, [c for o in objects for c in (o, *o.conjuncts)])
        if len(events) < 2:
            in_list = article.events_listed(tok, r"\s*(?:the\s+)?(?:(?:wo)?men's\s+)?")
            events = in_list if len(in_list) >= 2 else events
        if len(events) >= 2 and people:
            gender = event_gender(people)
            return [
                d
                for ev in events
                for d in placing_drafts(article, tok, people, 1, event=ev.full(gender), rule="win")
            ]
    else:
        if tok.lemma_ == "winner":
            if tok.dep_ in ("pobj", "dobj") and tok.head.lower_ not in ("as", "among"):
                return []  # "12 seconds behind the winner", "congratulated the winner"
            people = people_at(tok, article.athletes) or subjects(tok, article.athletes)
        else:
            streak = tok.head.lower_ == "of" and _is_hat_trick(tok.head.head)
            if (tok.tag_ == "NNS" and not streak) or any(
                c.dep_ in ("nummod", "amod")
                and (
                    (c.like_num and not ordinal(c.text))
                    or c.lower_ in ("successive", "consecutive", "straight", "several", "many")
                )
                for c in tok.children
            ):
                return []  # "three successive wins", "all individual victories": a count
            owner = [c for c in tok.children if c.dep_ == "poss"]
            people = people_at(owner[0], article.athletes) if owner else []
            if not people and tok.dep_ == "nsubj" and tok.head.lemma_ in ("go", "fall"):
                people = subjects(tok.head, article.athletes)  # "victory went to X"
            if not people:
                verb = clause_verb(tok)
                if verb.lemma_ in VERBS_OF_A_WIN or tok.dep_ == "pobj":
                    people = subjects(tok, article.athletes)
    if not people:
        return _team_win(article, tok)
    event = article.event_at(tok)
    gender = event_gender(people)
    return placing_drafts(
        article,
        tok,
        people,
        1,
        event=event.full(gender) if event else None,
        rule="win",
    )


def _team_win(article: Article, tok: Token) -> list[Draft]:
    """ "Kenya won the men's 4x400m relay", "the British team won the team race": a win of
    a nation's team, in a team event or by a team that is the subject."""
    event = article.event_at(tok)
    nation = team_nation(tok, article.athletes)
    if nation is None and event is not None and registry().is_team_event(event.full(None)):
        nation = nation_subject(tok, article.athletes)
    if nation is None or is_hypothetical(tok):
        return []
    name = event.full(None) if event else None
    crew = _crew_named_next(article, tok, nation)
    return placing_drafts(article, tok, crew, 1, event=name, rule="win", nation=nation)


def _crew_named_next(article: Article, tok: Token, nation: str) -> list[Person]:
    """ "Norway won the relay ... Ingrid Moen, Siri Aasland, Marte Rud and Kari Solvang
    needed only three spare rounds": the team the next sentence names as its subject."""
    sents = article.sentences
    k = next((i for i, s in enumerate(sents) if s.start <= tok.i < s.end), None)
    if k is None or k + 1 >= len(sents):
        return []
    root = sents[k + 1].root
    people: list[Person] = []
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for t in c.subtree:
                person = article.athletes.by_token.get(t.i)
                if person is not None and person not in people:
                    people.append(person)
    if len(people) < 2 or any(p.nation not in (None, nation) for p in people):
        return []
    return people


def _is_hat_trick(tok: Token) -> bool:
    """ "completed a hat-trick of wins in the Cardiff Cross Challenge": the third win is one."""
    if tok.lower_ in ("hat-trick", "treble"):
        return True
    return tok.lower_ == "trick" and any(c.lower_ == "hat" for c in tok.children)


def _listed_events(article: Article, obj: Token) -> list[Draft] | None:
    """ "has now won all six men's cross-country events at these Games - the 10K interval
    start, 4x7.5K relay, ...": one win per event listed."""
    if obj.lemma_ not in ("event", "race", "title", "distance", "discipline"):
        return None
    counted = [
        c
        for c in obj.children
        if (c.like_num and not ordinal(c.text)) or c.lower_ in ("all", "every", "both")
    ]
    counted += [c for c in obj.subtree if c.lower_ in ("all", "every", "both") and c.i < obj.i]
    if not counted:
        return None
    sent = obj.sent
    events = [ev for s, ev in article.lexicon.events if obj.i < s.start < sent.end]
    if len(events) < 2:
        return []
    words = {t.lower_ for t in obj.subtree if t.i <= obj.i}
    gender = "women's" if "women" in words else "men's" if "men" in words else None
    people = subjects(obj, article.athletes)
    drafts: list[Draft] = []
    for ev in events:
        drafts += placing_drafts(article, obj, people, 1, event=ev.full(gender), rule="events-list")
    return drafts


_PLACE_LIST = re.compile(
    r"\s*(?:the\s+)?((?:[A-Z][\w'.-]*\s*)+(?:(?:,|,?\s+and)\s+(?:[A-Z][\w'.-]*\s*)+)+)"
)


def _listed_marathons(article: Article, tok: Token) -> list[Draft]:
    """ "has won the Boston, London and Tokyo marathons": one win of each city's race
    (the cities written as one list before the plural)."""
    doc = article.doc
    races = next(
        (t for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 14)] if t.lower_ == "marathons"),
        None,
    )
    if races is None:
        return []
    m = _PLACE_LIST.fullmatch(article.text[tok.idx + len(tok) : races.idx])
    people = subjects(tok, article.athletes)
    if m is None or not people or is_hypothetical(tok):
        return []
    places = [p.strip() for p in re.split(r",|\band\b", m.group(1)) if p.strip()]
    drafts: list[Draft] = []
    gender = event_gender(people)
    event = f"{gender} marathon" if gender else "marathon"
    for place in places:
        at = article.text.index(place, tok.idx)
        comp = CompetitionMention(at, at + len(place), "meeting", f"{place} Marathon")
        drafts += placing_drafts(article, tok, people, 1, comp=comp, event=event, rule="win")
    return drafts


def _ran_away_with(article: Article, tok: Token) -> bool:
    away = any(c.lower_ == "away" for c in tok.children)
    withs = [c for c in tok.children if c.lower_ == "with"]
    return away and any(inside_event(article, p) for w in withs for p in w.children)


def _events_of(article: Article, tokens: list[Token]) -> list[EventMention]:
    found: list[EventMention] = []
    for tok in tokens:
        for span, ev in article.lexicon.events:
            if span.start <= tok.i < span.end and ev not in found:
                found.append(ev)
    return found


def _names_competition(article: Article, tok: Token) -> bool:
    """Whether ``tok`` heads a named competition: "won the European trials"."""
    spans = article.spans_in(article.lexicon.competitions, tok.left_edge.i, tok.i + 1)
    return any(s.start <= tok.i < s.end for s, _ in spans)


def inside_event(article: Article, tok: Token) -> bool:
    """Whether an event is named in ``tok``'s phrase (a parse's subtrees are spans)."""
    left, right = tok.left_edge.i, tok.right_edge.i
    nearby = article.spans_in(article.lexicon.events, left - 10, right + 1)
    return any(s.start <= right and s.end > left for s, _ in nearby)
