"""Marks in every form CLAIMS.md lists, and the digits that are not marks."""

import pytest

from extractor.values.marks import find_marks


@pytest.mark.parametrize(
    ("text", "mark", "value", "kind"),
    [
        ("Klaebo finished in 2:07:07, 17.5 seconds ahead", "2:07:07", 7627.0, "time"),
        ("ahead by 17.5 seconds", "17.5 seconds", 17.5, "time"),
        ("in 14 minutes 32.93 seconds", "14 minutes 32.93 seconds", 872.93, "time"),
        ("in one minute, 49.87 seconds", "one minute, 49.87 seconds", 109.87, "time"),
        ("a time of one minute 46.68seconds", "one minute 46.68seconds", 106.68, "time"),
        ("clocked 8.47secs", "8.47secs", 8.47, "time"),
        ("ran 1:47.96", "1:47.96", 107.96, "time"),
        ("three minutes 49.89secs", "three minutes 49.89secs", 229.89, "time"),
        ("eight minutes, 04.69 seconds", "eight minutes, 04.69 seconds", 484.69, "time"),
        ("2 hours 1 minute 39 seconds", "2 hours 1 minute 39 seconds", 7299.0, "time"),
        ("9.58s", "9.58s", 9.58, "time"),
        ("one-hundredth of a second faster", "one-hundredth of a second", 0.01, "time"),
        ("more than half-a-second clear", "half-a-second", 0.5, "time"),
        ("leapt 6.63m", "6.63m", 6.63, "distance"),
        ("cleared 2.20m", "2.20m", 2.2, "distance"),
        ("just 3cm short", "3cm", 0.03, "distance"),
        ("by 40 metres", "40 metres", 40.0, "distance"),
        ("a score of 25.76 points", "25.76 points", 25.76, "points"),
        ("by clocking 7.37 which", "7.37", 7.37, "bare"),
        ("second at +1.2 and", "+1.2", 1.2, "time"),
        ("was fourth (+22.5).", "+22.5", 22.5, "time"),
        ("tenth, +1:05.3 down", "+1:05.3", 65.3, "time"),
    ],
)
def test_marks(text: str, mark: str, value: float, kind: str) -> None:
    found = find_marks(text)
    assert [(m.text, m.value, m.kind) for m in found if m.text == mark] == [(mark, value, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "won 3-1 in the 2012-13 season",
        "scored 58 on Sunday",
        "Berlin 17.8.90",
        "the 4x100m relay",
        "in 1980",
    ],
)
def test_not_marks(text: str) -> None:
    assert [m for m in find_marks(text) if m.kind != "distance"] == []


def test_marks_do_not_overlap_and_keep_offsets() -> None:
    text = "28 points (in 32 minutes 31.081 seconds)"
    found = find_marks(text)
    assert [text[m.start : m.end] for m in found] == ["28 points", "32 minutes 31.081 seconds"]
    assert found[1].value == 1951.081
