"""Performances: a time, distance, height or score that an athlete achieved, with its
value in seconds, metres or points ("finished in 2:07:07", "leapt 6.50m", "James Nolan
(3:46.04)", "clocked 7.62secs and 7.63secs respectively")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.marks import bare_unit, mark_role
from extractor.claims.syntax import (
    LIST_JOINER,
    clause_verb,
    is_hypothetical,
    subject_people,
    subjects,
)
from extractor.knowledge.names import Person, event_gender
from extractor.values.marks import Mark
from extractor.values.numbers import ordinal


def find(article: Article) -> list[Draft]:
    drafts: list[Draft] = []
    for sent in article.sentences:
        marks = [
            (span, mark)
            for start, (span, mark) in sorted(article.marks.items())
            if sent.start <= start < sent.end
        ]
        performances = [(s, m) for s, m in marks if mark_role(article, s, m) == "performance"]
        respectively = _respectively(article, sent, performances)
        for k, (span, mark) in enumerate(performances):
            if is_hypothetical(span.root):
                continue
            people = respectively[k] if respectively else _owner(article, span)
            if not people:
                continue
            unit = mark.unit or bare_unit(article, span)
            event = article.event_at(span[0])
            drafts.append(
                Draft(
                    "performance",
                    sent,
                    span.start,
                    people=people,
                    fields={"value": mark.value, "unit": unit, "text": mark.text},
                    event=event.full(event_gender(people)) if event else None,
                    rule="bare-mark" if mark.kind == "bare" else "mark",
                )
            )
    return drafts


def _owner(article: Article, span: Span) -> list[Person]:
    """ "James Nolan (3:46.04)": a mark in brackets right after a name is that athlete's;
    so is one after a name and its place ("with Patrick van Balkom second in 21.58")."""
    doc = article.doc
    athletes = article.athletes
    if span.start >= 2 and doc[span.start - 1].text == "(":
        person = athletes.person_at(span.start - 2)
        if person is not None:
            return [person]
    k = span.start - 1
    if k - 2 >= span.sent.start and doc[k].lower_ in ("in", "with") and ordinal(doc[k - 1].text):
        person = athletes.by_token.get(k - 2)
        if person is not None:
            return [person]
    return subjects(span.root, athletes)


def _respectively(
    article: Article, sent: Span, performances: list[tuple[Span, Mark]]
) -> list[list[Person]] | None:
    """ "Kronberg and Dorival clocked 7.62secs and 7.63secs respectively", or without the
    word when the marks are joined as the subjects are ("Reyes and Grange clocked 10.91
    and 10.95"): the marks go to the subjects in order; the other marks of the sentence
    are left to the usual rules."""
    if len(performances) < 2:
        return None
    resp = next((t for t in sent if t.lower_ == "respectively"), None)
    verbs = [clause_verb(resp)] if resp is not None else []
    verbs += [clause_verb(span.root) for span, _ in performances]
    for verb in dict.fromkeys(verbs):
        people = subject_people(verb, article.athletes)
        mine = [
            k
            for k, (span, _) in enumerate(performances)
            if verb.left_edge.i <= span.start
            and span.end <= verb.right_edge.i + 1
            and (clause_verb(span.root) == verb or (resp is not None and span.root.head == resp))
        ]
        if len(people) < 2 or len(mine) != len(people):
            continue
        if resp is None and not _joined(article, [performances[k][0] for k in mine]):
            continue
        out: list[list[Person]] = [_owner(article, span) for span, _ in performances]
        for person, k in zip(people, mine, strict=True):
            out[k] = [person]
        return out
    return None


def _joined(article: Article, spans: list[Span]) -> bool:
    """Marks written as one list: "10.91 and 10.95", "7.62, 7.63 and 7.70"."""
    text = article.text
    return all(
        re.fullmatch(LIST_JOINER, text[a.end_char : b.start_char]) is not None
        for a, b in zip(spans, spans[1:], strict=False)
    )
