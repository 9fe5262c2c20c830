"""The text the pipeline reads: every kind of line break, space and quote mark written
as the rules and the model expect them: "\\n", " ", "'" and '"'.

Windows line ends ("\\r\\n"), old Mac ones, Unicode line and paragraph separators, form
feeds, no-break and thin spaces and tabs would otherwise split names ("Johannes\\u00a0
Klaebo"), hide paragraph breaks from the layout and change what the model sees; the
typographic quotes of HTML and CMS copy ("women\\u2019s") would hide a possessive from
every rule that reads "'s". Each is replaced one character for one, except the "\\r" of
"\\r\\n", which is dropped; a :class:`Realign` takes offsets in the plain text back to the
original.
"""

from __future__ import annotations

import bisect
import re

_CRLF = re.compile(r"\r(?=\n)")
_LINE_BREAKS = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[\t\u00a0\u2002-\u200a\u202f\u205f\u3000]")
_QUOTES = str.maketrans(
    "\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033", "'" * 5 + '"' * 5
)


def plain(text: str) -> str:
    """``text`` with plain line breaks, spaces and quotes."""
    if "\r" in text:
        text = _CRLF.sub("", text)
    return _SPACES.sub(" ", _LINE_BREAKS.sub("\n", text)).translate(_QUOTES)


class Realign:
    """Offsets in :func:`plain` text to offsets in the original."""

    def __init__(self, original: str) -> None:
        # Where each dropped "\r" was, counted in the plain text.
        self._dropped = [m.start() - k for k, m in enumerate(_CRLF.finditer(original))]

    def start(self, offset: int) -> int:
        """A span's first character: after any "\\r" dropped before it."""
        return offset + bisect.bisect_right(self._dropped, offset)

    def end(self, offset: int) -> int:
        """A span's end: a "\\r" dropped just before the end stays outside the span."""
        return offset + bisect.bisect_left(self._dropped, offset)
