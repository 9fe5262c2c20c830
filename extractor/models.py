"""The claims contract (``CLAIMS.md``, version 1) as pydantic models.

These models are the single source of truth for the output: the CLI serialises them,
the evaluator reads golden files through them, and ``schemas/claims.schema.json`` is
generated from them (``python -m extractor.schema``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from enum import Enum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION = "1"


class Medal(str, Enum):
    gold = "gold"
    silver = "silver"
    bronze = "bronze"


class TallyMedal(str, Enum):
    gold = "gold"
    silver = "silver"
    bronze = "bronze"
    any = "any"


class Scope(str, Enum):
    world = "world"
    olympic = "olympic"
    continental = "continental"
    national = "national"
    championship = "championship"
    personal = "personal"
    season = "season"
    other = "other"


class Status(str, Enum):
    set = "set"
    equalled = "equalled"
    previous = "previous"
    held = "held"
    missed = "missed"


class Period(str, Enum):
    competition = "competition"
    career = "career"
    season = "season"
    other = "other"


class MarkUnit(str, Enum):
    """Units of a performance: seconds, metres or points."""

    s = "s"
    m = "m"
    points = "points"


class MarginUnit(str, Enum):
    s = "s"
    m = "m"
    points = "points"
    goals = "goals"


_IOC = re.compile(r"^[A-Z]{3}$")


def _ioc_code(value: str) -> str:
    if not _IOC.match(value):
        raise ValueError(f"not an IOC code (three capital letters): {value!r}")
    return value


def _iso_date(value: str) -> str:
    dt.date.fromisoformat(value)  # raises ValueError on anything but YYYY-MM-DD
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}")
    return value


IOCCode = Annotated[
    str, Field(pattern=r"^[A-Z]{3}$", examples=["NOR", "USA", "GBR"]), AfterValidator(_ioc_code)
]
ISODate = Annotated[
    str,
    Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        examples=["2026-02-21"],
        json_schema_extra={"format": "date"},
    ),
    AfterValidator(_iso_date),
]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]


class Evidence(BaseModel):
    """The sentence that states a claim; ``text`` equals the input's slice [start:end)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_matches_text(self) -> Evidence:
        if self.end - self.start != len(self.text):
            raise ValueError("evidence end - start must equal len(text)")
        return self


_HEAD = ("type", "athletes", "team", "nation", "event", "sport", "competition", "date")
_TAIL = ("evidence", "confidence", "inferred")


class ClaimBase(BaseModel):
    """Fields every claim type has."""

    model_config = ConfigDict(extra="allow")

    athletes: list[str] = Field(
        default_factory=list,
        description="The people the claim is about, each under the fullest name in the article.",
    )
    team: str | None = Field(
        default=None, description="A club or team subject that is not a nation."
    )
    nation: IOCCode | None = Field(
        default=None, description="The subject's country as an IOC code."
    )
    event: str | None = Field(default=None, description='Lower case: "men\'s 50km mass start".')
    sport: str | None = None
    competition: str | None = Field(default=None, description='"2026 Winter Olympics".')
    date: ISODate | None = Field(default=None, description="When it happened, YYYY-MM-DD.")
    evidence: Evidence
    confidence: Confidence
    inferred: bool = Field(default=False, description="True when several sentences imply it.")

    @model_serializer(mode="wrap")
    def _contract_order(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        """Serialise in the order CLAIMS.md shows: type and subject first, evidence last."""
        data: dict[str, object] = handler(self)
        head = [k for k in _HEAD if k in data]
        tail = [k for k in _TAIL if k in data]
        middle = [k for k in data if k not in _HEAD and k not in _TAIL]
        return {k: data[k] for k in head + middle + tail}


class MedalClaim(ClaimBase):
    type: Literal["medal"]
    medal: Medal


class ResultClaim(ClaimBase):
    type: Literal["result"]
    rank: int = Field(ge=1)


class PerformanceClaim(ClaimBase):
    type: Literal["performance"]
    value: float
    unit: MarkUnit
    text: str


class MarginClaim(ClaimBase):
    type: Literal["margin"]
    value: float = Field(ge=0)
    unit: MarginUnit
    over: list[str] = Field(default_factory=list)


class RecordClaim(ClaimBase):
    type: Literal["record"]
    scope: Scope
    status: Status
    value: float | None = None
    unit: str | None = None
    description: str | None = None


class TallyClaim(ClaimBase):
    type: Literal["tally"]
    count: int = Field(ge=0)
    medal: TallyMedal
    period: Period


Claim = Annotated[
    MedalClaim | ResultClaim | PerformanceClaim | MarginClaim | RecordClaim | TallyClaim,
    Field(discriminator="type"),
]

CLAIM_TYPES: tuple[str, ...] = ("medal", "result", "performance", "margin", "record", "tally")


class ExtractorInfo(BaseModel):
    """Which extractor and spaCy model produced a document (an addition to the contract)."""

    model_config = ConfigDict(extra="forbid")

    version: str
    model: str


def content_hash(text: str) -> str:
    """The SHA-256 of an article's text, as ``content_hash`` records it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class InputInfo(BaseModel):
    """How the input became the text the offsets refer to (an addition to the contract)."""

    model_config = ConfigDict(extra="forbid")

    encoding: str | None = Field(
        default=None, description="the codec the bytes were decoded with: utf-8, cp1252, ..."
    )
    format: Literal["text", "html"] = "text"
    repaired: bool = Field(default=False, description="mojibake was repaired (by ftfy)")
    chunks: int = Field(default=1, ge=1, description="pieces a long text was processed in")


class CheckWarning(BaseModel):
    """What the check stage did to a claim that failed one of its checks (an addition to
    the contract): ``dropped`` it, ``repaired`` it, or ``lowered`` its confidence."""

    model_config = ConfigDict(extra="forbid")

    check: str = Field(description="the check: value_in_range, medal_and_rank_agree, ...")
    action: Literal["dropped", "repaired", "lowered"]
    claims: list[int] = Field(
        default_factory=list, description="indexes into claims (none for a dropped claim)"
    )
    message: str
    evidence: Evidence | None = Field(default=None, description="the sentence of the claim checked")


class ClaimsDocument(BaseModel):
    """What ``extract`` prints for one article."""

    model_config = ConfigDict(extra="allow")

    schema_version: Literal["1"] = "1"
    source: str
    content_hash: str | None = Field(
        default=None,
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 of the article text (an addition to the contract): the key a "
        "batch run resumes and upserts by",
    )
    published: ISODate | None = None
    extractor: ExtractorInfo | None = None
    input: InputInfo | None = None
    text: str | None = Field(
        default=None,
        description="the text the evidence offsets refer to (with --with-text; for HTML, the "
        "article text taken from the page); left out when not asked for",
    )
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[CheckWarning] = Field(
        default_factory=list,
        description="what the check stage dropped, repaired or doubted (an addition to the "
        "contract); `extract --strict` exits 3 when there are any",
    )

    @model_serializer(mode="wrap")
    def _without_unasked_text(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data: dict[str, object] = handler(self)
        if data.get("text") is None:
            data.pop("text", None)
        return data

    def check_evidence(self, text: str) -> list[str]:
        """Problems with evidence offsets against the article ``text`` (empty if none)."""
        problems = []
        for i, claim in enumerate(self.claims):
            ev = claim.evidence
            if text[ev.start : ev.end] != ev.text:
                problems.append(
                    f"claim {i}: evidence [{ev.start}:{ev.end}] does not slice to its text"
                )
        return problems
