"""An athlete's country, from the words around the name ("Kenyan Bernard Lagat",
"Ethiopia's Tirunesh Dibaba", "Nate Brannen of Canada", "X (Germany)") and from the
clause ("finished fourth for Ireland", "broke the Irish record", "teammate X")."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from extractor.annotate.mentions import SUBJECT_DEPS, Athletes
from extractor.knowledge.names import Person
from extractor.knowledge.nations import NationTable
from extractor.knowledge.registry import registry
from extractor.knowledge.words import WordLists
from extractor.layout import paragraph_starts


def nation_near(
    run: Span, person: Person, athletes: Athletes, nations: NationTable, words: WordLists
) -> None:
    """ "Kenyan Bernard Lagat", "Ethiopia's X", "X of Ireland", "X (Germany)"."""
    doc = run.doc
    code: str | None = None
    s, e = run.start, run.end
    k = s - 1  # "British favourite Chris Lambert", "Russian pole vaulter Yelena Isinbayeva"
    while (
        k >= max(run.sent.start, s - 4)
        and k not in athletes.nations
        and (
            doc[k].lower_ in words.person_nouns
            or doc[k].pos_ in ("ADJ", "NOUN")
            or doc[k].text in ("-", "'s", "’s")  # "British team-mate X", "skater's X"
        )
        and doc[k].lower_ not in ("and", "or")
    ):
        k -= 1
    # Right before the name any nation word counts; across adjectives only a
    # nationality ("Ireland ... Paul Brizzel" needs the possessive below).
    if k >= 0 and k in athletes.nations and (k == s - 1 or doc[k].ent_type_ != "GPE"):
        code = athletes.nations[k]
    elif s >= 2 and doc[s - 1].text in ("'s", "’s") and (s - 2) in athletes.nations:
        code = athletes.nations[s - 2]
    elif e + 1 < len(doc) and doc[e].text == "of" and (e + 1) in athletes.nations:
        code = athletes.nations[e + 1]
    elif e + 2 < len(doc) and doc[e].text == "of" and doc[e + 1].lower_ == "the":
        code = athletes.nations.get(e + 2)  # "X of the United States"
    elif e + 1 < len(doc) and doc[e].text == "(":
        close = next((k for k in range(e + 1, min(e + 6, len(doc))) if doc[k].text == ")"), None)
        if close is not None:
            code = nations.by_name_fuzzy(doc[e + 1 : close].text)
    if code is not None and person.nation is None:
        person.nation = code


def nations_from_clauses(doc: Doc, athletes: Athletes, nations: NationTable) -> None:
    """ "finishing fourth for Ireland", "representing England", "broke the Irish record",
    "overtaking teammate X" (the subject's nation): for athletes not yet placed."""
    for sent in doc.sents:
        first = next(
            (t for t in sent if t.dep_ in SUBJECT_DEPS and athletes.person_at(t.i) is not None),
            None,
        )
        group = [athletes.person_at(first.i)] if first is not None else []
        if first is not None:  # "Ben Ogden and Gus Schumacher earned ..."
            group += [p for c in first.subtree if (p := athletes.by_token.get(c.i))]
        subjects: list[Person] = []
        for p in group:
            if p is not None and p not in subjects:
                subjects.append(p)
        subject = subjects[0] if subjects else None
        for tok in sent:
            code = None
            if (
                tok.lower_ in ("for", "representing")
                and tok.i + 1 < sent.end
                and (tok.i + 1 in athletes.nations and doc[tok.i + 1].ent_type_ != "NORP")
            ):
                code = athletes.nations[tok.i + 1]
                home = tok.lower_ == "representing"
                code = nations.by_name(doc[tok.i + 1].text, home=home) or code
            elif tok.lower_ in ("for", "of") and _national_team_after(tok, athletes) is not None:
                code = _national_team_after(tok, athletes)  # "part of the British quartet"
            elif tok.lower_ in ("record", "best") and (found := _record_nation(tok, athletes)):
                code = found  # "the Irish record", "her own Irish 60m hurdles record"
            elif (
                tok.lemma_ == "give"
                and tok.i + 1 in athletes.nations
                and re.search(
                    r"\b(?:sweep|one-two|1-2|podium|clean sweep|medal|gold)\b",
                    doc[tok.i : min(sent.end, tok.i + 8)].text,
                )
            ):
                code = athletes.nations[tok.i + 1]  # "giving Norway a sweep of the podium"
            elif (
                tok.lower_ in ("country", "nation")
                and tok.i + 1 < sent.end
                and (doc[tok.i + 1].text in ("'s", "’s"))
            ):
                code = _previous_nation_subject(doc, sent, athletes)  # "the country's first"
            if code is not None:
                for person in subjects:
                    if person.nation is None:
                        person.nation = code
            if (
                tok.lower_ == "fellow"
                and tok.i + 1 in athletes.nations
                and athletes.by_token.get(tok.i + 2) is not None
                and subject is not None
                and subject.nation is None
            ):
                subject.nation = athletes.nations[tok.i + 1]  # "with fellow Norwegian X"
            nxt = athletes.by_token.get(tok.i + 1)
            if _is_teammate(tok) and subject is not None and nxt is not None:
                # "overtaking teammate X", "runner-up to British team-mate X": one nation
                if nxt.nation is None:
                    nxt.nation = subject.nation
                elif subject.nation is None:
                    subject.nation = nxt.nation


def nations_from_country_subjects(doc: Doc, athletes: Athletes, nations: NationTable) -> None:
    """ "Norway set the record Friday when biathlete Johannes Dale-Skjevdal won ...",
    "The US also logged a landmark performance. ... Jessie Diggins took bronze": once a
    country is a sentence's subject, the athletes who are subjects from there to the end
    of the paragraph are its own, unless something else placed them."""
    starts = paragraph_starts(doc.text)
    country: str | None = None
    last_para = 0
    for sent in doc.sents:
        para = bisect.bisect_right(starts, sent.start_char)
        if para != last_para:
            country, last_para = None, para
        root_subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
        for subj in root_subjects:
            if subj.i in athletes.nations and nations.by_name(subj.text) is not None:
                country = athletes.nations[subj.i]
        if country is None:
            continue
        for tok in sent:
            person = athletes.by_token.get(tok.i)
            if person is not None and tok.dep_ in SUBJECT_DEPS and person.nation is None:
                person.nation = country


def _record_nation(tok: Token, athletes: Athletes) -> str | None:
    """The nation of "the Irish (60m hurdles) record"; not of "British record holder X",
    which is someone else's."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("holder", "holders"):
        return None
    for k in range(tok.i - 1, max(tok.sent.start, tok.i - 5) - 1, -1):
        if k in athletes.nations:
            return athletes.nations[k]
        if doc[k].pos_ in ("DET", "PRON", "PUNCT", "VERB", "ADP") or doc[k].lower_ == "own":
            return None
    return None


def _national_team_after(tok: Token, athletes: Athletes) -> str | None:
    """ "for the GB men's team", "part of the British quartet": the team's nation."""
    if tok.lower_ == "of" and tok.head.lower_ != "part":
        return None
    doc = tok.doc
    window = doc[tok.i + 1 : min(tok.sent.end, tok.i + 6)]
    if not window or window[0].lower_ != "the":
        return None
    code = next((athletes.nations[t.i] for t in window if t.i in athletes.nations), None)
    crews = registry().file.crew_nouns
    team = next((t for t in window if t.lower_ in crews), None)
    return code if team is not None else None


def _is_teammate(tok: Token) -> bool:
    if tok.lower_ in ("teammate", "team-mate", "compatriot", "countryman", "countrywoman"):
        return True
    doc = tok.doc
    return (
        tok.lower_ == "mate"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and (doc[tok.i - 2].lower_ == "team")
    )


def _previous_nation_subject(doc: Doc, sent: Span, athletes: Athletes) -> str | None:
    """ "The US also logged a landmark ... Ogden earned the country's first medal": the
    nation that was the subject of the sentence before."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for tok in prev:
        if tok.dep_ in SUBJECT_DEPS and tok.i in athletes.nations:
            return athletes.nations[tok.i]
    return None
