"""The check stage: every claim against the sports registry and against the article's
other claims, before it is printed.

A sports editor rejects at a glance a javelin throw in seconds, a 10km race won in 30
seconds, a gold medal at an invitation meeting, a two-man bob crew of one, a winner
placed both first and third. Each check here is one such rule. What fails is repaired
(a bare "61.36" in the javelin is 61.36 metres; "30.26" over 10km is 30:26), dropped
(a mark no reading makes plausible), or kept with a lower confidence (a margin that
disagrees with the two times); every action is reported as a :class:`Finding`, which
the document lists under ``warnings``.

Per claim: :func:`sport_is_covered`, :func:`match_places`, :func:`unit_follows_event`,
:func:`value_in_range`, :func:`medal_where_given`, :func:`crew_size`. Across claims:
:func:`medal_and_rank_agree`, :func:`one_rank`, :func:`list_order`, :func:`margin_agrees`,
:func:`tally_covers_medals`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from extractor.claims.awards import RANK_OF_MEDAL
from extractor.claims.draft import Draft
from extractor.knowledge.names import surname
from extractor.knowledge.registry import EventInfo, registry
from extractor.resolve.repeats import event_core

Action = Literal["dropped", "repaired", "lowered"]
MARK_UNITS = frozenset({"s", "m", "points"})
# Rules whose medal is the word "medal", "gold" ... itself, not a place at a competition.
_MEDAL_WORDS = frozenset({"medal-word", "medallist", "counted-medal", "champion", "title"})
_BARE = re.compile(r"^\d{1,4}(?:[.,]\d{1,3})?$")  # a number with no unit written
_MIN_SEC = re.compile(r"^(?P<m>\d{1,3})\.(?P<s>[0-5]\d)$")  # "30.26": 30 min 26 s


@dataclass
class Finding:
    """One check's verdict on one or more claims."""

    check: str
    action: Action
    message: str
    drafts: list[Draft] = field(default_factory=list)


@dataclass
class Verdict:
    """What a per-claim check does: keep (``draft`` is the claim, possibly repaired) or
    drop (``draft`` is None), with a message when it acted."""

    draft: Draft | None
    action: Action | None = None
    message: str = ""


@dataclass(frozen=True)
class Setting:
    """What the per-claim checks know of the article beyond the claim."""

    sport: str | None = None  # the article's sport


Check = Callable[[Draft, Setting], Verdict]


def check(drafts: list[Draft], setting: Setting | None = None) -> tuple[list[Draft], list[Finding]]:
    """The claims that pass, repaired where they could be, and what the checks did."""
    setting = setting or Setting()
    findings: list[Finding] = []
    kept: list[Draft] = []
    for draft in drafts:
        current: Draft | None = draft
        for rule in PER_CLAIM:
            assert current is not None
            verdict = rule(current, setting)
            if verdict.action is not None:
                target = verdict.draft or current
                findings.append(Finding(rule.__name__, verdict.action, verdict.message, [target]))
                if verdict.draft is not None:
                    verdict.draft.checks.append(f"{verdict.action}:{rule.__name__}")
            current = verdict.draft
            if current is None:
                break
        if current is not None:
            kept.append(current)
    for rule_across in ACROSS:
        kept, found = rule_across(kept)
        findings += found
    return kept, findings


# -- per claim ------------------------------------------------------------------------------


def sport_is_covered(draft: Draft, setting: Setting) -> Verdict:
    """The rules are made for the sports of races the registry lists events of. A claim
    in a football, rugby, cricket or tennis report ("Lazio's win", "817 points in 52
    internationals"), or in a report of no sport the registry can tell, is a guess the
    extractor cannot support unless the claim itself is of a covered sport: it is
    dropped. (A report of a covered sport keeps its claims of others: the curling gold
    in an athletics story.)"""
    reg = registry()
    unknown = draft.sport is None and setting.sport is None  # no sport to judge by
    if unknown or reg.covered(draft.sport) or reg.covered(setting.sport):
        return Verdict(draft)
    if draft.sport is None and draft.event is not None and reg.event(draft.event) is not None:
        return Verdict(draft)
    sport = draft.sport or setting.sport or "no sport it knows"
    return Verdict(None, "dropped", f"a report of {sport}, which the extractor does not cover")


def match_places(draft: Draft, setting: Setting) -> Verdict:
    """In a sport of matches (tennis, curling) a win over one opponent is no placing:
    only a tournament's winner and runner-up are places, and the claim's own words name
    the title, the final or the tournament ("won the Milan Indoors title", not "won 6-2
    3-6 6-3" nor "won seven titles"); and such a sport has no marks."""
    sport = registry().sport(draft.sport or setting.sport)
    if sport is None or sport.contest != "match":
        return Verdict(draft)
    if draft.type in ("performance", "margin"):
        return Verdict(None, "dropped", f"{sport.name} has no marks")
    rank = _rank(draft)
    if rank is None or draft.rule in ("list", "medallist", "champion"):
        return Verdict(draft)
    if rank <= 2 and _names_a_title(draft):
        return Verdict(draft)
    return Verdict(None, "dropped", f"a {sport.name} match, not a tournament placing")


def _names_a_title(draft: Draft) -> bool:
    """The placing's own words name one title or tournament: the cue's object or
    modifier ("won the Milan Indoors title", "her Australian Open win", "victory in the
    final"), not a match ("won their opening matches at the Tour Championships")."""
    anchor = draft.sent.doc[draft.anchor]
    words = registry().file.title_words
    heads = [anchor] + [c for c in anchor.children if c.dep_ in _OBJECTS]
    finals = [g for c in anchor.children if c.lower_ == "in" for g in c.children]
    if any(t.lower_ in words and t.tag_ != "NNS" for t in heads + finals):
        return True
    comp = draft.competition
    named = [t for h in heads for t in (h, *h.children) if t.dep_ != "prep"]
    return comp is not None and any(comp.start <= t.idx < comp.end for t in named)


_OBJECTS = frozenset({"dobj", "attr", "nsubjpass", "oprd", "appos"})


def _event(draft: Draft) -> EventInfo | None:
    return registry().event(draft.event, draft.sport) if draft.event else None


def _mark(draft: Draft) -> tuple[float, str] | None:
    """The claim's mark in seconds, metres or points, if it has one."""
    value, unit = draft.fields.get("value"), draft.fields.get("unit")
    if draft.type not in ("performance", "margin", "record") or value is None:
        return None
    return (float(value), unit) if unit in MARK_UNITS else None


def _bare(draft: Draft) -> bool:
    """The mark was written as a plain number ("61.36"), so its unit was a guess."""
    text = draft.fields.get("text")
    return draft.rule == "bare-mark" or (isinstance(text, str) and bool(_BARE.match(text)))


def _without_event(draft: Draft, why: str) -> Verdict:
    """The mark is written with its unit ("4:31.34", "6.63m"), so it is certain and what
    is wrong is the event it was given (the nearest one named, or the context's): keep
    the claim without it."""
    return Verdict(
        replace(draft, event=None, event_from_context=False), "repaired", f"{why}: event removed"
    )


def unit_follows_event(draft: Draft, setting: Setting) -> Verdict:
    """A field event is measured in metres, a points event in points, a race in seconds.
    A bare number ("61.36") takes the event's unit when its value fits, and is dropped
    when it fits none; a mark written with its unit keeps it and loses the event."""
    mark, info = _mark(draft), _event(draft)
    if mark is None or info is None or not info.units:
        return Verdict(draft)
    value, unit = mark
    allowed = set(info.units) | ({"m"} if draft.type == "margin" else set())
    if unit in allowed:
        return Verdict(draft)
    what = f"{value:g} {unit} for {draft.event} (measured in {'/'.join(sorted(info.units))})"
    if draft.type != "margin" and _bare(draft):
        fits = [r for r in info.marks if r.unit is not None and r.holds(value)]
        if len(fits) == 1 and fits[0].unit is not None:
            fields = {**draft.fields, "unit": fits[0].unit}
            return Verdict(
                replace(draft, fields=fields), "repaired", f"{what}: read in {fits[0].unit}"
            )
        return Verdict(None, "dropped", f"{what}: no reading fits")
    return _without_event(draft, what)


def value_in_range(draft: Draft, setting: Setting) -> Verdict:
    """A mark between the event's world record and a slow but real mark. British copy
    writes minutes.seconds for long races ("30.26" over 10km is 30:26): such a number is
    read again. A bare number no reading brings into range is dropped; a mark written
    with its unit loses the event instead."""
    mark, info = _mark(draft), _event(draft)
    if mark is None or info is None or draft.type == "margin":
        return _margin_in_range(draft, info) if draft.type == "margin" else Verdict(draft)
    value, unit = mark
    span = info.range_for(unit)
    if span is None or span.holds(value):
        return Verdict(draft)
    what = f"{value:g} {unit} outside {draft.event}'s {span.min:g}-{span.max:g}"
    reread = _minutes_seconds(draft) if unit == "s" else None
    if reread is not None and span.holds(reread):
        fields = {**draft.fields, "value": reread}
        return Verdict(replace(draft, fields=fields), "repaired", f"{what}: read as {reread:g} s")
    if _bare(draft):
        return Verdict(None, "dropped", what)
    return _without_event(draft, what)


def _minutes_seconds(draft: Draft) -> float | None:
    text = draft.fields.get("text")
    m = _MIN_SEC.match(text) if isinstance(text, str) else None
    return int(m.group("m")) * 60 + int(m.group("s")) if m else None


def _margin_in_range(draft: Draft, info: EventInfo | None) -> Verdict:
    """A margin in the event's own unit is smaller than the spread of its marks; one
    wider is a time read as a margin ("took second in 12.77 ahead of ..."): dropped."""
    mark = _mark(draft)
    if mark is None or info is None:
        return Verdict(draft)
    value, unit = mark
    span = info.range_for(unit)
    if span is None or value <= span.max - span.min:
        return Verdict(draft)
    return Verdict(None, "dropped", f"margin {value:g} {unit} wider than {draft.event}'s marks")


def medal_where_given(draft: Draft, setting: Setting) -> Verdict:
    """A place at a competition that awards no medals (a grand prix, a World Cup race, a
    national championship, any motor race) is a result, not a medal; the words "gold" or
    "medal" themselves, or a title, keep their medal."""
    if draft.type != "medal" or draft.rule in _MEDAL_WORDS:
        return Verdict(draft)
    comp = draft.competition
    sport = registry().sport(draft.sport)
    no_medals = (comp is not None and not comp.medals) or (sport is not None and not sport.medals)
    if not no_medals:
        return Verdict(draft)
    rank = RANK_OF_MEDAL[draft.fields["medal"]]
    where = (
        f"a {sport.name} race" if sport is not None and not sport.medals else draft.competition_name
    )
    result = replace(draft, type="result", fields={"rank": rank})
    return Verdict(
        result, "repaired", f"{where} awards no medals: rank {rank}, not {draft.fields['medal']}"
    )


def crew_size(draft: Draft, setting: Setting) -> Verdict:
    """A crew event's claim names its crew: a two-man bob two athletes, a relay four.
    One name stands for the crew, as copy credits a relay gold to its anchor; more names
    than the boat holds mean the claim took in someone else (dropped), fewer than the
    crew but more than one, a crew half read (kept at a lower confidence)."""
    if draft.type not in ("medal", "result", "performance") or not draft.event or not draft.people:
        return Verdict(draft)
    gender = next((g for g in ("men's", "women's") if draft.event.startswith(g)), None)
    size = registry().crew_size(draft.event, draft.sport, gender)
    athletes = len(draft.people)
    if size is None or athletes in (1, size):
        return Verdict(draft)
    what = f"{athletes} athletes for a crew of {size} in {draft.event}"
    if athletes > size:
        return Verdict(None, "dropped", what)
    return Verdict(draft, "lowered", what)


PER_CLAIM: tuple[Check, ...] = (
    sport_is_covered,
    match_places,
    unit_follows_event,
    value_in_range,
    medal_where_given,
    crew_size,
)


# -- across the article's claims --------------------------------------------------------------

Across = Callable[[list[Draft]], tuple[list[Draft], list[Finding]]]


def _doubt(draft: Draft, check: str, message: str) -> Finding:
    """A claim kept at a lower confidence: the confidence model sees the doubt."""
    draft.checks.append(f"lowered:{check}")
    return Finding(check, "lowered", message, [draft])


def _subject(d: Draft) -> frozenset[str]:
    return frozenset(surname(p.name) for p in d.people) or frozenset({d.nation or d.team or ""})


def _contest(d: Draft) -> tuple[frozenset[str], str, str]:
    """Who, in which event, at which competition: claims about one placing."""
    return _subject(d), event_core(d.event), (d.competition_name or "").lower()


def _rank(d: Draft) -> int | None:
    if d.type == "medal":
        return RANK_OF_MEDAL.get(d.fields.get("medal", ""))
    if d.type == "result":
        rank = d.fields.get("rank")
        return rank if isinstance(rank, int) else None
    return None


def _weaker(a: Draft, b: Draft) -> Draft:
    """Of two claims that cannot both hold, the one to give up: an inferred one, then
    one from a later sentence."""
    if a.inferred != b.inferred:
        return a if a.inferred else b
    return b if (b.sent.start, b.anchor) >= (a.sent.start, a.anchor) else a


def _placings(
    drafts: list[Draft], lists: bool = True
) -> dict[tuple[frozenset[str], str, str], list[Draft]]:
    """Placings grouped by athlete, event and competition; without ``lists``, leaving
    out results-list lines (each section of a list is its own contest: race 1, race 2,
    overall on the day)."""
    groups: dict[tuple[frozenset[str], str, str], list[Draft]] = {}
    for d in drafts:
        if _rank(d) is not None and d.event and (lists or d.section is None):
            groups.setdefault(_contest(d), []).append(d)
    return groups


def medal_and_rank_agree(drafts: list[Draft]) -> tuple[list[Draft], list[Finding]]:
    """One athlete in one event at one competition: gold goes with first place, and a
    medal and a podium result for the same place are one claim told twice."""
    drop: set[int] = set()  # ids: two drafts may be equal and still be two claims
    findings: list[Finding] = []
    for group in _placings(drafts).values():
        medals = [d for d in group if d.type == "medal"]
        results = [d for d in group if d.type == "result"]
        for medal in medals:
            for result in results:
                if id(result) in drop or id(medal) in drop:
                    continue
                if _rank(result) == _rank(medal):
                    drop.add(id(result))
                    findings.append(
                        Finding(
                            "medal_and_rank_agree",
                            "dropped",
                            f"rank {_rank(result)} repeats the {medal.fields['medal']} medal",
                            [result],
                        )
                    )
                elif (_rank(result) or 0) <= 3:
                    weaker = _weaker(medal, result)
                    drop.add(id(weaker))
                    findings.append(
                        Finding(
                            "medal_and_rank_agree",
                            "dropped",
                            f"{medal.fields['medal']} medal and rank {_rank(result)} disagree",
                            [weaker],
                        )
                    )
    return [d for d in drafts if id(d) not in drop], findings


def one_rank(drafts: list[Draft]) -> tuple[list[Draft], list[Finding]]:
    """One place per athlete per event per competition: of two different places told in
    prose, the weaker claim is kept at a lower confidence."""
    findings: list[Finding] = []
    for group in _placings(drafts, lists=False).values():
        ranks = {_rank(d) for d in group}
        if len(ranks) > 1:
            weaker = sorted(group, key=lambda d: (not d.inferred, -d.sent.start))[0]
            places = sorted(r for r in ranks if r)
            findings.append(
                _doubt(weaker, "one_rank", f"places {places} for one athlete in one event")
            )
    return drafts, findings


def list_order(drafts: list[Draft]) -> tuple[list[Draft], list[Finding]]:
    """In a results list the places ascend down the lines and the marks follow them:
    times up, distances and points down. A line out of order is kept at a lower
    confidence (a misread line, or a list of another kind)."""
    findings: list[Finding] = []
    sections: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.section is not None and d.rule == "list":
            sections.setdefault(d.section, []).append(d)
    for lines in sections.values():
        placed = [d for d in lines if _rank(d) is not None]
        for prev, cur in zip(placed, placed[1:], strict=False):
            if (_rank(cur) or 0) < (_rank(prev) or 0):
                message = f"rank {_rank(cur)} after rank {_rank(prev)}"
                findings.append(_doubt(cur, "list_order", message))
        firsts = _first_marks(lines)
        units = {d.fields["unit"] for d in firsts}
        if len(units) != 1:
            continue
        unit = units.pop()
        for prev, cur in zip(firsts, firsts[1:], strict=False):
            a, b = float(prev.fields["value"]), float(cur.fields["value"])
            backwards = b < a if unit == "s" else b > a
            if backwards:
                message = f"{cur.fields['text']} after {prev.fields['text']} in a list of {unit}"
                findings.append(_doubt(cur, "list_order", message))
    return drafts, findings


def _first_marks(lines: list[Draft]) -> list[Draft]:
    """The first performance of each line: the total, not the runs after it."""
    seen: set[int] = set()
    out = []
    for d in lines:
        if d.type == "performance" and d.sent.start not in seen:
            seen.add(d.sent.start)
            out.append(d)
    return out


def margin_agrees(drafts: list[Draft]) -> tuple[list[Draft], list[Finding]]:
    """A margin of A over B agrees with A's and B's times in the same event, when the
    article gives both; one that does not is kept at a lower confidence."""
    findings: list[Finding] = []
    times = {
        (surname(p.name), event_core(d.event)): float(d.fields["value"])
        for d in drafts
        if d.type == "performance" and d.fields.get("unit") == "s" and len(d.people) == 1
        for p in d.people
    }
    for d in drafts:
        if d.type != "margin" or d.fields.get("unit") != "s" or len(d.people) != 1:
            continue
        over = [surname(name) for name in d.fields.get("over", [])]
        ahead = times.get((surname(d.people[0].name), event_core(d.event)))
        if ahead is None or len(over) != 1:
            continue
        behind = times.get((over[0], event_core(d.event)))
        if behind is None:
            continue
        gap, value = behind - ahead, float(d.fields["value"])
        if abs(gap - value) > max(0.06, 0.02 * value):
            message = f"margin {value:g} s but the times differ by {gap:.2f} s"
            findings.append(_doubt(d, "margin_agrees", message))
    return drafts, findings


def tally_covers_medals(drafts: list[Draft]) -> tuple[list[Draft], list[Finding]]:
    """A tally of an athlete's medals at one competition is no smaller than the medals
    the article lists for them there."""
    findings: list[Finding] = []
    for tally in drafts:
        if tally.type != "tally" or tally.fields.get("period") != "competition" or not tally.people:
            continue
        kind = tally.fields.get("medal")
        listed = {
            (event_core(d.event), d.fields["medal"])
            for d in drafts
            if d.type == "medal"
            and _subject(d) == _subject(tally)
            and d.competition_name == tally.competition_name
            and (kind == "any" or d.fields["medal"] == kind)
        }
        count = int(tally.fields.get("count", 0))
        if len(listed) > count:
            message = f"a tally of {count} {kind} but {len(listed)} such medals are listed"
            findings.append(_doubt(tally, "tally_covers_medals", message))
    return drafts, findings


ACROSS: tuple[Across, ...] = (
    medal_and_rank_agree,
    one_rank,
    list_order,
    margin_agrees,
    tally_covers_medals,
)


def check_names() -> list[str]:
    return [c.__name__ for c in PER_CLAIM] + [c.__name__ for c in ACROSS]
