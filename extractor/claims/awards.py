"""A placing is a medal or a result depending on where it happened: the one decision
that medals and placings share, and the way both build their drafts."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.claims.context import Article
from extractor.claims.draft import Draft
from extractor.knowledge.competitions import CompetitionMention
from extractor.knowledge.names import Person
from extractor.knowledge.registry import registry

MEDAL_OF_RANK = {1: "gold", 2: "silver", 3: "bronze"}
RANK_OF_MEDAL = {"gold": 1, "silver": 2, "bronze": 3}


def awards_medal(comp: CompetitionMention | None, default: bool) -> bool:
    """Whether a podium place at ``comp`` is a medal (CLAIMS.md: Olympics, World,
    European, Commonwealth championships); ``default`` when the competition is unknown."""
    if comp is None:
        return default
    return comp.medals


def placing_drafts(
    article: Article,
    tok: Token,
    people: list[Person],
    rank: int,
    *,
    comp: CompetitionMention | None = None,
    medal_by_default: bool = False,
    event: str | None = None,
    rule: str = "",
    nation: str | None = None,
    context: bool = True,
) -> list[Draft]:
    """Drafts for ``people`` placed ``rank`` at the competition around ``tok``: a medal
    where medals are given, otherwise a result. A team event gives one joint claim,
    anything else one claim per athlete. With ``context`` off, an unknown competition
    stays unknown (a title in apposition says nothing about the article's meeting)."""
    if comp is None and context:
        comp = article.competition_at(tok)
    medal = rank <= 3 and awards_medal(comp, medal_by_default)
    kind, fields = (
        ("medal", {"medal": MEDAL_OF_RANK[rank]}) if medal else ("result", {"rank": rank})
    )
    context_event = event or (article.main_event.name if article.main_event else "")
    team_event = registry().is_team_event(context_event)
    groups = [people] if team_event or not people else [[p] for p in people]
    if not people and nation is None:
        return []
    return [
        Draft(
            kind,
            tok.sent,
            tok.i,
            people=group,
            nation=nation,
            fields=dict(fields),
            competition=comp,
            event=event,
            rule=rule,
        )
        for group in groups
    ]
