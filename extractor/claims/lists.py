"""Wire results lists: one result and its marks per line.

    Results of the women's World Cup downhill race on Saturday:
    1. Renate Goetschl (Austria) one minute 47.71 seconds
    2. Katja Seizinger (Germany) 1:48.53

Each line gives a placing (a medal in the top three at a championship that gives
medals) and a performance for every mark; a bare number takes the unit of the first mark
in its section ("25.76 points", then "24.88"). A line of text between lists is a section
heading and may name the event ("Women", "Final:", "Ride for third place:"); cumulative
standings are not results and give nothing. Match-sprint lines ("X (France) beat Y
(Canada) 2-0 (12.130 / 12.124)") and record-progression tables ("2:29.34 Maria Mutola
(Mozambique) Brussels 25.8.95") are read too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span

from extractor.annotate.marks import is_mark
from extractor.claims.awards import MEDAL_OF_RANK, awards_medal
from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.knowledge.competitions import CompetitionMention, find_competitions
from extractor.knowledge.dates import find_dates, parse_date
from extractor.knowledge.events import EventMention, find_events
from extractor.knowledge.names import Person, gender_of_name
from extractor.knowledge.nations import nation_table
from extractor.knowledge.registry import registry
from extractor.layout import MATCH_LINE, PROGRESSION_LINE
from extractor.values.marks import Mark, find_marks

_ITEM = re.compile(
    r"^\s*(?P<rank>\d{1,3})(?P<tie>[.=]|\s+equal\b\.?|\s*=)\s+(?P<name>[^\W\d][^()\d;]*[^\s()\d;])\s*"
    r"(?:\((?P<nation>[^()\d]+)\)\s*)?(?P<rest>.*?)[;.]?\s*$"
)
_NUMBER = re.compile(r"(?<![\d.:,/-])\d{1,4}(?:\.\d{1,3})?(?![\d.:,]|-\w)")
# Standings part-way through a series give no result; "Overall on day:" (the day's
# classification) and a tour's final placings do.
_STANDINGS = re.compile(
    r"\bstandings?\b|\bafter \w+ (?:of \w+ )?(?:events|races|rounds|stages)\b|"
    r"\boverall (?:placings|classification)\b|\bcumulative\b",
    re.I,
)
_FINAL_STANDINGS = re.compile(r"^\s*final\b|\bfinal (?:standings|classification|placings)\b", re.I)
_GENDER_LINE = re.compile(r"^\s*(?P<g>men|women|men's|women's|boys|girls)\s*:?\s*$", re.I)
_FINAL = re.compile(r"^\s*(?:gold medal )?final\b", re.I)
_THIRD = re.compile(r"\bthird place\b|\bbronze medal\b|\bfor bronze\b", re.I)


@dataclass
class Section:
    """What the headings above a line say about it."""

    event: EventMention | None = None
    gender: str | None = None
    unit: str | None = None
    standings: bool = False
    final: bool = False
    third_place: bool = False
    date: str | None = None
    heading: str = ""
    units_seen: list[str] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    winner: Person | None = None
    winner_time: float | None = None  # the winner's time: later lines may give gaps to it
    stage: str | None = None  # a round ("heats", "qualifying"): places there are no medals
    number: int = 0  # which section of the article, for the checks on its order


def find(article: Article) -> list[Draft]:
    doc = article.doc
    text = article.text
    layout = article.layout
    if not (layout.list_lines or layout.table_lines or layout.inline_items):
        return []  # prose only
    published = doc._.published
    base = parse_date(published) if published else None
    top = _top_context(article)
    section = Section(event=top.event, gender=top.gender, date=top.date)
    drafts: list[Draft] = []
    record_table = bool(re.search(r"record (?:evolution|progression|history)", text[:600], re.I))
    for sent in doc.sents:
        line = sent.text.strip()
        if not line or layout.in_headline(sent.start_char):
            continue
        if (
            layout.dateline is not None
            and layout.dateline.start <= sent.start_char < layout.dateline.end
        ):
            continue
        m = _ITEM.match(sent.text)
        is_list = sent.start_char in {s for s, _ in layout.list_lines} or (
            sent.start_char in layout.inline_items
        )
        if m and (is_list or _inline_first(article, sent)):
            if not section.standings:
                items = _item(article, sent, m, section, top.competition)
                section.drafts += items
                drafts += items
            continue
        match = MATCH_LINE.match(sent.text.rstrip())
        if match:
            drafts += _match_line(article, sent, match, section, top.competition)
            continue
        prog = PROGRESSION_LINE.match(sent.text.rstrip())
        if prog and record_table:
            drafts += _progression(article, sent, prog, top)
            continue
        between_lists = bool(drafts) and _starts_a_list(text, sent.end_char)
        if _is_heading(line) or between_lists:
            # "Leading overall standings after first stage." between two lists heads
            # the second, full stop or not.
            _gender_by_names(section)
            section = _heading(line, section, top, base)
    _gender_by_names(section)
    return drafts


def _gender_by_names(section: Section) -> None:
    """A list whose heading names no gender: men's or women's when every athlete whose
    given name tells agrees (a World Cup ski-jumping list of Takanobu, Kazuyoshi, ...)."""
    if section.gender is not None:
        return
    genders = [p.gender for d in section.drafts for p in d.people if p.gender]
    if len(genders) >= 3 and len(set(genders)) == 1:
        prefix = "men's " if genders[0] == "m" else "women's "
        for d in section.drafts:
            if d.event and not d.event.startswith(("men's", "women's", "mixed")):
                d.event = prefix + d.event


def _inline_first(article: Article, sent: Span) -> bool:
    """The first item of a "1. X (Japan) 37.23 seconds; 2. Y ..." paragraph."""
    return (
        any(s > sent.start_char and s < sent.end_char + 200 for s in article.layout.inline_items)
        or ";" in sent.text[-3:]
    )


@dataclass
class Top:
    event: EventMention | None
    gender: str | None
    competition: CompetitionMention | None
    date: str | None


def _top_context(article: Article) -> Top:
    """Event, competition and date that the headline and intro give every list."""
    doc = article.doc
    head = ""
    if article.layout.headline is not None:
        s, e = article.layout.headline
        head = article.text[s:e]
    first_list = min(
        [s for s, _ in article.layout.list_lines]
        + article.layout.inline_items
        + [len(article.text)]
    )
    intro = article.text[:first_list]
    events = _events_named(intro) or _events_named(head)
    event = _combine(events)
    gender = event.gender if event else _gender_word(intro)
    comps = find_competitions(intro)
    main = article.main_competition
    lead = article.sentences[0] if article.sentences else None
    # The one the lead sentence reports on, not one a title names later ("the
    # Commonwealth decathlon champion"); else the last the intro names.
    in_lead = (
        main is not None and lead is not None and lead.start_char <= main.start < lead.end_char
    )
    comp = main if in_lead else (comps[-1] if comps else main)
    published = doc._.published
    base = parse_date(published) if published else None
    intro_tail = intro[-300:]
    dates = [d.date for d in find_dates(intro_tail, base) if d.date]
    return Top(event, gender, comp, dates[-1] if dates else published)


def _events_named(text: str) -> list[EventMention]:
    """Events a heading or intro names. "Men's results (1.5km swim, 40km bike, 10km run)"
    describes the legs of one race, not events: a bracket listing distances is left out."""
    return find_events(re.sub(r"\([^()]*\d[^()]*,[^()]*\)", "", text))


def _combine(events: list[EventMention]) -> EventMention | None:
    """ "points race championship (24-km)" -> "24km points race"."""
    if not events:
        return None
    if len(events) >= 2:
        a, b = events[0], events[1]
        if a.name[0].isalpha() and b.name[0].isdecimal() and " " not in b.name:
            return EventMention(a.start, b.end, f"{b.name} {a.name}", a.gender or b.gender)
    return events[0]


def _gender_word(text: str) -> str | None:
    low = text.lower()
    if re.search(r"\bwomen'?s?\b", low):
        return "women's"
    if re.search(r"\bmen'?s?\b", low):
        return "men's"
    return None


def _stage(heading: str) -> str | None:
    """The round a heading names ("Qualifiers for the quarter-finals:", "Heat 2:"),
    written as events name it, or None for a final or the whole event."""
    rounds = registry().rounds
    for word in re.findall(r"[a-z]+(?:-finals?)?", heading.lower()):
        if word in rounds:
            return rounds[word]
    return None


def _starts_a_list(text: str, end: int) -> bool:
    """Whether the line after ``end`` is the first of a results list ("1. ...")."""
    after = text[end : end + 12]
    gap = text[end - 1 : end] + after[: len(after) - len(after.lstrip())]
    return "\n" in gap and bool(re.match(r"1[.=]\s+\S", after.lstrip()))


def _is_heading(line: str) -> bool:
    return len(line) < 120 and not re.search(r"[.!?]\"?$", line) or line.endswith(":")


def _heading(line: str, section: Section, top: Top, base: dt.date | None) -> Section:
    g = _GENDER_LINE.match(line)
    events = _events_named(line)
    event = _combine(events)
    new = Section(
        event=section.event,
        gender=section.gender,
        date=section.date,
        heading=line,
        number=section.number + 1,
    )
    if g:
        new.gender = _gender_word(g.group("g"))
        new.event = top.event
        new.units_seen = section.units_seen  # "Men" then "Women": the same kind of list
        new.standings = section.standings
    if event is not None:
        new.event = event
        new.gender = event.gender or _gender_word(line) or section.gender
    dates = [d.date for d in find_dates(line, base) if d.date]  # "Downhill (Friday):"
    if dates:
        new.date = dates[0]
    new.standings = (bool(_STANDINGS.search(line)) and not _FINAL_STANDINGS.search(line)) or (
        bool(g) and section.standings
    )
    new.final = bool(_FINAL.match(line))
    new.stage = _stage(line)
    new.third_place = bool(_THIRD.search(line))
    if re.search(r"\bbehind\b", line, re.I) and not events and not g:
        new.unit = section.unit  # "One lap behind:" continues the same list
        new.units_seen = section.units_seen
        new.final, new.third_place = section.final, section.third_place
    return new


def _person(article: Article, sent: Span, name: str, offset: int) -> Person:
    nation = None
    owner = re.match(r"([^\W\d][\w .-]*?)['’]s\s+", name)  # "Poland's Anna Kowalski"
    if owner is not None and (nation := nation_table().by_any(owner.group(1))) is not None:
        name, offset = name[owner.end() :], offset + owner.end()
    person = _named(article, name, offset)
    person.nation = person.nation or nation
    return person


def _named(article: Article, name: str, offset: int) -> Person:
    registry = article.athletes.registry
    tok_span = article.doc.char_span(offset, offset + len(name), alignment_mode="expand")
    if tok_span is not None:
        person = article.athletes.person_at(tok_span.start)
        if person is not None and person.name.endswith(name.split()[-1]):
            return person
    person = registry.resolve(name, offset) or registry.add(name, offset)
    person.gender = person.gender or gender_of_name(person.name)
    return person


def _numbers(rest: str, offset: int) -> list[Mark]:
    """Marks in the remainder of a line, bare integers included (points in a list)."""
    marks = [
        m
        for m in find_marks(rest)
        if not (m.kind == "distance" and not m.has_decimals and m.unit == "m" and m.value >= 100)
    ]
    # "at 0:12", "at 1:07": a gap in minutes and whole seconds, as a stage result gives it
    for m in re.finditer(r"(?<=\bat )(\d{1,2}):(\d{2})(?![\d:.])", rest):
        secs = float(int(m.group(1)) * 60 + int(m.group(2)))
        marks.append(Mark(m.start(), m.end(), m.group(0), "time", secs, "s", False))
    taken = [(m.start, m.end) for m in marks]
    counts = registry().file.count_words
    for m in _NUMBER.finditer(rest):
        if any(s <= m.start() < e for s, e in taken):
            continue
        following = rest[m.end() :].split(maxsplit=1)
        if following and following[0].lower().strip(".,;)") in counts:
            continue  # "171 laps": a count
        if re.match(r"\s*-\s*\d", rest[m.end() :]) or re.search(r"\d\s*-\s*$", rest[: m.start()]):
            continue  # "2-0"
        if (
            "." not in m.group(0)
            and re.search(r"\(\s*$", rest[: m.start()])
            and (re.match(r"\s*\)", rest[m.end() :]))
        ):
            continue  # "26:17.8 (2)": penalty rounds, a count in brackets
        marks.append(
            Mark(m.start(), m.end(), m.group(0), "bare", float(m.group(0)), None, "." in m.group(0))
        )
    marks = [
        Mark(m.start + offset, m.end + offset, m.text, m.kind, m.value, m.unit, m.has_decimals)
        for m in marks
        if is_mark(rest, m)  # "(average speed 226.859 kph)", "$5,000": no marks
    ]
    return sorted(marks, key=lambda k: k.start)


def _unit(mark: Mark, section: Section) -> str:
    if mark.unit:
        if not section.units_seen:
            section.units_seen.append(mark.unit)
        return mark.unit
    if section.units_seen:
        return section.units_seen[0]
    return "s" if mark.has_decimals else "points"


def _event_name(section: Section) -> str | None:
    if section.event is None:
        return None
    name = section.event.full(section.gender)
    return f"{name} {section.stage}" if section.stage else name


@dataclass
class Line:
    """One line of a list and where it stands: every claim it gives shares these."""

    sent: Span
    section: Section
    comp: CompetitionMention | None
    event: str | None
    rule: str

    def draft(
        self, kind: str, who: Person | list[Person], fields: dict[str, Any], **extra: Any
    ) -> Draft:
        return Draft(
            kind,
            self.sent,
            self.sent.start,
            people=who if isinstance(who, list) else [who],
            fields=fields,
            event=self.event,
            competition=self.comp,
            date=self.section.date,
            rule=self.rule,
            section=self.section.number,
            **extra,
        )

    def placing(self, who: Person | list[Person], rank: int, medals: bool, **extra: Any) -> Draft:
        if medals and rank <= 3:
            return self.draft("medal", who, {"medal": MEDAL_OF_RANK[rank]}, **extra)
        return self.draft("result", who, {"rank": rank}, **extra)


def _item(
    article: Article,
    sent: Span,
    m: re.Match[str],
    section: Section,
    comp: CompetitionMention | None,
) -> list[Draft]:
    start = sent.start_char
    name, rest, rest_at = _name_and_rest(m)
    if not name or len(name) < 2:
        return []
    members, nation, rest, rest_at = _crew(m, name, rest, rest_at)
    people = [_person(article, sent, n, start + at) for n, at, _ in members]
    for person, (_, _, own) in zip(people, members, strict=True):
        if own and person.nation is None:
            person.nation = own
    lead = people[0]
    rank = int(m.group("rank"))
    line = Line(sent, section, comp, _event_name(section), "list")
    if rank == 1:
        section.winner = lead
    medals = awards_medal(comp, False) and section.stage is None  # no medals in a heat
    drafts = [line.placing(people, rank, medals, nation=nation)]
    behind = re.match(r"\s*\+\s*", rest)
    if behind and section.winner is not None and section.winner is not lead:
        # "2. Callum Reid (Britain) +0.451": the winner's margin over this line
        for mark in _numbers(rest[behind.end() :], start + rest_at + behind.end())[:1]:
            fields = {"value": mark.value, "unit": mark.unit or "s", "over": [lead.name]}
            drafts.append(line.draft("margin", section.winner, fields, beaten=[lead]))
        return drafts
    marks = _numbers(rest, start + rest_at)
    if marks and _gap(marks[0], rest, section) and section.winner not in (None, lead):
        # "2. Lance Armstrong (U.S.) Motorola 1 second behind", then "4. Erik Dekker 43":
        # after the winner's time a line gives its gap to it, the winner's margin
        gap = marks[0]
        fields = {"value": gap.value, "unit": "s", "over": [lead.name]}
        drafts.append(line.draft("margin", section.winner, fields, beaten=[lead]))
        return drafts
    for mark in marks:
        unit = _unit(mark, section)
        fields = {"value": mark.value, "unit": unit, "text": mark.text}
        drafts.append(line.draft("performance", people, fields, nation=nation))
        if rank == 1 and unit == "s" and section.winner_time is None:
            section.winner_time = mark.value
    return drafts


_SLED = re.compile(r"^(?P<country>.+?)(?:\s+(?:[IVX]{1,4}|\d))?$")
_MEMBER = re.compile(
    r"^\s*/\s*(?P<name>[^\W\d][^()/\d;]*[^\s()/\d;])\s*(?:\((?P<nation>[^()\d]+)\))?"
)


def _crew(
    m: re.Match[str], name: str, rest: str, rest_at: int
) -> tuple[list[tuple[str, int, str | None]], str | None, str, int]:
    """Who a line is about: (name, offset in the line, own nation) for each athlete,
    the line's nation, and the rest of the line. A sled or boat with its crew in brackets
    ("1. Switzerland II (Beat Hefti, Alex Baumann) 1:49.02") is the crew, of the sled's
    country; drivers joined by slashes ("X (France) / Y (France) / Z (Austria)") are one
    crew."""
    nations = nation_table()
    written = m.group("nation")
    sled = _SLED.match(name)
    country = nations.by_name(sled.group("country")) if sled else None
    if country is not None and written and re.search(r",|\band\b", written):
        members: list[tuple[str, int, str | None]] = []
        at = m.start("nation")
        for part in re.split(r",|\band\b", written):
            if part.strip():
                offset = at + written.index(part) + len(part) - len(part.lstrip())
                members.append((part.strip(), offset, country))
        return members, country, rest, rest_at
    own = nations.by_name_fuzzy(written.strip()) if written else None
    members = [(name, m.start("name"), own)]
    while (more := _MEMBER.match(rest)) is not None:
        code = nations.by_name_fuzzy(more.group("nation").strip()) if more.group("nation") else None
        members.append((more.group("name").strip(), rest_at + more.start("name"), code))
        rest_at += more.end()
        rest = rest[more.end() :]
    codes = {code for _, _, code in members}
    return members, (codes.pop() if len(codes) == 1 else None), rest, rest_at


def _name_and_rest(m: re.Match[str]) -> tuple[str, str, int]:
    """The line's name, the rest of the line and where the rest starts. A name does not
    run into a mark written in words ("1. Colonna three hours 42 mins 55 seconds")."""
    name, rest, rest_at = m.group("name"), m.group("rest"), m.start("rest")
    if m.group("nation") is None:
        line = m.string[m.start("name") : m.end("rest")]
        inside = [k.start for k in find_marks(line) if k.start < len(name)]
        if inside:
            rest_at = m.start("name") + inside[0]
            rest = m.string[rest_at : m.end("rest")]
            name = name[: inside[0]]
    return name.strip().rstrip(","), rest, rest_at


def _gap(mark: Mark, rest: str, section: Section) -> bool:
    """Whether a line's first time is its gap to the winner: said so ("behind"), or far
    too short to be a time of the same race (43 seconds after 22 minutes 40)."""
    if section.winner_time is None or _unit(mark, section) != "s":
        return False
    return bool(re.search(r"\bbehind\b", rest, re.I)) or mark.value < section.winner_time / 2


def _match_line(
    article: Article,
    sent: Span,
    m: re.Match[str],
    section: Section,
    comp: CompetitionMention | None,
) -> list[Draft]:
    """ "Ballanger (France) beat Neumann (Germany) 2-0 (11.959 / 12.225)": in a final,
    gold and silver; in the ride for third place, bronze and fourth; in any round, the
    winner's times."""
    nations = nation_table()
    start = sent.start_char
    winner = _person(article, sent, m.group("a").strip(), start + m.start("a"))
    loser = _person(article, sent, m.group("b").strip(), start + m.start("b"))
    for person, group in ((winner, "an"), (loser, "bn")):
        if m.group(group):
            person.nation = person.nation or nations.by_name_fuzzy(m.group(group).strip())
    event = _event_name(section)
    if event is not None and re.search(r"semi-?finals?", section.heading, re.I):
        event += " semi-finals"  # "Women's sprint semifinals (best of three):"
    line = Line(sent, section, comp, event, "match")
    medals = awards_medal(comp, False)
    drafts: list[Draft] = []
    if section.final:
        drafts += [line.placing(winner, 1, medals), line.placing(loser, 2, medals)]
    elif section.third_place:
        drafts += [line.placing(winner, 3, medals), line.placing(loser, 4, medals)]
    for mark in _numbers(m.group("rest"), start + m.start("rest")):
        if mark.kind == "distance" or (mark.kind == "bare" and not mark.has_decimals):
            continue  # "for the last 200 metres", the "2-0" score
        fields = {"value": mark.value, "unit": "s", "text": mark.text}
        drafts.append(line.draft("performance", winner, fields))
    return drafts


def _progression(article: Article, sent: Span, m: re.Match[str], top: Top) -> list[Draft]:
    """A record-progression table line: a performance and a record (the last one set)."""
    start = sent.start_char
    person = _person(article, sent, m.group("name").strip(), start + m.start("name"))
    nation = nation_table().by_name_fuzzy(m.group("nation").strip())
    person.nation = person.nation or nation
    marks = find_marks(m.group("mark"))
    if not marks:
        return []
    mark = marks[0]
    unit = mark.unit or "s"
    day = parse_date(m.group("date"))
    following = article.text[sent.end_char :].splitlines()
    status = "previous" if any(PROGRESSION_LINE.match(line) for line in following) else "set"
    event = top.event.full(top.gender) if top.event else None
    headline = ""
    if article.layout.headline:
        s, e = article.layout.headline
        headline = article.text[s:e].lower()
    scope = "world" if "world record" in (headline + article.text[:600].lower()) else "other"
    line = Line(sent, Section(date=day.isoformat() if day else None), None, event, "progression")
    record = {
        "scope": scope,
        "status": status,
        "value": mark.value,
        "unit": unit,
        "description": f"{event} {scope} record" if event else None,
    }
    performance = {"value": mark.value, "unit": unit, "text": m.group("mark")}
    return [
        line.draft("record", person, record, nation=nation),
        line.draft("performance", person, performance, nation=nation),
    ]
