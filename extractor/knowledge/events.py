"""Events as CLAIMS.md writes them: gender, then distance or discipline, then format.

"men's 50-kilometer mass start" is ``men's 50km mass start``, "10K interval start" is
``10km interval start``, "4x7.5K relay" is ``4x7.5km relay``, "10,000m" is ``10000m``.
A distance that measures part of a race ("the final 100 metres", "through 1200m") or a
mark ("6.63m") is not an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.knowledge.registry import Event, registry
from extractor.spans import leftmost_longest
from extractor.values.numbers import cardinal

_GENDER = r"(?:(?P<gender>men's|women's|mens|womens|men|women|boys'|girls'|mixed)\s+)?"
_NUM = (
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|five|six|nine|ten|fifteen|twenty|thirty|fifty"
)
_UNIT = r"metres|meters|metre|meter|m|kilometres|kilometers|kilometre|kilometer|km|k|miles?"


_GENDER_REQUIRED = _GENDER.removesuffix("?")
# Forms the distance pattern reads already: "100m hurdles", "4x100m relay", "2 miles".
_A_DISTANCE = re.compile(r"^(?:\d+x)?\d+(?:\.\d+)?(?:m|km)\b|^\d+ miles?\b")


def _forms(events: list[Event], *, bare: bool | None = None) -> str:
    """Written forms as one regex alternation, longest first, spaces and hyphens alike:
    all of them, or (``bare``) those found alone, or (not ``bare``) those found only
    after a gender word ("the women's eight", "the men's shot")."""
    forms = {
        f.lower()
        for e in events
        for f in (
            e.written_forms
            if bare is None
            else e.bare_forms
            if bare
            else set(e.written_forms) - set(e.bare_forms)
        )
        if not _A_DISTANCE.match(f)
    }
    escaped = [
        re.escape(f).replace(r"\ ", r"[ -]").replace(r"\-", r"[ -]")
        for f in sorted(forms, key=lambda f: (-len(f), f))
    ]
    return "|".join(escaped) or "(?!)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The event finders, generated from the registry: a distance with an optional format
    ("50km freestyle mass start"), an event by name ("long jump", "two-man bob"), one
    written only with a gender ("the women's eight"), and an athletics distance without
    its unit ("the women's 100")."""
    reg = registry()
    techniques = _forms([e for e in reg.events if e.technique])
    formats = _forms(reg.spotted(kind="format"))
    fmt = rf"(?:[ -](?P<format>(?:(?:{techniques})[ -](?=(?:{formats})\b))?(?:{formats})))?"
    distance = re.compile(
        rf"(?<![\w.]){_GENDER}(?P<relay>\d\s*x\s*)?(?P<num>{_NUM})(?:\s?|-)(?P<unit>{_UNIT})\b"
        rf"(?!\s*/\s*s)(?:\s+race)?{fmt}",
        re.IGNORECASE,
    )
    alone = [e for e in reg.spotted() if e.kind == "event" or e.alone]
    named = re.compile(
        rf"(?<![\w-]){_GENDER}(?P<name>{_forms(alone, bare=True)})\b",
        re.IGNORECASE,
    )
    gendered = re.compile(
        rf"(?<![\w-]){_GENDER_REQUIRED}(?P<name>{_forms(alone, bare=False)})\b",
        re.IGNORECASE,
    )
    standard = sorted(
        {
            int(e.name[:-1])
            for e in reg.events
            if "athletics" in e.sports and re.fullmatch(r"\d+m", e.name)
        },
        reverse=True,
    )
    numbers = "|".join(f"{n // 1000},?{n % 1000:03d}" if n >= 1000 else str(n) for n in standard)
    bare = re.compile(
        rf"(?<![\w.])(?P<gender>men's|women's)\s+(?P<num>{numbers})\b"
        r"(?!\s*(?:m|metres|meters|km|k|miles?|points|pts|seconds?|secs?)\b|[.,:]\d)",
        re.IGNORECASE,
    )
    return distance, named, gendered, bare


# Distances that measure part of a race, not the race.
_PART_BEFORE = re.compile(
    r"(?:final|last|first|opening|closing|through|at the|by|over the final|over the last|"
    r"the final|around|almost|nearly|another|extra|to the)\s*$",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(
    r"^\s*(?:stage|mark|split|to go|from home|lead|of the|clear|ahead|short)", re.IGNORECASE
)
_WIND = re.compile(r"^\s*/\s*s", re.IGNORECASE)


@dataclass(frozen=True)
class EventMention:
    start: int
    end: int
    name: str  # without gender: "50km mass start", "long jump"
    gender: str | None  # "men's", "women's", "mixed" or None

    def full(self, gender: str | None = None) -> str:
        g = self.gender or gender
        return f"{g} {self.name}" if g else self.name


def _gender(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().rstrip("'s").rstrip("'")
    if w in ("men", "mens", "boys", "boy"):
        return "men's"
    if w in ("women", "womens", "girls", "girl"):
        return "women's"
    return "mixed" if w == "mixed" else None


def _distance(num: str, unit: str, relay: str | None) -> str | None:
    unit = unit.lower()
    value = cardinal(num) if not re.match(r"^[\d,.]+$", num) else None
    digits = num.replace(",", "") if value is None else str(value)
    if unit.startswith("mile"):
        n = float(digits)
        return "mile" if n == 1 else f"{digits} miles"
    if unit in ("k", "km") or unit.startswith("kilomet"):
        suffix = "km"
    else:
        suffix = "m"
        if "." in digits and not relay:
            return None  # "6.63m" is a mark
    prefix = relay.replace(" ", "").lower() if relay else ""
    return f"{prefix}{digits}{suffix}"


def described_event(before: str, word: str) -> EventMention | None:
    """The event of a specialist's title, written ``before word`` ("pole vaulter")."""
    specialists = registry().specialists
    name = specialists.get((before, word)) or specialists.get((word,))
    return EventMention(0, 0, name, None) if name else None


def measured_in(event: str, sport: str | None = None) -> str | None:
    """The unit an event's marks are in: a 6.43m leap is not a 200m mark, nor 7.58secs a
    long jump. None where marks come in more than one unit (ski jumping: metres and
    points; combined events: times and points) or the event is unknown."""
    return registry().measured_in(event, sport)


_SKIING = re.compile(r"\bcross[- ]country ski", re.IGNORECASE)


def find_events(text: str) -> list[EventMention]:
    """Event mentions in ``text``, leftmost-longest, in order."""
    distance_event, named_event, gendered_event, bare_distance = _patterns()
    canonical = _canonical()
    found: list[EventMention] = []
    for m in bare_distance.finditer(text):
        distance = m.group("num").replace(",", "") + "m"
        found.append(EventMention(m.start(), m.end(), distance, _gender(m.group("gender"))))
    money = registry().money_sign_before
    for m in distance_event.finditer(text):
        if _PART_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if money.search(text[max(0, m.start() - 3) : m.start()]):
            continue  # "seeking $25m (\u00a313m)": money, no race
        if _PART_AFTER.match(text[m.end("unit") :]) or _WIND.match(text[m.end("unit") :]):
            continue
        dist = _distance(m.group("num"), m.group("unit"), m.group("relay"))
        if dist is None:
            continue
        fmt = m.group("format")
        name = dist + (" " + _format_name(fmt, canonical) if fmt else "")
        if dist.startswith(("1m", "2m", "3m")) and not fmt:
            continue
        found.append(EventMention(m.start(), m.end(), name, _gender(m.group("gender"))))
    skiing = bool(_SKIING.search(text))
    for pattern in (named_event, gendered_event):
        for m in pattern.finditer(text):
            name = re.sub(r"[ -]+", " ", m.group("name").lower())
            if skiing and name in ("cross country", "cross-country"):
                continue  # "the first men's Olympic cross-country medal": the sport
            name = canonical.get(name, name)
            found.append(EventMention(m.start(), m.end(), name, _gender(m.group("gender"))))
    return leftmost_longest(found)


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    """Every written form (spaces for hyphens) to its event's name: "super g" -> "super-g"."""
    out: dict[str, str] = {}
    for event in registry().events:
        for form in event.written_forms:
            out.setdefault(re.sub(r"[ -]+", " ", form.lower()), event.name)
    return out


def _format_name(fmt: str, canonical: dict[str, str]) -> str:
    words = re.sub(r"[ -]+", " ", fmt.lower())
    return canonical.get(words, words)
