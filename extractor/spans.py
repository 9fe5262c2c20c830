"""Choosing among overlapping matches: the leftmost, then the longest, never two at once."""

from __future__ import annotations

from typing import Protocol, TypeVar


class Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


L = TypeVar("L", bound=Located)


def leftmost_longest(found: list[L]) -> list[L]:
    """Matches that do not overlap, in text order, as a regex engine would pick them."""
    chosen: list[L] = []
    last_end = -1
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if item.start >= last_end:
            chosen.append(item)
            last_end = item.end
    return chosen
