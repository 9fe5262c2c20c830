"""Records, bests and firsts: "a world record of 4.91m", "broke Michelle Carroll's
long-standing Irish record", "equalled the Spanish record", "a season's best of 2.20m",
"world indoor record holder Maurice Greene", "missed out on the world record", "a record
18th gold medal", "the country's first men's Olympic cross-country medal"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.marks import bare_unit, mark_role
from extractor.claims.syntax import (
    clause_verb,
    is_hypothetical,
    nation_subject,
    people_at,
    subjects,
    title_holder,
)
from extractor.knowledge.events import EventMention
from extractor.knowledge.names import Person, event_gender
from extractor.values.marks import Mark
from extractor.values.numbers import cardinal, ordinal

EQUAL_VERBS = frozenset({"equal", "equalled", "match", "tie"})
MISS_WORDS = frozenset(
    {
        "miss",
        "missed",
        "attempt",
        "outside",
        "short",
        "shy",
        "close",
        "narrowly",
        "failed",
        "fail",
        "threaten",
        "chase",
        "off",
    }
)
PREVIOUS_WORDS = frozenset({"former", "previous", "old", "long-standing", "longstanding"})


def find(article: Article) -> list[Draft]:
    drafts: list[Draft] = []
    for span in article.doc.spans.get("cues", []):
        sent = span.sent
        if sent not in article.sentences:
            continue
        if span.label_ == "RECORD":
            drafts += _record(article, span)
        elif span.label_ == "COUNT_RECORD":
            drafts += _count_record(article, span)
        elif span.label_ == "FIRST":
            drafts += _first(article, span)
    return drafts


def _status(article: Article, span: Span) -> tuple[str, Token]:
    """Set, equalled, held, missed or previous, and the token that says so."""
    doc = article.doc
    root = span.root
    sent = span.sent
    window = [t for t in doc[max(sent.start, span.start - 6) : min(sent.end, span.end + 2)]]
    # "The 24-year-old" holds the word "old" but says nothing of the record
    window = [t for t in window if not (t.i > 0 and doc[t.i - 1].text == "-")]
    words = {t.lower_ for t in window} | {t.lemma_ for t in window}
    if words & {"holder", "holders"}:
        holder = next(t for t in window if t.lower_ in ("holder", "holders"))
        if words & PREVIOUS_WORDS:
            return "previous", holder
        return "held", holder
    verb = clause_verb(root)
    if verb.lemma_ in EQUAL_VERBS or words & {"equal", "equalled", "equaled", "equalling"}:
        return "equalled", verb
    if verb.lemma_ in ("miss", "threaten", "chase") or words & MISS_WORDS - {"off"}:
        return "missed", verb
    if verb.lemma_ in ("hold", "own", "stand") or words & {"current", "existing"}:
        return "held", verb
    if words & PREVIOUS_WORDS:
        return "previous", verb
    return "set", verb


def _value(article: Article, span: Span, verb: Token) -> tuple[float | None, str | None]:
    """The mark of a record: "record of 4.91m", "by clocking 7.37", "best of 7.48"."""
    sent = span.sent
    best: tuple[int, float, str] | None = None
    for start, (mspan, mark) in article.marks.items():
        if not sent.start <= start < sent.end:
            continue
        if mark_role(article, mspan, mark) != "performance":
            continue
        distance = start - span.end if start >= span.start else (span.start - start) * 3
        same_clause = (
            clause_verb(mspan.root) in (verb, verb.head) or clause_verb(mspan.root).head == verb
        )
        if distance > 8 and not same_clause:
            continue
        if best is None or distance < best[0]:
            best = (distance, mark.value, mark.unit or bare_unit(article, mspan))
    return (best[1], best[2]) if best else (None, None)


def _possessor(article: Article, span: Span) -> list[Person]:
    """ "Michelle Carroll's long-standing Irish record", "El Guerrouj's record"."""
    root = span.root
    for c in root.children:
        if c.dep_ == "poss":
            found = people_at(c, article.athletes)
            if found:
                return found
    return []


def _record(article: Article, span: Span) -> list[Draft]:
    if _superlative(span) or _a_history(span):
        return []
    scope = span.id_ or "other"
    status, cue = _status(article, span)
    if status == "previous" and (broken := _broken_previous(article, span, scope)) is not None:
        return broken
    holder = cue.lower_ in ("holder", "holders")
    if status != "missed" and not holder and is_hypothetical(span.root):
        return []
    if status == "set" and _never_set(span):
        return []
    athletes = article.athletes
    owner = _possessor(article, span)
    attempt = _attempt(article, span)
    if attempt == []:
        return []
    if attempt is not None:
        status, people, owner = "missed", attempt, []
    elif status in ("held", "previous") and cue.lower_ in ("holder", "holders"):
        people = title_holder(cue, athletes) or subjects(cue, athletes)
    else:
        people = subjects(span.root, athletes)
    if (
        owner
        and not people
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in span.root.children)
    ):
        people, owner = owner, []  # "It was her 12th world record": hers, not one she broke
    drafts: list[Draft] = []
    value, unit = (None, None)
    if status in ("set", "equalled", "missed") or (status == "held" and not owner):
        value, unit = _value(article, span, clause_verb(span.root))
    if status == "held" and cue.lower_ in ("holder", "holders"):
        value, unit = None, None
        listed = article.events_listed(cue, r"\s*(?:at|over|in|for)\s+(?:the\s+)?")
        if len(listed) >= 2 and people:  # "Irish record holder at 3km, 5km and 10km"
            gender = event_gender(people)
            return [
                _draft(article, span, people, scope, status, None, None, ev, name=ev.full(gender))
                for ev in listed
            ]
    event = article.event_at(span.root)
    own = any(c.lower_ == "own" for c in span.root.subtree)  # "broke her own Irish record"
    if (owner and status == "set" and owner != people) or (own and status == "set" and people):
        prev_people = people if own else owner
        drafts.append(_draft(article, span, prev_people, scope, "previous", None, None, event))
    if not people and status == "set" and (named := _mark_subject(article, span)) is not None:
        # "The 10.91 was a Dominican record": whose 10.91 it was, resolving finds out
        mark = named[1]
        unit = mark.unit or bare_unit(article, named[0])
        record = _draft(article, span, [], scope, status, mark.value, unit, event)
        record.rule = "record-of-mark"
        return [*drafts, record]
    if not people:
        return drafts
    count = _count_of(span)
    if count is not None:
        # "three personal bests in the long jump, high jump and 60m hurdles": one each;
        # "10 world records in the pole vault": one record of ten.
        events = article.events_after(span.root)
        if len(events) == count:
            gender = event_gender(people)
            for ev in reversed(events):
                drafts.insert(
                    0,
                    _draft(
                        article, span, people, scope, status, None, None, ev, name=ev.full(gender)
                    ),
                )
            return drafts
        value, unit = float(count), span.text.lower()
    drafts.insert(0, _draft(article, span, people, scope, status, value, unit, event))
    return drafts


# Verbs that put a new record in the place of an old one: "lowering the previous world
# record of 1:52.85", "erased the old mark of 14:39.29 set by X".
BREAK_VERBS = frozenset(
    {
        "break",
        "lower",
        "erase",
        "better",
        "smash",
        "shatter",
        "improve",
        "beat",
        "eclipse",
        "slice",  # "sliced six seconds from the previous world mark"
        "shave",
        "knock",
        "clip",
        "chop",
        "take",
    }
)


def _broken_previous(article: Article, span: Span, scope: str) -> list[Draft] | None:
    """ "won in 1:52.41, lowering the previous world record of 1:52.85 set by X": the
    subject set the record (with the sentence's own performance), X held it before (with
    the old mark, which was X's performance too). None when the form is not this one."""
    verb = span.root.head if span.root.dep_ in ("dobj", "obj") else None
    if span.root.dep_ == "pobj" and span.root.head.lower_ in ("from", "off"):
        verb = span.root.head.head  # "sliced six seconds from the previous world mark"
    if verb is None or verb.lemma_ not in BREAK_VERBS or is_hypothetical(verb):
        return None
    athletes = article.athletes
    people = subjects(verb, athletes)
    old = _mark_after(article, span)
    holder = _set_by(article, span, old[0] if old else span) or _possessor(article, span)
    event = article.event_at(span.root)
    drafts: list[Draft] = []
    if people:
        value, unit = _value(article, span, verb)
        drafts.append(_draft(article, span, people, scope, "set", value, unit, event))
    if holder and holder != people:
        value, unit = (
            (old[1].value, old[1].unit or bare_unit(article, old[0])) if old else (None, None)
        )
        drafts.append(_draft(article, span, holder, scope, "previous", value, unit, event))
        if old is not None:
            drafts.append(
                Draft(
                    "performance",
                    span.sent,
                    old[0].start,
                    people=holder,
                    fields={"value": value, "unit": unit, "text": old[1].text},
                    event=event.full(event_gender(holder)) if event else None,
                    rule="previous-record",
                )
            )
    return drafts


def _mark_subject(article: Article, span: Span) -> tuple[Span, Mark] | None:
    """The mark that is the subject of "was a ... record" ("The 10.91 was a Dominican
    record", "Her 2:19:32 was a national record")."""
    verb = clause_verb(span.root)
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for t in c.subtree:
                if t.i in article.marks:
                    return article.marks[t.i]
    return None


def _mark_after(article: Article, span: Span) -> tuple[Span, Mark] | None:
    """The mark a record phrase names: "the previous world record of 1:52.85"."""
    doc = article.doc
    if span.end + 1 < span.sent.end and doc[span.end].lower_ in ("of", "at", "in"):
        return article.marks.get(span.end + 1)
    return None


def _set_by(article: Article, span: Span, after: Span) -> list[Person]:
    """The holder of an old record: "... of 1:52.85 set by her teammate X", "held by X"."""
    doc = article.doc
    for t in doc[after.end : min(span.sent.end, after.end + 3)]:
        if not (t.lemma_ in ("set", "hold", "own") and t.i + 1 < span.sent.end):
            continue
        if doc[t.i + 1].lower_ != "by":
            continue
        for k in range(t.i + 2, min(span.sent.end, t.i + 7)):
            if doc[k].pos_ == "PRON":
                continue  # "set by her teammate X": X, not the one "her" is
            if (person := article.athletes.person_at(k)) is not None:
                return [person]
    return []


_MARK_NOUNS = frozenset(
    {"time", "times", "mark", "marks", "performance", "effort", "jump", "throw"}
)


_SETBACKS = frozenset(
    {"defeat", "loss", "lose", "exit", "failure", "fail", "setback", "suffer", "crash", "fall"}
)
# Verbs of beating someone: in the passive ("was beaten") the subject lost.
_BEATING = frozenset({"beat", "defeat", "upset", "outsprint", "outrun", "edge"})


def _a_setback(span: Span) -> bool:
    """ "a first defeat in 14 years", "suffered a first-round exit for the first time in
    four years", "was beaten for the first time in six years": a first that is a setback
    is no record."""
    verb = clause_verb(span.root)
    near = [*span, verb, *(c for c in verb.children if c.dep_ in ("dobj", "attr"))]
    beaten = verb.lemma_ in _BEATING and any(c.dep_ == "auxpass" for c in verb.children)
    return beaten or any(t.lemma_.lower() in _SETBACKS for t in near)


def _a_history(span: Span) -> bool:
    """ "Smith's track record makes impressive reading": someone's track record is what
    they have done, not the record of a track ("set a track record of 12.90")."""
    return span[0].lower_ == "track" and any(
        t.dep_ == "poss" for t in span[-1].children if t.i < span.start
    )


def _superlative(span: Span) -> bool:
    """ "one of the world's best doubles teams", "Europe's best athletes": "best" before a
    noun describes, it is no best mark ("a world best time", "a world best of 2:04")."""
    last = span[-1]
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        last.lower_ in ("best", "bests")
        and nxt is not None
        and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
        and nxt.lower_ not in _MARK_NOUNS
    )


_ATTEMPTS = frozenset({"attempt", "bid", "assault", "tilt", "hope", "hopes", "quest", "chance"})
# What ends an attempt in failure: "record hopes were dashed", "bid ended in failure".
_FAILED = re.compile(
    r"\b(?:dashed|ended|failed|fail(?:s|ing)?|foiled|thwarted|denied|in vain|fell short|"
    r"came to nothing|unsuccessful|missed|over)\b",
    re.I,
)


def _attempt(article: Article, span: Span) -> list[Person] | None:
    """ "Holmes' failed attempt on the British indoor record", "Bekele's world record
    hopes were dashed", "her bid for the world record failed": whose attempt it was. An
    empty list is an attempt that the sentence does not say failed: a plan, no claim."""
    root = span.root
    prep = root.head
    if root.dep_ == "compound" and root.head.lemma_ in _ATTEMPTS:
        noun = root.head  # "world record hopes", "a record attempt"
    elif prep.lower_ in ("on", "at", "for", "of") and prep.head.lemma_ in _ATTEMPTS:
        noun = prep.head  # "attempt on the record", "bid for the world record"
    else:
        return None
    if is_hypothetical(noun) or (
        noun.lemma_ not in ("attempt", "assault", "tilt") and not _FAILED.search(span.sent.text)
    ):
        return []  # "will make a world record attempt", "his record bid in Paris": a plan
    for c in noun.children:
        if c.dep_ == "poss" and (found := people_at(c, article.athletes)):
            return found
    return subjects(noun, article.athletes) or None


def _count_of(span: Span) -> int | None:
    """ "three personal bests", "10 world records": how many records a cue counts."""
    if not span.text.lower().endswith(("records", "bests")):
        return None
    for t in span.doc[max(span.sent.start, span.start - 2) : span.start]:
        n = cardinal(t.text) if t.lower_ not in ("a", "an") else None
        if n is not None and n >= 2:
            return n
    return None


def _never_set(span: Span) -> bool:
    """ "outside the European standard", a record only named ("the world record is ...")."""
    text = span.sent.text.lower()
    return bool(re.search(r"\b(?:qualifying|standard)\b", span.text.lower())) or (
        "record" in span.text.lower()
        and span.root.dep_ == "nsubj"
        and clause_verb(span.root).lemma_ in ("be", "stand")
        and "set" not in text
    )


def _draft(
    article: Article,
    span: Span,
    people: list[Person],
    scope: str,
    status: str,
    value: float | None,
    unit: str | None,
    event: EventMention | None,
    name: str | None = None,
) -> Draft:
    return Draft(
        "record",
        span.sent,
        span.start,
        people=people,
        fields={
            "scope": scope,
            "status": status,
            "value": value,
            "unit": unit,
            "description": span.text.lower(),
        },
        event=name or (event.full(event_gender(people)) if event else None),
        rule="record",
    )


def _count_record(article: Article, span: Span) -> list[Draft]:
    """ "a record 18th gold medal", "the record of five gold medals", "the most gold medals"."""
    doc = article.doc
    sent = span.sent
    count: int | None = None
    unit_words: list[str] = []
    for t in doc[span.start : min(sent.end, span.end + 5)]:
        n = ordinal(t.text) or cardinal(t.text) if t.lower_ not in ("a", "an", "the") else None
        if n is not None and count is None:
            count = n
            continue
        if count is not None or span.id_ == "most":
            if t.lower_ in (
                "gold",
                "silver",
                "bronze",
                "medal",
                "medals",
                "golds",
                "titles",
                "title",
                "olympic",
                "world",
            ):
                unit_words.append(t.lower_)
            elif unit_words:
                break
    if span.id_ == "best":  # "The three medals ... mark the nation's best output"
        count, unit_words = _count_before(span)
    unit = " ".join(unit_words)
    if unit.endswith(("medal", "title")) or unit in ("gold", "silver", "bronze"):
        unit = unit + "s" if unit.endswith(("medal", "title")) else unit + " medals"
    if span.id_ != "most" and (count is None or not unit):
        return []
    if is_hypothetical(span.root):
        return []
    people, nation = _athletes_or_nation(article, span)
    if not people and nation is None:
        return []
    comp = article.competition_at(span.root)
    scope = (
        "olympic"
        if comp is not None and comp.level == "olympics"
        else (
            "championship"
            if comp is not None and comp.level in ("world", "continental")
            else "other"
        )
    )
    if span.id_ == "best":
        scope = "national"
    year = article.year_after(span.root, window=8)
    published = article.doc._.published
    status = "previous" if year and published and year < int(published[:4]) else "set"
    return [
        Draft(
            "record",
            sent,
            span.start,
            people=people,
            nation=nation,
            competition=comp.in_year(year) if comp is not None else None,
            fields={
                "scope": scope,
                "status": status,
                "value": count,
                "unit": unit or None,
                "description": None,
            },
            rule="count-record",
        )
    ]


def _count_before(span: Span) -> tuple[int | None, list[str]]:
    sent = span.sent
    for t in span.doc[sent.start : span.start]:
        n = cardinal(t.text) if t.lower_ not in ("a", "an") else None
        nxt = t.nbor(1) if t.i + 1 < sent.end else None
        if (
            n is not None
            and nxt is not None
            and nxt.lower_ in ("medals", "golds", "titles", "wins")
        ):
            return n, [nxt.lower_]
    return None, []


def _athletes_or_nation(article: Article, span: Span) -> tuple[list[Person], str | None]:
    """Whose record it is: athletes, else a country ("gave Norway a record 18th gold")."""
    people = subjects(span.root, article.athletes)
    return people, None if people else nation_subject(span.root, article.athletes)


def _first(article: Article, span: Span) -> list[Draft]:
    """ "the country's first men's Olympic cross-country medal": a national first."""
    if is_hypothetical(span.root) or _a_setback(span):
        return []
    people, nation = _athletes_or_nation(article, span)
    if not people and nation is None:
        return []
    event = article.event_at(span.root)
    end = min(span.sent.end, span.end + 6)
    description = article.doc[span.start : end].text
    scope = span.id_ or "other"
    doc = article.doc
    before = doc[max(span.sent.start, span.start - 3) : span.start]
    if any(t.i in article.athletes.nations or t.lower_ in ("country", "nation") for t in before):
        scope = "national"  # "Britain's first relay medal since 1912"
    return [
        Draft(
            "record",
            span.sent,
            span.start,
            people=people,
            nation=nation,
            fields={
                "scope": scope,
                "status": "set",
                "value": None,
                "unit": None,
                "description": description,
            },
            event=event.full(event_gender(people)) if event else None,
            rule="first",
        )
    ]
