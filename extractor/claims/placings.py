"""Placings: wins ("won the 800m", "The race was won by X", "an impressive 400m victory")
and places ("finished fourth", "left Shevchenko trailing in sixth spot", "claimed the
runners-up spot", "was third behind X and Y"). Podium places at a championship that
gives medals are medals."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.claims.awards import placing_drafts
from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.medals import COLORS, MEDAL_NOUNS
from extractor.claims.syntax import (
    clause_verb,
    is_hypothetical,
    people_at,
    subjects,
    unique,
)
from extractor.resolve.events import EventMention
from extractor.resolve.names import Person, event_gender
from extractor.values.numbers import ordinal

WIN_WORDS = frozenset({"win", "victory", "triumph", "winner"})
CLAIM_VERBS = frozenset({"claim", "take", "capture", "land", "clinch", "secure", "scoop", "seal"})
PLACE_VERBS = frozenset(
    {
        "finish",
        "be",
        "come",
        "place",
        "end",
        "take",
        "settle",
        "claim",
        "trail",
        "cross",
        "wind",
        "run",
        "leave",
        "push",
        "edge",
        "relegate",
        "drop",
        "slip",
        "consign",
        "force",
        "clock",
        "jump",
        "throw",
        "secure",
        "grab",
        "snatch",
        "collect",
        "earn",
        "move",
        "climb",
        "land",
        "rank",
    }
)
OBJECT_VERBS = frozenset(
    {
        "leave",
        "push",
        "edge",
        "relegate",
        "drop",
        "consign",
        "force",
        "demote",
        "squeeze",
        "nudge",
    }
)
PLACE_NOUNS = frozenset({"place", "spot", "position", "step"})
NOT_PLACINGS = frozenset(
    {
        "fastest",
        "quickest",
        "best",
        "longest",
        "highest",
        "round",
        "leg",
        "lap",
        "jump",
        "leap",
        "attempt",
        "time",
        "race",
        "heat",
        "half",
        "day",
        "week",
        "season",
        "year",
        "title",
        "medal",
        "victory",
        "win",
        "major",
        "international",
        "world",
        "gold",
        "successive",
        "consecutive",
        "straight",
        "event",
        "effort",
        "throw",
        "run",
        "stage",
        "rankings",
        "ranking",
        "string",
        "set",
        "wave",
        "fault",
        "foul",
        "final",
        "semi-final",
        "quarter-final",
        "choice",
        "overall",
    }
)
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
    }
)


def find(article: Article) -> list[Draft]:
    drafts: list[Draft] = []
    for sent in article.sentences:
        for tok in sent:
            if tok.lemma_ in WIN_WORDS or tok.lower_ in ("won", "winning"):
                drafts += _win(article, tok)
            elif tok.lemma_ == "run" and _ran_away_with(article, tok):
                drafts += _win(article, tok)  # "Ellie Marsden ran away with the women's 3000m"
            elif (
                tok.lemma_ in CLAIM_VERBS
                and tok.pos_ == "VERB"
                and any(c.dep_ == "dobj" and _inside_event(article, c) for c in tok.children)
            ):
                drafts += _win(article, tok)  # "claiming the men's 800m at the TEAG meeting"
            elif tok.lower_ in ("runner-up", "runners-up") or (
                tok.lower_ in ("runner", "runners") and _hyphen_up(tok)
            ):
                drafts += _place(article, tok, 2)
                drafts += _runner_up_to(article, tok)
            else:
                rank = ordinal(tok.text)
                if rank is not None and 2 <= rank <= 30 and _is_placing(article, tok):
                    drafts += _place(article, tok, rank)
    return drafts


def _hyphen_up(tok: Token) -> bool:
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "up"


def _win(article: Article, tok: Token) -> list[Draft]:
    if is_hypothetical(tok):
        return []
    people: list[Person]
    if tok.pos_ == "VERB" or tok.lower_ == "won":
        objects = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
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
            if obj.like_num or any(ordinal(c.text) for c in obj.children if c.dep_ == "amod"):
                return []  # "won his fourth title"
        is_event = any(_inside_event(article, o) for o in objects)
        if objects and not is_event and not any(o.lemma_ in OBJECTS_OF_WIN for o in objects):
            return []
        people = subjects(tok, article.athletes)
        # "had already won the 10K interval start, the skiathlon and the relay": each one
        events = _events_of(article, [c for o in objects for c in (o, *o.conjuncts)])
        if len(events) >= 2 and people:
            gender = event_gender(people)
            return [
                d
                for ev in events
                for d in placing_drafts(article, tok, people, 1, event=ev.full(gender), rule="win")
            ]
    else:
        if tok.lemma_ == "winner":
            people = people_at(tok, article.athletes) or subjects(tok, article.athletes)
        else:
            streak = tok.head.lower_ == "of" and tok.head.head.lower_ in ("hat-trick", "treble")
            if (tok.tag_ == "NNS" and not streak) or any(
                c.dep_ in ("nummod", "amod")
                and (
                    c.like_num
                    or c.lower_ in ("successive", "consecutive", "straight", "several", "many")
                )
                for c in tok.children
            ):
                return []  # "three successive wins", "all individual victories": a count
            owner = [c for c in tok.children if c.dep_ == "poss"]
            people = people_at(owner[0], article.athletes) if owner else []
            if not people:
                verb = clause_verb(tok)
                if verb.lemma_ in VERBS_OF_A_WIN or tok.dep_ == "pobj":
                    people = subjects(tok, article.athletes)
    if not people:
        return []
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


def _listed_events(article: Article, obj: Token) -> list[Draft] | None:
    """ "has now won all six men's cross-country events at these Games - the 10K interval
    start, 4x7.5K relay, ...": one win per event listed."""
    if obj.lemma_ not in ("event", "race", "title", "distance", "discipline"):
        return None
    counted = [c for c in obj.children if c.like_num or c.lower_ in ("all", "every", "both")]
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


def _ran_away_with(article: Article, tok: Token) -> bool:
    away = any(c.lower_ == "away" for c in tok.children)
    withs = [c for c in tok.children if c.lower_ == "with"]
    return away and any(_inside_event(article, p) for w in withs for p in w.children)


def _events_of(article: Article, tokens: list[Token]) -> list[EventMention]:
    found: list[EventMention] = []
    for tok in tokens:
        for span, ev in article.lexicon.events:
            if span.start <= tok.i < span.end and ev not in found:
                found.append(ev)
    return found


def _inside_event(article: Article, tok: Token) -> bool:
    return any(s.start <= t.i < s.end for s, _ in article.lexicon.events for t in tok.subtree)


def _is_placing(article: Article, tok: Token) -> bool:
    """An ordinal that is a finishing place, not "second round" or "third fastest"."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is not None:
        if nxt.lower_ in NOT_PLACINGS or nxt.tag_ in ("JJS", "RBS"):
            return False
        if nxt.pos_ in ("NOUN", "PROPN") and nxt.lemma_ not in PLACE_NOUNS:
            return False
        if nxt.text == "-":
            return False
    prev = doc[tok.i - 1].lower_ if tok.i > tok.sent.start else ""
    # "his second title" is a count; "third place" and "into the second" are places.
    determined = prev in ("the", "his", "her", "their", "a")
    into_the = prev == "the" and tok.head.lower_ in ("in", "into")
    if determined and not into_the and (nxt is None or nxt.lemma_ not in PLACE_NOUNS):
        return False
    rest = " ".join(t.lower_ for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 7)])
    if any(
        w in rest
        for w in ("rankings", "all-time list", "all time list", "in the world", "in europe", "list")
    ):
        return False
    if _after_name(article, tok) is not None:
        return True  # "with Finland's Eero Laakso second", "Roisin Daly a distant fourth"
    head = tok.head
    if head.lemma_ in PLACE_NOUNS:
        head = head.head
    if head.lower_ in ("in", "into", "to", "for"):
        head = head.head
        if head.lemma_ in PLACE_NOUNS:
            head = head.head
        if head.lower_ in ("with",):
            return True
    verb = head if head.pos_ in ("VERB", "AUX") else clause_verb(head)
    return verb.lemma_ in PLACE_VERBS or tok.dep_ in ("acomp", "attr", "oprd")


def _after_name(article: Article, tok: Token) -> Person | None:
    """The athlete an ordinal follows directly ("with Ireland's Roisin Daly a distant
    fourth", "Eero Laakso second")."""
    k = tok.i - 1
    doc = tok.doc
    while k > tok.sent.start and doc[k].lower_ in (
        "a",
        "distant",
        "close",
        "comfortable",
        "creditable",
        "fine",
        "solid",
        "strong",
    ):
        k -= 1
    person = article.athletes.by_token.get(k)
    if person is None or k == tok.i - 1 and doc[k].dep_ == "nsubj":
        return None
    after_with = any(t.lower_ == "with" for t in doc[max(tok.sent.start, k - 8) : k])
    return person if after_with or k + 1 < tok.i or tok.head.i == k else None


def _place(article: Article, tok: Token, rank: int) -> list[Draft]:
    if is_hypothetical(tok):
        return []
    people, pusher = _placed(article, tok)
    if not people:
        return []
    event = article.event_at(tok)
    gender = event_gender(people)
    name = event.full(gender) if event else None
    drafts = placing_drafts(article, tok, people, rank, event=name, rule="place")
    ahead = _behind(article, tok)
    if ahead and len(ahead) == rank - 1:
        for i, person in enumerate(ahead, 1):
            drafts += placing_drafts(article, tok, [person], i, event=name, rule="behind")
    elif rank == 2 and pusher:  # "edging Fraser into second", "push X into second"
        drafts += placing_drafts(article, tok, pusher, 1, event=name, rule="behind")
    return drafts


def _placed(article: Article, tok: Token) -> tuple[list[Person], list[Person]]:
    """Who finished in the place ``tok`` names, and who put them there when the sentence
    says so ("Deacon ..., edging Fraser into second": Fraser, then Deacon)."""
    athletes = article.athletes
    named = _after_name(article, tok)
    if named is not None:
        return [named], []
    cur = tok
    for _ in range(4):  # "with Haiti's Dudley Dorival in third"
        if cur.lower_ == "with":
            for c in cur.children:
                if c.dep_ == "pobj" and (found := people_at(c, athletes)):
                    return found, []
        if cur.head is cur:
            break
        parent = cur.head
        if athletes.person_at(parent.i) is not None and cur.dep_ == "prep":
            return people_at(parent, athletes), []
        cur = parent
    verb = clause_verb(tok)
    for v in (verb, verb.head):  # "left Shevchenko trailing in sixth spot"
        if v.lemma_ in OBJECT_VERBS:
            for c in v.children:
                if c.dep_ in ("dobj", "obj") and (found := people_at(c, athletes)):
                    return found, [p for p in subjects(v, athletes) if p not in found]
    return subjects(tok, athletes), []


def _runner_up_to(article: Article, tok: Token) -> list[Draft]:
    """ "runner-up to British team-mate Jason Gardener at the Europeans": Gardener won."""
    sent = tok.sent
    for t in article.doc[tok.i + 1 : min(sent.end, tok.i + 4)]:
        if t.lower_ == "to":
            for k in range(t.i + 1, min(sent.end, t.i + 6)):
                person = article.athletes.person_at(k)
                if person is not None:
                    if is_hypothetical(tok):
                        return []
                    event = article.event_at(tok)
                    name = event.full(event_gender([person])) if event else None
                    return placing_drafts(article, tok, [person], 1, event=name, rule="behind")
    return []


def _behind(article: Article, tok: Token) -> list[Person]:
    """ "third behind Hayley Yelling and Justyna Bak": those ahead, in order."""
    sent = tok.sent
    doc = tok.doc
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 12)]:
        if t.lower_ == "behind":
            for c in t.children:
                if c.dep_ == "pobj":
                    return unique(people_at(c, article.athletes))
            nxt = t.i + 1
            while nxt < sent.end and article.athletes.person_at(nxt) is None and nxt < t.i + 6:
                nxt += 1
            person = article.athletes.person_at(nxt) if nxt < sent.end else None
            return [person] if person else []
    return []
