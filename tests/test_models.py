"""The contract models: what they accept, what they refuse, and the published schema."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from extractor.models import ClaimsDocument
from extractor.schema import SCHEMA_PATH, schema_text
from tests.conftest import CORPUS


def _claim(**overrides: object) -> dict[str, object]:
    claim: dict[str, object] = {
        "type": "medal",
        "athletes": ["Emil Iversen"],
        "team": None,
        "nation": "NOR",
        "event": "men's 50km mass start",
        "sport": "cross-country skiing",
        "competition": "2026 Winter Olympics",
        "date": "2026-02-21",
        "medal": "bronze",
        "evidence": {"text": "Emil Iversen took bronze.", "start": 0, "end": 25},
        "confidence": 1.0,
        "inferred": False,
    }
    claim.update(overrides)
    return claim


def _doc(*claims: dict[str, object]) -> dict[str, object]:
    return {"schema_version": "1", "source": "x", "published": "2026-02-21", "claims": list(claims)}


def test_the_seed_golden_file_validates_and_round_trips() -> None:
    data = json.loads((CORPUS / "klaebo-50k.gold.json").read_text("utf-8"))
    doc = ClaimsDocument.model_validate(data)
    additions = {"extractor", "content_hash", "input", "warnings"}
    assert json.loads(doc.model_dump_json(exclude=additions)) == data


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "trophy"},
        {"medal": "platinum"},
        {"nation": "Norway"},
        {"date": "21/02/2026"},
        {"date": "2026-02-30"},
        {"confidence": 1.5},
        {"evidence": {"text": "Emil", "start": 0, "end": 10}},
    ],
)
def test_invalid_claims_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        ClaimsDocument.model_validate(_doc(_claim(**bad)))


def test_type_specific_fields() -> None:
    record = _claim(
        type="record", scope="world", status="equalled", value=9.58, unit="s", description=None
    )
    del record["medal"]
    assert ClaimsDocument.model_validate(_doc(record)).claims[0].scope.value == "world"  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        ClaimsDocument.model_validate(_doc({**record, "scope": "galactic"}))


def test_claim_keys_are_written_in_contract_order() -> None:
    doc = ClaimsDocument.model_validate(_doc(_claim()))
    keys = list(json.loads(doc.model_dump_json())["claims"][0])
    assert keys[:8] == [
        "type",
        "athletes",
        "team",
        "nation",
        "event",
        "sport",
        "competition",
        "date",
    ]
    assert keys[-3:] == ["evidence", "confidence", "inferred"]


def test_evidence_offsets_are_checked_against_the_text() -> None:
    doc = ClaimsDocument.model_validate(_doc(_claim()))
    assert doc.check_evidence("Emil Iversen took bronze. More.") == []
    assert doc.check_evidence("X Emil Iversen took bronze.") != []


def test_checked_in_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text("utf-8") == schema_text(), (
        "schemas/claims.schema.json is stale: run python -m extractor.schema"
    )
