"""The sports registry: what the extractor knows about sports, events and competitions.

The knowledge lives as data in ``extractor/data``: ``sports.json`` (each sport's cue
words, person nouns, season, race speeds, whether its races give medals; rounds, record
qualifiers, crew nouns, units of speed and money), ``events.jsonl`` (each event's name and
aliases, the measure and plausible range of its marks, crew size, gender) and
``competitions.jsonl`` (names of competitions and whether they award medals, read by
:mod:`extractor.knowledge.competitions`). The files load into the models below, which
reject unknown keys, and the rules consult them through :func:`registry`: the event and
sport vocabularies of :mod:`~extractor.knowledge.events` and
:mod:`~extractor.knowledge.sports` are generated from it.

Adding a sport is a data edit: a line in ``sports.json`` and its events in
``events.jsonl``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Measure = Literal["time", "distance", "height", "points", "score"]
UNIT_OF: dict[str, str] = {"time": "s", "distance": "m", "height": "m", "points": "points"}
GENDERS = ("men's", "women's", "mixed")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MarkRange(_Strict):
    """What a valid mark of an event looks like: its measure, and the span from the world
    record to a slow but real mark (in seconds, metres or points)."""

    measure: Measure
    min: float = Field(ge=0)
    max: float

    @model_validator(mode="after")
    def _ordered(self) -> MarkRange:
        if not self.min < self.max:
            raise ValueError(f"range {self.min}..{self.max} is empty")
        return self

    @property
    def unit(self) -> str | None:
        return UNIT_OF.get(self.measure)

    def holds(self, value: float) -> bool:
        return self.min <= value <= self.max


class Sport(_Strict):
    name: str
    season: Literal["summer", "winter"]
    contest: Literal["race", "judged", "match"] = "race"
    medals: bool = True  # podium places in its races can be medals (not in motor sport)
    parent: str | None = None  # "track cycling" is "cycling"
    headline: tuple[str, ...] = ()  # wire headline prefixes: "ALPINE SKIING"
    headline_words: tuple[str, ...] = ()  # in its parent's headline: "TRACK" for cycling
    names: tuple[str, ...] = ()  # regexes that name the sport outright
    hints: tuple[str, ...] = ()  # regexes that suggest it
    hint_weight: float = Field(default=1.0, gt=0, le=1)
    person_nouns: tuple[str, ...] = ()  # "biathlete", "alpine skier"
    speeds: tuple[float, float] | None = None  # m/s: slowest, fastest average of a real race

    @cached_property
    def name_pattern(self) -> re.Pattern[str] | None:
        return _alternation(self.names)

    @cached_property
    def hint_pattern(self) -> re.Pattern[str] | None:
        return _alternation(self.hints)


class Event(_Strict):
    """One event. A ``format`` ("mass start", "hurdles") follows a distance ("50km mass
    start"); with ``alone`` it is also an event by itself ("the pursuit")."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9 .-]*$")
    sports: tuple[str, ...] = Field(min_length=1)
    kind: Literal["event", "format"] = "event"
    aliases: tuple[str, ...] = ()
    gendered_aliases: tuple[str, ...] = ()  # found only after a gender word: "men's shot"
    marks: tuple[MarkRange, ...] | None = None  # None: from the sport's speeds and distance
    gender: Literal["men's", "women's"] | None = None  # an event for one gender only
    gendered: bool = True  # takes "men's" / "women's"
    team: bool = False
    crew: int | None = Field(default=None, ge=1)
    crew_women: int | None = Field(default=None, ge=1)
    specialists: tuple[str, ...] = ()  # "pole vaulter": the one event such an athlete does
    alone: bool = False  # a format that is also an event by itself
    technique: bool = False  # "freestyle", "classic": may come before another format
    spotted: bool = True  # found in text (not "race" or "qualifying": words of every report)
    bare: bool = True  # found without a gender word ("eight" only as "men's eight")

    @property
    def written_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.gendered_aliases)

    @property
    def bare_forms(self) -> tuple[str, ...]:
        """The forms found without a gender word before them."""
        return (self.name, *self.aliases) if self.bare else ()


class SportsFile(_Strict):
    about: str = ""
    sports: tuple[Sport, ...]
    rounds: dict[str, str]
    record_qualifiers: tuple[str, ...]
    crew_nouns: dict[str, int | None]
    mark_words: dict[Literal["time", "distance", "height", "points", "any"], tuple[str, ...]]
    title_words: tuple[str, ...]  # what a tournament placing in a match sport names
    count_words: tuple[str, ...]  # "171 laps", "five wins": counts, not marks
    speed_units: tuple[str, ...]
    money: tuple[str, ...]


@dataclass(frozen=True)
class EventInfo:
    """An event as a claim names it ("men's 50km mass start heats"), with what the
    registry knows about it."""

    name: str  # without gender and round: "50km mass start"
    sports: tuple[str, ...]
    marks: tuple[MarkRange, ...]
    team: bool = False
    crew: int | None = None
    gender: str | None = None
    gendered: bool = True  # takes "men's" / "women's" (motor races do not)

    @property
    def units(self) -> frozenset[str]:
        return frozenset(u for m in self.marks if (u := m.unit) is not None)

    def range_for(self, unit: str) -> MarkRange | None:
        """The range of marks in ``unit`` (the widest where several measures share it)."""
        ranges = [m for m in self.marks if m.unit == unit]
        if not ranges:
            return None
        return MarkRange(
            measure=ranges[0].measure,
            min=min(r.min for r in ranges),
            max=max(r.max for r in ranges),
        )


_DISTANCE = re.compile(
    r"^(?:(?P<legs>\d+)x)?(?P<num>\d+(?:\.\d+)?)(?P<unit>m|km)(?: (?P<rest>.+))?$|"
    r"^(?P<miles>\d+) miles?(?: (?P<mrest>.+))?$"
)
_CLASS = re.compile(r"\b[tf]\d{2}\b|\brace \d+$")  # Paralympic classes, "125cc race 1"


class Registry:
    """The loaded registry, with look-ups the rules share."""

    def __init__(self, sports: SportsFile, events: list[Event]) -> None:
        self.file = sports
        self.sports = list(sports.sports)
        self.events = events
        self._sport = {s.name: s for s in self.sports}
        unknown = sorted({sp for e in events for sp in e.sports} - set(self._sport))
        if unknown:
            raise ValueError(f"events.jsonl names sports that sports.json lacks: {unknown}")
        self._events_seen: dict[tuple[str, str | None], EventInfo | None] = {}
        self._teams_seen: dict[tuple[str, str | None], bool] = {}
        self._by_form: dict[str, list[Event]] = {}
        for event in events:
            for form in event.written_forms:
                self._by_form.setdefault(form.lower(), []).append(event)

    # -- sports ------------------------------------------------------------------------

    def sport(self, name: str | None) -> Sport | None:
        return self._sport.get(name) if name else None

    def covered(self, sport: str | None) -> bool:
        """Whether the rules are made for ``sport``: a sport of races (places by time,
        distance or points) whose events the registry lists. A sport of matches (tennis,
        curling) may name its events but is not covered: one side beating another is no
        placing the rules can read."""
        found = self.sport(sport)
        if found is None or found.contest == "match":
            return False
        return found.name in self._sports_with_events

    @cached_property
    def _sports_with_events(self) -> frozenset[str]:
        return frozenset(
            s.name for s in self.sports if any(self._in_sport(e, s.name) for e in self.events)
        )

    def season(self, sport: str | None) -> str | None:
        found = self.sport(sport)
        return found.season if found else None

    def family(self, sport: str) -> set[str]:
        """``sport`` with its parent and children: "track cycling" is "cycling" too."""
        found = self.sport(sport)
        out = {sport} | {s.name for s in self.sports if s.parent == sport}
        return out | ({found.parent} if found is not None and found.parent else set())

    def _in_sport(self, event: Event, sport: str) -> bool:
        return bool(self.family(sport) & set(event.sports))

    # -- events ------------------------------------------------------------------------

    @property
    def rounds(self) -> dict[str, str]:
        return self.file.rounds

    def core(self, event: str) -> str:
        """ "men's 200m heats" -> "200m": no gender, round or Paralympic class."""
        text = event.lower().strip()
        for g in GENDERS:
            if text.startswith(g + " "):
                text = text[len(g) + 1 :]
        for stage in sorted(set(self.rounds.values()), key=len, reverse=True):
            if text.endswith(" " + stage):
                text = text[: -len(stage) - 1]
        return re.sub(r"\s+", " ", _CLASS.sub("", text)).strip()

    def event(self, written: str, sport: str | None = None) -> EventInfo | None:
        """What the registry knows of the event a claim names, in ``sport`` if given (an
        event several sports hold, such as the 500m, takes the widest of their ranges)."""
        key = (written, sport)
        if key not in self._events_seen:  # every claim asks, and articles repeat events
            self._events_seen[key] = self._event(written, sport)
        return self._events_seen[key]

    def _event(self, written: str, sport: str | None) -> EventInfo | None:
        name = self.core(written)
        named = self._named(name, sport)
        if named:
            return self._info(name, named, sport, None, 1)
        m = _DISTANCE.match(name)
        if m is None:
            return None
        rest = m.group("rest") or m.group("mrest")
        fmt = self._format(rest, sport) if rest else []
        if rest and not fmt:
            return None
        if m.group("miles"):
            metres = float(m.group("miles")) * 1609.344
        else:
            metres = float(m.group("num")) * (1000.0 if m.group("unit") == "km" else 1.0)
        legs = int(m.group("legs") or 1)
        return self._info(name, fmt, sport, metres * legs, legs)

    def _named(self, name: str, sport: str | None) -> list[Event]:
        candidates = self._by_form.get(name, [])
        if sport is not None:
            fitting = [e for e in candidates if self._in_sport(e, sport)]
            candidates = fitting or candidates
        return candidates

    def _format(self, rest: str, sport: str | None) -> list[Event]:
        fmt = self._named(rest, sport)
        if fmt:
            return fmt
        words = rest.split(" ", 1)  # "freestyle mass start": a technique, then a format
        if len(words) == 2 and any(e.technique for e in self._named(words[0], sport)):
            return self._named(words[1], sport)
        return []

    def _info(
        self,
        name: str,
        events: list[Event],
        sport: str | None,
        metres: float | None,
        legs: int,
    ) -> EventInfo:
        sports = tuple(dict.fromkeys(s for e in events for s in e.sports))
        if sport is not None:
            fitting = tuple(s for s in sports if s in self.family(sport))
            sports = fitting or sports or (sport,)
        ranged = [m for e in events if e.marks is not None for m in e.marks]
        if ranged or (events and metres is None):
            marks = _widest(ranged)
        else:
            marks = self._race_range(metres or 0.0, sports)
        crews = {e.crew for e in events}
        genders = {e.gender for e in events}
        return EventInfo(
            name=name,
            sports=sports,
            marks=marks,
            team=legs > 1 or any(e.team for e in events),
            crew=legs if legs > 1 else (crews.pop() if len(crews) == 1 else None),
            gender=genders.pop() if len(genders) == 1 else None,
            gendered=all(e.gendered for e in events),
        )

    def _race_range(self, metres: float, sports: tuple[str, ...]) -> tuple[MarkRange, ...]:
        """Times a race of ``metres`` can take: the distance at the slowest and fastest
        speeds of its sport (of any sport with speeds, when the sport is unknown)."""
        pool = [s for name in sports if (s := self.sport(name)) is not None]
        speeds = [s.speeds for s in (pool or self.sports) if s.speeds is not None]
        if not speeds or metres <= 0:
            return ()
        slow = min(v[0] for v in speeds)
        fast = max(v[1] for v in speeds)
        return (MarkRange(measure="time", min=round(metres / fast, 2), max=round(metres / slow)),)

    def measured_in(self, event: str, sport: str | None = None) -> str | None:
        """The one unit of an event's marks; None where it has several (ski jumping:
        metres and points) or none."""
        info = self.event(event, sport)
        if info is None:
            return None
        units = info.units
        return next(iter(units)) if len(units) == 1 else None

    def is_team_event(self, event: str | None, sport: str | None = None) -> bool:
        if not event:
            return False
        key = (event, sport)
        if key not in self._teams_seen:
            self._teams_seen[key] = self._is_team_event(event, sport)
        return self._teams_seen[key]

    def _is_team_event(self, event: str, sport: str | None) -> bool:
        info = self.event(event, sport)
        if info is not None:
            return info.team
        # An event the registry cannot read whole ("men's team sprint final"): its words.
        return any(
            e.team and re.search(rf"\b{re.escape(form)}\b", event.lower())
            for e in self.events
            for form in e.written_forms
        ) or bool(re.search(r"\b\d+x", event))

    def crew_size(self, event: str, sport: str | None, gender: str | None) -> int | None:
        info = self.event(event, sport)
        if info is None or info.crew is None:
            return None
        women = {e.crew_women for e in self._named(info.name, sport)} - {None}
        if gender == "women's" and len(women) == 1:
            return women.pop()
        return info.crew

    # -- vocabularies for the finders ------------------------------------------------------

    def spotted(self, *, kind: str | None = None, bare: bool | None = None) -> list[Event]:
        return [
            e
            for e in self.events
            if e.spotted and (kind is None or e.kind == kind) and (bare is None or e.bare == bare)
        ]

    def mark_word_before(self, text: str) -> str | None:
        """The measure a word just before a bare number gives it ("threw 89.16": a
        distance; "clocked 9.96": a time), "any" for words every measure takes ("a best
        of"), or None when nothing before it introduces a mark."""
        found = self._mark_words.search(text)
        if found is None:
            return None
        written = re.sub(r"\s+", " ", found.group(1).lower())
        return next(m for m, words in self.file.mark_words.items() if written in words)

    @cached_property
    def _mark_words(self) -> re.Pattern[str]:
        words = sorted(
            {w for ws in self.file.mark_words.values() for w in ws}, key=len, reverse=True
        )
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        return re.compile(rf"(?:^|(?<=[^\w]))({alternatives})\s*$", re.IGNORECASE)

    @cached_property
    def money_sign_before(self) -> re.Pattern[str]:
        """A currency sign just before a number: "$25m", "\u00a313m" are money."""
        signs = [re.escape(m) for m in self.file.money if not m[:1].isalpha()]
        return re.compile(rf"(?:{'|'.join(signs)})\s?$")

    @cached_property
    def specialists(self) -> dict[tuple[str, ...], str]:
        """ "pole vaulter" -> pole vault: the words of a specialist's title, and its event."""
        return {tuple(s.lower().split()): e.name for e in self.events for s in e.specialists}

    @cached_property
    def record_qualifier(self) -> str:
        """A regex for one word that may stand between a record's scope and "record":
        "world indoor 5,000m record", "British 60m hurdles record"."""
        words = set(self.file.record_qualifiers)
        for event in self.events:
            for form in event.written_forms:
                parts = re.split(r"[ -]", form.lower())
                words.update(re.escape(w) for w in parts if len(w) > 1 and not w[0].isdigit())
        return "^(" + "|".join(sorted(words)) + ")$"


def _widest(ranges: list[MarkRange]) -> tuple[MarkRange, ...]:
    """One range per measure, spanning all of ``ranges`` of that measure."""
    out: dict[str, MarkRange] = {}
    for r in ranges:
        seen = out.get(r.measure)
        out[r.measure] = (
            r
            if seen is None
            else MarkRange(measure=r.measure, min=min(seen.min, r.min), max=max(seen.max, r.max))
        )
    return tuple(out.values())


def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def registry() -> Registry:
    data = resources.files("extractor.data")
    sports = SportsFile.model_validate(json.loads(data.joinpath("sports.json").read_text("utf-8")))
    lines = data.joinpath("events.jsonl").read_text("utf-8").splitlines()
    events = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                events.append(Event.model_validate_json(line))
            except ValueError as err:
                raise ValueError(f"events.jsonl:{number}: {err}") from None
    return Registry(sports, events)
