"""Calendar days in sports copy, resolved against the article's publication date.

Only spans that these rules take for dates are parsed: dateparser's ``search_dates``
finds false dates in sports copy ("3-1", "2012-13", "58 on Sunday"). Weekdays are
resolved here rather than by dateparser, because the contract wants "on Saturday" in an
article published on a Saturday to be that same day, where dateparser picks the
Saturday before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_WEEKDAY = re.compile(
    r"\b(?P<last>last\s+|this\s+|this\s+past\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)(?:'s|’s)?\b(?!\s+(?:\d{1,2}\s+)?" + _MONTHS + r")"
)
_EXPLICIT = re.compile(
    r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?P<text>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?(?:,?\s+\d{4})?)(?!\d)"
)
_ISO = re.compile(r"\b(?P<text>(?:19|20)\d{2}-\d{2}-\d{2})\b")
_DOTTED = re.compile(r"(?<![\d.])(?P<text>\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4}))(?![\d.])")
_RELATIVE = re.compile(
    r"\b(?P<text>yesterday|today|tonight|this morning|this afternoon|"
    r"this evening|earlier today|on the same day)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: str | None  # YYYY-MM-DD, or None when it cannot be resolved (no published date)


@lru_cache(maxsize=2048)
def parse_date(text: str, base: dt.date | None = None) -> dt.date | None:
    """One date as written ("21 February 2026", "17.8.90"), year from ``base`` if missing."""
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
        "STRICT_PARSING": False,
        "RETURN_AS_TIMEZONE_AWARE": False,
        # Dates, not instants: UTC keeps the machine's time zone (and tzlocal's reading of
        # /etc/timezone) out of the result.
        "TIMEZONE": "UTC",
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    elif not re.search(r"\d{4}|\.\d{2}$", text):
        return None  # a day and month with no year and nothing to take it from
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def weekday_before(day: str, base: dt.date, strictly: bool) -> dt.date:
    """The most recent ``day`` on or before ``base`` (strictly before for "last Friday")."""
    target = WEEKDAYS.index(day.lower())
    back = (base.weekday() - target) % 7
    if back == 0 and strictly:
        back = 7
    return base - dt.timedelta(days=back)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Dates written in ``text`` (a sentence), resolved against ``published``."""
    found: list[DateMention] = []
    for pattern in (_ISO, _EXPLICIT, _DOTTED):
        for m in pattern.finditer(text):
            written = m.group("text")
            if pattern is _EXPLICIT and published is not None and not re.search(r"\d{4}", written):
                # A day and month take the article's year; later than the article, it is a
                # fixture ("will race on 28 February"), not the day of a result.
                parsed = parse_date(f"{written} {published.year}")
                if parsed is not None and parsed > published:
                    parsed = None
            else:
                parsed = parse_date(written, published)
            found.append(DateMention(m.start(), m.end(), parsed.isoformat() if parsed else None))
    for m in _WEEKDAY.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        value = None
        if published is not None:
            value = weekday_before(
                m.group("day"), published, strictly=bool(m.group("last"))
            ).isoformat()
        found.append(DateMention(m.start(), m.end(), value))
    for m in _RELATIVE.finditer(text):
        if m.group(0)[:1].isupper() and re.search(r"[A-Z][\w.]*\s+$", text[: m.start()]):
            continue  # "USA Today" is a newspaper
        value = None
        if published is not None:
            word = m.group("text").lower()
            day = published - dt.timedelta(days=1) if word == "yesterday" else published
            value = day.isoformat()
        found.append(DateMention(m.start(), m.end(), value))
    found.sort(key=lambda d: d.start)
    return found
