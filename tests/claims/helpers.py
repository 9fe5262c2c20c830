"""Claims reduced to what pairing compares: type, subject, key value."""

from __future__ import annotations

from extractor.knowledge.names import fold
from extractor.models import ClaimsDocument

Fact = tuple[object, ...]


def _last_name(name: str) -> str:
    """The folded last name as a test writes it ("Klæbo" is "klaebo")."""
    parts = name.replace("-", " ").split()
    return fold(parts[-1]) if parts else ""


def facts(doc: ClaimsDocument) -> set[Fact]:
    out: set[Fact] = set()
    for c in doc.claims:
        subject = ",".join(sorted(_last_name(a) for a in c.athletes)) or c.nation or c.team or ""
        data = c.model_dump(mode="json")
        key: tuple[object, ...]
        if c.type == "medal":
            key = (data["medal"],)
        elif c.type == "result":
            key = (data["rank"],)
        elif c.type in ("performance", "margin"):
            key = (data["value"], data["unit"])
        elif c.type == "record":
            key = (data["scope"], data["status"])
        else:
            key = (data["count"], data["medal"])
        out.add((c.type, subject, *key))
    return out
