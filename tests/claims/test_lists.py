"""Results lists of several sports: headings, gaps, equal places, runs, points."""

from collections.abc import Callable

from extractor.models import ClaimsDocument

Extract = Callable[..., ClaimsDocument]


def _by(doc: ClaimsDocument, kind: str) -> set[tuple[object, ...]]:
    out: set[tuple[object, ...]] = set()
    for c in doc.claims:
        if c.type == kind == "result":
            out.add((c.athletes[0], c.rank))
        elif c.type == kind == "margin":
            out.add((c.athletes[0], c.value, tuple(c.over)))
        elif c.type == kind == "performance":
            out.add((c.athletes[0], c.value))
    return out


def test_a_stage_result_with_gaps_at_minutes_and_seconds(claims_of: Extract) -> None:
    doc = claims_of(
        "Stage 4 results:\n"
        "1. Ivo Brandt (Germany) Team Alpen 4:12:08\n"
        "2. Luc Meunier (France) Team Rhone same time\n"
        "3. Pau Serra (Spain) Team Sol at 0:14\n"
        "4. Ole Dahl (Norway) Team Fjord at 1:05\n"
    )
    assert _by(doc, "margin") == {
        ("Ivo Brandt", 14.0, ("Pau Serra",)),
        ("Ivo Brandt", 65.0, ("Ole Dahl",)),
    }
    assert ("Luc Meunier", 2) in _by(doc, "result")


def test_a_lap_down_is_no_gap_in_seconds(claims_of: Extract) -> None:
    doc = claims_of(
        "Race result:\n"
        "1. Ana Vidal (Spain) Torres 1:32:45.123\n"
        "2. Ugo Riva (Italy) Ferro +3.456\n"
        "3. Tom Hale (Britain) Ferro +1 lap\n"
    )
    assert _by(doc, "margin") == {("Ana Vidal", 3.456, ("Ugo Riva",))}


def test_runs_in_brackets_and_penalty_counts(claims_of: Extract) -> None:
    doc = claims_of(
        "European Luge Championships, men's singles:\n"
        "1. Jon Prinz (Austria) 1:38.456 (49.201 / 49.255)\n"
        "2. Ivo Kalns (Latvia) 1:38.543 (49.236 / 49.307)\n"
        "Biathlon, men's 10km:\n"
        "1. Ulf Berg (Norway) 26:17.2 (1)\n"
        "2. Tor Moen (Norway) 26:17.8 (2)\n"
    )
    assert {c.sport for c in doc.claims if "Jon Prinz" in c.athletes} == {"luge"}
    assert ("Jon Prinz", 49.201) in _by(doc, "performance")
    assert ("Tor Moen", 2.0) not in _by(doc, "performance")


def test_final_standings_are_results_and_points_lines_are_marks(claims_of: Extract) -> None:
    doc = claims_of(
        "Kim Varga won the decathlon at the Hypo-Meeting in Gotzis on Sunday.\n\n"
        "Third-placed Ivo Kask scored 8,377 points, an Estonian record.\n\n"
        "Decathlon final standings:\n"
        "1. Kim Varga (Hungary) 8,512 points\n"
        "2. Lars Aune (Norway) 8,468 points\n"
        "3. Ivo Kask (Estonia) 8,377 points\n"
    )
    assert {("Kim Varga", 1), ("Lars Aune", 2), ("Ivo Kask", 3)} <= _by(doc, "result")
    assert ("Lars Aune", 8468.0) in _by(doc, "performance")
    listed = [c for c in doc.claims if c.type == "result" and c.evidence.text[:2] in ("1.", "2.")]
    assert {c.competition for c in listed} == {"Hypo-Meeting"}


def test_the_legs_of_a_race_in_a_heading_are_no_event(claims_of: Extract) -> None:
    doc = claims_of(
        "European triathlon championships, men's results (1.5km swim, 40km bike, 10km run):\n"
        "1. Rui Lopes (Portugal) 1:45:12\n"
        "2. Wim Claes (Belgium) at 12 seconds\n"
    )
    assert {c.sport for c in doc.claims} == {"triathlon"}
    assert all(c.event is None or "1.5km" not in c.event for c in doc.claims)
