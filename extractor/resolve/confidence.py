"""How sure the extractor is of a claim, so that a confidence means something.

Each rule's base figure is its precision on the development sets (the BBC and wire gold
files and the corpus), rounded down, as `extract eval` measures it by confidence band.
A claim whose athlete is not named in its sentence ("he", "the Norwegian skier") is
right less often, and so is one inferred from several sentences.
"""

from __future__ import annotations

from extractor.claims.draft import Draft

# (rule, type) -> base confidence; rule alone as a fallback.
BASE: dict[tuple[str, str] | str, float] = {
    ("list", "result"): 0.95,
    ("list", "performance"): 0.95,
    ("list", "medal"): 0.95,
    ("list", "margin"): 0.9,
    "match": 0.9,
    "progression": 0.9,
    ("place", "result"): 0.9,
    ("place", "medal"): 0.6,
    "title": 0.9,
    ("champion", "medal"): 0.9,
    "medallist": 0.9,
    ("champion", "result"): 0.7,
    "mark": 0.9,
    "bare-mark": 0.8,
    "record": 0.85,
    "count-record": 0.8,
    "first": 0.6,
    ("medal-word", "medal"): 0.85,
    ("medal-word", "result"): 0.5,
    ("win", "result"): 0.85,
    ("win", "medal"): 0.75,
    "margin": 0.85,
    "tally": 0.9,
    "overall": 0.8,
    "events-list": 0.85,
    "counted-medal": 0.85,
    "behind": 0.8,
    "infer-second": 0.6,
}
DEFAULT = 0.7
REFERRED = 0.75  # the athlete is "he" or "the 22-year-old" in this sentence


def confidence(draft: Draft) -> float:
    base = BASE.get((draft.rule, draft.type), BASE.get(draft.rule, DEFAULT))
    doc = draft.sent.doc
    athletes = doc._.athletes
    named = draft.rule in ("list", "match", "progression") or all(
        any(athletes.by_token.get(t.i) is person for t in draft.sent) for person in draft.people
    )
    if not named:
        base *= REFERRED
    return round(base, 2)
