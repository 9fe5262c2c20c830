"""Claims that follow from several others: who came second behind a winner.

"Klaebo ... won the 50km" and "Klaebo finished 17.5 seconds ahead of Nyenget" give
Nyenget second place (silver where the win was gold); "Jade Johnson edged out Kelly
Sotherton to claim the title" gives Sotherton second. Inferred claims are marked
``inferred: true`` and carry a lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from extractor.claims.draft import Draft
from extractor.knowledge.names import Person, surname
from extractor.knowledge.registry import registry
from extractor.resolve.repeats import event_core

_BEAT = re.compile(
    r"\b(?:edg(?:ed|es|ing) out|held off|holds? off|holding off|pipp(?:ed|ing)|"
    r"beat(?:ing|s)?|outsprint(?:ed|ing)?|challenge from|ahead of|clear of|"
    r"defeat(?:ed|ing)?|won (?:a|an|the)(?: \w+)? (?:battle|duel|tussle) with)\b",
    re.I,
)


def infer(drafts: list[Draft]) -> list[Draft]:
    winners = [d for d in drafts if _is_win(d) and not d.inferred and d.people]
    placed = {
        (surname(p.name), event_core(d.event))
        for d in drafts
        if d.type in ("medal", "result")
        for p in d.people
    }
    placed_nations = {
        (d.nation, event_core(d.event))
        for d in drafts
        if d.type in ("medal", "result") and not d.people
    }
    out: list[Draft] = []
    for win in winners:
        margins = [
            m for m in drafts if m.type == "margin" and m.rule != "gap" and _same_race(m, win)
        ]  # a gap says nothing of the place: "fourth (+22.5)"
        later = [replace(win, sent=s, anchor=s.start) for s in _following(win)]
        for source in [win, *margins, *later]:
            beaten = source.beaten or _beaten_in(source.sent, win)
            if len(beaten) == 1 and (surname(beaten[0].name), event_core(win.event)) not in placed:
                out.append(_second(win, source, people=beaten))
                placed.add((surname(beaten[0].name), event_core(win.event)))
            nations = source.beaten_nations or _beaten_nations_in(source.sent, win)
            if (
                not beaten
                and len(nations) == 1
                and (nations[0], event_core(win.event)) not in placed_nations
            ):
                out.append(_second(win, source, nation=nations[0]))
                placed_nations.add((nations[0], event_core(win.event)))
    return out


def winners_of_gaps(drafts: list[Draft]) -> list[Draft]:
    """Gap margins ("second at +1.2", "19.7 seconds back") get the winner of their race:
    the last win reported up to their sentence, of the same event where both name one.
    A gap with no such win keeps no subject, and is dropped."""
    wins = sorted(
        (d for d in drafts if _is_win(d) and not d.inferred and d.people),
        key=lambda d: d.sent.start_char,
    )
    out: list[Draft] = []
    for d in drafts:
        if d.rule == "gap" and not d.people:
            found = [
                w
                for w in wins
                if w.sent.start_char <= d.sent.start_char
                and not (w.event and d.event and event_core(w.event) != event_core(d.event))
                and not any(p in d.beaten for p in w.people)
            ]
            if found:
                d = replace(d, people=found[-1].people, event=d.event or found[-1].event)
        out.append(d)
    return out


def owners_of_marks(drafts: list[Draft]) -> list[Draft]:
    """A record said of a mark ("The 10.91 was a Dominican record") is the record of
    whoever the article gave that mark to last before it; with nobody, it is dropped."""
    out: list[Draft] = []
    for d in drafts:
        if d.rule == "record-of-mark" and not d.people:
            owners = [
                p
                for p in drafts
                if p.type == "performance"
                and p.people
                and p.fields.get("value") == d.fields.get("value")
                and p.sent.start_char <= d.sent.start_char
            ]
            if owners:
                last = owners[-1]
                d = replace(d, people=last.people, event=d.event or last.event)
        out.append(d)
    return out


def _is_win(d: Draft) -> bool:
    """A win reported in the article (not a title held from before, not a relay, where
    the athlete beaten stands for a team)."""
    if d.rule == "champion" or registry().is_team_event(d.event, d.sport):
        return False
    return (d.type == "medal" and d.fields.get("medal") == "gold") or (
        d.type == "result" and d.fields.get("rank") == 1
    )


def _same_race(margin: Draft, win: Draft) -> bool:
    if {surname(p.name) for p in margin.people} != {surname(p.name) for p in win.people}:
        return False
    if margin.event and win.event:
        return event_core(margin.event) == event_core(win.event)
    if margin.competition_name and win.competition_name:
        return margin.competition_name == win.competition_name
    return margin.sent == win.sent


def _following(win: Draft, n: int = 2) -> list[Span]:
    """The next sentences that are still about the winner ("The Larne athlete ... had to
    hold off a late challenge from Jimmy Watkins")."""
    doc = win.sent.doc
    athletes = doc._.athletes
    out: list[Span] = []
    for sent in doc.sents:
        if sent.start < win.sent.end:
            continue
        if len(out) >= n:
            break
        subject = next(
            (
                athletes.person_at(t.i)
                for t in sent
                if t.dep_ in ("nsubj", "nsubjpass") and athletes.person_at(t.i) is not None
            ),
            None,
        )
        if subject is None or subject not in win.people:
            break
        out.append(sent)
    return out


def _beaten_in(sent: Span, win: Draft) -> list[Person]:
    """ "edged out rival Kelly Sotherton", "held off Markos Geneti": the athlete after."""
    doc = sent.doc
    athletes = doc._.athletes
    for m in _BEAT.finditer(sent.text):
        start = sent.start_char + m.end()
        if _in_other_clause(sent, sent.start_char + m.start(), win):
            continue  # "Cragg, who recently defeated Bekele in Boston, held off ..."
        for t in sent:
            if t.idx < start:
                continue
            person = athletes.person_at(t.i)
            owner = t.dep_ == "poss" or (t.i + 1 < sent.end and doc[t.i + 1].text in ("'s", "’s"))
            if person is not None and person not in win.people and not owner:
                return [person]  # not "held off Bekele's colleague Markos Geneti"
            if t.idx - start > 60 or t.text in (",", ";", "."):
                break
    return []


def _in_other_clause(sent: Span, offset: int, win: Draft) -> bool:
    tok = next((t for t in sent if t.idx >= offset), None)
    if tok is None:
        return False
    cur = tok
    for _ in range(6):
        if cur.dep_ == "relcl":
            return not (cur.left_edge.i <= win.anchor <= cur.right_edge.i)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _beaten_nations_in(sent: Span, win: Draft) -> list[str]:
    """ "beating pre-race favourites USA to gold": a nation beaten."""
    athletes = sent.doc._.athletes
    for m in _BEAT.finditer(sent.text):
        start = sent.start_char + m.end()
        for t in sent:
            if t.idx < start:
                continue
            if t.i in athletes.nations and t.ent_type_ != "NORP" and t.text[:1].isupper():
                code = athletes.nations[t.i]
                return [code] if code != win.nation else []
            if t.idx - start > 40 or t.text in (",", ";", ".") or athletes.person_at(t.i):
                break
    return []


def _second(
    win: Draft, source: Draft, people: list[Person] | None = None, nation: str | None = None
) -> Draft:
    fields: dict[str, object]
    if win.type == "medal":
        kind, fields = "medal", {"medal": "silver"}
    else:
        kind, fields = "result", {"rank": 2}
    nations = {p.nation for p in people or [] if p.nation}
    return replace(
        win,
        type=kind,
        sent=source.sent,
        anchor=source.anchor,
        people=people or [],
        nation=nation or (nations.pop() if len(nations) == 1 else None),
        fields=fields,
        inferred=True,
        rule="infer-second",
        beaten=[],
        beaten_nations=[],
        date=win.date or source.date,
    )
