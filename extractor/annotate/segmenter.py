"""Sentence starts that the parser cannot guess (line breaks, datelines, results lines),
and the publication date a dateline gives."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.layout import Layout, find_layout
from extractor.resolve.dates import parse_date

_FINAL = {".", "!", "?", "…", ":", ";"}


class Segmenter:
    """Fixes sentence boundaries from the article's layout, before the parser runs.

    A line break always ends a sentence (sports copy never wraps a sentence over a
    blank line; results lists put one result per line), a dateline is not part of the
    first sentence, and a results line is never split.
    """

    def __init__(self, name: str = "sports_segmenter") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        layout: Layout = find_layout(text)
        doc._.layout = layout
        if doc._.published is None and layout.dateline is not None:
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

        after_newline = False
        just_started = False
        for token in doc:
            if token.is_space:
                if "\n" in token.text:
                    after_newline = True
                continue
            if token.i == 0:
                after_newline = False
                continue
            if after_newline or token.idx in starts:
                token.is_sent_start = True
                just_started = True
            elif token.idx in inside or (just_started and token.is_alpha):
                # A forced start is never a one-word sentence ("Johannes | Hoesflot Klaebo").
                token.is_sent_start = False
                just_started = False
            elif not doc[token.i - 1].whitespace_ and doc[token.i - 1].text not in _FINAL:
                # Nor does a sentence start inside a word: "100 | m champion".
                token.is_sent_start = False
                just_started = False
            else:
                just_started = False
            after_newline = "\n" in token.whitespace_
        return doc


@Language.factory("sports_segmenter")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    for ext in ("layout", "published"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return Segmenter(name)
