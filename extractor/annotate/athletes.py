"""Who the article is about: athletes' names, their nations, and what "he" or "the
Norwegian skier" refers to.

The small model's NER labels many athletes ORG or GPE ("Klaebo", "Emil Iversen"), so a
name here is a run of capitalised tokens that are not nations, places, competitions or
sentence-initial function words. A run of two or more such tokens is a person; a single
token is one when it is the surname of a full name in the article, the model calls it a
PERSON, or it acts as one (the subject of a verb, "Scott, 22,").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extractor.annotate.coreference import resolve_references
from extractor.annotate.mentions import SUBJECT_DEPS, Athletes
from extractor.annotate.nationality import (
    nation_near,
    nations_from_clauses,
    nations_from_country_subjects,
)
from extractor.knowledge.names import NameRegistry, gender_of_name
from extractor.knowledge.nations import NationTable, nation_table
from extractor.knowledge.words import WordLists, word_lists

_NAME_SHAPE = re.compile(r"^[^\W\d_][^\W\d_'’.]*(?:['’][^\W\d_]+)*\.?$")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})
_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX)$")
_OPENERS = {'"', "“", "‘", "'", "(", "-", "—", "–"}


class AthleteFinder:
    def __init__(self, nlp: Language, name: str, nations: NationTable, words: WordLists) -> None:
        self.name = name
        self.nations = nations
        self.words = words
        self.nation_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for text, kind in nations.phrases():
            self.nation_matcher.add(kind, [nlp.make_doc(text)])

    def __call__(self, doc: Doc) -> Doc:
        athletes = Athletes(NameRegistry())
        self._find_nations(doc, athletes)
        runs = list(self._name_runs(doc, athletes))
        accepted: list[Span] = []
        for run in runs:  # full names first, so that surnames resolve to them
            if _width(run) >= 2 and self._looks_like_person(run):
                athletes.registry.add(run.text, run.start_char)
                accepted.append(run)
        for run in runs:
            if _width(run) == 1 and self._single_is_person(run, athletes):
                accepted.append(run)
        for run in sorted(accepted, key=lambda s: s.start):
            person = athletes.registry.mention(run.text, run.start_char)
            athletes.mentions.append((run.start, run.end, person))
            for t in range(run.start, run.end):
                athletes.by_token[t] = person
            nation_near(run, person, athletes, self.nations, self.words)
        for person in athletes.registry.people:
            person.gender = person.gender or gender_of_name(person.name)
        resolve_references(doc, athletes, self.words)
        nations_from_clauses(doc, athletes, self.nations)
        nations_from_country_subjects(doc, athletes, self.nations)
        doc._.athletes = athletes
        doc.spans["athletes"] = [doc[s:e] for s, e, _ in athletes.mentions]
        return doc

    # -- finding names ---------------------------------------------------------------

    def _find_nations(self, doc: Doc, athletes: Athletes) -> None:
        """Country names and nationality words, but not the dateline's place ("IGLS,
        Austria"): where a race was held says nothing about who raced in it."""
        layout = doc._.layout
        dateline = layout.dateline if layout is not None else None
        spans = []
        for match_id, start, end in self.nation_matcher(doc):
            if dateline is not None and dateline.start <= doc[start].idx < dateline.end:
                continue
            if self.nations.by_any(doc[start:end].text) is not None:
                spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        spans = [s for s in filter_spans(spans) if not self._opens_a_name(s, athletes)]
        for span in spans:
            code = self.nations.by_any(span.text)
            for t in range(span.start, span.end):
                if code is not None:
                    athletes.nations[t] = code
        doc.spans["nations"] = spans

    def _opens_a_name(self, span: Span, athletes: Athletes) -> bool:
        """A given name that is also a word or place, followed by a name ("Summer
        Okafor", "Georgia Hunter Vance"), outside a title-case headline."""
        doc = span.doc
        if len(span) != 1 or span.text not in self.words.given_name_words:
            return False
        if span.end >= len(doc) or doc[span.end].is_sent_start or not span[0].whitespace_:
            return False
        layout = doc._.layout
        if layout is not None and layout.in_headline(span.start_char):
            return False
        return self._is_name_token(doc[span.end], athletes, in_list=False, opening=False)

    def _is_name_token(
        self, tok: Token, athletes: Athletes, in_list: bool, opening: bool = True
    ) -> bool:
        text = tok.text
        if not text[:1].isupper() or not _NAME_SHAPE.match(text):
            return False
        if tok.i in athletes.nations or text in self.words.not_name_words:
            return (
                opening
                and text in self.words.given_name_words
                and self._opens_a_name(tok.doc[tok.i : tok.i + 1], athletes)
            )
        if _ROMAN.match(text):
            return False  # "Switzerland II", "USA III": a sled or boat, not a name
        if len(text) > 1 and text.isupper() and not in_list and len(text) > 3:
            return False
        if tok.lower_ in STOP_WORDS and tok.ent_type_ != "PERSON":
            return False  # "I", "It", "May" at the start of a quote
        if tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].text in _OPENERS):
            return text not in self.words.sentence_start_words and (
                tok.lower_ not in self.words.person_nouns
            )
        return True

    def _name_runs(self, doc: Doc, athletes: Athletes) -> Iterator[Span]:
        layout = doc._.layout
        list_starts = {s for s, _ in layout.list_lines} if layout is not None else set()
        for sent in doc.sents:
            yield from self._runs_in(sent, athletes, sent.start_char in list_starts)

    def _runs_in(self, sent: Span, athletes: Athletes, in_list: bool) -> Iterator[Span]:
        doc = sent.doc
        i = sent.start
        n = sent.end
        while i < n:
            tok = doc[i]
            if not self._is_name_token(tok, athletes, in_list):
                i += 1
                continue
            j = i + 1
            while j < n:
                nxt = doc[j]
                if self._is_name_token(nxt, athletes, in_list) and not nxt.is_sent_start:
                    j += 1
                elif (
                    nxt.text in "-\u2010"
                    and not doc[j - 1].whitespace_
                    and j + 1 < n
                    and not nxt.whitespace_
                    and self._is_name_token(doc[j + 1], athletes, in_list)
                ) or (
                    nxt.lower_ in self.words.name_particles
                    and nxt.text.islower()
                    and j + 1 < n
                    and self._is_name_token(doc[j + 1], athletes, in_list)
                ):
                    j += 2
                else:
                    break
            yield doc[i:j]
            i = j

    def _looks_like_person(self, run: Span) -> bool:
        doc = run.doc
        if self.nations.by_any(run.text):
            return False
        if run.start > 0 and doc[run.start - 1].text == "the":
            return False  # "in the Big Apple", "the Golden Gala": a place or an event
        if run.end < len(doc) and doc[run.end].text in self.words.org_tail_words:
            return False
        return not (run.start > 0 and doc[run.start - 1].text in ("Team", "Club"))

    def _single_is_person(self, run: Span, athletes: Athletes) -> bool:
        tok = run[0]
        doc = run.doc
        if run.start > 0 and doc[run.start - 1].lower_ == "the":
            return False  # "The Yorkshireman", "the Dubliner": a description
        if athletes.registry.resolve(tok.text, run.start_char) is not None:
            return True
        if run.end < len(doc) and doc[run.end].text in self.words.org_tail_words:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPOSITIONS:
            return False  # "cleared 4.88 metres in Lievin": a place
        if tok.ent_type_ == "PERSON" and len(tok.text) > 2:
            return True
        # Not NORP: nationalities are the nation table's, and the model calls some
        # surnames so ("as Bekele battled to second").
        if tok.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "EVENT", "LAW", "LANGUAGE"):
            return False
        owner = (
            run.end < len(doc)
            and doc[run.end].text in ("'s", "’s")
            and tok.dep_ == "poss"
            and tok.head.lemma_ in self.words.owned_nouns
        )  # "Klaebo's career tally"
        if owner:
            return True
        age = (
            run.end + 2 < len(doc)
            and doc[run.end].text == ","
            and doc[run.end + 1].like_num
            and doc[run.end + 2].text == ","
        )
        acts = (
            tok.dep_ in SUBJECT_DEPS
            and tok.head.pos_ in ("VERB", "AUX")
            and (
                tok.pos_ == "PROPN"  # "Life since then has been fantastic" is no one
            )
        )
        agent = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"
        return age or acts or agent


def _width(run: Span) -> int:
    return sum(1 for t in run if t.text not in "-\u2010" and not t.text.islower())


@Language.factory("sports_athletes")
def make_athletes(nlp: Language, name: str) -> AthleteFinder:
    if not Doc.has_extension("athletes"):
        Doc.set_extension("athletes", default=None)
    return AthleteFinder(nlp, name, nation_table(), word_lists())
