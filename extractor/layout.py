"""The visible structure of an article: headline, dateline, paragraphs and results lists.

Found on the raw text with regular expressions before spaCy runs, because it decides
where sentences may start (a results line is one sentence; a dateline is none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# "date 2026-02-21" as in the seed article, opening a line near the top.
_DATE_LINE = re.compile(r"^[ \t]*(?P<word>date)[ \t]+(?P<date>\d{4}-\d{2}-\d{2})\b[ \t]*", re.M)
# The ways copy writes a full date: "2026-02-21", "19 October 2025", "Oct. 19, 2025",
# "Saturday, February 14, 2026" (the weekday is left to the date parser's base).
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)"
_DATE = (
    rf"{_WEEKDAY}?(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[ \t]+{_MONTHS}[ \t]+\d{{4}}"
    rf"|{_MONTHS}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})"
)
# A place as datelines write it: "OSLO", "VAIL, Colorado", "Zürich", "ST. MORITZ".
_PLACE = r"(?P<place>[^\W\d_][\w.'’\- ]{0,40}?(?:,[ \t]*[^\W\d_][\w.'’\- ]{0,30}?)?)"
_DASH = r"[ \t]*(?:—|–|--|-|:)[ \t]*"
# "BRUSSELS 1996-08-23", "Zürich, 5 September 2025", "21 February 2026" on a line of
# their own, and a byline "By Jane Doe · 12 August 2025" or "By Jane Doe | Aug 12, 2025".
# A clock time may follow ("March 8, 2025 4:12 PM GMT+1"), and "Updated" or "Published"
# with a time may come first ("Updated 10:55 AM EST, January 17, 2026").
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5}(?:[+-]\d{1,2})?)?"
_OWN_LINE_DATELINE = re.compile(
    rf"^[ \t]*(?:{_PLACE},?[ \t]+|By[ \t]+[^\n]{{1,60}}?[ \t]*(?:·|\||,|—|–|-)[ \t]*"
    rf"|(?:Updated|Published|Posted)[ \t]+(?:{_CLOCK})?,?[ \t]*)?"
    rf"{_DATE}(?:,?[ \t]+{_CLOCK})?[ \t]*$",
    re.MULTILINE,
)
# "AMSTERDAM, 19 October 2025 - Kenya's ...", "OSLO, Norway 2026-03-07 — Sigurd won ...":
# a dateline opening the first paragraph, cut off the lead sentence that follows.
_INLINE_DATELINE = re.compile(rf"^[ \t]*{_PLACE},?[ \t]+{_DATE}{_DASH}", re.MULTILINE)
# "OSLO (Reuters) - ...", "LONDON, Aug 23 (Reuters) - ...", "CITY (AP) — ...", "LUCERNE,
# Switzerland, July 13, 2025 (Reuters) - ...": a wire agency's dateline; a date without a
# year is left to a byline or the caller.
_AGENCY_DATELINE = re.compile(
    rf"^[ \t]*{_PLACE}(?:,[ \t]*(?:{_DATE}|{_MONTHS}[ \t]+\d{{1,2}}))?[ \t]*"
    r"\((?:[A-Z][\w&.\-]*)(?:[ \t]+[A-Z][\w&.\-]*){0,3}\)[ \t]*(?:—|–|--|-)[ \t]*",
    re.MULTILINE,
)
# "1. Name (Nation) 1:47.71", "10= Name ...", "10 equal. Name ...": one results line.
LIST_ITEM = re.compile(r"(?<![\w.])(?P<rank>\d{1,3})(?:\.|=|[ \t]+equal\.?)[ \t]+(?=[^\W\d])")
_LIST_LINE = re.compile(r"^[ \t]*\d{1,3}(?:\.|=|[ \t]+equal\.?)[ \t]+[^\W\d]", re.MULTILINE)
# "Ballanger (France) beat Neumann (Germany) 2-0 (11.959 / 12.225)": a match result.
MATCH_LINE = re.compile(
    r"^[ \t]*(?P<a>[^\W\d][^()\n.,;:]{0,40}?)[ \t]*(?:\((?P<an>[^()\n]{2,30})\)[ \t]*)?"
    r"[ \t]beat[ \t]+"
    r"(?P<b>[^\W\d][^()\n.,;:]{0,40}?)[ \t]*(?:\((?P<bn>[^()\n]{2,30})\))?[ \t]*,?[ \t]*"
    r"(?P<rest>\d+[ \t]*-[ \t]*\d+[^\n]{0,80})$",
    re.MULTILINE,
)
# "2:29.34 Maria Mutola (Mozambique) Brussels 25.8.95": a record-progression table row.
PROGRESSION_LINE = re.compile(
    r"^[ \t]*(?P<mark>\d{1,2}:\d{2}(?:\.\d{1,2})?|\d{1,3}\.\d{2}m?)[ \t]+(?P<name>[^\W\d][^()\n]*?)"
    r"[ \t]*\((?P<nation>[^()\n]+)\)[ \t]*(?P<venue>[^\d\n]*?)[ \t]*"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})[ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    text: str | None  # the date as written, for dateparser; None for "OSLO (Reuters) -"


@dataclass
class Layout:
    """Character ranges of the parts of an article that are not running prose."""

    headline: tuple[int, int] | None = None
    dateline: Dateline | None = None
    dated_lines: list[tuple[int, int]] = field(default_factory=list)  # bylines, "Updated ..."
    list_lines: list[tuple[int, int]] = field(default_factory=list)
    table_lines: list[tuple[int, int]] = field(default_factory=list)  # match and record rows
    inline_items: list[int] = field(default_factory=list)  # starts of "; 2. Name" items

    def is_table(self, offset: int) -> bool:
        """A results line, match line or record row starts at ``offset``."""
        return any(s == offset for s, _ in self.list_lines + self.table_lines) or (
            offset in self.inline_items
        )

    def in_headline(self, offset: int) -> bool:
        return self.headline is not None and self.headline[0] <= offset < self.headline[1]

    def in_dateline(self, offset: int) -> bool:
        """In the dateline, or on a line that only dates the article (a byline)."""
        lines = self.dated_lines + (
            [(self.dateline.start, self.dateline.end)] if self.dateline else []
        )
        return any(s <= offset < e for s, e in lines)


# A break before a lower-case word or a stop ("where Scotland's | was vying", "in-form |
# . The Welsh runner") is where the article lost a name, not a new paragraph.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n(?![ \t]*[a-z.,;'])")


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where paragraphs start, the first at 0."""
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def find_layout(text: str) -> Layout:
    layout = Layout()
    layout.dateline = _find_dateline(text)
    layout.dated_lines = [(m.start(), m.end()) for m in _OWN_LINE_DATELINE.finditer(text[:400])]
    layout.headline = _find_headline(text, layout.dateline)
    for m in _LIST_LINE.finditer(text):
        line_end = text.find("\n", m.start())
        layout.list_lines.append((m.start(), len(text) if line_end < 0 else line_end))
    for pattern in (MATCH_LINE, PROGRESSION_LINE):
        layout.table_lines += [(m.start(), m.end()) for m in pattern.finditer(text)]
    for m in LIST_ITEM.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        if ";" in before:
            layout.inline_items.append(m.start())
    # "Men's 500 metres: 1. Sakuragi Ren (Japan) 34.41 seconds; 2. ...": the first item
    # follows a label on a line whose items go on after semicolons.
    for m in re.finditer(r"(?m):[ \t]+(?=1[.=][ \t]+[^\W\d])", text):
        line_end = text.find("\n", m.end())
        line = text[m.end() : len(text) if line_end < 0 else line_end]
        if re.search(r";[ \t]*2[.=][ \t]", line):
            layout.inline_items.append(m.end())
    layout.inline_items.sort()
    return layout


def _find_dateline(text: str) -> Dateline | None:
    """The dateline near the top; an agency's dateline without a year takes its date
    from a dated line (a byline) above or below it."""
    head = text[:400]
    m = _DATE_LINE.search(head)
    if m:
        return Dateline(m.start("word"), m.end(), m.group("date"))
    found = [p.search(head) for p in (_INLINE_DATELINE, _AGENCY_DATELINE, _OWN_LINE_DATELINE)]
    inline, agency, own_line = found
    for m in (inline, agency):
        if m is not None:
            date = m.groupdict().get("date") or (own_line.group("date") if own_line else None)
            return Dateline(m.start("place"), m.end(), date)
    if own_line is not None:
        start = own_line.start() + len(own_line.group(0)) - len(own_line.group(0).lstrip())
        return Dateline(start, own_line.end(), own_line.group("date"))
    return None


def _find_headline(text: str, dateline: Dateline | None) -> tuple[int, int] | None:
    """The first line, when a blank line or the dateline follows it and it is short."""
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    end = text.find("\n", start)
    if end < 0 or end - start > 160:
        return None
    rest = text[end + 1 :]
    blank_next = rest.startswith("\n") or rest.startswith("\r\n")
    dateline_next = dateline is not None and dateline.start > end and dateline.start - end < 4
    if blank_next or dateline_next:
        if dateline is not None and dateline.start <= start < dateline.end:
            return None
        return (start, end)
    return None
