"""Which sport an article, an athlete or an event belongs to."""

from __future__ import annotations

import re

# Wire headlines start with the sport: "ALPINE SKIING-WOMEN'S WORLD CUP DOWNHILL RESULTS."
_HEADLINE_SPORTS = {
    "ATHLETICS": "athletics",
    "CYCLING": "cycling",
    "ALPINE SKIING": "alpine skiing",
    "FREESTYLE SKIING": "freestyle skiing",
    "NORDIC SKIING": "cross-country skiing",
    "CROSS-COUNTRY SKIING": "cross-country skiing",
    "SKI JUMPING": "ski jumping",
    "SPEED SKATING": "speed skating",
    "BIATHLON": "biathlon",
    "BOBSLEIGH": "bobsleigh",
    "SWIMMING": "swimming",
    "ROWING": "rowing",
    "TRIATHLON": "triathlon",
    "SKIING": "skiing",
}
# (pattern, sport): words that tell a sport, strongest first.
_CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bbiathl\w*|\bshooting range\b", re.I), "biathlon"),
    (re.compile(r"\bspeed[- ]skat\w*", re.I), "speed skating"),
    (re.compile(r"\bski[- ]jump\w*|\b(?:large|normal|high) hill\b", re.I), "ski jumping"),
    (
        re.compile(r"\bmoguls?\b|\baerials\b|\bfreestyle skiing\b|\bhalfpipe\b", re.I),
        "freestyle skiing",
    ),
    (re.compile(r"\bdownhill\b|\bslalom\b|\bsuper[- ]g\b|\balpine\b", re.I), "alpine skiing"),
    (
        re.compile(
            r"\bcross[- ]country ski\w*|\bskiathlon\b|\bclassic technique\b|"
            r"\b(?:freestyle|classic) (?:mass|interval) start\b|\d ?km (?:freestyle|classic)\b",
            re.I,
        ),
        "cross-country skiing",
    ),
    (
        re.compile(r"\bvelodrome\b|\bkeirin\b|\bpoints race\b|\btrack cycling\b|\bomnium\b", re.I),
        "track cycling",
    ),
    (re.compile(r"\bcycl\w*|\bpeloton\b|\bstage \d+\b|\bTour de\b", re.I), "cycling"),
    (re.compile(r"\bswim\w*|\bfreestyle\b|\bbreaststroke\b|\bbackstroke\b", re.I), "swimming"),
    (
        re.compile(
            r"\bhurdles?\b|\bsprinter\b|\blong jump\b|\bhigh jump\b|\btriple jump\b|"
            r"\bpole vault\b|\bshot put\b|\bjavelin\b|\bdiscus\b|\bheptathl\w*|\bdecathl\w*|"
            r"\bmarathon\b|\bsteeplechase\b|\bathlet\w*|\bAAAs?\b|\b(?:60|100|200|400|800|"
            r"1500|1,500|5000|5,000|10,000|10000)m\b|\bindoor\b|\bcross[- ]country(?! ski)\b",
            re.I,
        ),
        "athletics",
    ),
    (re.compile(r"\bskier\w*|\bskiing\b", re.I), "cross-country skiing"),
    (re.compile(r"\bskater\w*|\bskating\b", re.I), "speed skating"),
]
# Descriptors before a name: "biathlete Johannes Dale-Skjevdal".
PERSON_SPORT = {
    "biathlete": "biathlon",
    "skater": "speed skating",
    "skier": "cross-country skiing",
    "sprinter": "athletics",
    "hurdler": "athletics",
    "runner": "athletics",
    "cyclist": "cycling",
    "rider": "cycling",
    "swimmer": "swimming",
    "jumper": "athletics",
    "vaulter": "athletics",
    "thrower": "athletics",
    "heptathlete": "athletics",
    "decathlete": "athletics",
    "marathoner": "athletics",
}


def headline_sport(headline: str) -> str | None:
    """ "ALPINE SKIING-WOMEN'S WORLD CUP ..." -> alpine skiing; a cycling headline about the
    track ("CYCLING - WORLD TRACK CHAMPIONSHIP") -> track cycling."""
    upper = headline.strip()
    for prefix, sport in sorted(_HEADLINE_SPORTS.items(), key=lambda kv: -len(kv[0])):
        rest = upper[len(prefix) : len(prefix) + 2].strip(" ")[:1]
        if upper.startswith(prefix) and rest in ("-", ""):
            if sport == "cycling" and re.search(r"\bTRACK\b|\bVELODROME\b", upper):
                return "track cycling"
            return sport
    return None


def text_sport(text: str) -> str | None:
    """The sport whose cues weigh most in ``text``. Athletics cues (distances, "indoor")
    turn up in every race report, so each counts a third of a named sport's cue."""
    best: tuple[float, int, str] | None = None
    for rank, (pattern, sport) in enumerate(_CUES):
        count = len(pattern.findall(text)) / (3 if sport == "athletics" else 1)
        if count and (best is None or count > best[0]):
            best = (count, -rank, sport)
    return best[2] if best else None


def named_sport(text: str) -> str | None:
    """A sport named outright in ``text`` (a sentence): not one guessed from distances."""
    for pattern, sport in _CUES[:8]:
        if pattern.search(text):
            return sport
    return None


def event_sport(event: str) -> str | None:
    """Sports that an event's name alone settles."""
    return text_sport(event) if any(p.search(event) for p, _ in _CUES[:6]) else None
