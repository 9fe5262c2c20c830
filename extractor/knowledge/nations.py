"""Country names and nationality words as IOC codes, from the table in ``data/nations.json``.

Each row names one National Olympic Committee: ``{"code", "names", "demonyms"}`` and,
for the home nations of Great Britain, ``"parent": "GBR"``. Unknown keys are refused so
that a typo in the data fails loudly instead of silently dropping a country.
"""

from __future__ import annotations

import difflib
import json
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field


class NationRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z]{3}$")
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    parent: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class NationTable:
    """Look-ups from written forms to codes; home nations fold into their parent."""

    def __init__(self, rows: list[NationRow]) -> None:
        self.rows = rows
        self._by_name: dict[str, NationRow] = {}
        self._by_demonym: dict[str, NationRow] = {}
        self._fuzzy: dict[str, str | None] = {}
        for row in rows:
            for name in row.names:
                self._by_name[_key(name)] = row
            for dem in row.demonyms:
                self._by_demonym[_key(dem)] = row

    def _lookup(self, table: dict[str, NationRow], text: str, home: bool) -> str | None:
        row = table.get(_key(text))
        if row is None:
            return None
        return row.code if home or row.parent is None else row.parent

    def by_name(self, text: str, home: bool = False) -> str | None:
        """ "Norway" -> NOR; "Scotland" -> GBR (SCO when ``home``, at Commonwealth Games)."""
        return self._lookup(self._by_name, text, home)

    def by_demonym(self, text: str, home: bool = False) -> str | None:
        """ "Norwegian" -> NOR, "Welshman" -> GBR."""
        return self._lookup(self._by_demonym, text, home)

    def by_any(self, text: str, home: bool = False) -> str | None:
        return self.by_name(text, home) or self.by_demonym(text, home)

    def by_name_fuzzy(self, text: str) -> str | None:
        """A country in a results line, allowing a typo ("Germay" -> GER)."""
        exact = self.by_name(text)
        if exact is not None:
            return exact
        if text not in self._fuzzy:  # difflib is slow, and results lines repeat countries
            close = difflib.get_close_matches(_key(text), list(self._by_name), n=1, cutoff=0.85)
            self._fuzzy[text] = self.by_name(close[0]) if close else None
        return self._fuzzy[text]

    def phrases(self) -> list[tuple[str, str]]:
        """Every written form with its kind ("name" or "demonym"), for phrase matching."""
        out = [(n, "name") for row in self.rows for n in row.names]
        out += [(d, "demonym") for row in self.rows for d in row.demonyms]
        return out


def _key(text: str) -> str:
    # Short upper-case forms ("US", "UK", "GB") must not match the words "us" or "uk".
    stripped = text.strip()
    if len(stripped) <= 4 and stripped.replace(".", "").isupper():
        return stripped
    return stripped.lower()


@lru_cache(maxsize=1)
def nation_table() -> NationTable:
    data = resources.files("extractor.data").joinpath("nations.json").read_text("utf-8")
    return NationTable([NationRow.model_validate(row) for row in json.loads(data)])
