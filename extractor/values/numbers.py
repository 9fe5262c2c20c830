"""Cardinal and ordinal numbers written as digits or words ("sixth" is 6, "four" is 4)."""

from __future__ import annotations

import re
from functools import lru_cache

CARDINALS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "single": 1,
    "double": 2,
    "treble": 3,
    "triple": 3,
}

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}

_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


@lru_cache(maxsize=4096)
def cardinal(word: str) -> int | None:
    """``"four"`` -> 4, ``"13"`` -> 13, ``"twenty-one"`` -> 21; None if not a whole number."""
    w = word.strip().lower().replace(",", "")
    if w.isascii() and w.isdigit():
        return int(w)
    if w in CARDINALS:
        return CARDINALS[w]
    head, _, unit = w.partition("-")
    if head in _TENS and unit in CARDINALS and CARDINALS[unit] < 10:
        return _TENS[head] + CARDINALS[unit]
    return None


@lru_cache(maxsize=4096)
def ordinal(word: str) -> int | None:
    """``"sixth"`` -> 6, ``"18th"`` -> 18, ``"twenty-first"`` -> 21; None otherwise."""
    w = word.strip().lower()
    m = _ORDINAL_DIGITS.match(w)
    if m:
        return int(m.group(1))
    if w in ORDINALS:
        return ORDINALS[w]
    head, _, unit = w.partition("-")
    if head in _TENS and unit in ORDINALS and ORDINALS[unit] < 10:
        return _TENS[head] + ORDINALS[unit]
    return None
