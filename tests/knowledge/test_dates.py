import datetime as dt

import pytest

from extractor.knowledge.dates import find_dates, parse_date, weekday_before

SATURDAY = dt.date(2026, 2, 21)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("won on Saturday", "2026-02-21"),  # the contract: the same day
        ("set the record Friday", "2026-02-20"),
        ("last Saturday's win", "2026-02-14"),
        ("on 18 February", "2026-02-18"),
        ("Brussels 25.8.95", "1995-08-25"),
        ("yesterday", "2026-02-20"),
    ],
)
def test_resolved_against_published(text: str, date: str) -> None:
    assert [d.date for d in find_dates(text, SATURDAY)] == [date]


@pytest.mark.parametrize(
    "text", ["won 3-1", "the 2012-13 season", "58 on the scoreboard", "in 1980"]
)
def test_false_dates(text: str) -> None:
    assert find_dates(text, SATURDAY) == []


def test_no_published_date_leaves_weekdays_unresolved() -> None:
    assert [d.date for d in find_dates("on Saturday", None)] == [None]


def test_future_day_and_month_is_not_a_result_date() -> None:
    assert [d.date for d in find_dates("will race on 28 February", SATURDAY)] == [None]


def test_parse_and_weekdays() -> None:
    assert parse_date("Sunday 16 August 2026") == dt.date(2026, 8, 16)
    assert parse_date("18 February") is None
    assert weekday_before("saturday", SATURDAY, strictly=True) == dt.date(2026, 2, 14)


def test_a_newspaper_is_not_a_day() -> None:
    assert find_dates("per USA Today", SATURDAY) == []
    assert [d.date for d in find_dates("Today he won", SATURDAY)] == ["2026-02-21"]
