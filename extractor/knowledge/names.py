"""People's names across an article: every mention resolves to the fullest form written.

"Klaebo" is "Johannes Hoesflot Klaebo", "Lewis-Francis" is "Mark Lewis-Francis", and
"Klæbo" is the same athlete as "Klaebo". Matching ignores case, hyphens and diacritics;
the canonical form keeps the article's own spelling.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

_FOLD_EXTRA = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "œ": "oe",
        "Œ": "Oe",
    }
)


def fold(text: str) -> str:
    """Lower-case ASCII skeleton of a name: "Klæbo" and "Klaebo" fold alike."""
    text = text.translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# Transliterations of one letter as two: "Klæbo" is written "Klaebo", "Høsflot"
# "Hoesflot", "Müller" "Mueller", "Aamodt" "Åmodt". Names compare with both folded away.
_DIGRAPHS = re.compile(r"(?<=[a-z])(?:ae|oe|ue)|aa")


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str, ...]:
    """Folded tokens of a name as names compare, hyphens split off: "Dale-Skjevdal" is
    two parts, and "Johannes Høsflot Klæbo" and "Johannes Hoesflot Klaebo" are alike."""
    cleaned = name.replace("-", " ").replace("\u2019", "'")
    return tuple(_DIGRAPHS.sub(_first_letter, fold(p)) for p in cleaned.split() if p)


def _first_letter(m: re.Match[str]) -> str:
    return m.group(0)[0]


def _more_original(name: str, than: str) -> bool:
    """ "Klæbo" over "Klaebo": the spelling with the letters the ASCII one replaced."""
    return sum(not c.isascii() for c in name) > sum(not c.isascii() for c in than)


def _respelled(full: str, short: str) -> str:
    """ "Johannes Hoesflot Klaebo" seen later as "Høsflot Klæbo": "Johannes Høsflot Klæbo".
    Only whole words are swapped, and only for a more original spelling of the same ones."""
    words, tail = full.split(), short.split()
    if len(tail) > len(words) or not _more_original(short, " ".join(words[-len(tail) :])):
        return full
    if [name_parts(w) for w in words[-len(tail) :]] != [name_parts(w) for w in tail]:
        return full
    return " ".join(words[: len(words) - len(tail)] + tail)


def surname(name: str) -> str:
    """Folded last part of a name: what golden files are paired on."""
    parts = name_parts(name)
    return parts[-1] if parts else ""


@dataclass
class Person:
    """One athlete of the article, under the fullest form of the name seen."""

    name: str
    nation: str | None = None
    gender: str | None = None  # "m" or "f"
    mentions: list[int] = field(default_factory=list)

    @property
    def parts(self) -> tuple[str, ...]:
        return name_parts(self.name)


class NameRegistry:
    """Collects full names, then maps any later (or earlier) short mention onto them."""

    def __init__(self) -> None:
        self._people: list[Person] = []

    @property
    def people(self) -> list[Person]:
        return list(self._people)

    def add(self, name: str, offset: int) -> Person:
        """Register a written name; a longer form of a known person replaces the shorter."""
        parts = name_parts(name)
        for person in reversed(self._people):
            if parts == person.parts or _is_suffix(parts, person.parts):
                person.name = _respelled(person.name, name)
                person.mentions.append(offset)
                return person
            if _is_suffix(person.parts, parts):
                person.name = _respelled(name, person.name)
                person.mentions.append(offset)
                return person
        person = Person(name=name, mentions=[offset])
        self._people.append(person)
        return person

    def mention(self, name: str, offset: int) -> Person:
        """The person a name written at ``offset`` refers to, else a new one; a spelling
        more original than the registered one ("Klæbo" for "Klaebo") respells it."""
        person = self.resolve(name, offset)
        if person is None:
            return self.add(name, offset)
        person.name = _respelled(person.name, name)
        return person

    def resolve(self, mention: str, offset: int) -> Person | None:
        """The person a mention refers to: the fullest name that ends with it (or equals
        it); among several, the one mentioned most recently before ``offset``."""
        parts = name_parts(mention)
        if not parts:
            return None
        candidates = [p for p in self._people if _is_suffix(parts, p.parts) or parts == p.parts]
        if not candidates:
            candidates = [
                p
                for p in self._people
                if len(parts) == 1 and p.parts[0] == parts[0] and len(p.parts) > 1
            ]
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]

        def recency(p: Person) -> tuple[int, int, int]:
            before = [m for m in p.mentions if m <= offset]
            return (1 if before else 0, max(before) if before else -min(p.mentions), len(p.parts))

        return max(candidates, key=recency)


def _is_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return 0 < len(short) <= len(long) and long[len(long) - len(short) :] == short


def event_gender(people: list[Person]) -> str | None:
    """ "men's" or "women's" when the athletes whose gender is known agree on it (a relay
    quartet with one unknown name is still a men's team)."""
    genders = {p.gender for p in people if p.gender}
    if len(genders) == 1:
        return "men's" if genders.pop() == "m" else "women's"
    return None


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """``data/first_names.json``: common given names by gender, ambiguous ones left out."""
    data = json.loads(
        resources.files("extractor.data").joinpath("first_names.json").read_text("utf-8")
    )
    if set(data) != {"male", "female"}:
        raise ValueError("first_names.json must have exactly the keys 'male' and 'female'")
    table = {fold(n): "m" for n in data["male"]}
    table.update({fold(n): "f" for n in data["female"]})
    return table


def gender_of_name(name: str) -> str | None:
    """ "Jessie Diggins" -> "f", "Martin Nyenget" -> "m"; None for a surname alone."""
    parts = name.replace("-", " ").split()
    if len(parts) < 2:
        return None
    return _first_names().get(fold(parts[0]))
