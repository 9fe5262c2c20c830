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
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extractor.resolve.names import NameRegistry, Person, gender_of_name
from extractor.resolve.nations import NationTable, nation_table
from extractor.resolve.words import WordLists, word_lists

_NAME_SHAPE = re.compile(r"^[^\W\d_][^\W\d_'’.]*(?:['’][^\W\d_]+)*\.?$")
# A name followed by one of these is part of an institution: "Jose M Cagigal Memorial".
_ORG_TAIL = {
    "Memorial",
    "Meeting",
    "Grand",
    "Classic",
    "Cup",
    "Games",
    "Trophy",
    "Invitational",
    "Championships",
    "Championship",
    "Stadium",
    "Arena",
    "Park",
    "Marathon",
    "Prize",
    "Club",
    "Harriers",
    "University",
    "College",
    "Foundation",
    "Award",
    "Awards",
    "Relays",
}
_OPENERS = {'"', "“", "‘", "'", "(", "-", "—", "–"}
_FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
_SAY_VERBS = {
    "say",
    "add",
    "tell",
    "admit",
    "explain",
    "insist",
    "reveal",
    "claim",
    "declare",
    "confess",
    "continue",
    "recall",
    "joke",
    "smile",
    "laugh",
    "concede",
    "warn",
}
_OWNED = {
    "tally",
    "career",
    "time",
    "medal",
    "victory",
    "win",
    "record",
    "title",
    "best",
    "run",
    "performance",
    "leap",
    "jump",
    "throw",
    "form",
    "gold",
    "silver",
    "bronze",
    "haul",
    "lead",
    "effort",
    "triumph",
    "success",
    "season",
    "finish",
    "mark",
    "total",
    "count",
}
_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass
class Athletes:
    """The people of one article and where each is mentioned or referred to."""

    registry: NameRegistry
    mentions: list[tuple[int, int, Person]] = field(default_factory=list)  # token [start, end)
    by_token: dict[int, Person] = field(default_factory=dict)
    refs: dict[int, Person] = field(default_factory=dict)  # pronoun / descriptor head -> person
    nations: dict[int, str] = field(default_factory=dict)  # token of a nation word -> IOC code

    def person_at(self, i: int) -> Person | None:
        return self.by_token.get(i) or self.refs.get(i)

    def mention_span(self, i: int) -> tuple[int, int] | None:
        for start, end, _ in self.mentions:
            if start <= i < end:
                return (start, end)
        return None


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
            person = athletes.registry.resolve(run.text, run.start_char)
            if person is None:
                person = athletes.registry.add(run.text, run.start_char)
            athletes.mentions.append((run.start, run.end, person))
            for t in range(run.start, run.end):
                athletes.by_token[t] = person
            self._nation_near(doc, run, person, athletes)
        for person in athletes.registry.people:
            person.gender = person.gender or gender_of_name(person.name)
        self._corefer(doc, athletes)
        self._nations_from_clauses(doc, athletes)
        doc._.athletes = athletes
        doc.spans["athletes"] = [doc[s:e] for s, e, _ in athletes.mentions]
        return doc

    # -- finding names ---------------------------------------------------------------

    def _find_nations(self, doc: Doc, athletes: Athletes) -> None:
        spans = []
        for match_id, start, end in self.nation_matcher(doc):
            if self.nations.by_any(doc[start:end].text) is not None:
                spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        spans = filter_spans(spans)
        for span in spans:
            code = self.nations.by_any(span.text)
            for t in range(span.start, span.end):
                if code is not None:
                    athletes.nations[t] = code
        doc.spans["nations"] = spans

    def _is_name_token(self, tok: Token, athletes: Athletes, in_list: bool) -> bool:
        text = tok.text
        if not text[:1].isupper() or not _NAME_SHAPE.match(text):
            return False
        if tok.i in athletes.nations or text in self.words.not_name_words:
            return False
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
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            in_list = tok.sent.start_char in list_starts
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
        if run.end < len(doc) and doc[run.end].text in _ORG_TAIL:
            return False
        return not (run.start > 0 and doc[run.start - 1].text in ("Team", "Club"))

    def _single_is_person(self, run: Span, athletes: Athletes) -> bool:
        tok = run[0]
        doc = run.doc
        if run.start > 0 and doc[run.start - 1].lower_ == "the":
            return False  # "The Yorkshireman", "the Dubliner": a description
        if athletes.registry.resolve(tok.text, run.start_char) is not None:
            return True
        if run.end < len(doc) and doc[run.end].text in _ORG_TAIL:
            return False
        if tok.ent_type_ == "PERSON" and len(tok.text) > 2:
            return True
        if tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE", "EVENT", "LAW", "LANGUAGE"):
            return False
        owner = (
            run.end < len(doc)
            and doc[run.end].text in ("'s", "’s")
            and tok.dep_ == "poss"
            and tok.head.lemma_ in _OWNED
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
            tok.dep_ in _SUBJECT_DEPS
            and tok.head.pos_ in ("VERB", "AUX")
            and (
                tok.pos_ == "PROPN"  # "Life since then has been fantastic" is no one
            )
        )
        agent = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"
        return age or acts or agent

    # -- nations and coreference -----------------------------------------------------

    def _nation_near(self, doc: Doc, run: Span, person: Person, athletes: Athletes) -> None:
        """ "Kenyan Bernard Lagat", "Ethiopia's X", "X of Ireland", "X (Germany)"."""
        code: str | None = None
        s, e = run.start, run.end
        k = s - 1  # "British favourite Chris Lambert", "Russian pole vaulter Yelena Isinbayeva"
        while (
            k >= max(run.sent.start, s - 4)
            and k not in athletes.nations
            and (doc[k].lower_ in self.words.person_nouns or doc[k].pos_ in ("ADJ", "NOUN"))
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
        elif e + 1 < len(doc) and doc[e].text == "(":
            close = next(
                (k for k in range(e + 1, min(e + 6, len(doc))) if doc[k].text == ")"), None
            )
            if close is not None:
                code = self.nations.by_name_fuzzy(doc[e + 1 : close].text)
        if code is not None and person.nation is None:
            person.nation = code

    def _nations_from_clauses(self, doc: Doc, athletes: Athletes) -> None:
        """ "finishing fourth for Ireland", "representing England", "broke the Irish record",
        "overtaking teammate X" (the subject's nation): for athletes not yet placed."""
        for sent in doc.sents:
            first = next(
                (
                    t
                    for t in sent
                    if t.dep_ in _SUBJECT_DEPS and athletes.person_at(t.i) is not None
                ),
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
                    code = self.nations.by_name(doc[tok.i + 1].text, home=home) or code
                elif tok.lower_ in ("record", "best") and tok.i - 1 in athletes.nations:
                    code = athletes.nations[tok.i - 1]  # "the Irish record"
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
                    tok.lower_
                    in ("teammate", "team-mate", "compatriot", "countryman", "countrywoman")
                    and subject is not None
                    and subject.nation
                ):
                    nxt = athletes.by_token.get(tok.i + 1)
                    if nxt is not None and nxt.nation is None:
                        nxt.nation = subject.nation

    def _corefer(self, doc: Doc, athletes: Athletes) -> None:
        """Resolve "he", "his", "the 22-year-old Scot" to the athlete in focus, and "I" in
        a quotation to its speaker.

        Candidates, in order: subjects earlier in the same sentence, other athletes
        earlier in it, then the subjects and other athletes of each earlier sentence,
        the latest sentence first; gender and nationality, where known, must not clash.
        """
        history: list[list[Person]] = []  # per sentence: its subjects, then its mentions
        sents = list(doc.sents)
        first_person: list[list[Token]] = []
        for sent in sents:
            if sent.text.strip()[:1].islower():
                history = []  # a sentence that lost its subject: its referent is unknown
            sent_subjects: list[Person] = []
            sent_mentions: list[Person] = []
            mine: list[Token] = []
            for tok in sent:
                person = athletes.by_token.get(tok.i)
                if person is not None:
                    if tok.dep_ in _SUBJECT_DEPS:
                        _touch(sent_subjects, person)
                    _touch(sent_mentions, person)
                    continue
                if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
                    mine.append(tok)
                    continue
                target = self._referring(tok, athletes)
                if target is None:
                    continue
                gender, code = target
                earlier = [p for group in reversed(history) for p in group]
                candidates = sent_subjects + sent_mentions + earlier
                if tok.dep_ in ("dobj", "pobj", "dative") and tok.pos_ == "PRON":
                    # "Ortega finished 41 seconds behind her": not Ortega herself
                    own = _clause_subjects(tok, athletes)
                    candidates = [p for p in candidates if p not in own]
                antecedent = _pick(candidates, gender, code)
                if antecedent is None:
                    continue
                athletes.refs[tok.i] = antecedent
                if gender and antecedent.gender is None:
                    antecedent.gender = gender
                if code and antecedent.nation is None:
                    antecedent.nation = code
                if tok.dep_ in _SUBJECT_DEPS or (
                    _is_age_descriptor(tok) and tok.i - sent.start < 6  # "The 22-year-old pipped"
                ):
                    _touch(sent_subjects, antecedent)
                _touch(sent_mentions, antecedent)
            if sent_subjects or sent_mentions:
                # For later sentences: this one's subjects, then its athletes left to right.
                in_order = list(reversed(sent_mentions))
                history.append(sent_subjects + [p for p in in_order if p not in sent_subjects])
            first_person.append(mine)
        self._speakers(sents, first_person, athletes)

    def _speakers(
        self, sents: list[Span], first_person: list[list[Token]], athletes: Athletes
    ) -> None:
        """ "I won my 60m world indoor silver," said Collins: "I" is the speaker."""
        last: Person | None = None
        for k, sent in enumerate(sents):
            speaker = _speaker_of(sent, athletes)
            if speaker is None and first_person[k]:
                for other in (k + 1, k - 1):
                    if 0 <= other < len(sents):
                        speaker = _speaker_of(sents[other], athletes)
                        if speaker is not None:
                            break
            speaker = speaker or (last if first_person[k] else None)
            if speaker is not None:
                for tok in first_person[k]:
                    athletes.refs[tok.i] = speaker
                last = speaker

    def _referring(self, tok: Token, athletes: Athletes) -> tuple[str | None, str | None] | None:
        """(gender, nation) when ``tok`` refers to an athlete mentioned before."""
        low = tok.lower_
        if _is_age_descriptor(tok):
            return (None, None)
        if low in _PRONOUNS and tok.pos_ == "PRON":
            if low == "her" and tok.dep_ not in ("poss", "dobj", "pobj", "dative"):
                return None
            return (_PRONOUNS[low], None)
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.dep_ not in (
            "nsubj",
            "nsubjpass",
            "poss",
        ):
            return None
        head_word = low.split("-")[-1] if "-year-old" not in low else "year-old"
        if low.endswith("year-old"):
            head_word = "year-old"
        described = (  # "The Yorkshireman", "the Dubliner"; not "The Athens Olympics"
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and tok.text not in self.words.not_name_words
            and not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
        )
        if (
            head_word not in self.words.person_nouns
            and low not in self.words.person_nouns
            and (not described)
        ):
            return None
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
        if not det:
            return None
        code = None
        for t in doc_range(tok, det[0]):
            if t.i in athletes.nations:
                code = athletes.nations[t.i]
        if code is None and tok.i in athletes.nations:
            code = athletes.nations[tok.i]
        return (_gender_of_noun(low), code)


def _clause_subjects(tok: Token, athletes: Athletes) -> list[Person]:
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    return [
        p
        for c in cur.children
        if c.dep_ in _SUBJECT_DEPS
        for t in c.subtree
        if (p := athletes.by_token.get(t.i)) is not None
    ]


def _previous_nation_subject(doc: Doc, sent: Span, athletes: Athletes) -> str | None:
    """ "The US also logged a landmark ... Ogden earned the country's first medal": the
    nation that was the subject of the sentence before."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for tok in prev:
        if tok.dep_ in _SUBJECT_DEPS and tok.i in athletes.nations:
            return athletes.nations[tok.i]
    return None


def _is_age_descriptor(tok: Token) -> bool:
    """ "The battling 35-year-old", "The 22 year old": the "old" of an age used as a name."""
    if tok.lower_ not in ("old", "year-old") or tok.i < 2:
        return False
    doc = tok.doc
    k = tok.i - 1
    if tok.lower_ == "old":
        while k >= 0 and doc[k].text == "-":
            k -= 1
        if k < 0 or doc[k].lower_ != "year":
            return False
        k -= 1
        while k >= 0 and doc[k].text == "-":
            k -= 1
    if k < 0 or not doc[k].like_num:
        return False
    before = [t.lower_ for t in doc[max(tok.sent.start, k - 3) : k]]
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    return "the" in before and nxt not in word_lists().person_nouns  # not "35-year-old Scot"


def _speaker_of(sent: Span, athletes: Athletes) -> Person | None:
    for tok in sent:
        if tok.lemma_ in _SAY_VERBS and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ in _SUBJECT_DEPS:
                    person = athletes.person_at(child.i)
                    if person is not None:
                        return person
    return None


def doc_range(head: Token, first: Token) -> list[Token]:
    doc = head.doc
    return [doc[i] for i in range(first.i, head.i + 1)]


_MEN = re.compile(
    r"^(?:irish|welsh|french|dutch|scots|english|sports|country|kins|yorkshire|"
    r"cornish|norse)?man$|^boy$"
)
_WOMEN = re.compile(
    r"^(?:irish|welsh|french|dutch|scots|english|sports|country|kins|yorkshire|"
    r"cornish)?woman$|^girl$"
)


def _gender_of_noun(word: str) -> str | None:
    """ "Irishman" is a man; "German" and "Roman" are not."""
    if _MEN.match(word):
        return "m"
    if _WOMEN.match(word):
        return "f"
    return None


def _pick(recent: list[Person], gender: str | None, code: str | None) -> Person | None:
    if code:  # "the Briton's career": an athlete known to be British comes first
        for person in recent:
            if person.nation == code and not (gender and person.gender and person.gender != gender):
                return person
    for person in recent:
        if gender and person.gender and person.gender != gender:
            continue
        if code and person.nation and person.nation != code:
            continue
        return person
    return None


def _touch(recent: list[Person], person: Person) -> None:
    if person in recent:
        recent.remove(person)
    recent.insert(0, person)


def _width(run: Span) -> int:
    return sum(1 for t in run if t.text not in "-\u2010" and not t.text.islower())


@Language.factory("sports_athletes")
def make_athletes(nlp: Language, name: str) -> AthleteFinder:
    if not Doc.has_extension("athletes"):
        Doc.set_extension("athletes", default=None)
    return AthleteFinder(nlp, name, nation_table(), word_lists())
