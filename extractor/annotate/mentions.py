"""The athletes of one article as the annotators leave them on ``doc._.athletes``."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.knowledge.names import NameRegistry, Person

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Athletes:
    """The people of one article and where each is mentioned or referred to."""

    registry: NameRegistry
    mentions: list[tuple[int, int, Person]] = field(default_factory=list)  # token [start, end)
    by_token: dict[int, Person] = field(default_factory=dict)
    refs: dict[int, Person] = field(default_factory=dict)  # pronoun / descriptor head -> person
    nations: dict[int, str] = field(default_factory=dict)  # token of a nation word -> IOC code

    def person_at(self, i: int) -> Person | None:
        return self.by_token.get(i) or self.refs.get(i)

    def mention_span(self, i: int) -> tuple[int, int] | None:
        for start, end, _ in self.mentions:
            if start <= i < end:
                return (start, end)
        return None


def lost_its_subject(text: str) -> bool:
    """A sentence that starts in lower case or on a stop: the article lost the name that
    opened it ("... Ireland's | continued his form", ", based in Bath, sprinted past X")."""
    opening = text.lstrip()[:1]
    return opening.islower() or opening in (",", ";", ".")
