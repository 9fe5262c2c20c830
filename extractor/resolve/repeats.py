"""Repeats: a claim stated twice in an article is kept once, at its first statement.

Two drafts are one claim when they have the same type, subject and key value (as the
golden files pair them) and their events and competitions do not contradict each other.
"""

from __future__ import annotations

import re

from extractor.claims.draft import Draft
from extractor.knowledge.names import surname

_KEYS = {
    "medal": ("medal",),
    "result": ("rank",),
    "performance": ("value", "unit"),
    "margin": ("value", "unit"),
    "record": ("scope", "status"),
    "tally": ("count", "medal"),
}


def drop_repeats(drafts: list[Draft]) -> list[Draft]:
    """A claim repeated later is kept once, at its first statement; details missing in
    the first are taken from the repeat."""
    kept: list[Draft] = []
    for d in sorted(drafts, key=lambda d: (d.sent.start_char, d.anchor)):
        twin = next((k for k in kept if _same(k, d)), None)
        if twin is None:
            kept.append(d)
            continue
        if twin.event is None and d.event is not None:
            twin.event = d.event
        if twin.nation is None and d.nation is not None:
            twin.nation = d.nation
        if twin.inferred and not d.inferred:
            twin.inferred = False
    return kept


def drop_headline_repeats(drafts: list[Draft]) -> list[Draft]:
    """A claim the headline states is kept (with the headline as evidence) only when
    the body does not state it: ANNOTATING.md annotates it once, in the body."""
    body = [d for d in drafts if d.rule != "headline"]
    return body + [d for d in drafts if d.rule == "headline" and not any(_same(b, d) for b in body)]


def _same(a: Draft, b: Draft) -> bool:
    if a.type != b.type or not _same_subject(a, b):
        return False
    if any(a.fields.get(k) != b.fields.get(k) for k in _KEYS[a.type]):
        return False
    if a.type == "performance":
        return a.sent == b.sent or a.event == b.event
    if a.type == "margin":
        return True
    if a.event and b.event and not same_event(a.event, b.event):
        return False
    x, y = a.competition_name, b.competition_name
    if x and y and not same_competition(x, y) and not (a.type == "tally" and not _named_in(b)):
        return False  # a repeated tally may take a wrong competition from its context
    if a.type == "tally":
        return a.fields.get("period") == b.fields.get("period")
    return True


def _named_in(d: Draft) -> bool:
    """Whether the claim's competition is named in its own sentence, not its context's."""
    comp = d.competition
    return comp is not None and d.sent.start_char <= comp.start < d.sent.end_char


def _same_subject(a: Draft, b: Draft) -> bool:
    """The same athletes; or one of a team that already has the claim ("Winning the gold
    medal was the highlight," said Lewis-Francis, after the relay gold of all four)."""
    if a.people or b.people:
        x = {surname(p.name) for p in a.people}
        y = {surname(p.name) for p in b.people}
        return x == y or (bool(x) and bool(y) and (x < y or y < x) and a.type == "medal")
    return (a.nation, a.team) == (b.nation, b.team)


def event_core(event: str | None) -> str:
    """An event without its gender: "men's 50km mass start" -> "50km mass start"."""
    return re.sub(r"^(?:men's|women's|mixed) ", "", event or "")


def same_event(x: str, y: str) -> bool:
    """ "men's 50km" and "men's 50km mass start" may be one race, and "relay" and "4x100m
    relay"; 10km and 50km are not, nor "sprint" and "team sprint"."""
    cx, cy = event_core(x), event_core(y)
    shorter, longer = sorted((cx, cy), key=len)
    if cx == cy or longer.startswith(shorter + " "):
        return True
    # "relay" and "4x100m relay", but not "sprint" and "team sprint"
    return longer.endswith(" " + shorter) and longer[:1].isdigit() and longer.count(" ") == 1


def _comp_core(name: str) -> str:
    """ "2004 Olympic Games", "2004 Summer Olympics" -> "2004olympics"."""
    core = re.sub(r"\b(?:Summer|Winter|Games)\b|\s+", "", name).lower()
    return re.sub(r"olympic(?!s)", "olympics", core)


def same_competition(x: str, y: str) -> bool:
    """ "2026 Winter Olympics" and "Winter Olympics" are one; 2022 and 2026 are not."""
    cx, cy = _comp_core(x), _comp_core(y)
    if cx == cy:
        return True
    yx, yy = re.match(r"^(\d{4})", cx), re.match(r"^(\d{4})", cy)
    if yx and yy:
        return False
    return re.sub(r"^\d{4}", "", cx) == re.sub(r"^\d{4}", "", cy)
