"""An article's text from an HTML page (``--html``, or a page that says it is one).

selectolax (the lexbor parser) reads the markup; the article is the page's ``<article>``,
else its ``<main>``, else its ``<body>``, without scripts, styles, navigation, headers,
footers, asides, forms and figures. The headline is the page's ``<h1>`` (else its
``<title>``); each heading, paragraph, list item, quotation and table row becomes one
paragraph of the text. The claims' offsets refer to this text, which ``--with-text``
returns with them. (trafilatura finds the main text of arbitrary pages better, but
brings lxml and a dozen packages and a second of start-up; news pages mark their article.)
"""

from __future__ import annotations

import re

_LOOKS_LIKE_HTML = re.compile(
    r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<(?:p|div)[\s>])",
    re.IGNORECASE,
)
_DROP = (
    "script, style, noscript, template, nav, header, footer, aside, form, figure, svg, "
    "iframe, button"
)
_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, tr, dt, dd"


def page_text(text: str, html: bool | None = None) -> tuple[str, bool]:
    """The article in ``text`` and whether it was a page: taken from the markup when
    ``html`` is set, or (``html`` None) when the text looks like a page."""
    is_html = looks_like_html(text) if html is None else html
    return (article_text(text) if is_html else text), is_html


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.match(text[:1000]))


def article_text(page: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page)
    title = tree.css_first("title")
    headline = _clean(title.text()) if title is not None else ""
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        return headline
    h1 = root.css_first("h1") or tree.css_first("h1")
    if h1 is not None:
        headline = _clean(h1.text())
    paragraphs = []
    for node in root.css(_BLOCKS):
        if len(node.css(_BLOCKS)) > 1:  # the node itself, and blocks inside it
            continue  # a container of blocks: its blocks come on their own
        text = _clean(node.text())
        if text and text != headline:
            paragraphs.append(text)
    if not paragraphs:  # a page of bare text in <div>s
        paragraphs = [p for p in (_clean(t) for t in root.text(separator="\n").split("\n")) if p]
    return "\n\n".join([headline, *paragraphs] if headline else paragraphs)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
