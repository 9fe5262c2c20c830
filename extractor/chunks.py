"""Long texts in pieces: spaCy refuses a text over ``nlp.max_length`` (a million
characters) and a megabyte with no punctuation is one sentence to every rule. A piece is
at most :data:`CHUNK_CHARS` long and ends at a paragraph break, else after a sentence's
full stop, else at a space, else anywhere; its claims' offsets are shifted back into the
whole text. Names, the headline and the competition are per piece: an article this long
is a dump of many, and a story rarely straddles a paragraph break.
"""

from __future__ import annotations

import re

CHUNK_CHARS = 50_000  # the model's memory grows with a doc's tokens: ~300 MB here

_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"[.!?][\"'’”)]*\s"), re.compile(r"\s"))


def split(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs that join back into ``text``."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = limit
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces
