"""Word lists shipped in ``data/words.json``, loaded once and validated."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict


class WordLists(BaseModel):
    """Closed-class vocabulary the name finder needs; unknown keys are an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    not_name_words: frozenset[str]
    # Given names that are also words or places ("Summer", "Georgia"): a name's first
    # word when a name word follows ("Summer Okafor"), a word or nation otherwise.
    given_name_words: frozenset[str]
    sentence_start_words: frozenset[str]
    person_nouns: frozenset[str]
    name_particles: frozenset[str]
    org_tail_words: frozenset[str]  # "Jose M Cagigal Memorial": the name is an institution's
    say_verbs: frozenset[str]  # who is speaking: "said Collins", "Holmes added"
    official_nouns: frozenset[str]  # "AK chief X", "coach X": no athlete a description means
    owned_nouns: frozenset[str]  # "Klaebo's career tally": a lone surname that owns these


@lru_cache(maxsize=1)
def word_lists() -> WordLists:
    data = resources.files("extractor.data").joinpath("words.json").read_text("utf-8")
    return WordLists.model_validate(json.loads(data))
