"""The check stage, one check at a time, on claims built by hand (no model needed): each
check must act on a claim it exists for and leave a sound one alone."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Span

from extractor.claims.draft import Draft
from extractor.knowledge.competitions import CompetitionMention
from extractor.knowledge.names import Person
from extractor.resolve import checks

_NLP = spacy.blank("en")
_S = checks.Setting(sport="athletics")


def _sent(text: str = "A sentence of the article.", start: int = 0) -> Span:
    """``text`` as a sentence that starts at token ``start`` of its doc."""
    doc = _NLP("x " * start + text)
    return Span(doc, start, len(doc))


def draft(kind: str, *names: str, **kw: Any) -> Draft:
    fields = kw.pop("fields", {})
    sent = kw.pop("sent", None) or _sent()
    return Draft(kind, sent, sent.start, people=[Person(n) for n in names], fields=fields, **kw)


def mark(value: float, unit: str, text: str, event: str, **kw: Any) -> Draft:
    fields = {"value": value, "unit": unit, "text": text}
    return draft("performance", "Jan Zelezny", fields=fields, event=event, **kw)


# -- unit_follows_event -----------------------------------------------------------------------


def test_a_bare_number_in_a_field_event_is_read_in_metres() -> None:
    v = checks.unit_follows_event(mark(61.36, "s", "61.36", "men's javelin", sport="athletics"), _S)
    assert v.action == "repaired" and v.draft is not None
    assert v.draft.fields["unit"] == "m" and v.draft.fields["value"] == 61.36


def test_a_bare_number_that_fits_no_measure_of_the_event_is_dropped() -> None:
    v = checks.unit_follows_event(mark(2030.0, "s", "2030", "men's high jump"), _S)
    assert v.draft is None and v.action == "dropped"


def test_a_mark_written_with_its_unit_keeps_it_and_loses_the_event() -> None:
    v = checks.unit_follows_event(mark(8.47, "s", "8.47secs", "women's pentathlon"), _S)
    assert v.action is None  # the pentathlon has hurdles times among its marks
    v = checks.unit_follows_event(mark(6.63, "m", "6.63m", "women's 200m"), _S)
    assert v.action == "repaired" and v.draft is not None
    assert v.draft.event is None and v.draft.fields["unit"] == "m"


def test_a_mark_in_its_events_unit_passes() -> None:
    d = mark(9.58, "s", "9.58", "men's 100m")
    assert checks.unit_follows_event(d, _S).draft is d


# -- value_in_range ---------------------------------------------------------------------------


def test_minutes_and_seconds_with_a_point_are_read_again_for_a_long_race() -> None:
    v = checks.value_in_range(mark(30.26, "s", "30.26", "men's 10km", sport="athletics"), _S)
    assert v.action == "repaired" and v.draft is not None and v.draft.fields["value"] == 1826


def test_a_bare_number_out_of_range_is_dropped() -> None:
    v = checks.value_in_range(mark(48.0, "s", "48", "men's 173km", sport="cycling"), _S)
    assert v.draft is None and v.action == "dropped"


def test_a_written_time_out_of_range_loses_the_event_not_the_claim() -> None:
    v = checks.value_in_range(mark(271.34, "s", "4:31.34", "women's 800m"), _S)
    assert v.action == "repaired" and v.draft is not None and v.draft.event is None


def test_a_time_in_range_passes() -> None:
    d = mark(7627.0, "s", "2:07:07", "men's 50km mass start", sport="cross-country skiing")
    assert checks.value_in_range(d, _S).draft is d


def test_a_margin_wider_than_the_events_marks_is_dropped() -> None:
    fields = {"value": 12.77, "unit": "s", "over": ["Kim Collins"]}
    v = checks.value_in_range(
        draft("margin", "Maurice Greene", fields=fields, event="men's 60m"), _S
    )
    assert v.action == "dropped" and v.draft is None  # a time read as a margin
    fields["value"] = 0.02
    ok = draft("margin", "Maurice Greene", fields=fields, event="men's 60m")
    assert checks.value_in_range(ok, _S).draft is ok


# -- medal_where_given --------------------------------------------------------------------------

_MEETING = CompetitionMention(0, 0, "meeting", "Lievin indoor meeting")
_GAMES = CompetitionMention(0, 0, "olympics", "Olympics", medals=True)


def test_a_podium_place_at_a_meeting_is_a_result() -> None:
    d = draft("medal", "Jason Gardener", fields={"medal": "gold"}, competition=_MEETING, rule="win")
    v = checks.medal_where_given(d, _S)
    assert v.action == "repaired" and v.draft is not None
    assert (v.draft.type, v.draft.fields) == ("result", {"rank": 1})


def test_a_podium_place_in_motor_sport_is_a_result() -> None:
    d = draft("medal", "Joel Smets", fields={"medal": "silver"}, sport="motocross", rule="list")
    v = checks.medal_where_given(d, _S)
    assert v.draft is not None and v.draft.fields == {"rank": 2}


def test_the_word_medal_and_a_games_win_keep_their_medal() -> None:
    said = draft("medal", "X", fields={"medal": "bronze"}, competition=_MEETING, rule="medal-word")
    assert checks.medal_where_given(said, _S).draft is said
    won = draft("medal", "X", fields={"medal": "gold"}, competition=_GAMES, rule="win")
    assert checks.medal_where_given(won, _S).draft is won


# -- crew_size --------------------------------------------------------------------------------


def test_a_crew_of_two_and_its_pilot_alone_pass_a_half_read_crew_is_doubted() -> None:
    crew = draft("result", "Brian Shimer", "Randy Jones", fields={"rank": 1}, event="two-man bob")
    assert checks.crew_size(crew, _S).action is None
    pilot = draft("result", "Brian Shimer", fields={"rank": 1}, event="two-man bob")
    assert checks.crew_size(pilot, _S).action is None  # one name stands for the crew
    half = draft("medal", "A Bee", "C Dee", fields={"medal": "gold"}, event="men's 4x100m relay")
    assert checks.crew_size(half, _S).action == "lowered"


def test_more_athletes_than_the_boat_holds_is_dropped() -> None:
    three = draft(
        "result", "A Bee", "C Dee", "E Eff", fields={"rank": 2}, event="men's two-man bob"
    )
    assert checks.crew_size(three, _S).draft is None


def test_a_womens_team_sprint_on_the_track_is_two_riders() -> None:
    pair = draft(
        "medal",
        "Ellen Hunter",
        "Aileen McGlynn",
        fields={"medal": "gold"},
        event="women's team sprint",
        sport="track cycling",
    )
    assert checks.crew_size(pair, _S).action is None


# -- across claims ------------------------------------------------------------------------------


def _at(kind: str, name: str, rank_or_medal: int | str, start: int, **kw: Any) -> Draft:
    words = " ".join(["word"] * 12)
    sent = _sent(words, start)
    field = {"rank": rank_or_medal} if kind == "result" else {"medal": rank_or_medal}
    return draft(kind, name, fields=field, sent=sent, event="women's 800m", **kw)


def test_a_result_repeating_a_medal_is_dropped() -> None:
    gold = _at("medal", "Kelly Holmes", "gold", 0, competition_name="2004 Olympics")
    first = _at("result", "Kelly Holmes", 1, 5, competition_name="2004 Olympics")
    kept, found = checks.medal_and_rank_agree([gold, first])
    assert kept == [gold] and [f.check for f in found] == ["medal_and_rank_agree"]


def test_a_medal_and_a_podium_place_that_disagree_keep_the_first_stated() -> None:
    gold = _at("medal", "Kelly Holmes", "gold", 0, competition_name="2004 Olympics")
    third = _at("result", "Kelly Holmes", 3, 5, competition_name="2004 Olympics")
    kept, _ = checks.medal_and_rank_agree([gold, third])
    assert kept == [gold]
    elsewhere = _at("result", "Kelly Holmes", 3, 5, competition_name="Bislett Games")
    assert checks.medal_and_rank_agree([gold, elsewhere])[0] == [gold, elsewhere]


def test_two_places_for_one_athlete_lower_the_later() -> None:
    fourth = _at("result", "Jo Pavey", 4, 0, competition_name="World Cup")
    sixth = _at("result", "Jo Pavey", 6, 5, competition_name="World Cup")
    kept, found = checks.one_rank([fourth, sixth])
    assert (
        kept == [fourth, sixth]
        and found[0].drafts == [sixth]
        and "lowered:one_rank" in sixth.checks
    )


def _line(rank: int, name: str, time: float, start: int) -> list[Draft]:
    sent = _sent(" ".join(["w"] * 6), start)
    placing = draft("result", name, fields={"rank": rank}, sent=sent, rule="list", section=1)
    fields = {"value": time, "unit": "s", "text": f"{time}"}
    return [placing, draft("performance", name, fields=fields, sent=sent, rule="list", section=1)]


def test_a_results_list_whose_times_go_down_is_doubted() -> None:
    lines = (
        _line(1, "A Bee", 107.71, 0) + _line(2, "C Dee", 108.53, 6) + _line(3, "E Eff", 101.0, 12)
    )
    _, found = checks.list_order(lines)
    assert [f.message for f in found] == ["101.0 after 108.53 in a list of s"]
    good = _line(1, "A Bee", 107.71, 0) + _line(2, "C Dee", 108.53, 6)
    assert checks.list_order(good)[1] == []


def test_a_margin_that_disagrees_with_the_two_times_is_doubted() -> None:
    ahead = mark(7627.0, "s", "2:07:07", "men's 50km")
    ahead.people = [Person("Johannes Klaebo")]
    behind = mark(7644.5, "s", "2:07:24.5", "men's 50km")
    behind.people = [Person("Martin Nyenget")]
    fields = {"value": 17.5, "unit": "s", "over": ["Martin Nyenget"]}
    margin = draft("margin", "Johannes Klaebo", fields=fields, event="men's 50km")
    assert checks.margin_agrees([ahead, behind, margin])[1] == []
    margin.fields["value"] = 7.5
    assert [f.check for f in checks.margin_agrees([ahead, behind, margin])[1]] == ["margin_agrees"]


def test_a_tally_smaller_than_the_medals_listed_is_doubted() -> None:
    medals = [
        draft("medal", "Marit Bjoergen", fields={"medal": "gold"}, event=e, competition_name="G")
        for e in ("women's sprint", "women's 10km", "women's relay")
    ]
    tally = draft(
        "tally",
        "Marit Bjoergen",
        fields={"count": 2, "medal": "gold", "period": "competition"},
        competition_name="G",
    )
    assert [f.check for f in checks.tally_covers_medals([*medals, tally])[1]] == [
        "tally_covers_medals"
    ]
    tally.fields["count"] = 3
    assert checks.tally_covers_medals([*medals, tally])[1] == []


def test_check_runs_every_check_and_reports_what_it_did() -> None:
    kept, found = checks.check(
        [mark(61.36, "s", "61.36", "men's javelin"), mark(9.58, "s", "9.58", "men's 100m")]
    )
    assert [d.fields["unit"] for d in kept] == ["m", "s"]
    assert [(f.check, f.action) for f in found] == [("unit_follows_event", "repaired")]
    assert kept[0].checks == ["repaired:unit_follows_event"]


@pytest.mark.parametrize("name", checks.check_names())
def test_every_check_is_documented(name: str) -> None:
    assert name in (checks.__doc__ or "")
