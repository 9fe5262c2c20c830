"""Record cues as spans: "world indoor 5,000m record", "personal best", "the country's
first", "a record 18th gold medal".

The patterns are data (``data/cues.jsonl``, one ``{"label", "id", "pattern"}`` per line,
token patterns as spaCy's Matcher takes them, validated when loaded; the ``id`` carries
the record's scope). ``{QUALIFIER}`` in a pattern stands for a word that may come between a
scope and "record" ("world indoor 5,000m record"): the registry's event words and
qualifiers. spaCy's Matcher tries every pattern at every token, which made it a
tenth of the pipeline's own time; so the matcher runs only over the sentences that hold
an anchor word of some pattern (for each pattern, the words its first required literal
token can take, passing over stop words like "the" where it can).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Literal

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from extractor.knowledge.nations import nation_table
from extractor.knowledge.registry import registry

Overlap = Literal["longest", "all"]
_KEYS = frozenset({"label", "id", "pattern"})
_LITERAL_ATTRS = ("LOWER", "TEXT", "ORTH")


def load_cue_patterns(name: str = "cues.jsonl") -> list[dict[str, Any]]:
    text = resources.files("extractor.data").joinpath(name).read_text("utf-8")
    qualifier = json.dumps(registry().record_qualifier)[1:-1]
    patterns = [
        json.loads(line.replace("{QUALIFIER}", qualifier))
        for line in text.splitlines()
        if line.strip()
    ]
    for i, p in enumerate(patterns, 1):
        unknown = set(p) - _KEYS
        if unknown:
            raise ValueError(f"{name}:{i}: unknown keys {sorted(unknown)}")
    return patterns


def national_record_patterns() -> list[dict[str, Any]]:
    """ "the Spanish record", "her own Irish 60m hurdles record": a national record for
    every nationality word in the nations table."""
    demonyms = sorted({d for row in nation_table().rows for d in row.demonyms if " " not in d})
    qualifier = {"LOWER": {"REGEX": registry().record_qualifier}, "OP": "{0,5}"}
    record = {"LOWER": {"IN": ["record", "records", "best"]}}
    return [
        {
            "label": "RECORD",
            "id": "national",
            "pattern": [{"TEXT": {"IN": demonyms}}, qualifier, record],
        }
    ]


class CueMatcher:
    def __init__(self, vocab: Vocab, patterns: list[dict[str, Any]], overlap: Overlap) -> None:
        self.matcher = Matcher(vocab, validate=True)
        self.overlap = overlap
        self.everywhere = False  # a pattern with no anchor: every sentence is a candidate
        anchors: set[str] = set()
        for p in patterns:
            self.matcher.add(f"{p['label']}\t{p.get('id', '')}", [p["pattern"]])
            words = anchor_words(p["pattern"])
            anchors |= words
            self.everywhere |= not words
        self.anchor_ids = np.array(sorted(vocab.strings.add(w) for w in anchors), dtype=np.uint64)

    def __call__(self, doc: Doc) -> list[Span]:
        spans = []
        for sent in self._candidates(doc):
            for match in self.matcher(sent, as_spans=True):
                label, _, scope = match.label_.partition("\t")
                spans.append(Span(doc, match.start, match.end, label=label, span_id=scope))
        return filter_spans(spans) if self.overlap == "longest" else spans

    def _candidates(self, doc: Doc) -> list[Span]:
        if not doc.has_annotation("SENT_START"):
            return [doc[:]]  # no sentences yet (a blank pipeline): the whole text
        if self.everywhere:
            return list(doc.sents)
        hits = np.flatnonzero(np.isin(doc.to_array("LOWER"), self.anchor_ids))
        sents: dict[int, Span] = {}
        for i in hits:
            sent = doc[int(i)].sent
            sents.setdefault(sent.start, sent)
        return list(sents.values())


def anchor_words(pattern: list[dict[str, Any]]) -> set[str]:
    """The lower-case words one of which a match must contain ("record", "records" for
    "world ... record"); empty when the pattern has no required literal token."""
    literal = [w for w in (_literal(token) for token in pattern) if w]
    for words in literal:
        if not words & STOP_WORDS:
            return words
    return literal[0] if literal else set()


def _literal(token: dict[str, Any]) -> set[str]:
    if token.get("OP") not in (None, "+") or len(token) != 1 + ("OP" in token):
        return set()
    for attr in _LITERAL_ATTRS:
        value = token.get(attr)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return {str(v).lower() for v in value["IN"]}
    return set()
