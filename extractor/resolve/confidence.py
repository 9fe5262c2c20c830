"""How sure the extractor is of a claim: a probability fitted on the golden files.

Each claim is described by a few features (its rule and type; whether its athlete is
named in its sentence or only referred to; a results-list line or prose; whether it was
inferred, came with its event and competition, was repaired or doubted by the checks, is
in a quotation ...). A logistic model turns them into the chance that the claim is
right, as the golden files judge (a pair under the rules of CLAIMS.md). Its weights are
data (``data/calibration.json``), fitted by ``python -m extractor.calibration fit`` on
the development golden files and measured by article-level cross-validation
(``python -m extractor.calibration report``); a test fails when they are stale.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from extractor.claims.draft import Draft

_LISTED = frozenset({"list", "match", "progression"})
_QUOTE = re.compile(r"[\"“”]")


def features(draft: Draft) -> dict[str, float]:
    """What the model knows of a claim: named features, present (1.0) or absent."""
    doc = draft.sent.doc
    athletes = doc._.athletes
    listed = draft.rule in _LISTED
    named = listed or all(
        any(athletes.by_token.get(t.i) is person for t in draft.sent) for person in draft.people
    )
    actions = {c.split(":", 1)[0] for c in draft.checks}
    on: list[str] = [f"rule:{draft.rule or 'none'}", f"type:{draft.type}"]
    on += [
        name
        for name, present in (
            ("listed", listed),
            ("referred", not named),
            ("inferred", draft.inferred),
            ("no event", draft.event is None),
            ("event from context", draft.event_from_context),
            ("no competition", draft.competition_name is None),
            ("nation only", not draft.people),
            ("several athletes", len(draft.people) > 1),
            ("repaired", "repaired" in actions),
            ("doubted", "lowered" in actions),
            ("quoted", bool(_QUOTE.search(draft.sent.text))),
            ("long sentence", len(draft.sent) > 40),
        )
        if present
    ]
    return {name: 1.0 for name in on}


class Calibration(BaseModel):
    """The fitted model: a weight per feature (features it never saw weigh nothing)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str
    bias: float
    weights: dict[str, float]
    trained_on: dict[str, int]  # articles and claims per source
    fingerprint: str  # of the training table, so that a test can tell when it is stale

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    text = resources.files("extractor.data").joinpath("calibration.json").read_text("utf-8")
    return Calibration.model_validate(json.loads(text))
