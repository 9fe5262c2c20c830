"""Which sport an article, an athlete or an event belongs to, as the registry knows it
(``data/sports.json``: headlines, names, hints and person nouns of each sport)."""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.knowledge.registry import registry


def headline_sport(headline: str) -> str | None:
    """ "ALPINE SKIING-WOMEN'S WORLD CUP ..." -> alpine skiing; a cycling headline that a
    child sport's words mark ("CYCLING - WORLD TRACK CHAMPIONSHIP") -> track cycling."""
    upper = headline.strip()
    for prefix, sport in _headline_prefixes():
        rest = upper[len(prefix) : len(prefix) + 2].strip(" ")[:1]
        if upper.startswith(prefix) and rest in ("-", ""):
            for child in registry().sports:
                if child.parent == sport and any(
                    re.search(rf"\b{re.escape(w)}\b", upper) for w in child.headline_words
                ):
                    return child.name
            return sport
    return None


@lru_cache(maxsize=1)
def _headline_prefixes() -> list[tuple[str, str]]:
    pairs = [(p, s.name) for s in registry().sports for p in s.headline]
    return sorted(pairs, key=lambda ps: -len(ps[0]))


def text_sport(text: str) -> str | None:
    """The sport whose names and hints weigh most in ``text``; a hint ("indoor", "800m"
    for athletics, which every race report has) weighs what its sport says."""
    best: tuple[float, int, str] | None = None
    for rank, sport in enumerate(registry().sports):
        weight = 0.0
        if sport.name_pattern is not None:
            weight += len(sport.name_pattern.findall(text))
        if sport.hint_pattern is not None:
            weight += len(sport.hint_pattern.findall(text)) * sport.hint_weight
        if weight and (best is None or (weight, -rank) > best[:2]):
            best = (weight, -rank, sport.name)
    return best[2] if best else None


def named_sport(text: str) -> str | None:
    """A sport named outright in ``text`` (a sentence): not one guessed from hints."""
    for sport in registry().sports:
        if sport.name_pattern is not None and sport.name_pattern.search(text):
            return sport.name
    return None


def sports_named_at(text: str) -> list[tuple[int, str]]:
    """Where ``text`` names a sport outright: (offset, sport), in registry order per
    sport. One pass per sport over a whole article, so that a claim asks for a window."""
    return [
        (m.start(), sport.name)
        for sport in registry().sports
        if sport.name_pattern is not None
        for m in sport.name_pattern.finditer(text)
    ]


def event_sport(event: str) -> str | None:
    """The sport an event's name alone settles: "long jump", "two-man bob"; not "500m"
    (athletics or speed skating) nor "sprint"."""
    info = registry().event(event)
    if info is None or len(info.sports) != 1:
        return None
    return info.sports[0]


def person_sport(before: str) -> str | None:
    """The sport of a person noun written just before a name: "biathlete | Johannes
    Dale-Skjevdal", "alpine skier | X". A noun several sports use ("rider") says none."""
    found = _person_nouns().search(before.lower())
    if found is None:
        return None
    noun = re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", found.group(1)))
    return _noun_sports().get(noun)


@lru_cache(maxsize=1)
def _noun_sports() -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for sport in registry().sports:
        for noun in sport.person_nouns:
            seen.setdefault(noun.lower(), set()).add(sport.name)
    return {noun: sports.pop() for noun, sports in seen.items() if len(sports) == 1}


@lru_cache(maxsize=1)
def _person_nouns() -> re.Pattern[str]:
    nouns = sorted(_noun_sports(), key=len, reverse=True)
    alternatives = "|".join(
        re.escape(n).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*") for n in nouns
    )
    return re.compile(rf"(?<![\w-])({alternatives})(?:\s*['’]s)?\s*$")
