"""A claim as the rules first find it, before names, events and dates are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span

from extractor.knowledge.competitions import CompetitionMention
from extractor.knowledge.names import Person


@dataclass
class Draft:
    """One claim found in one sentence.

    ``anchor`` is the token the rule fired on: events, competitions and dates are looked
    up nearest to it. ``fields`` holds the type's own fields (``medal``, ``rank``,
    ``value`` ...) exactly as the contract names them.
    """

    type: str
    sent: Span
    anchor: int
    people: list[Person] = field(default_factory=list)
    nation: str | None = None
    team: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.0  # set by extractor.resolve.confidence once the claim is resolved
    inferred: bool = False
    event: str | None = None
    competition: CompetitionMention | None = None
    competition_name: str | None = None
    date: str | None = None
    sport: str | None = None
    rule: str = ""
    beaten: list[Person] = field(default_factory=list)  # who a margin or win was over
    beaten_nations: list[str] = field(default_factory=list)
    section: int | None = None  # the results-list section a line belongs to
    event_from_context: bool = False  # the event was not named with the claim
    checks: list[str] = field(default_factory=list)  # "lowered:one_rank", "repaired:..."
