"""Events as CLAIMS.md writes them: gender, then distance or discipline, then format.

"men's 50-kilometer mass start" is ``men's 50km mass start``, "10K interval start" is
``10km interval start``, "4x7.5K relay" is ``4x7.5km relay``, "10,000m" is ``10000m``.
A distance that measures part of a race ("the final 100 metres", "through 1200m") or a
mark ("6.63m") is not an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.spans import leftmost_longest
from extractor.values.numbers import cardinal

_GENDER = r"(?:(?P<gender>men's|women's|mens|womens|men|women|boys'|girls'|mixed)\s+)?"
_NUM = (
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|five|six|nine|ten|fifteen|twenty|thirty|fifty"
)
_UNIT = r"metres|meters|metre|meter|m|kilometres|kilometers|kilometre|kilometer|km|k|miles?"
_FORMATS = (
    "mass start",
    "interval start",
    "pursuit",
    "team sprint",
    "sprint",
    "relay",
    "hurdles",
    "steeplechase",
    "freestyle",
    "classic",
    "skiathlon",
    "individual",
    "race walk",
    "walk",
    "time trial",
    "team pursuit",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "high hill",
    "large hill",
    "normal hill",
    "points race",
)
_FORMAT = (
    r"(?:[ -](?P<format>(?:(?:freestyle|classic)[ -](?=mass|interval|pursuit|sprint))?(?:"
    + "|".join(f.replace(" ", r"[ -]") for f in _FORMATS)
    + r")))?"
)
DISTANCE_EVENT = re.compile(
    rf"(?<![\w.]){_GENDER}(?P<relay>\d\s*x\s*)?(?P<num>{_NUM})(?:\s?|-)(?P<unit>{_UNIT})\b"
    rf"(?!\s*/\s*s)(?:\s+race)?{_FORMAT}",
    re.IGNORECASE,
)
_DISCIPLINES = (
    "long jump",
    "high jump",
    "triple jump",
    "pole vault",
    "shot put",
    "discus",
    "hammer",
    "javelin",
    "heptathlon",
    "decathlon",
    "pentathlon",
    "half marathon",
    "marathon",
    "cross country",
    "cross-country",
    "mile",
    "super-g",
    "super g",
    "downhill",
    "giant slalom",
    "slalom",
    "super combined",
    "moguls",
    "aerials",
    "halfpipe",
    "slopestyle",
    "skiathlon",
    "team sprint",
    "mass start",
    "pursuit",
    "points race",
    "scratch race",
    "keirin",
    "omnium",
    "team pursuit",
    "madison",
    "time trial",
    "road race",
    "individual sprint",
    "sprint",
    "relay",
    "shot",
    "high hill",
    "large hill",
    "normal hill",
)
NAMED_EVENT = re.compile(
    rf"(?<![\w-]){_GENDER}(?P<name>"
    + "|".join(re.escape(d).replace(r"\ ", r"[ -]").replace(r"\-", r"[ -]") for d in _DISCIPLINES)
    + r")\b",
    re.IGNORECASE,
)
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


# "the women's 100", "the men's 1,500": a standard distance named without its unit.
BARE_DISTANCE = re.compile(
    r"(?<![\w.])(?P<gender>men's|women's)\s+(?P<num>60|100|110|200|400|800|1,?500|3,?000|5,?000|"
    r"10,?000)\b(?!\s*(?:m|metres|meters|km|k|miles?|points|pts|seconds?|secs?)\b|[.,:]\d)",
    re.IGNORECASE,
)


_FIELD = ("jump", "vault", "put", "discus", "hammer", "javelin")
_SCORED = ("heptathlon", "decathlon", "pentathlon", "moguls", "aerials", "halfpipe", "slopestyle")


# A specialist's title and the one event it names: "pole vaulter", "decathlete".
_SPECIALISTS = {
    ("pole", "vaulter"): "pole vault",
    ("", "decathlete"): "decathlon",
    ("", "heptathlete"): "heptathlon",
    ("", "pentathlete"): "pentathlon",
    ("long", "jumper"): "long jump",
    ("triple", "jumper"): "triple jump",
    ("high", "jumper"): "high jump",
    ("javelin", "thrower"): "javelin",
    ("discus", "thrower"): "discus",
    ("hammer", "thrower"): "hammer",
    ("shot", "putter"): "shot put",
    ("", "marathoner"): "marathon",
    ("marathon", "runner"): "marathon",
    ("", "steeplechaser"): "3000m steeplechase",
}


def described_event(before: str, word: str) -> EventMention | None:
    """The event of a specialist's title, written ``before word`` ("pole vaulter")."""
    name = _SPECIALISTS.get((before, word)) or _SPECIALISTS.get(("", word))
    return EventMention(0, 0, name, None) if name else None


def measured_in(event: str) -> str | None:
    """The unit an event's marks are in: a 6.43m leap is not a 200m mark, nor 7.58secs a
    long jump. None where marks come in more than one unit (ski jumping: metres and
    points; combined events: times and points)."""
    if "hill" in event:
        return None
    if any(w in event for w in _FIELD):
        return "m"
    if any(w in event for w in _SCORED):
        return None
    return "s"


_SKIING = re.compile(r"\bcross[- ]country ski", re.IGNORECASE)


def find_events(text: str) -> list[EventMention]:
    """Event mentions in ``text``, leftmost-longest, in order."""
    found: list[EventMention] = []
    for m in BARE_DISTANCE.finditer(text):
        distance = m.group("num").replace(",", "") + "m"
        found.append(EventMention(m.start(), m.end(), distance, _gender(m.group("gender"))))
    for m in DISTANCE_EVENT.finditer(text):
        if _PART_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if _PART_AFTER.match(text[m.end("unit") :]) or _WIND.match(text[m.end("unit") :]):
            continue
        dist = _distance(m.group("num"), m.group("unit"), m.group("relay"))
        if dist is None:
            continue
        fmt = m.group("format")
        name = dist + (" " + re.sub(r"[ -]+", " ", fmt.lower()) if fmt else "")
        if dist.startswith(("1m", "2m", "3m")) and not fmt:
            continue
        found.append(EventMention(m.start(), m.end(), name, _gender(m.group("gender"))))
    skiing = bool(_SKIING.search(text))
    for m in NAMED_EVENT.finditer(text):
        name = re.sub(r"[ -]+", " ", m.group("name").lower())
        if skiing and name == "cross country":
            continue  # "the first men's Olympic cross-country medal": the sport
        name = {
            "cross country": "cross country",
            "super g": "super-g",
            "shot": "shot put",
            "individual sprint": "sprint",
        }.get(name, name)
        found.append(EventMention(m.start(), m.end(), name, _gender(m.group("gender"))))
    return leftmost_longest(found)
