"""What "he", "his", "the 22-year-old Scot" and "the Yorkshireman" refer to, and whose
"I" a quotation is.

Candidates, in order: subjects earlier in the same sentence, other athletes earlier in
it, then the subjects and other athletes of each earlier sentence, the latest sentence
first; gender and nationality, where known, must not clash. A sentence that lost its
subject (it starts in lower case or on a stop) breaks the chain: its referent is unknown,
and so is that of the description that follows it ("The 21-year-old").
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from extractor.annotate.mentions import SUBJECT_DEPS, Athletes, lost_its_subject
from extractor.knowledge.names import Person
from extractor.knowledge.nations import nation_table
from extractor.knowledge.words import WordLists, word_lists

_FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
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


def resolve_references(doc: Doc, athletes: Athletes, words: WordLists) -> None:
    """Resolve "he", "his", "the 22-year-old Scot" to the athlete in focus, and "I" in
    a quotation to its speaker.

    Candidates, in order: subjects earlier in the same sentence, other athletes
    earlier in it, then the subjects and other athletes of each earlier sentence,
    the latest sentence first; gender and nationality, where known, must not clash.
    """
    history: list[list[Person]] = []  # per sentence: its subjects, then its mentions
    sents = list(doc.sents)
    first_person: list[list[Token]] = []
    named_later: Person | None = None  # the lost name, as the paragraph names it later
    officials: set[int] = set()  # people introduced by an office, not athletes
    paragraph_end = 0
    mention_starts = [start for start, _, _ in athletes.mentions]
    for sent in sents:
        lost = lost_its_subject(sent.text)
        if sent.start_char >= paragraph_end:
            named_later = None
        if lost:
            history = []  # a sentence that lost its subject: its referent is unknown
            end = doc.text.find("\n\n", sent.end_char)
            paragraph_end = len(doc.text) if end < 0 else end
            named_later = _surname_named_later(sent, paragraph_end, athletes, mention_starts)
        sent_subjects: list[Person] = []
        sent_mentions: list[Person] = []
        mine: list[Token] = []
        for tok in sent:
            person = athletes.by_token.get(tok.i)
            if person is not None:
                if tok.dep_ in SUBJECT_DEPS:
                    _touch(sent_subjects, person)
                _touch(sent_mentions, person)
                if tok.i > sent.start and doc[tok.i - 1].lower_ in words.official_nouns:
                    officials.add(id(person))  # "AK chief Isaiah Kiplagat", "coach X"
                continue
            if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
                mine.append(tok)
                continue
            target = _referring(tok, athletes, words)
            if target is None:
                continue
            gender, code = target
            earlier = [p for group in reversed(history) for p in group]
            candidates = [
                p for p in sent_subjects + sent_mentions + earlier if id(p) not in officials
            ]  # "said AK chief X. The 29-year-old finished second": not the official
            if tok.dep_ in ("dobj", "pobj", "dative") and tok.pos_ == "PRON":
                # "Ortega finished 41 seconds behind her": not Ortega herself
                own = _clause_subjects(tok, athletes)
                candidates = [p for p in candidates if p not in own]
            antecedent = _pick(candidates, gender, code)
            if antecedent is None and named_later is not None and not lost:
                # "... stormed to the hurdles crown. The 25-year-old set a British record
                # ... 'I'm so happy,' said Claxton": the paragraph names the one it lost.
                antecedent = _pick([named_later], gender, code)
            if antecedent is None:
                continue
            athletes.refs[tok.i] = antecedent
            if gender and antecedent.gender is None:
                antecedent.gender = gender
            if code and antecedent.nation is None:
                antecedent.nation = code
            if tok.dep_ in SUBJECT_DEPS or (
                _is_age_descriptor(tok) and tok.i - sent.start < 6  # "The 22-year-old pipped"
            ):
                _touch(sent_subjects, antecedent)
            _touch(sent_mentions, antecedent)
        if (sent_subjects or sent_mentions) and not (lost and not sent_subjects):
            # (after a lost subject, "The 21-year-old" is that one, not another athlete
            # the sentence named: "sprinted past X ... The 21-year-old ran 53.45")
            # For later sentences: this one's subjects, then its athletes left to right.
            in_order = list(reversed(sent_mentions))
            history.append(sent_subjects + [p for p in in_order if p not in sent_subjects])
        first_person.append(mine)
    _speakers(sents, first_person, athletes)


def _surname_named_later(
    lost: Span, end: int, athletes: Athletes, mention_starts: list[int]
) -> Person | None:
    """The athlete a paragraph that lost its first name calls by surname alone later on
    ("said Claxton", "Wall's time"), never introduced by full name: the name it lost."""
    doc = lost.doc
    k = bisect.bisect_left(mention_starts, lost.end)
    for start, _, person in athletes.mentions[k:]:
        if doc[start].idx >= end:
            break
        if len(person.name.split()) == 1:
            return person
    return None


def _speakers(sents: list[Span], first_person: list[list[Token]], athletes: Athletes) -> None:
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


def _referring(
    tok: Token, athletes: Athletes, words: WordLists
) -> tuple[str | None, str | None] | None:
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
        and tok.text not in words.not_name_words
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
        and nation_table().by_name(tok.text) is None  # "The US also logged ..." is a country
    )
    if head_word not in words.person_nouns and low not in words.person_nouns and (not described):
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
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        cur = cur.head
    return [
        p
        for c in cur.children
        if c.dep_ in SUBJECT_DEPS
        for t in c.subtree
        if (p := athletes.by_token.get(t.i)) is not None
    ]


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
        if tok.lemma_ in word_lists().say_verbs and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ in SUBJECT_DEPS:
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
