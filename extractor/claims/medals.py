"""Medals: "took bronze", "won Olympic 4x100m relay gold", "silver medallist", "Olympic
heptathlon champion Carolina Kluft", "won the European title", "World Indoor and
Olympic titles". At a meeting that gives no medals the same words give a result."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from extractor.claims.awards import RANK_OF_MEDAL, placing_drafts
from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.placings import behind
from extractor.claims.syntax import (
    MOTION_VERBS,
    clause_verb,
    is_hypothetical,
    nation_subject,
    subject_people,
    subjects,
    title_head,
    title_holder,
)
from extractor.knowledge.competitions import CompetitionMention
from extractor.knowledge.events import EventMention
from extractor.knowledge.names import Person, event_gender
from extractor.values.numbers import cardinal, ordinal

COLORS = {
    "gold": "gold",
    "golds": "gold",
    "silver": "silver",
    "silvers": "silver",
    "bronze": "bronze",
    "bronzes": "bronze",
}
MEDAL_NOUNS = frozenset({"medal", "medals", "medallist", "medallists", "medalist", "medalists"})
TITLE_VERBS = frozenset(
    {
        "win",
        "claim",
        "take",
        "retain",
        "clinch",
        "secure",
        "land",
        "capture",
        "add",
        "collect",
        "complete",
        "regain",
        "reclaim",
        "lift",
        "scoop",
        "grab",
        "bag",
        "snatch",
        "seal",
        "earn",
        "successfully",
    }
)
COUNT_WORDS = frozenset(
    {
        "double",
        "treble",
        "triple",
        "two-time",
        "three-time",
        "four-time",
        "most",
        "more",
        "fewer",
        "all",
        "record",
        "several",
        "many",
    }
)


def find(article: Article) -> list[Draft]:
    drafts: list[Draft] = []
    for sent in article.sentences:
        for tok in article.tokens_in(sent):
            low = tok.lower_
            if low in COLORS:
                drafts += _medal_word(article, tok, COLORS[low])
            elif tok.lemma_ == "champion" and tok.pos_ in ("NOUN", "PROPN"):
                drafts += _champion(article, tok)
            elif tok.lemma_ in ("title", "crown") and tok.pos_ == "NOUN":
                drafts += _title(article, tok)
            elif low in _DOUBLES and tok.pos_ in ("NOUN", "ADV") and _is_noun_double(tok):
                drafts += _double(article, tok, _DOUBLES[low])
    return drafts


_DOUBLES = {"double": 2, "treble": 3}


def _is_noun_double(tok: Token) -> bool:
    """ "a historic Olympic double in ...", not "double gold" nor "doubled"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or (nxt.lower_ not in COLORS and nxt.lower_ not in MEDAL_NOUNS)


def _double(article: Article, tok: Token, count: int) -> list[Draft]:
    """ "racing to a historic Olympic double in the 1500m and 5,000m": a win in each."""
    events = article.events_after(tok)
    if len(events) != count or is_hypothetical(tok):
        return []
    people = subjects(tok, article.athletes)
    gender = event_gender(people)
    return [
        d
        for ev in events
        for d in placing_drafts(article, tok, people, 1, event=ev.full(gender), rule="double")
    ]


_COUNT_SKIP = frozenset(
    {
        "olympic",
        "world",
        "european",
        "commonwealth",
        "individual",
        "career",
        "consecutive",
        "successive",
        "straight",
        "major",
        "indoor",
        "outdoor",
        "golden",
        "gold",
        "silver",
        "bronze",
        "winter",
        "summer",
        "paralympic",
    }
)


def counted(tok: Token) -> bool:
    """ "sixth gold medal", "11 golds", "double gold", "the most gold medals": a tally or
    a record, not one medal. "100m silver medallist" is one medal: 100 is a distance."""
    head = (
        tok.head
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in MEDAL_NOUNS
        else tok
    )
    if any(t.lower_ in COUNT_WORDS for t in [*head.children, *tok.children]):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num:
        return True  # "two of Klaebo's gold medals"
    window = [t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]]
    if window[-2:] == ["of", "them"]:
        return True  # "14 medals, five of them gold"
    doc = tok.doc
    k = tok.i - 1
    while k >= tok.sent.start and doc[k].lower_ in _COUNT_SKIP:
        k -= 1
    if k < tok.sent.start:
        return False
    prev = doc[k]
    if prev.lower_ in COUNT_WORDS:
        return True
    n = ordinal(prev.text) or cardinal(prev.text)
    return (
        n is not None
        and n >= 2
        and not (prev.text.isdecimal() and len(prev.text) == 4)
        and (prev.lower_ not in ("a", "an", "single"))
    )


def _medal_word(article: Article, tok: Token, color: str) -> list[Draft]:
    if tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ in ("GPE", "ORG", "FAC"):
        return []  # "Gold Coast"
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in _MEDAL_FOLLOWERS:
        return []  # "gold boots", "the Gold Coast", "silver lining": a colour
    if tok.head.lemma_ in ("chance", "hope", "bid", "contender", "hopes", "favourite", "strike"):
        return []  # "a bid for gold", "has struck gold"
    # A title in apposition ("silver medallist Francis Obikwelu") is a fact even in a
    # sentence about the future, and a medal wherever it was won.
    people = title_holder(tok, article.athletes)
    apposition = bool(people)
    gapped = _gapped_subject(article, tok)
    if gapped is not None:  # "Norway took silver in the relay and Finland bronze"
        people, nation = ([gapped], None) if isinstance(gapped, Person) else ([], gapped)
    elif not people:
        if is_hypothetical(tok):
            return []
        people = subjects(tok, article.athletes)
    if gapped is None:
        nation = None if people else nation_subject(tok, article.athletes)
        if nation is not None and not people:
            people = _team_leader(article, tok)  # "Ana Ruiz helped Britain to silver"
    # "the Commonwealth and European silver medallist": a medal at each
    found = list(_own_competitions(article, tok)) if apposition else []
    comps: list[CompetitionMention | None] = (
        list(found) or [None] if apposition else [article.competition_at(tok)]
    )
    comps = [
        None if c is not None and not c.medals and not article.names_in(c, tok.sent) else c
        for c in comps  # "took a bronze medal": a medal, won where the context does not say
    ]
    year = article.year_after(tok)
    gender = event_gender(people)
    if counted(tok):
        # "made it double gold in the 1500m": a tally, and a medal in each event named.
        events, rule = article.events_after(tok), "counted-medal"
        if not events:
            return []
    else:
        here = article.event_at(tok)
        events, rule = ([here] if here else []), "medallist" if apposition else "medal-word"
    names: list[str | None] = [ev.full(gender) for ev in events] or [None]
    drafts = [
        d
        for comp in comps
        for name in names
        for d in placing_drafts(
            article,
            tok,
            people,
            RANK_OF_MEDAL[color],
            comp=_in_year(comp, year),
            medal_by_default=True,
            nation=nation,
            event=name,
            rule=rule,
            context=not apposition,
        )
    ]
    ahead = behind(article, tok) if drafts and not apposition else []
    if len(ahead) == RANK_OF_MEDAL[color] - 1:  # "won silver behind Kim Lowe": Lowe won
        for rank, person in enumerate(ahead, 1):
            drafts += placing_drafts(
                article,
                tok,
                [person],
                rank,
                comp=_in_year(comps[0], year),
                medal_by_default=True,
                event=names[0],
                rule="behind",
            )
    return drafts


# Nouns a medal colour may come before and still be the medal: "gold medal", "silver
# medallist", "bronze winner", "gold rush" not.
_MEDAL_FOLLOWERS = MEDAL_NOUNS | {"winner", "winners", "position", "spot", "place", "double"}


_LEADING = frozenset({"help", "lead", "guide", "anchor", "inspire", "power", "propel", "steer"})


def _team_leader(article: Article, tok: Token) -> list[Person]:
    """The athlete who took their nation's team to a medal: "Ana Ruiz helped Britain to
    silver", "anchored the United States to gold" (a member of the team that won it)."""
    verb = clause_verb(tok)
    for v in (verb, verb.head):
        if v.lemma_ in _LEADING:
            return subject_people(v, article.athletes)
    return []


def _gapped_subject(article: Article, tok: Token) -> Person | str | None:
    """The subject of an elided verb: "... and Finland bronze", ", with Garnier silver"."""
    doc = tok.doc
    k = tok.i - 1
    if k <= tok.sent.start:
        return None
    before = doc[k - 1].lower_ if k - 1 >= tok.sent.start else ""
    person = article.athletes.by_token.get(k)
    if person is not None:
        start = article.athletes.mention_span(k)
        first = start[0] if start else k
        if first > tok.sent.start and doc[first - 1].lower_ in ("and", ",", "with", "while"):
            return person
        return None
    if k in article.athletes.nations and doc[k].ent_type_ != "NORP" and before in ("and", ","):
        return article.athletes.nations[k]
    return None


def _own_competitions(article: Article, tok: Token) -> list[CompetitionMention]:
    """The competitions a title names: "the Commonwealth and European silver medallist"."""
    head = title_head(tok, article.athletes)
    return _comps_in(article, tok.doc[head.left_edge.i : head.i + 1]) or _comps_in(
        article, article.phrase(tok)
    )


def _np(tok: Token) -> Span:
    doc = tok.doc
    return doc[tok.left_edge.i : tok.i + 1]


def _title_np(article: Article, tok: Token) -> Span:
    """The title's phrase, stretched over events and championships joined to it that the
    parse left out: "(800m and) 1500m champion", "(world and) European champion"."""
    np = _np(tok)
    start = np.start
    while start >= 2 and tok.doc[start - 1].lower_ in ("and", ","):
        # "(800m and) 1500m champion", "the reigning (world and) European champion"
        joined = [s for s, _ in article.lexicon.events if s.end == start - 1]
        if tok.doc[start - 1].lower_ == "and":
            joined += [s for s, _ in article.lexicon.adjectives if s.end == start - 1]
        if not joined:
            break
        start = min(s.start for s in joined)
    return tok.doc[start : np.end]


def _comps_in(article: Article, span: Span) -> list[CompetitionMention]:
    found = sorted(
        (
            comp
            for s, comp in article.lexicon.competitions + article.lexicon.adjectives
            if s.start >= span.start and s.end <= span.end
        ),
        key=lambda c: c.start,
    )
    # "British Olympic relay gold medallists": the nationality of the holders, not a
    # second championship ("Commonwealth and European" are joined).
    return [
        c
        for k, c in enumerate(found)
        if not (
            k + 1 < len(found)
            and c.level == "national"
            and article.text[c.end : found[k + 1].start].strip() == ""
        )
    ]


def _champion(article: Article, tok: Token) -> list[Draft]:
    np = _title_np(article, tok)
    comps = _comps_in(article, np)
    words = {t.lower_ for t in np}
    over = article.event_over(tok)
    events = article.events_in(np) or ([over] if over is not None else [])
    year = article.year_after(tok, window=4) or next(
        (int(t.text) for t in np if re.fullmatch(r"(?:19|20)\d\d", t.text)), None
    )  # "the 2002 Commonwealth champion"
    implied = words & {"defending", "reigning", "former"} or events or year is not None
    if not comps and implied:  # "the 200m champion in 2000": the article's competition
        context = article.context_competition(tok)
        comps = [context] if context is not None else []
        if context is not None and context.level == "meeting" and not words & {"defending"}:
            comps = []  # "Britain's 1500m champion" is no title of the meeting reported
    if not comps:
        return []
    people = title_holder(tok, article.athletes)
    if not people:
        ref = article.athletes.refs.get(tok.i)
        people = [ref] if ref is not None else []
    if not people and clause_verb(tok).lemma_ in ("be", "become", "remain", "crown"):
        if is_hypothetical(tok):
            return []
        people = subjects(tok, article.athletes)
    if not people:
        return []
    return _title_drafts(article, tok, people, comps, events, year, "champion")


def _title(article: Article, tok: Token) -> list[Draft]:
    verb = clause_verb(tok)
    via_motion = (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and (verb.lemma_ in MOTION_VERBS or tok.head.head.lower_ == "way")
    )
    held = verb.lemma_ in ("defend", "retain") and any(
        c.dep_ == "dobj" and c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.children
    )
    if verb.lemma_ not in TITLE_VERBS and not via_motion and not held:
        return []
    if is_hypothetical(tok) and not held:
        return []  # "may defend her AAA title" still says she holds it
    np = _title_np(article, tok)
    comps: list[CompetitionMention | None] = list(_comps_in(article, np))
    # A title to defend was won where the title says, else at an edition the context
    # does not name: no medal is assumed for it.
    comps = comps or [None if held else article.competition_at(tok)]
    people = subjects(tok, article.athletes)
    way = tok.head.head if via_motion and tok.head.head.lower_ == "way" else None
    if not people and way is not None:  # "on her way to the World Indoor and Olympic titles"
        people = [
            p
            for c in way.children
            if c.dep_ == "poss"
            if (p := article.athletes.person_at(c.i)) is not None
        ]
    if not people:
        return []
    here = article.event_at(tok)
    events = article.events_in(np) or ([here] if here is not None else [])
    year = article.year_after(tok, window=6)
    return _title_drafts(article, tok, people, comps, events, year, "title", context=not held)


def _title_drafts(
    article: Article,
    tok: Token,
    people: list[Person],
    comps: Sequence[CompetitionMention | None],
    events: list[EventMention],
    year: int | None,
    rule: str,
    context: bool = True,
) -> list[Draft]:
    """One win per championship and event a title names: "Britain's 800m and 1500m
    champion" won two, "World Indoor and Olympic titles" two. Without ``context`` a title
    that names no competition stays without one."""
    gender = event_gender(people)
    names: list[str | None] = [ev.full(gender) for ev in events] or [None]
    return [
        d
        for comp in comps
        for name in names
        for d in placing_drafts(
            article,
            tok,
            people,
            1,
            comp=_in_year(comp, year),
            event=name,
            rule=rule,
            context=context,
        )
    ]


def _in_year(comp: CompetitionMention | None, year: int | None) -> CompetitionMention | None:
    return comp.in_year(year) if comp is not None else None
