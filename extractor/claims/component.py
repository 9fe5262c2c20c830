"""The ``sports_claims`` component: runs the configured claim rules over a document."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from extractor.claims import (
    headlines,
    lists,
    margins,
    medals,
    performances,
    placings,
    records,
    tallies,
    wins,
)
from extractor.claims.context import Article
from extractor.claims.draft import Draft

RULES: dict[str, Callable[[Article], list[Draft]]] = {
    "medals": medals.find,
    "wins": wins.find,
    "placings": placings.find,
    "performances": performances.find,
    "margins": margins.find,
    "records": records.find,
    "tallies": tallies.find,
    "lists": lists.find,
    "headlines": headlines.find,
}


class ClaimFinder:
    def __init__(self, name: str, rules: list[str]) -> None:
        unknown = [r for r in rules if r not in RULES]
        if unknown:
            raise ValueError(f"unknown claim rules {unknown}; known: {sorted(RULES)}")
        self.name = name
        self.rules = [RULES[r] for r in rules]

    def __call__(self, doc: Doc) -> Doc:
        article = Article(doc)
        drafts: list[Draft] = []
        for rule in self.rules:
            drafts.extend(rule(article))
        doc._.claims = drafts
        doc._.article = article  # resolving reads the same article: build it once
        return doc


@Language.factory("sports_claims", default_config={"rules": list(RULES)})
def make_claims(nlp: Language, name: str, rules: list[str]) -> ClaimFinder:
    for ext in ("claims", "article"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return ClaimFinder(name, rules)
