"""Who a cue is about, and whether it is stated as fact: the helpers every rule shares.

The parse decides first ("Emil Iversen took bronze": the subject of the verb that governs
"bronze"; "Olympic heptathlon champion Carolina Kluft": the name the title modifies);
when it gives nobody, the nearest athlete in the sentence does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from spacy.tokens import Span, Token

from extractor.annotate.mentions import Athletes, lost_its_subject
from extractor.knowledge.names import Person
from extractor.knowledge.registry import registry

T = TypeVar("T")

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Words that make a clause a hope, plan or prediction rather than a result.
HYPOTHETICAL = frozenset(
    {
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "shall",
        "'ll",
        "wo",
        "hope",
        "hoping",
        "hopes",
        "aim",
        "aims",
        "aiming",
        "target",
        "targets",
        "bid",
        "want",
        "wants",
        "expect",
        "expected",
        "expects",
        "believe",
        "believes",
        "plan",
        "plans",
        "planning",
        "try",
        "trying",
        "attempt",
        "chase",
        "chasing",
        "confident",
        "determined",
        "eager",
        "dream",
        "dreams",
        "favourite",
        "favorite",
        "favourites",
        "favorites",
        "how",
        "towards",
        "bidding",
        "going",
        "intend",
        "if",
        "unless",
        "whether",
        "scheduled",
        "poised",
        "looking",
        "seeking",
        "need",
        "needs",
        "tipped",
        "backed",
        "predict",
        "predicted",
        "ambition",
        "ambitions",
        "chance",
    }
)
# Verbs of moving to a place or a title: "stormed to third", "battled to the title".
MOTION_VERBS = frozenset(
    {
        "storm",
        "motor",
        "romp",
        "cruise",
        "race",
        "power",
        "sprint",
        "glide",
        "speed",
        "surge",
        "charge",
        "ease",
        "stride",
        "dash",
        "battle",
        "fight",
        "struggle",
        "way",
    }
)
NEGATIONS = frozenset({"not", "n't", "never", "no", "failed", "fail", "fails", "without"})
# Links inside a title's noun phrase ("Olympic 100m silver medallist"); "conj" for "the
# Commonwealth and European silver medallist", parsed with "silver" joined to "Commonwealth".
_TITLE_CHAIN = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "quantmod", "conj"})


def clause_verb(tok: Token) -> Token:
    """The verb (or root) that governs ``tok``."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def people_at(tok: Token, athletes: Athletes) -> list[Person]:
    """The person a token names or refers to, with any names joined to it by "and"."""
    return unique(_people_at(tok, athletes, set()))


def _people_at(tok: Token, athletes: Athletes, seen: set[int]) -> list[Person]:
    if tok.i in seen:
        return []  # a bad parse can hang a name's head off its own name
    seen.add(tok.i)
    found: list[Person] = []
    person = athletes.person_at(tok.i)
    if person is not None:
        found.append(person)
        span = athletes.mention_span(tok.i)
        if span is not None:  # "and" hangs off the name's head: "Jason Gardener and ..."
            tok = _root_of(tok.doc[span[0] : span[1]])
            seen.update(range(span[0], span[1]))
    for child in tok.children:
        # "and" joins names; so does a comma in a list ("Gardener, Darren Campbell, ...").
        listed = child.dep_ == "appos" and athletes.person_at(child.i) is not None
        if child.dep_ == "conj" or (child.dep_ == "appos" and person is None) or listed:
            found.extend(_people_at(child, athletes, seen))
    if not found and tok.dep_ in ("nmod", "compound"):
        return []
    return found


def _root_of(span: Span) -> Token:
    for t in span:
        if not (span.start <= t.head.i < span.end) or t.head.i == t.i:
            return t
    return span[-1]


def subject_people(verb: Token, athletes: Athletes, depth: int = 0) -> list[Person]:
    """The athletes doing ``verb``: its subject, a relative clause's antecedent, a
    passive's agent, or (for "to claim", "by winning") the subject of the clause above."""
    if verb.lemma_ in ("go", "fall"):  # "the bronze medal went to Abderrahman Samba"
        for prep in verb.children:
            if prep.lower_ == "to":
                for pobj in prep.children:
                    found = people_at(pobj, athletes)
                    if found:
                        return found
    for child in verb.children:  # a passive's agent: "The race was won by Felipe Vivancos"
        if child.dep_ == "agent":
            for pobj in child.children:
                found = people_at(pobj, athletes)
                if found:
                    return found
    if verb.dep_ in ("acl", "amod") and athletes.person_at(verb.head.i) is not None:
        return people_at(verb.head, athletes)  # "with Isinbayeva finally jumping 4.91m"
    if verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        k = verb.i - 1
        while k > verb.sent.start and verb.doc[k].pos_ == "ADV":
            k -= 1
        before = verb.doc[k]
        if before.dep_ == "pobj" and before.head.lower_ == "with" and athletes.person_at(k):
            return people_at(before, athletes)
    for child in sorted(verb.children, key=lambda c: c.dep_ == "csubj"):
        if child.dep_ in SUBJECT_DEPS:
            if child.dep_ == "csubj" and not _people_in_subtree(child, athletes):
                continue  # "Defending Olympic champion Keller was sixth": a misparse
            whose = any(t.lower_ == "whose" for t in child.subtree)  # "McIlroy, whose time of"
            if (child.lower_ in ("who", "that", "which") or whose) and verb.dep_ == "relcl":
                return people_at(verb.head, athletes) or _member_of(verb.head, athletes)
            found = people_at(child, athletes)
            if found:
                return found
            found = _people_in_subtree(child, athletes)
            if found:
                return found
            if verb.dep_ != "relcl" and depth < 3 and verb.dep_ in ("conj",):
                return subject_people(verb.head, athletes, depth + 1)
            return []
    named = athletes.by_token.get(verb.i - 1) if verb.i > verb.sent.start else None
    if named is not None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return [named]  # "... and Germany's Moritz Keilhauer took bronze", however parsed
    if depth < 4 and verb.dep_ in (
        "xcomp",
        "advcl",
        "conj",
        "pcomp",
        "acl",
        "ccomp",
        "prep",
        "pobj",
    ):
        return subject_people(clause_verb(verb.head), athletes, depth + 1)
    if verb.dep_ == "relcl" and not is_infinitive(verb):
        return people_at(verb.head, athletes)  # not "pipped X ... to take top honours"
    return []


_MEMBERSHIP = frozenset({"part", "member", "one"})


def _member_of(group: Token, athletes: Athletes) -> list[Person]:
    """ "Gardener, part of the quartet that won gold", "X was a member of the team that
    took silver": what the group did, its named member did with it."""
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in _MEMBERSHIP:
        return []
    holder = prep.head
    if holder.dep_ == "appos":
        return people_at(holder.head, athletes)
    if holder.dep_ == "attr" and holder.head.lemma_ == "be":
        return [
            p
            for c in holder.head.children
            if c.dep_ in SUBJECT_DEPS
            for p in people_at(c, athletes)
        ]
    return []


def _people_in_subtree(tok: Token, athletes: Athletes) -> list[Person]:
    """ "Ireland's Paul Brizzel" parsed with the name as a modifier of something else."""
    found = [p for t in tok.subtree if (p := athletes.by_token.get(t.i)) is not None]
    return unique(found)


def _owner_of_subject(tok: Token, verb: Token, athletes: Athletes) -> list[Person]:
    """ "His time was 1 hour 59 minutes 40.2 seconds": the mark is what the subject is,
    and the subject is the athlete's."""
    if verb.lemma_ != "be" or tok.head.i != verb.i or tok.dep_ not in ("attr", "acomp"):
        return []
    for child in verb.children:
        if child.dep_ == "nsubj":
            return unique(
                p
                for t in child.subtree
                if t.dep_ == "poss" and (p := athletes.person_at(t.i)) is not None
            )
    return []


def title_head(tok: Token, athletes: Athletes) -> Token:
    """The noun a title word belongs to: "medallist" for "silver" in "the Commonwealth
    and European silver medallist"."""
    return _title_chain(tok, athletes)[1]


def _title_chain(tok: Token, athletes: Athletes) -> tuple[Token, Token]:
    """The last title word on the way up from ``tok`` and the noun it hangs on."""
    head = tok
    title = tok
    for _ in range(5):
        if head.dep_ in _TITLE_CHAIN and athletes.person_at(head.i) is None:
            title = head
            head = head.head
        else:
            break
    return title, head


def title_holder(tok: Token, athletes: Athletes) -> list[Person]:
    """Who holds a title in apposition: "Olympic champion Carolina Kluft", "Sotherton,
    the bronze medallist", "Olympic heptathlon bronze medallist, Sotherton,"."""
    title, head = _title_chain(tok, athletes)
    named = (
        named_right_after(title, athletes)
        or named_right_after(tok, athletes)
        or (tok.i + 1 < tok.sent.end and named_right_after(tok.nbor(1), athletes))
    )  # the title word itself, or the one after a medal's colour ("gold medallists X")
    if named:
        return named  # "Sydney 200m champion Kostas Kenteris", "gold medallists X and Y"
    if head.pos_ in ("ADP", "VERB", "AUX"):
        return []  # "0.12 seconds behind X": no title hangs on a preposition or verb
    noun = next(
        (t for t in (title, head) if t.lemma_ in TITLE_NOUNS),
        None,
    )
    if noun is not None and (apposed := _apposed_before(noun, athletes)):
        return apposed
    # A cue that hangs on nothing ("finished back for silver and X took bronze") holds no
    # title: the names joined to it are not its holders.
    bare_colour = head.i == tok.i and tok.lower_ in ("gold", "silver", "bronze")
    found = [] if bare_colour and athletes.person_at(head.i) is None else people_at(head, athletes)
    if found:
        # "Two-time AAAs champion Allyn Condon and Ian Mackie": a singular title is one's,
        # the first named after it ("... champion Kelli White and relay star X").
        plural = title.tag_ in ("NNS", "NNPS") or title.lower_ in (
            "medallists",
            "champions",
            "winners",
            "medalists",
        )
        if plural:
            return found
        named_next = athletes.by_token.get(head.i + 1)  # "champion Kelli White and ..."
        return [named_next] if named_next is not None else found[:1]
    doc = tok.doc
    start = head.left_edge.i
    if start >= 2 and doc[start - 1].text == "," and head.dep_ in ("appos", "conj", "npadvmod"):
        # "A, B and Markos Geneti, the world indoor bronze medallist": the name before.
        person = athletes.by_token.get(start - 2)
        if person is not None:
            return [person]
    for child in head.children:
        if child.dep_ == "appos":
            person = athletes.person_at(child.i)
            if person is not None:
                return [person]
    if head.dep_ == "appos":
        # "Kenteris, the 200m champion in 2000, and Thanou": Kenteris alone.
        person = athletes.person_at(head.head.i)
        if person is not None:
            return [person]
    # "... medallist Francis Obikwelu" parsed as two noun phrases side by side.
    nxt = head.i + 1
    if nxt < len(doc) and doc[nxt].text == ",":
        nxt += 1
    if nxt < tok.sent.end and athletes.by_token.get(nxt) is not None:
        return people_at(doc[nxt], athletes) or [athletes.by_token[nxt]]
    return []


# How copy joins the items of one list: "10.91 and 10.95", "the 800m, the 1500m and".
LIST_JOINER = r"\s*(?:,|and|, and|&)\s*"
_PLURAL_TITLES = frozenset({"medallists", "medalists", "champions", "winners"})
TITLE_NOUNS = frozenset({"champion", "medallist", "medalist", "winner"})


def named_right_after(title: Token, athletes: Athletes) -> list[Person]:
    """The names that follow a title word directly, whatever the parse made of them: one
    after a singular title, all those joined by commas and "and" after a plural one."""
    doc = title.doc
    k = title.i + 1
    if title.lower_ in ("runner", "runners"):  # "London Marathon runner up X", "runner-up X"
        while k < title.sent.end and doc[k].lower_ in ("-", "up"):
            k += 1
        if k == title.i + 1:
            return []
    elif title.lemma_ not in TITLE_NOUNS:
        return []
    first = athletes.by_token.get(k) if k < title.sent.end else None
    if first is None:
        return []
    if title.lower_ not in _PLURAL_TITLES:
        return [first]
    found = [first]
    while k < title.sent.end:
        person = athletes.by_token.get(k)
        if person is not None:
            if person not in found:
                found.append(person)
            k += 1
        elif (
            doc[k].text in (",", "and") and k + 1 < title.sent.end and athletes.by_token.get(k + 1)
        ):
            k += 1
        else:
            break
    return found


def subjects(tok: Token, athletes: Athletes) -> list[Person]:
    """The athletes a cue token is about (see the module docstring). The nearest athlete
    stands in only when the clause has no subject of its own ("the team took gold"
    is about the team, not about a name later in the sentence)."""
    found = title_holder(tok, athletes) or _with_person(tok, athletes)
    if found:
        return found
    verb = clause_verb(tok)
    found = (
        subject_people(verb, athletes)
        or _owner_of_subject(tok, verb, athletes)
        or _object_before(verb, athletes)
    )
    if found:
        return found
    if _has_subject(verb):
        return []
    return nearest_people(tok, athletes)


def is_infinitive(verb: Token) -> bool:
    """A verb with its "to": "to win", not "won"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _object_before(verb: Token, athletes: Athletes) -> list[Person]:
    """ "nothing stopped Kato winning the bronze", "helped Ines Kato win gold": the object
    of the verb above is the subject of a bare clause right after it (not of "beat X to
    win", where the infinitive's subject is the beater)."""
    if verb.tag_ not in ("VBG", "VB"):
        return []
    start, above = verb.i, verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from":  # "stopped X from winning"
        start, above = verb.head.i, verb.head.head
    elif verb.dep_ not in ("advcl", "xcomp", "ccomp"):
        return []
    if is_infinitive(verb):
        return []
    for c in above.children:
        if c.dep_ in ("dobj", "obj") and c.right_edge.i == start - 1:
            return people_at(c, athletes)
    return []


def _apposed_before(head: Token, athletes: Athletes) -> list[Person]:
    """ "X, the world sprint silver medallist,": the name before a comma and an article
    that open the title's phrase, however the parse hung the phrase."""
    doc = head.doc
    k = head.i - 1
    while k > head.sent.start and head.i - k <= 7 and doc[k].text not in ",;()":
        k -= 1
    if doc[k].text != "," or k + 1 >= head.i or doc[k + 1].lower_ not in ("the", "a", "an"):
        return []
    person = athletes.by_token.get(k - 1) if k - 1 >= head.sent.start else None
    return [person] if person is not None else []


def _with_participle(tok: Token, athletes: Athletes) -> list[Person]:
    """ "..., with Frenchman Emile Garnier, the world silver medallist, taking bronze": a
    participle with no subject of its own, right after a with-phrase, is its athlete's."""
    verb = clause_verb(tok)
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    doc = tok.doc
    k = verb.i - 1
    if doc[k].text == ",":  # skip an apposition between commas
        k -= 1
        while k > verb.sent.start and doc[k].text not in ",;()":
            k -= 1
        k -= 1
    mention = athletes.mention_span(k) if k >= verb.sent.start else None
    if mention is None:
        return []
    k = mention[0]
    before = [t.lower_ for t in doc[max(verb.sent.start, k - 3) : k]]
    person = athletes.by_token[k]
    return [person] if "with" in before else []


def _with_person(tok: Token, athletes: Athletes) -> list[Person]:
    """ "..., with her training partner Sharon Wanjiru second in 8:51.77": the athlete of
    a with-phrase owns what is said of them there."""
    found = _with_participle(tok, athletes)
    if found:
        return found
    cur = tok
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return []
        parent = cur.head
        if parent.lower_ == "with":
            return people_at(cur, athletes)  # "with (her training partner) Sharon Wanjiru"
        if athletes.person_at(parent.i) is not None and parent.head.lower_ == "with":
            return people_at(parent, athletes)
        cur = parent
    return []


def _has_subject(verb: Token) -> bool:
    cur = verb
    for _ in range(4):
        if any(c.dep_ in SUBJECT_DEPS for c in cur.children):
            return True
        if cur.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and cur.head.i != cur.i:
            cur = clause_verb(cur.head)
        else:
            return False
    return False


def nearest_people(tok: Token, athletes: Athletes) -> list[Person]:
    """The sentence's main subject when it names an athlete, else the nearest athlete
    that is not a verb's object."""
    sent = tok.sent
    root_subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
    for subj in root_subjects:
        found = people_at(subj, athletes)
        if found:
            return found
    if lost_its_subject(sent.text):
        return []  # ", based in Bath, sprinted past X": the article lost the subject's name
    if _unresolved_descriptor_opens(sent, athletes):
        return []  # "The 25-year-old set ... ahead of X": the subject is not X
    best: tuple[int, Person] | None = None
    for t in sent:
        person = athletes.person_at(t.i)
        if person is None or t.dep_ in ("dobj", "obj"):
            continue  # "shocked Pete Sampras in the final to win": the beaten one
        name = t
        while name.dep_ in ("compound", "flat") and name.head.i != name.i:
            name = name.head
        if name.dep_ == "pobj" and _beaten_by_position(name.head):
            continue  # "to finish ahead of rival X", "clear of X": the beaten one
        distance = tok.i - t.i if t.i <= tok.i else (t.i - tok.i) * 2 + 1
        if best is None or distance < best[0]:
            best = (distance, person)
    return [best[1]] if best else []


_POSITION_WORDS = frozenset({"ahead", "clear", "behind", "than", "over", "past", "beyond"})


def _beaten_by_position(prep: Token) -> bool:
    """A preposition that places its object behind someone: "ahead of", "clear of",
    "behind", "faster than", "victory over"."""
    return prep.lower_ in _POSITION_WORDS or (
        prep.lower_ == "of" and prep.head.lower_ in _POSITION_WORDS
    )


def _unresolved_descriptor_opens(sent: Span, athletes: Athletes) -> bool:
    """The sentence opens on "The 25-year-old", "The Briton" that refers to nobody the
    article names (the name before was lost): its subject is unknown."""
    head = [t for t in sent[:6] if not t.is_space]
    if not head or head[0].lower_ != "the":
        return False
    for t in head[1:]:
        if athletes.person_at(t.i) is not None or t.i in athletes.refs:
            return False
        if t.lower_ in ("old", "year-old") or t.lower_.endswith("-year-old"):
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def is_hypothetical(tok: Token) -> bool:
    """True when the clause stating ``tok`` is a hope, plan, prediction or negation.

    Climbs to the governing verb and checks its auxiliaries ("will", "could"), its
    negation and its own meaning ("hopes to win"); a relative or adverbial clause is its
    own statement ("Lewis-Francis, who was runner-up ..., will continue" is a fact).
    """
    cur = tok
    via_subject = False  # "A win in New York doesn't make up for Athens": the win stands
    for _ in range(10):
        prevented = _prevented(cur)
        if prevented is not None:
            return prevented
        if _hypothetical_word(cur):
            return True
        if _set_off_apposition(cur):
            return False  # "X, winner in Dublin last year, will face Y": a description
        if cur.pos_ in ("VERB", "AUX"):
            for child in cur.children:
                if child.dep_ == "neg" and via_subject:
                    continue
                if child.dep_ in ("aux", "auxpass", "neg", "mark", "advmod") and (
                    _hypothetical_word(child)
                ):
                    return True
                if child.dep_ == "nsubj" and child.lemma_ in _PLAN_NOUNS:
                    return True  # "His target for the summer is 2.30m"
            if cur.dep_ == "acl" and cur.head.lower_ in _PLAN_HEADS:
                return True  # "favourites to win", "a bid to retain the title"
            if cur.dep_ in ("acl", "relcl") and is_infinitive(cur):
                cur = cur.head  # "hoping to become the first man to win": as its clause
                continue
            if cur.dep_ in ("relcl", "acl", "advcl", "ROOT") or cur.head.i == cur.i:
                return False
            if cur.dep_ == "conj" and (
                any(c.dep_ in SUBJECT_DEPS for c in cur.children)
                or cur.tag_ == "VBD"  # "could not catch him and had to settle for third"
            ):
                return False
        if cur.head.i == cur.i:
            return False
        if cur.lower_ in _OWN_FACTS and cur.dep_ == "prep":
            return False  # "Despite Kelly Holmes' golden double, the team failed": a fact
        via_subject = cur.dep_ in SUBJECT_DEPS and cur.pos_ not in ("VERB", "AUX")
        cur = cur.head
    return False


def _set_off_apposition(tok: Token) -> bool:
    """A noun phrase in apposition between commas: what it says stands on its own."""
    start = tok.left_edge.i
    return (
        tok.dep_ == "appos"
        and tok.pos_ in ("NOUN", "PROPN")
        and start > 0
        and tok.doc[start - 1].text == ","
    )


_PREVENT_VERBS = frozenset({"stop", "prevent"})


def _prevented(verb: Token) -> bool | None:
    """For the clause of a verb of prevention: "an injury prevented her from winning"
    (True: she did not win), "that didn't stop her winning the bronze", "nothing stopped
    her winning" (False: she did); None for any other clause."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    above = verb.head
    if verb.dep_ == "pcomp" and above.lower_ == "from":
        above = above.head
    elif verb.dep_ not in ("advcl", "xcomp", "ccomp"):
        return None
    if above.lemma_ not in _PREVENT_VERBS or above.i == verb.i:
        return None
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own and not (verb.dep_ == "ccomp" and own[0].left_edge.i == above.i + 1):
        return None  # "stopped the clock in 1:49.87, while X finished fourth": a clause
    return not any(
        c.dep_ == "neg" or (c.dep_ in SUBJECT_DEPS and c.lower_ in ("nothing", "nobody"))
        for c in above.children
    )


_PLAN_NOUNS = frozenset({"target", "aim", "goal", "ambition", "hope", "plan", "dream", "wish"})
# Prepositions whose object is a fact whatever the main clause says.
_OWN_FACTS = frozenset({"despite", "after", "following", "since", "thanks", "because"})


def _hypothetical_word(tok: Token) -> bool:
    low = tok.lower_
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if low in ("may", "might") and nxt == "have":
        return False  # "Gardener may have won but ..." concedes a fact
    if low == "could" and nxt == "only":
        return False  # "could only finish fourth" is what happened
    if low in NEGATIONS:
        return True
    if low == "how":
        return nxt == "to"  # "how to win the title"; not "how he won it"
    if low in HYPOTHETICAL or (tok.lemma_ in HYPOTHETICAL and tok.pos_ in ("VERB", "ADJ")):
        return tok.pos_ in ("VERB", "AUX", "ADJ", "PART", "SCONJ", "ADP") or low in (
            "favourite",
            "chance",
        )
    return False


# Nouns whose infinitive clause is a plan: "favourites to win", "his bid to retain the
# title" (not "held off favourites the USA to win", where the parse hangs it there too).
_PLAN_HEADS = frozenset(
    {
        "favourite",
        "favourites",
        "favorite",
        "favorites",
        "chance",
        "bid",
        "hope",
        "hopes",
        "ambition",
        "ambitions",
        "dream",
        "target",
    }
)


def unique(items: Iterable[T]) -> list[T]:
    out: list[T] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def nearest_span(
    spans: list[tuple[Span, T]], tok: Token, sent: Span, prefer_after: bool = False
) -> tuple[Span, T] | None:
    """The annotated span nearest to ``tok`` within ``sent``."""
    best: tuple[float, tuple[Span, T]] | None = None
    for item in spans:
        span = item[0]
        if span.start < sent.start or span.end > sent.end:
            continue
        if span.start <= tok.i < span.end:
            return item
        if span.start > tok.i:
            distance = float(span.start - tok.i) - (0.5 if prefer_after else 0.0)
        else:
            distance = float(tok.i - span.end + 1)
        if best is None or distance < best[0]:
            best = (distance, item)
    return best[1] if best else None


def nation_subject(tok: Token, athletes: Athletes) -> str | None:
    """A country that is what a cue is about when no athlete is: "Sweden took silver",
    "gave Norway a record 18th gold", "The three medals earned by US skiers", "Norway's
    medal count". Nationality adjectives ("British Olympic relay gold medallists") are not
    subjects."""
    nations = athletes.nations
    names = {
        t
        for span in tok.doc.spans.get("nations", [])
        if span.label_ == "name"
        for t in range(span.start, span.end)
    }

    def country_in(root: Token) -> str | None:
        for t in root.subtree:
            if t.i in names:
                return nations[t.i]
        return None

    verb = clause_verb(tok)
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dative", "dobj"):
            found = country_in(c)
            if found:
                return found
    for c in tok.head.children:
        if c.dep_ == "poss" and c.i in names:
            return nations[c.i]
    return country_in(tok)


def team_nation(tok: Token, athletes: Athletes) -> str | None:
    """The nation of a team that is what a cue is about: "the British team finished
    third", "Kenya won the men's 4x400m relay" (a country that races a team event)."""
    verb = clause_verb(tok)
    crews = registry().file.crew_nouns
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS and c.lemma_ in crews:
            for t in c.subtree:
                if t.i in athletes.nations:
                    return athletes.nations[t.i]
    return None
