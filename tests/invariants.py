"""What every printed document must respect, whatever the article: the sports registry's
units and ranges, and nations that the article itself states.

Checked independently of the check stage (which enforces them), on every text the tests
read: a rule that slips past the checks shows up here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.knowledge.nations import nation_table
from extractor.knowledge.registry import registry
from extractor.layout import find_layout
from extractor.models import ClaimsDocument

MARK_UNITS = ("s", "m", "points")


@lru_cache(maxsize=1)
def _nation_words() -> re.Pattern[str]:
    table = nation_table()
    forms = sorted({f for r in table.rows for f in (*r.names, *r.demonyms)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def nations_stated(text: str) -> set[str]:
    """IOC codes of the countries the text names outside its dateline (as a name, a
    nationality word, or a results line's bracket)."""
    layout = find_layout(text)
    if layout.dateline is not None:
        s, e = layout.dateline.start, layout.dateline.end
        text = text[:s] + " " * (e - s) + text[e:]
    table = nation_table()
    codes = {c for m in _nation_words().finditer(text) if (c := table.by_any(m.group(1)))}
    for m in re.finditer(r"\(([^()\d]+)\)", text):
        for part in re.split(r"[,/]", m.group(1)):
            code = table.by_name_fuzzy(part.strip())
            if code:
                codes.add(code)
    return codes


def broken_knowledge(doc: ClaimsDocument, text: str) -> list[str]:
    """Claims whose unit contradicts their event's measure, whose value lies outside
    their event's range, or whose nation the text does not state outside a dateline."""
    reg = registry()
    stated = nations_stated(text)
    problems = []
    for i, claim in enumerate(doc.claims):
        data = claim.model_dump(mode="json")
        where = f"claim {i} ({data['type']}, {data['evidence']['text'][:60]!r})"
        nation = data.get("nation")
        if nation and nation not in stated:
            problems.append(f"{where}: nation {nation} is stated only in the dateline or nowhere")
        value, unit, event = data.get("value"), data.get("unit"), data.get("event")
        if data["type"] not in ("performance", "margin", "record") or value is None:
            continue
        if unit not in MARK_UNITS or not event:
            continue
        info = reg.event(event, data.get("sport"))
        if info is None or not info.units:
            continue
        allowed = set(info.units) | ({"m"} if data["type"] == "margin" else set())
        if unit not in allowed:
            problems.append(f"{where}: {value} {unit} for {event}, measured in {sorted(allowed)}")
            continue
        span = info.range_for(unit)
        if span is None:
            continue
        if data["type"] == "margin":
            if value > span.max - span.min:
                problems.append(f"{where}: margin {value} {unit} wider than {event}'s marks")
        elif not span.holds(value):
            problems.append(f"{where}: {value} {unit} outside {event}'s {span.min}-{span.max}")
    return problems
