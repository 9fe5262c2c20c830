"""Sentence starts that the parser cannot guess (line breaks, datelines, results lines),
and the publication date a dateline gives."""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from extractor.knowledge.dates import parse_date
from extractor.layout import Layout, find_layout

_FINAL = {".", "!", "?", "…", ":", ";"}


class Segmenter:
    """Fixes sentence boundaries from the article's layout, before the parser runs.

    A line break always ends a sentence (sports copy never wraps a sentence over a
    blank line; results lists put one result per line), a dateline is not part of the
    first sentence, and a results line is never split.
    """

    def __init__(self, name: str = "sports_segmenter", max_tokens: int = 150) -> None:
        self.name = name
        # A run of words with no full stop or line break longer than this is cut: no
        # sentence of sports copy is that long, and every rule works sentence by sentence.
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        layout: Layout = find_layout(text)
        doc._.layout = layout
        if doc._.published is None and layout.dateline and layout.dateline.text:
            parsed = parse_date(layout.dateline.text)
            doc._.published = parsed.isoformat() if parsed else None
        starts: set[int] = set()
        inside: set[int] = set()
        if layout.dateline is not None:
            starts.add(layout.dateline.start)
            starts.add(layout.dateline.end)
        for start, end in layout.list_lines + layout.table_lines:
            starts.add(start)
            inside.update(range(start + 1, end))
        starts.update(layout.inline_items)
        for k, start in enumerate(layout.inline_items):  # "8. Aleksander Wojcik (Poland) 34.80;"
            line_end = text.find("\n", start)
            end = len(text) if line_end < 0 else line_end
            if k + 1 < len(layout.inline_items):
                end = min(end, layout.inline_items[k + 1])
            inside.update(range(start + 1, end))

        # Set all at once: spaCy's is_sent_start setter looks at the whole doc each time.
        flags = doc.to_array(SENT_START).astype(numpy.int64)
        after_newline = False
        just_started = False
        run = 0  # tokens since the last sentence-like start or line break
        for token in doc:
            if token.is_space:
                if "\n" in token.text:
                    after_newline = True
                continue
            fresh = token.i == 0 or after_newline or _sentence_like_start(doc, token.i)
            run = 0 if fresh else run + 1
            if token.i == 0:
                after_newline = False
                continue
            if after_newline or token.idx in starts:
                flags[token.i] = 1
                just_started = True
            elif run >= self.max_tokens and token.idx not in inside and _word_start(doc, token.i):
                flags[token.i] = 1
                just_started = False
                run = 0
            elif token.idx in inside or (just_started and token.is_alpha):
                # A forced start is never a one-word sentence ("Johannes | Hoesflot Klaebo").
                flags[token.i] = -1
                just_started = False
            elif not doc[token.i - 1].whitespace_ and doc[token.i - 1].text not in _FINAL:
                # Nor does a sentence start inside a word: "100 | m champion".
                flags[token.i] = -1
                just_started = False
            elif _inside_a_name(doc, token.i):
                flags[token.i] = -1
                just_started = False
            else:
                just_started = False
            after_newline = "\n" in token.whitespace_
        doc.from_array([SENT_START], cast(Ints2d, flags.astype(numpy.uint64).reshape(-1, 1)))
        return doc


def _sentence_like_start(doc: Doc, i: int) -> bool:
    """After a full stop, a capital or a quote: where the parser will start a sentence
    ("1. 1. 1." is not a run of sentences)."""
    token = doc[i]
    return doc[i - 1].text in _FINAL and (token.is_title or token.is_upper or token.is_quote)


def _word_start(doc: Doc, i: int) -> bool:
    """A token that starts a word ("2:07:07", "Klaebo"), not one split off it ("," "m")."""
    return bool(doc[i - 1].whitespace_) and not doc[i].is_punct


def _inside_a_name(doc: Doc, i: int) -> bool:
    """ "Johannes | Hoesflot Klaebo": two capitalised proper nouns with nothing but a space
    between them are one name, whatever the parser would guess after a stray dateline."""
    prev, token = doc[i - 1], doc[i]
    return (
        prev.whitespace_ == " "
        and prev.tag_ in ("NNP", "NNPS")
        and prev.is_title
        and token.is_title
        and prev.is_alpha
        and token.is_alpha
    )


@Language.factory("sports_segmenter", default_config={"max_tokens": 150})
def make_segmenter(nlp: Language, name: str, max_tokens: int) -> Segmenter:
    for ext in ("layout", "published"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return Segmenter(name, max_tokens)
