"""Competitions named in an article, their year and their level.

The rules are data (``data/competitions.jsonl``, part of the sports registry): each names
a kind of competition, its level, and whether it awards medals. That flag decides what a
win is worth: at the Olympics or a World, European, Commonwealth, Asian or Pan American
championship a win is a gold medal; at a national championship, a trial, a grand prix, a
World Cup race, a marathon or a tour it is a result. Host cities give years
("Sydney Olympic 100m champion" is the 2000 Summer Olympics; "the Manchester Games" the
2002 Commonwealth Games).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict

from extractor.knowledge.registry import registry
from extractor.spans import leftmost_longest

Level = Literal[
    "olympics", "world", "continental", "commonwealth", "world_cup", "national", "meeting"
]


class HostCities(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    summer_olympics: dict[str, int]
    winter_olympics: dict[str, int]
    commonwealth_games: dict[str, int]

    def held(self, kind: str, season: str | None, year: int) -> bool:
        """Whether a Games of ``kind`` (and ``season``) took place in ``year``: an article
        of 2005 on "the Olympics" is about an earlier Games, not one of 2005."""
        if kind in ("Olympics", "Paralympics"):
            years = set()
            if season != "Winter":
                years |= set(self.summer_olympics.values())
            if season != "Summer":
                years |= set(self.winter_olympics.values())
            return year in years
        if kind == "Commonwealth Games":
            return year in set(self.commonwealth_games.values())
        return True


@lru_cache(maxsize=1)
def host_cities() -> HostCities:
    data = resources.files("extractor.data").joinpath("hosts.json").read_text("utf-8")
    return HostCities.model_validate(json.loads(data))


@dataclass(frozen=True)
class CompetitionMention:
    start: int
    end: int
    level: Level
    kind: str  # "Olympics", "World Indoor Championships", "AAAs Championships", ...
    year: int | None = None
    season: str | None = None  # "Summer" / "Winter" for the Olympics
    adjective: bool = False  # "Olympic champion": names the competition only as a modifier
    medals: bool = False  # podium places there are medals
    named: bool = True  # "at a meeting in Ghent" tells what kind, not which: no name

    def in_year(self, year: int | None) -> CompetitionMention:
        """ "won gold in 2018": the year written beside a claim wins over the article's."""
        return self if year is None or year == self.year else replace(self, year=year)

    def same_series(self, other: CompetitionMention) -> bool:
        """ "AAAs Indoor Championships" and "AAAs" (title), "2026 Winter Olympics" and
        "Olympic": one competition, unless their years differ."""
        years = {self.year, other.year} - {None}
        return (
            self.level == other.level
            and self.kind.split()[0] == other.kind.split()[0]
            and len(years) <= 1
        )

    def name(self, season_hint: str | None = None) -> str:
        kind = self.kind
        if kind in ("Olympics", "Paralympics"):
            season = self.season or season_hint
            kind = f"{season} {kind}" if season else kind
        return f"{self.year} {kind}" if self.year else kind


class CompetitionRule(BaseModel):
    """One line of ``data/competitions.jsonl``. ``{YEAR}`` and ``{CITY}`` in a pattern
    stand for an optional year or host city before the name, ``{SPORT}`` for a word of a
    sport's name in the registry ("world rowing championships"); an ``adjective`` rule
    only fires before a title word ("Olympic champion", not "Olympic record")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    level: Level
    kind: str
    medals: bool  # it awards medals (Olympics, World ... championships), or places only
    named: bool = True  # False: "a meeting in Ghent", a kind of competition and no name
    adjective: bool = False
    ignore_case: bool = False
    written: bool = False  # name it as written: "Alpine World Ski Championships"
    # Lower-case words one of which the text must hold for the pattern to be tried: a
    # cheap test that spares the regex most articles.
    needs: tuple[str, ...] = ()

    def may_match(self, lowered_text: str) -> bool:
        return not self.needs or any(word in lowered_text for word in self.needs)

    def compile(self) -> re.Pattern[str]:
        text = self.pattern.replace("{YEAR}", _YEAR).replace("{CITY}", _CITY)
        text = text.replace("{SPORT}", _sport_words())
        if self.adjective:
            text += _TITLED
        return re.compile(text, re.IGNORECASE if self.ignore_case else 0)


def _sport_words() -> str:
    """The words of the registry's sport names, as one regex alternation."""
    words = {w for s in registry().sports for w in s.name.split() if len(w) > 3}
    return "|".join(re.escape(w).replace(r"\-", "[ -]") for w in sorted(words))


_YEAR = r"(?:(?P<year>(?:19|20)\d{2})\s+)?"
_CITY = r"(?:(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+)?"
# Only before a title word: "world record" and "European rankings" name no competition.
_TITLED = (
    r"(?=(?:[ \t]+(?:and|&|[\w,'’-]+)){0,5}?[ \t]+(?:champions?|titles?|crowns?|golds?|"
    r"silvers?|bronzes?|medals?|medallists?|medalists?|final|finals|winners?|"
    r"runners?-up|victory|victories|win|wins|triumph|double|podium|relay gold)\b)"
)
# Host cities stand for their Games in an article about the Olympics: "in Athens".
_HOST = re.compile(
    r"\b(?P<city>Athens|Sydney|Atlanta|Barcelona|Seoul|Beijing|London|Rio|Tokyo|"
    r"Paris|Sochi|Vancouver|Turin|Torino|Nagano|Lillehammer|Pyeongchang|"
    r"PyeongChang|Salt Lake City|Milan|Cortina)\b"
    r"(?! Marathon| Grand Prix| Games| Olympics)"
)


# A host city names its Games beside Olympic or medal words, or in an article that opens
# on the Olympics, and never beside another year: "won gold in Athens", "her success in
# Athens", not "third in London in 2002" (the marathon).
_OLYMPIC_NEAR = re.compile(
    r"\bOlympi|\bGames\b|\bgold\b|\bsilver\b|\bbronze\b|\bmedal", re.IGNORECASE
)


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[start : min(ends) if ends else len(text)]


_NOT_A_MEETING = re.compile(r"^(?:The|This|That|These|Those|His|Her|Their|Its|A|An|Next|Last)\b")


_WHEN = re.compile(
    r"^(?:(?:last|next|this) (?:year|month|week)'s|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]onight)'s)\s+"
)


@lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[re.Pattern[str], CompetitionRule]], ...]:
    text = resources.files("extractor.data").joinpath("competitions.jsonl").read_text("utf-8")
    rules = [
        CompetitionRule.model_validate_json(line) for line in text.splitlines() if line.strip()
    ]
    named = [(r.compile(), r) for r in rules if not r.adjective]
    adjectives = [(r.compile(), r) for r in rules if r.adjective]
    return named, adjectives


def _as_written(m: re.Match[str]) -> str:
    """ "world track cycling championships" -> "World Track Cycling Championships"."""
    text = m.group(0)
    if m.groupdict().get("year"):
        text = text[m.end("year") - m.start() :].strip()
    words = [w if w.isupper() else w[:1].upper() + w[1:] for w in text.split()]
    name = (
        " ".join(words)
        .replace("Cross-country", "Cross Country")
        .replace("Cross-Country", "Cross Country")
        .replace("World Track Championship", "World Track Cycling Championship")
    )
    return name + "s" if name.endswith("Championship") else name


def _sub_kind(kind: str, sub: str | None) -> str:
    if not sub:
        return kind
    sub = sub.strip().replace("-", " ").title()
    if kind == "World Championships":
        return f"World {sub} Championships"
    if kind == "European Championships":
        return f"European {sub} Championships"
    if kind == "AAA Championships":
        return "AAA Indoor Championships"
    if kind == "National Championships":
        return "National Indoor Championships"
    return kind


def _olympic_year(city: str | None, season: str | None) -> tuple[int | None, str | None]:
    if not city:
        return None, season
    hosts = host_cities()
    if city in hosts.winter_olympics and season != "Summer":
        return hosts.winter_olympics[city], "Winter"
    if city in hosts.summer_olympics and season != "Winter":
        return hosts.summer_olympics[city], "Summer"
    return None, season


def find_competitions(text: str) -> list[CompetitionMention]:
    """Named competitions (not adjectives), leftmost-longest; in an article about the
    Olympics, a host city ("in Athens") names its Games."""
    found: list[CompetitionMention] = []
    low = text.lower()
    for pattern, rule in _rules()[0]:
        if not rule.may_match(low):
            continue
        for m in pattern.finditer(text):
            kind = _as_written(m) if rule.written else rule.kind
            found.append(_mention(m, rule, kind, text))
    if re.search(r"\bOlympic", text):
        for m in _HOST.finditer(text):
            year, season = _olympic_year(m.group("city"), None)
            around = _sentence_around(text, m.start())
            olympic = _OLYMPIC_NEAR.search(around) or _OLYMPIC_NEAR.search(text[:300])
            years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", around)}
            if year is not None and olympic and (not years or year in years):
                found.append(
                    CompetitionMention(
                        m.start(),
                        m.end(),
                        "olympics",
                        "Olympics",
                        year,
                        season,
                        adjective=True,
                        medals=True,
                    )
                )
    return leftmost_longest(found)


def find_adjectives(text: str) -> list[CompetitionMention]:
    """Competition adjectives ("Olympic", "world indoor", "AAAs") for titles and records."""
    low = text.lower()
    found = [
        _mention(m, rule, rule.kind, text, adjective=True)
        for pattern, rule in _rules()[1]
        if rule.may_match(low)
        for m in pattern.finditer(text)
    ]
    return leftmost_longest(found)


def _mention(
    m: re.Match[str], rule: CompetitionRule, kind: str, text: str, adjective: bool = False
) -> CompetitionMention:
    level, medals = rule.level, rule.medals
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    season = g["season"].strip() if g.get("season") else None
    kind = _sub_kind(kind, g.get("sub"))
    start, end = m.start(), m.end()
    name_text = m.group(0).strip()
    if level == "olympics":
        city = g.get("city")
        if kind == "Games":
            if city == "Commonwealth":
                return CompetitionMention(
                    start, end, "commonwealth", "Commonwealth Games", year, medals=True
                )
            hosts = host_cities()
            if city in hosts.commonwealth_games:
                return CompetitionMention(
                    start,
                    end,
                    "commonwealth",
                    "Commonwealth Games",
                    year or hosts.commonwealth_games[city],
                    medals=True,
                )
            if (
                city not in hosts.summer_olympics
                and city not in hosts.winter_olympics
                and city not in ("Olympic", "Winter", "Summer")
            ):
                return CompetitionMention(start, end, "meeting", name_text, year)  # Bislett Games
            kind = "Olympics"
        city_year, season = _olympic_year(city, season)
        year = year or city_year
        if adjective and city and city_year is None:
            start = m.end("city") + 1  # "Defending Olympic champion": no city
    elif (
        rule.named
        and level in ("meeting", "national")
        and kind
        in (
            "meeting",
            "marathon",
            "Championships",
            "trials",
            "tour",
        )
    ):
        name_text = _NOT_A_MEETING.sub("", name_text).strip()
        name_text = _WHEN.sub("", name_text)  # "February's Norwich Union Grand Prix"
        name_text = re.sub(r"^(?:(?:19|20)\d{2})\s+", "", name_text)
        name_text = re.sub(r"\s+meeting$", "", name_text)  # "Berlin grand prix meeting"
        name_text = re.sub(r"\b[Gg]rand [Pp]rix\b", "Grand Prix", name_text)
        kind = name_text or kind
    if g.get("aaa"):
        kind = kind.replace("AAA", "AAAs" if g["aaa"].rstrip("'") == "AAAs" else "AAA", 1)
    return CompetitionMention(
        start, end, level, kind, year, season, adjective, medals, named=rule.named
    )
