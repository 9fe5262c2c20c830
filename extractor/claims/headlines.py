"""Headlines: "Lindqvist Retains Sprint Crown", "Okafor claims freestyle gold".

A headline is written in its own grammar (title case, no articles), which the parser
reads badly, so it is read by its one common shape: a name the body knows, a verb of
winning, and the prize. The claim it gives is kept only when the body does not state
it again (see ``extractor.resolve.repeats.drop_headline_repeats``).
"""

from __future__ import annotations

import re

from extractor.claims.awards import RANK_OF_MEDAL, placing_drafts
from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.knowledge.events import find_events
from extractor.knowledge.names import event_gender

_HEADLINE = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+"
    r"(?P<verb>wins|retains|claims|takes|defends|clinches|grabs|seals|snatches|secures|"
    r"lands|(?:storms|sprints|powers|races|glides|speeds)\s+to)\s+"
    r"(?P<what>(?:[\w'’-]+\s+){0,3}?)(?P<prize>gold|silver|bronze|title|crown|win|victory)\b",
    re.IGNORECASE,
)


def find(article: Article) -> list[Draft]:
    headline = article.layout.headline
    if headline is None:
        return []
    start, end = headline
    m = _HEADLINE.match(article.text[start:end])
    if m is None:
        return []
    span = article.doc.char_span(start + m.start("name"), start + m.end("name"), "expand")
    if span is None:
        return []
    person = article.athletes.registry.resolve(m.group("name"), span.start_char)
    if person is None or not _named_in_body(article, person.name, end):
        return []  # a name the body never mentions is no athlete the article knows
    prize = m.group("prize").lower()
    rank = RANK_OF_MEDAL.get(prize, 1)
    events = find_events(m.group("what"))
    gender = event_gender([person])
    event = events[0].full(gender) if events else None
    return placing_drafts(
        article,
        span[0],
        [person],
        rank,
        medal_by_default=prize in RANK_OF_MEDAL,
        event=event,
        rule="headline",
    )


def _named_in_body(article: Article, name: str, headline_end: int) -> bool:
    surname = name.split()[-1]
    return surname in article.text[headline_end:]
