"""Sports news in, validated claims out.

>>> from extractor import extract
>>> doc = extract(open("corpus/articles/klaebo-50k.txt").read())
>>> doc.claims[0].type
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "__version__"]

if TYPE_CHECKING:
    from extractor.api import extract


def __getattr__(name: str) -> Any:
    # spaCy is imported only when extraction is asked for, so `extract --help` is quick.
    if name == "extract":
        from extractor.api import extract

        return extract
    raise AttributeError(name)
