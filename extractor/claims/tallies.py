"""Tallies: counts of medals ("his sixth gold medal of the Games", "career tally now
stands at 13 medals, including 11 golds", "a record 18th gold medal", "to 40 overall",
"golden double", "two silvers and one Olympic bronze")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.claims.syntax import clause_verb, is_hypothetical, nation_subject, subjects
from extractor.knowledge.names import Person
from extractor.values.numbers import cardinal, ordinal

MEDAL_HEADS = {
    "medal": "any",
    "medals": "any",
    "golds": "gold",
    "silvers": "silver",
    "bronzes": "bronze",
    "gold": "gold",
    "silver": "silver",
    "bronze": "bronze",
    "medallist": "any",
    "podiums": "any",
    "podium": "any",
}
DOUBLES = {"double": 2, "treble": 3, "triple": 3}
_COMPETITION = re.compile(
    r"\b(?:of|at|in) (?:the|these|this|those) (?:\w+ )?(?:Games|Olympics|"
    r"championships?|Worlds)\b|\bof the (?:\d{4} )?Games\b|\bin (?:Milan|"
    r"Athens|Beijing|Paris|Tokyo)\b|\bthis time\b",
    re.I,
)
_CAREER = re.compile(r"\bcareer\b|\ball-time\b|\boverall tally\b|\bcareer\b", re.I)
_SEASON = re.compile(r"\bthis (?:season|winter|summer)\b", re.I)


def find(article: Article) -> list[Draft]:
    drafts: list[Draft] = []
    for sent in article.sentences:
        for tok in article.tokens_in(sent):
            low = tok.lower_
            if low in DOUBLES and _is_medal_double(tok):
                drafts += _tally(
                    article, tok, DOUBLES[low], "gold", tok, titled=_title_after(tok) is not None
                )
                continue
            times = _times(tok)
            won = _title_after(tok) if times is not None else None
            if times is not None and won is not None:
                # "three-time Olympic champion X", "a five-time Olympic gold medallist"
                drafts += _tally(article, tok, times, won, tok, titled=True)
                continue
            n = ordinal(tok.text) if not tok.like_num or tok.text[-2:].isalpha() else None
            if n is None and (
                tok.like_num
                or low
                in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one")
            ):
                n = cardinal(tok.text)
            if n is None or len(tok.text) == 4 and tok.text.isdecimal():
                continue
            medal = _counted_medal(tok)
            if medal is None:
                continue
            if n < 2 and ordinal(tok.text) is not None:
                continue  # "her first medal" is not a tally
            drafts += _tally(article, tok, n, medal, tok)
        drafts += _overall(article, sent)
    return drafts


def _is_medal_double(tok: Token) -> bool:
    """ "golden double", "double gold", "Olympic double in the 1500m and 5,000m"."""
    doc = tok.doc
    window = doc[max(tok.sent.start, tok.i - 2) : min(tok.sent.end, tok.i + 6)].text.lower()
    return bool(
        re.search(
            r"golden (?:double|treble)|(?:double|treble|triple) (?:olympic )?gold|"
            r"olympic (?:double|treble)|(?:double|treble|triple) "
            r"(?:olympic|paralympic|world|european|commonwealth) (?:\S+ ){0,2}champion",
            window,
        )
    )


def _times(tok: Token) -> int | None:
    """ "three-time", "two-times", "four times": how many times a title was won."""
    low = tok.lower_
    if "-time" in low:
        m = re.fullmatch(r"(\w+)-times?", low)
        n = cardinal(m.group(1)) if m else None
    elif not tok.like_num:
        return None  # most tokens: no count at all
    else:
        doc = tok.doc
        after = [t.lower_ for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 3)]]
        # "four times", or "Three-time" split into three tokens
        counted = after[:1] == ["times"] or (
            after[:1] == ["-"] and after[1:2] in (["time"], ["times"])
        )
        n = cardinal(tok.text) if counted else None
    return n if n is not None and 2 <= n <= 30 else None


def _title_after(tok: Token) -> str | None:
    """The medal a championship title after a count stands for: "... Olympic champion"
    and "... world 100m champion" gold, "... Olympic bronze medallist" bronze,
    "... Olympic medallist" any; None when no such title follows."""
    doc = tok.doc
    window = [t.lower_ for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 7)]]
    titled = next((k for k, w in enumerate(window) if w in _TITLED), None)
    if titled is None:
        return None
    after = window[titled + 1 :]
    for k, w in enumerate(after):
        if w in ("champion", "champions", "winner"):
            return "gold"
        if w in ("medallist", "medallists", "medalist", "medalists"):
            color = after[k - 1] if k else ""
            return color if color in ("gold", "silver", "bronze") else "any"
    return None


_BETWEEN = frozenset(
    {
        "olympic",
        "world",
        "career",
        "games",
        "individual",
        "winter",
        "paralympic",
        "european",
        "commonwealth",
        "major",
        "championship",
        "championships",
        "global",
        "international",
        "outdoor",
        "indoor",
    }
)
_TITLED = frozenset({"olympic", "world", "european", "commonwealth", "paralympic", "global"})


def _counted_medal(tok: Token) -> str | None:
    """The medal a number counts: "sixth gold medal" -> gold, "13 medals" -> any,
    "five of them gold" -> gold, "her third world championship title" -> gold."""
    doc = tok.doc
    end = tok.sent.end
    if tok.i + 3 < end and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].lower_ == "them":
        color = doc[tok.i + 3].lower_
        return color if color in ("gold", "silver", "bronze") else None
    seen: set[str] = set()
    for t in doc[tok.i + 1 : min(end, tok.i + 5)]:
        low = t.lower_
        if low in _BETWEEN:
            seen.add(low)
            continue
        if low in ("title", "titles") and seen & _TITLED:
            return "gold"  # "her third world title": a world or Olympic title is a gold
        if low in MEDAL_HEADS:
            if low in ("gold", "silver", "bronze"):
                nxt = doc[t.i + 1] if t.i + 1 < end else None
                if nxt is not None and nxt.lower_ in ("medal", "medals", "medallist", "medallists"):
                    return low
                if tok.like_num or ordinal(tok.text):
                    return low if (nxt is None or nxt.pos_ != "NOUN") else None
                return None
            return MEDAL_HEADS[low]
        return None
    return None


def _period(article: Article, tok: Token, subject_is_nation: bool) -> str:
    text = tok.sent.text
    if _CAREER.search(text):
        return "career"
    if _SEASON.search(text):
        return "season"
    if _COMPETITION.search(text) or subject_is_nation:
        return "competition"
    around = tok.doc[tok.i : min(tok.sent.end, tok.i + 4)].text.lower()
    if "olympic" in around or "world" in around:
        return "career"
    return "competition" if article.main_competition is not None else "other"


def _tally(
    article: Article, tok: Token, count: int, medal: str, anchor: Token, titled: bool = False
) -> list[Draft]:
    """A tally; one counted in a title ("double Olympic champion X") is a fact even in a
    sentence about the future."""
    if (is_hypothetical(tok) and not titled) or (_partitive(tok) and not _of_them(tok)):
        return []
    people = _owner(article, tok) or subjects(tok, article.athletes)
    nation = None
    if not people:
        nation = nation_subject(tok, article.athletes)
        if nation is None:
            return []
    period = _period(article, tok, nation is not None and not people)
    year = article.year_after(tok, window=6)  # "five gold medals in 1980"
    comp = article.competition_at(tok) if year is not None else None
    return [
        Draft(
            "tally",
            tok.sent,
            anchor.i,
            people=people,
            nation=nation,
            fields={"count": count, "medal": medal, "period": period},
            competition=comp.in_year(year) if comp is not None else None,
            rule="tally",
        )
    ]


def _owner(article: Article, tok: Token) -> list[Person]:
    """ "Hoekstra's second gold", "her Olympic career haul to nine medals": the possessor
    of the counted thing, when the clause's subject is not an athlete ("It was ...")."""
    verb = clause_verb(tok)
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subject and article.athletes.person_at(subject[0].i) is not None:
        return []
    for t in tok.sent:
        owner = article.athletes.person_at(t.i) if t.dep_ == "poss" and t.i < tok.i else None
        counts = t.head.i >= tok.i or t.head.lower_ in ("tally", "haul", "total", "count")
        if owner is not None and counts:
            return [owner]
    return []


def _of_them(tok: Token) -> bool:
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "them"


def _partitive(tok: Token) -> bool:
    """ "two of Klaebo's gold medals": a part of a tally, not one."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"


_OVERALL = re.compile(
    r"\bmedal (?:count|tally|haul|total)\b.{0,60}?\bto (?P<n>\d+) overall\b", re.I
)


def _overall(article: Article, sent: Span) -> list[Draft]:
    """ "increased the team's lead in the total medal count ... to 40 overall"."""
    m = _OVERALL.search(sent.text)
    if not m:
        return []
    span = article.doc.char_span(sent.start_char + m.start("n"), sent.start_char + m.end("n"))
    if span is None:
        return []
    nation = None
    for t in sent:
        if t.i in article.athletes.nations:
            nation = article.athletes.nations[t.i]
            break
    if nation is None:
        return []
    return [
        Draft(
            "tally",
            sent,
            span.start,
            nation=nation,
            fields={"count": int(m.group("n")), "medal": "any", "period": "competition"},
            rule="overall",
        )
    ]
