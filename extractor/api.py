"""The Python API: ``extract(text)`` returns the validated claims document, and
``extract_bytes(data)`` reads raw bytes (any encoding, HTML or text) first."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from extractor import __version__, chunks, whitespace
from extractor.markup import page_text
from extractor.models import (
    CheckWarning,
    ClaimBase,
    ClaimsDocument,
    Evidence,
    InputInfo,
    content_hash,
)
from extractor.pipeline import load_pipeline, model_label
from extractor.reading import DEFAULT_MAX_BYTES, check_size, decode
from extractor.resolve.assemble import Observer, build_document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def extract(
    text: str,
    *,
    source: str = "-",
    published: str | dt.date | None = None,
    model: str | None = None,
    info: InputInfo | None = None,
    with_text: bool = False,
    observe: Observer | None = None,
) -> ClaimsDocument:
    """Claims in ``text``. ``published`` (a date or ``YYYY-MM-DD``) overrides the
    article's dateline; ``model`` names a spaCy model other than the default; ``info``
    says how the text was read; ``with_text`` returns the text in the document;
    ``observe`` receives each claim's confidence features (see ``extractor.calibration``)."""
    nlp = load_pipeline(model)
    date = published if isinstance(published, str | None) else published.isoformat()
    if date is not None:
        dt.date.fromisoformat(date)
    pieces = chunks.split(whitespace.plain(text))  # offsets: see finish()
    first = nlp(make_doc(nlp, pieces[0][1], date))
    document = build_document(first, source, __version__, model_label(nlp), observe)
    if len(pieces) > 1:
        date = date or first._.published  # a dateline at the top dates the whole text
        claims: list[ClaimBase] = list(document.claims)
        warnings = list(document.warnings)
        for offset, piece in pieces[1:]:
            part = build_document(nlp(make_doc(nlp, piece, date)), source, "", "", observe)
            warnings += [_moved_warning(w, offset, len(claims)) for w in part.warnings]
            claims += [_moved(c, offset) for c in part.claims]
        document = document.model_copy(update={"claims": claims, "warnings": warnings})
    return finish(document, text, info, len(pieces), with_text)


def extract_bytes(
    data: bytes,
    *,
    source: str = "-",
    published: str | dt.date | None = None,
    model: str | None = None,
    html: bool | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    with_text: bool = False,
) -> ClaimsDocument:
    """Claims in raw bytes: decoded (UTF-8, UTF-16, legacy code pages), the article
    taken from HTML when ``html`` is set or the text is a page, then :func:`extract`.
    Raises :class:`~extractor.reading.InputError` for input that is no article."""
    check_size(len(data), max_bytes, source)
    text, info = read_text(data, source, html)
    return extract(
        text, source=source, published=published, model=model, info=info, with_text=with_text
    )


def read_text(data: bytes, source: str, html: bool | None = None) -> tuple[str, InputInfo]:
    decoded = decode(data, source)
    text, is_html = page_text(decoded.text, html)
    info = InputInfo(
        encoding=decoded.encoding,
        format="html" if is_html else "text",
        repaired=decoded.repaired,
    )
    return text, info


def make_doc(nlp: Language, text: str, published: str | None) -> Doc:
    """The doc the pipeline reads: ``text`` with plain whitespace."""
    doc = nlp.make_doc(whitespace.plain(text))
    if published is not None:
        doc._.published = published
    return doc


def finish(
    document: ClaimsDocument, text: str, info: InputInfo | None, pieces: int, with_text: bool
) -> ClaimsDocument:
    """The document of the whole ``text``: its hash, how it was read, the text if asked."""
    if pieces > 1:
        info = (info or InputInfo()).model_copy(update={"chunks": pieces})
    realign = whitespace.Realign(text)  # the pipeline read the plain-whitespace text
    claims = [_realigned(c, realign, text) for c in document.claims]
    warnings = [
        w.model_copy(update={"evidence": _realigned_evidence(w.evidence, realign, text)})
        if w.evidence is not None
        else w
        for w in document.warnings
    ]
    return document.model_copy(
        update={
            "claims": claims,
            "warnings": warnings,
            "content_hash": content_hash(text),
            "input": info,
            "text": text if with_text else None,
        }
    )


def _moved(claim: ClaimBase, offset: int) -> ClaimBase:
    return claim.model_copy(update={"evidence": _shifted(claim.evidence, offset)})


def _moved_warning(warning: CheckWarning, offset: int, first_claim: int) -> CheckWarning:
    """A warning of a later piece, in offsets and claim indexes of the whole text."""
    update: dict[str, object] = {"claims": [i + first_claim for i in warning.claims]}
    if warning.evidence is not None:
        update["evidence"] = _shifted(warning.evidence, offset)
    return warning.model_copy(update=update)


def _shifted(ev: Evidence, offset: int) -> Evidence:
    return Evidence(text=ev.text, start=ev.start + offset, end=ev.end + offset)


def _realigned(claim: ClaimBase, realign: whitespace.Realign, text: str) -> ClaimBase:
    """``claim`` with its evidence in offsets of ``text``, quoted from it."""
    evidence = _realigned_evidence(claim.evidence, realign, text)
    return claim if evidence is claim.evidence else claim.model_copy(update={"evidence": evidence})


def _realigned_evidence(ev: Evidence, realign: whitespace.Realign, text: str) -> Evidence:
    start, end = realign.start(ev.start), realign.end(ev.end)
    if (start, end, text[start:end]) == (ev.start, ev.end, ev.text):
        return ev
    return Evidence(text=text[start:end], start=start, end=end)
