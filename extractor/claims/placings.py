"""Places: "finished fourth", "left Shevchenko trailing in sixth spot", "claimed the
runners-up spot", "was third behind X and Y", "with Eero Laakso second". Podium places
at a championship that gives medals are medals."""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.claims.awards import placing_drafts
from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.syntax import (
    MOTION_VERBS,
    clause_verb,
    is_hypothetical,
    named_right_after,
    people_at,
    subjects,
    team_nation,
    unique,
)
from extractor.knowledge.names import Person, event_gender
from extractor.values.numbers import ordinal

# Verbs that put an athlete in a place, with those of motion: "battled to second".
_PLACING_VERBS = frozenset(
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
PLACE_VERBS = _PLACING_VERBS | MOTION_VERBS
OBJECT_VERBS = frozenset(
    {
        "beat",  # "beat Kim Lowe into second place"
        "pip",
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


def find(article: Article) -> list[Draft]:
    drafts: list[Draft] = []
    for sent in article.sentences:
        for tok in article.tokens_in(sent):
            if tok.lower_ in ("runner-up", "runners-up") or (
                tok.lower_ in ("runner", "runners") and (_hyphen_up(tok) or _spaced_up(tok))
            ):
                drafts += _place(article, tok, 2)
                drafts += _runner_up_to(article, tok)
            else:
                rank = ordinal(tok.text)
                if rank is not None and 2 <= rank <= 30 and _is_placing(article, tok):
                    drafts += _place(article, tok, rank)
                elif rank == 1 and _first_place(tok):
                    drafts += _place(article, tok, 1)
    return drafts


def _placed_adjective(tok: Token) -> bool:
    doc = tok.doc
    return tok.i + 2 < tok.sent.end and doc[tok.i + 2].lower_ in ("placed", "place")


def _first_place(tok: Token) -> bool:
    """ "took first place", "settled for joint first place", "finished first": a win said
    as a place (a bare "first" is too often a count: "her first race")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if tok.lower_ not in ("first", "1st"):
        return False
    if nxt is not None and nxt.lemma_ in ("place", "spot", "position"):
        return True
    # "finished first", "crossed the line first", "came home first"; not "was first to
    # win" (a first), "first time", "first of", "her first race"
    if nxt is not None and (nxt.lower_ in ("to", "time", "of") or nxt.pos_ in ("NOUN", "PROPN")):
        return False
    verb = clause_verb(tok)
    return verb.lemma_ in ("finish", "come", "cross", "end") and tok.head == verb


def _spaced_up(tok: Token) -> bool:
    """ "two time London Marathon runner up X": the title written without its hyphen."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "up" and doc[tok.i + 1].pos_ != "VERB"


def _hyphen_up(tok: Token) -> bool:
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "up"


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
            return _placed_adjective(tok)  # "Third-placed X", not "second-round"
        after = doc[tok.i + 2].lower_ if tok.i + 2 < tok.sent.end else ""
        if nxt.lower_ == "to" and after in ("none", "nobody", "no"):
            return False  # "second to none": an idiom, no place
    prev = doc[tok.i - 1].lower_ if tok.i > tok.sent.start else ""
    # "his second title" is a count; "third place" and "into the second" are places.
    determined = prev in ("the", "his", "her", "their", "a")
    into_the = prev == "the" and tok.head.lower_ in ("in", "into")
    if determined and not into_the and (nxt is None or nxt.lemma_ not in PLACE_NOUNS):
        return False
    rest = " ".join(t.lower_ for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 11)])
    if re.search(r"\b(?:rankings|list|in the world|in europe)\b", rest):
        return False  # "sixth on the UK all-time list", "third in the world rankings"
    if _after_name(article, tok) is not None:
        return True  # "with Finland's Eero Laakso second", "Roisin Daly a distant fourth"
    head = tok.head
    if head.lemma_ in PLACE_NOUNS:
        head = head.head
    if head.lower_ in ("in", "into", "to", "for"):
        prep = head
        head = head.head
        if head.lemma_ in PLACE_NOUNS:
            head = head.head
        if head.lower_ in ("with",):
            return True
        object_of_prep = tok.dep_ == "pobj" or (
            tok.head.lemma_ in PLACE_NOUNS and tok.head.dep_ == "pobj"
        )
        if prep.lower_ != "in" and head.pos_ in ("VERB", "AUX") and object_of_prep:
            return True  # a clause that moves its subject to a place: "faded to fourth",
            # "was beaten into fourth", "held on for second", "was promoted to third"
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
    linked = tok.head.i == k or doc[k].head.i == tok.i  # "and Sweden's Axel Nordin third"
    return person if after_with or k + 1 < tok.i or linked else None


def _place(article: Article, tok: Token, rank: int) -> list[Draft]:
    if is_hypothetical(tok):
        return []
    people, pusher = _placed(article, tok)
    event = article.event_at(tok)
    if not people:
        nation = team_nation(tok, article.athletes)  # "the British team finished third"
        if nation is None:
            return []
        name = event.full(None) if event else None
        return placing_drafts(article, tok, [], rank, event=name, rule="place", nation=nation)
    gender = event_gender(people)
    name = event.full(gender) if event else None
    drafts = placing_drafts(article, tok, people, rank, event=name, rule="place")
    ahead = behind(article, tok) or (_second_to(article, tok) if rank == 2 else [])
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
    if tok.lower_.startswith("runner") and (title_of := named_right_after(tok, athletes)):
        return title_of[:1], []  # "London Marathon runner up Susan Chepkemei"
    if _placed_adjective(tok) and (after := athletes.by_token.get(tok.i + 3)) is not None:
        return [after], []  # "Third-placed Rasmus Kivisild scored 8,377 points"
    cur = tok
    for _ in range(4):  # "with Haiti's Dudley Dorival in third"
        if cur.lower_ == "with":
            for c in cur.children:
                if c.dep_ == "pobj" and (found := people_at(c, athletes)):
                    return found, []
        if cur.head.i == cur.i:
            break
        parent = cur.head
        if athletes.person_at(parent.i) is not None and cur.dep_ == "prep":
            return people_at(parent, athletes), []
        cur = parent
    verb = clause_verb(tok)
    # "left Shevchenko trailing in sixth spot" (the object's own clause), not "pushed
    # Masterkova all the way, finishing second" (the subject's).
    above = [verb.head] if verb.dep_ in ("xcomp", "ccomp", "oprd", "acl") else []
    for v in (verb, *above):
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


def _second_to(article: Article, tok: Token) -> list[Person]:
    """ "could only finish second to Leonard Scott": the winner."""
    doc = tok.doc
    if tok.i + 1 < tok.sent.end and doc[tok.i + 1].lower_ == "to":
        person = article.athletes.person_at(tok.i + 2) if tok.i + 2 < tok.sent.end else None
        return [person] if person is not None else []
    return []


def behind(article: Article, tok: Token) -> list[Person]:
    """ "third behind Hayley Yelling and Justyna Bak": those ahead, in order."""
    sent = tok.sent
    doc = tok.doc
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 12)]:
        if t.lower_ == "behind" and t.i + 1 < sent.end and doc[t.i + 1].is_punct:
            return []  # "second, 4.6 points behind, and X was third": behind the winner
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
