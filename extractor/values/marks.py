"""Times, distances and points as written in sports copy, turned into seconds and metres.

``find_marks`` scans raw text, so it sees "8.47secs" and "46.68seconds" whole even where
the tokenizer keeps them as one token. Which marks are performances is decided later,
from context (an integer "100m" is usually an event, "by 40 metres" a margin).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from extractor.spans import leftmost_longest
from extractor.values.numbers import cardinal

MarkKind = Literal["time", "distance", "points", "bare"]

_WORD_NUM = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine))"
)
_SEC = r"\d{1,2}(?:\.\d{1,3})?"
_SEC_WORD = r"(?:seconds?|secs?\.?|sec\b)"
_SEP = r"(?:\s*,?\s*(?:and\s+)?)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "hms_words",
        re.compile(
            rf"(?<![\w.])(?P<h>{_WORD_NUM})\s*(?:hours?|hrs?|h)\b{_SEP}(?P<m>{_WORD_NUM})\s*"
            rf"(?:minutes?|mins?)\b(?:{_SEP}(?P<s>{_SEC}|{_WORD_NUM})\s*{_SEC_WORD})?",
            re.IGNORECASE,
        ),
    ),
    (
        "ms_words",
        re.compile(
            rf"(?<![\w.])(?P<m>{_WORD_NUM})\s*(?:minutes?|mins?)\b{_SEP}(?P<s>{_SEC})\s*{_SEC_WORD}",
            re.IGNORECASE,
        ),
    ),
    (
        "hms_clock",
        re.compile(r"(?<![\d.:])(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2}(?:\.\d{1,3})?)(?![\d:])"),
    ),
    ("ms_clock", re.compile(r"(?<![\d.:])(?P<m>\d{1,2}):(?P<s>\d{2}\.\d{1,3})(?![\d:]|\.\d)")),
    (
        "fraction_words",
        re.compile(
            r"(?<![\w-])(?P<num>one|a|two|three|four|five|six|seven|eight|nine)[- ]"
            r"(?P<den>tenths?|hundredths?|thousandths?)\s+of\s+a\s+second\b",
            re.IGNORECASE,
        ),
    ),
    ("half_second", re.compile(r"(?<![\w-])half[- ]a[- ]second\b", re.IGNORECASE)),
    # "more than a second ahead": a second as a gap (not "a second gold", "a second time")
    (
        "one_second",
        re.compile(
            r"(?<![\w-])(?<!of )(?:a|one)[- ]second(?=\s+(?:ahead|clear|behind|faster|"
            r"slower|quicker|in front|adrift|back)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "seconds",
        re.compile(
            rf"(?<![\w.:])(?P<s>\d{{1,4}}(?:\.\d{{1,3}})?|{_WORD_NUM})\s*(?:{_SEC_WORD}|s\b(?<=\.\d\ds)|s\b(?<=\.\ds))",
            re.IGNORECASE,
        ),
    ),
    (
        "distance",
        re.compile(
            rf"(?<![\w.:])(?P<v>\d{{1,3}}(?:,\d{{3}})*(?:\.\d{{1,2}})?|{_WORD_NUM})\s*"
            r"(?P<u>metres|meters|metre|meter|m|centimetres|centimeters|cm|kilometres|kilometers|km)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "points",
        re.compile(
            r"(?<![\w.:,])(?P<v>\d{1,3}(?:,\d{3})+|\d{1,5}(?:\.\d{1,2})?)\s*(?:points|pts)\b",
            re.IGNORECASE,
        ),
    ),
    ("bare", re.compile(r"(?<![\w.:,/-])(?P<v>\d{1,3}\.\d{2,3})(?![\w:%]|\.\d|,\d)")),
    # "+1.2", "(+22.5)", "+1:05.3": a gap to the winner as results and captions write it
    (
        "gap",
        re.compile(
            r"(?<![\w.:+])\+(?:(?P<m>\d{1,2}):(?P<ms>\d{2}(?:\.\d{1,3})?)|(?P<s>\d{1,3}(?:\.\d{1,3})?))"
            r"(?![\w:%]|\.\d|,\d|\s*laps?\b)"  # not "+1 lap"
        ),
    ),
]

_FRACTIONS = {"tenth": 0.1, "hundredth": 0.01, "thousandth": 0.001}
_UNIT_METRES = {
    "m": 1.0,
    "metre": 1.0,
    "metres": 1.0,
    "meter": 1.0,
    "meters": 1.0,
    "cm": 0.01,
    "centimetres": 0.01,
    "centimeters": 0.01,
    "km": 1000.0,
    "kilometres": 1000.0,
    "kilometers": 1000.0,
}


@dataclass(frozen=True)
class Mark:
    """A mark found in text: ``value`` in seconds, metres or points (None for bare)."""

    start: int
    end: int
    text: str
    kind: MarkKind
    value: float
    unit: str | None
    has_decimals: bool


def _num(word: str | None) -> float:
    if word is None:
        return 0.0
    try:
        return float(word.replace(",", ""))
    except ValueError:
        n = cardinal(word)
        if n is None:
            raise
        return float(n)


def _mark(name: str, m: re.Match[str]) -> Mark | None:
    text = m.group(0)
    start, end = m.start(), m.end()
    g = m.groupdict()
    if name in ("hms_words", "hms_clock"):
        value = _num(g["h"]) * 3600 + _num(g["m"]) * 60 + _num(g.get("s"))
        return Mark(start, end, text, "time", round(value, 3), "s", "." in (g.get("s") or ""))
    if name in ("ms_words", "ms_clock"):
        value = _num(g["m"]) * 60 + _num(g["s"])
        return Mark(start, end, text, "time", round(value, 3), "s", "." in g["s"])
    if name == "fraction_words":
        num = cardinal(g["num"]) or 1
        den = _FRACTIONS[g["den"].lower().rstrip("s")]
        return Mark(start, end, text, "time", round(num * den, 3), "s", True)
    if name == "half_second":
        return Mark(start, end, text, "time", 0.5, "s", True)
    if name == "one_second":
        return Mark(start, end, text, "time", 1.0, "s", False)
    if name == "seconds":
        value = _num(g["s"])
        return Mark(start, end, text, "time", round(value, 3), "s", "." in g["s"])
    if name == "distance":
        unit = g["u"].lower()
        raw = g["v"]
        value = _num(raw) * _UNIT_METRES[unit]
        return Mark(start, end, text, "distance", round(value, 3), "m", "." in raw)
    if name == "points":
        return Mark(start, end, text, "points", _num(g["v"]), "points", "." in g["v"])
    if name == "gap":
        secs = _num(g["m"]) * 60 + _num(g["ms"]) if g["m"] else _num(g["s"])
        return Mark(start, end, text, "time", round(secs, 3), "s", "." in text)
    if name == "bare":
        return Mark(start, end, text, "bare", float(g["v"]), None, True)
    return None


def find_marks(text: str) -> list[Mark]:
    """All marks in ``text``, leftmost-longest, never overlapping, in text order."""
    found: list[Mark] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            mark = _mark(name, m)
            if mark is not None:
                found.append(mark)
    return leftmost_longest(found)
