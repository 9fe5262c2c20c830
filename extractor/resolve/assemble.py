"""From drafts to the claims document: resolve each claim, drop repeats, add sound
inferences, check every claim against the registry and the others, set confidences,
validate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span

from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.models import ClaimsDocument, Evidence, ExtractorInfo, content_hash
from extractor.resolve.checks import Finding, Setting, check
from extractor.resolve.claims import article_sport, resolve_claim
from extractor.resolve.confidence import calibration, features
from extractor.resolve.infer import infer, owners_of_marks, winners_of_gaps
from extractor.resolve.repeats import drop_headline_repeats, drop_repeats

Observer = Callable[[list[dict[str, float]]], None]


def build_document(
    doc: Doc, source: str, version: str, model: str, observe: Observer | None = None
) -> ClaimsDocument:
    """The claims document of an annotated doc. ``observe``, if given, receives the
    confidence model's features of each claim, in order (for fitting the model)."""
    article = doc._.article if Doc.has_extension("article") and doc._.article else Article(doc)
    drafts: list[Draft] = owners_of_marks(winners_of_gaps(list(doc._.claims or [])))
    sport = article_sport(article)
    resolved = drop_repeats(
        drop_headline_repeats(
            [r for d in drafts if (r := resolve_claim(article, d, sport)) is not None]
        )
    )
    resolved += infer(resolved)
    resolved, findings = check(drop_repeats(resolved), Setting(sport=sport))
    resolved.sort(key=lambda d: (d.sent.start_char, d.anchor, _TYPE_ORDER.get(d.type, 9)))
    fitted = calibration()
    described = [features(d) for d in resolved]
    for d, feats in zip(resolved, described, strict=True):
        d.confidence = round(fitted.probability(feats), 2)
    claims = [_to_claim(doc, d) for d in resolved]
    document = ClaimsDocument.model_validate(
        {
            "source": source,
            "content_hash": content_hash(article.text),
            "published": doc._.published,
            "extractor": ExtractorInfo(version=version, model=model),
            "claims": claims,
            "warnings": _warnings(doc, findings, resolved),
        }
    )
    if observe is not None:
        observe(described)
    return document


def _warnings(doc: Doc, findings: list[Finding], kept: list[Draft]) -> list[dict[str, Any]]:
    """The findings as the document reports them, pointing at the claims kept."""
    index = {id(d): i for i, d in enumerate(kept)}
    out = []
    for f in findings:
        claims = sorted({index[id(d)] for d in f.drafts if id(d) in index})
        out.append(
            {
                "check": f.check,
                "action": f.action,
                "claims": claims,
                "message": f"{_summary(f.drafts[0])}: {f.message}" if f.drafts else f.message,
                "evidence": _evidence(doc, f.drafts[0].sent) if f.drafts else None,
            }
        )
    return sorted(out, key=lambda w: (w["evidence"].start if w["evidence"] else -1, w["check"]))


def _summary(d: Draft) -> str:
    """ "performance of Jan Zelezny": what the claim was, for a reader of the warning."""
    who = ", ".join(p.name for p in d.people) or d.nation or d.team or "?"
    return f"{d.type} of {who}"


_TYPE_ORDER = {"record": 0, "medal": 1, "result": 2, "tally": 3, "performance": 4, "margin": 5}


def _evidence(doc: Doc, sent: Span) -> Evidence:
    text = sent.text
    start = sent.start_char
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    return Evidence(text=stripped, start=start + lead, end=start + lead + len(stripped))


def _to_claim(doc: Doc, d: Draft) -> dict[str, Any]:
    claim: dict[str, Any] = {
        "type": d.type,
        "athletes": [p.name for p in d.people],
        "team": d.team,
        "nation": d.nation,
        "event": d.event,
        "sport": d.sport,
        "competition": d.competition_name,
        "date": d.date,
    }
    claim.update(d.fields)
    claim["evidence"] = _evidence(doc, d.sent)
    claim["confidence"] = round(d.confidence, 2)
    claim["inferred"] = d.inferred
    return claim
