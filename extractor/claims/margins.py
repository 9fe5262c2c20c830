"""Margins: how far the winner finished ahead of the beaten ("17.5 seconds ahead of
Nyenget", "beat Jolene Byrne by 40 metres", "held off Markos Geneti by only 0.19secs",
"more than half-a-second clear", "one-hundredth of a second faster than")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.marks import mark_role
from extractor.claims.syntax import clause_verb, is_hypothetical, people_at, subjects, unique
from extractor.knowledge.names import Person, event_gender
from extractor.values.marks import Mark
from extractor.values.numbers import ordinal

BEAT_VERBS = frozenset(
    {
        "beat",
        "hold",
        "edge",
        "defeat",
        "outsprint",
        "pip",
        "see",
        "outpace",
        "outrun",
        "lead",
        "head",
        "win",
        "finish",
        "come",
        "clock",
        "cross",
    }
)


def find(article: Article) -> list[Draft]:
    drafts: list[Draft] = []
    for sent in article.sentences:
        for start, (span, mark) in sorted(article.marks.items()):
            if not sent.start <= start < sent.end or mark_role(article, span, mark) != "margin":
                continue
            if is_hypothetical(span.root):
                continue
            gap = _gap(article, span)
            if gap or _behind(article, span):
                # "finished 41 seconds behind her": the margin is hers, over the subject;
                # "second at +1.2", "19.7 seconds back", "12 seconds behind the winner":
                # the winner's, found among the article's wins once all are drafted.
                ahead = [] if gap else _ahead_of_behind(article, span)
                over_people = _gap_owner(article, span) or subjects(span.root, article.athletes)
                over_people = [p for p in over_people if p not in ahead]
                over_nations: list[str] = []
                people = ahead
                if not over_people:
                    continue
                if not people and gap:
                    drafts.append(_to_winner(article, sent, span, mark, over_people))
                if not people:
                    continue
            else:
                over_people, over_nations = _beaten(article, span)
                people = [p for p in subjects(span.root, article.athletes) if p not in over_people]
            if not people or not (over_people or over_nations or _clear(article, span)):
                continue  # "3cm short of the European standard" is no margin
            over = [p.name for p in over_people] + over_nations
            over = [o for o in over if o not in {p.name for p in people}]
            event = article.event_at(span[0])
            drafts.append(
                Draft(
                    "margin",
                    sent,
                    span.start,
                    people=people,
                    fields={"value": mark.value, "unit": mark.unit or "s", "over": over},
                    event=event.full(event_gender(people)) if event else None,
                    rule="margin",
                    beaten=over_people,
                    beaten_nations=over_nations,
                )
            )
    return drafts


def _gap(article: Article, span: Span) -> bool:
    """A gap to the winner as results write it: "+1.2", "(+22.5)", "19.7 seconds back",
    "0.45 behind" or "behind the winner" with nobody named after it."""
    if span.text.startswith("+"):
        return True
    after = article.text[span.end_char : span.end_char + 30].lower()
    if not re.match(r"^\s*(?:back|behind|adrift)\b", after):
        return False
    doc = article.doc
    word = span.end  # "back", "behind", "adrift"
    for k in range(word + 1, min(span.sent.end, word + 5)):
        if doc[k].text in (",", ";"):
            break
        if article.athletes.person_at(k) is not None:
            return False  # "41 seconds behind Haugen": her margin, not the winner's
    return True  # "0.087 seconds back for silver", "12 seconds behind the winner"


def _gap_owner(article: Article, span: Span) -> list[Person]:
    """The athlete a gap is written after: "Solheim Bakke second at +1.2", "Koskela was
    fourth (+22.5)" (the subject), "X (+0.8)"."""
    doc = article.doc
    k = span.start - 1
    while k > span.sent.start and doc[k].text in ("(", ",", "at", "a", "of"):
        k -= 1
    if ordinal(doc[k].text) is not None:
        k -= 1
    while k > span.sent.start and doc[k].pos_ in ("AUX", "VERB") and doc[k].tag_ != "VBG":
        k -= 1  # "X was second, 4.6 points behind", "X finished 0.087 seconds back"
    person = article.athletes.person_at(k)
    return [person] if person is not None else []


def _to_winner(article: Article, sent: Span, span: Span, mark: Mark, behind: list[Person]) -> Draft:
    """A margin of the race's winner, not yet known: resolving fills ``people`` from the
    article's win in the same race (or leaves the draft, which is then dropped)."""
    event = article.event_at(span[0])
    return Draft(
        "margin",
        sent,
        span.start,
        people=[],
        fields={"value": mark.value, "unit": mark.unit or "s", "over": [p.name for p in behind]},
        event=event.full(event_gender(behind)) if event else None,
        rule="gap",
        beaten=behind,
    )


def _ahead_of_behind(article: Article, span: Span) -> list[Person]:
    """The athlete after "behind": "41 seconds behind her", "behind Haugen"."""
    for t in article.doc[span.end : min(span.sent.end, span.end + 3)]:
        if t.lower_ == "behind":
            for k in range(t.i + 1, min(span.sent.end, t.i + 5)):
                person = article.athletes.person_at(k)
                if person is not None:
                    return [person]
    return []


def _clear(article: Article, span: Span) -> bool:
    """A margin with nobody named: "more than half-a-second clear", "won by 2.3 seconds"."""
    text = article.text
    after = text[span.end_char : span.end_char + 12].lower().lstrip()
    before = text[max(span.sent.start_char, span.start_char - 60) : span.start_char].lower()
    return after.startswith(("clear", "ahead", "in front")) or bool(
        re.search(  # "won by", "won the 3000m by a margin of", "took the title by"
            r"\b(?:won|win|wins|winning|victory|triumphed|title|race|final|gold)\b"
            r"[^.,;]{0,30}? by (?:\w+ |(?:a|the) margin of )?$",
            before,
        )
    )


def _behind(article: Article, span: Span) -> bool:
    after = article.text[span.end_char : span.end_char + 12].lower()
    return after.lstrip().startswith(("behind", "adrift", "slower", "off the pace", "down on"))


def _beaten(article: Article, span: Span) -> tuple[list[Person], list[str]]:
    """Who the margin was over: "ahead of X", "beat X by", "from X", "faster than X"."""
    doc = article.doc
    athletes = article.athletes
    sent = span.sent
    # "ahead of X", "clear of X", "faster than X", "from X" after the mark
    for t in doc[span.end : min(sent.end, span.end + 5)]:
        if t.lower_ in ("of", "than", "from"):
            return _objects_after(article, t)
    # "beat X by", "held off X by", "beating German Wolfram Mulle by"
    verb = clause_verb(span.root)
    for v in (verb, verb.head):
        if v.lemma_ in BEAT_VERBS:
            for c in v.children:
                if c.dep_ in ("dobj", "obj"):
                    found = people_at(c, athletes) or _people_in(article, c)
                    if found:
                        return found, []
                    nation = _nation_in(article, c)
                    if nation:
                        return [], [nation]
    for t in doc[span.end : min(sent.end, span.end + 8)]:
        if t.lower_ == "from":
            return _objects_after(article, t)
    return _beaten_before_by(article, span), []


_APPROXIMATELY = frozenset(
    {"almost", "nearly", "just", "only", "over", "about", "around", "some", "than", "more"}
)


def _beaten_before_by(article: Article, span: Span) -> list[Person]:
    """ "to beat Canada's Nate Brannen by almost 10secs", however the parse hung the "by":
    the name right before "by", right after a verb of beating."""
    doc = article.doc
    k = span.start - 1
    while k > span.sent.start and doc[k].lower_ in _APPROXIMATELY:
        k -= 1
    if doc[k].lower_ != "by":
        return []
    mention = article.athletes.mention_span(k - 1)
    if mention is None:
        return []
    first = mention[0]
    person = article.athletes.by_token[first]
    while first > span.sent.start and (
        doc[first - 1].text in ("'s", "’s") or first - 1 in article.athletes.nations
    ):
        first -= 1  # "Canada's"
    verb = doc[first - 1] if first > span.sent.start else None
    return [person] if verb is not None and verb.lemma_ in BEAT_VERBS else []


def _objects_after(article: Article, t: Token) -> tuple[list[Person], list[str]]:
    athletes = article.athletes
    for c in t.children:
        if c.dep_ == "pobj":
            found = people_at(c, athletes) or _people_in(article, c)
            if found:
                return found, []
            nation = _nation_in(article, c)
            return [], [nation] if nation else []
    nxt = t.i + 1
    while nxt < t.sent.end and nxt < t.i + 5:
        person = athletes.person_at(nxt)
        if person is not None:
            return [person], []
        nxt += 1
    return [], []


def _people_in(article: Article, tok: Token) -> list[Person]:
    return unique(p for t in tok.subtree if (p := article.athletes.by_token.get(t.i)))


def _nation_in(article: Article, tok: Token) -> str | None:
    for t in tok.subtree:
        if t.i in article.athletes.nations:
            return article.athletes.nations[t.i]
    return None
