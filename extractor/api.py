"""The Python API: ``extract(text)`` returns the validated claims document."""

from __future__ import annotations

import datetime as dt

from extractor import __version__
from extractor.assemble import build_document
from extractor.models import ClaimsDocument
from extractor.pipeline import load_pipeline, model_label


def extract(
    text: str,
    *,
    source: str = "-",
    published: str | dt.date | None = None,
    model: str | None = None,
) -> ClaimsDocument:
    """Claims in ``text``. ``published`` (a date or ``YYYY-MM-DD``) overrides the
    article's dateline; ``model`` names a spaCy model other than the default."""
    nlp = load_pipeline(model)
    doc = nlp.make_doc(text)
    if published is not None:
        doc._.published = published if isinstance(published, str) else published.isoformat()
        dt.date.fromisoformat(doc._.published)
    doc = nlp(doc)
    return build_document(doc, source, __version__, model_label(nlp))
