import pytest

from extractor.values.numbers import cardinal, ordinal


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("four", 4),
        ("13", 13),
        ("Twenty-one", 21),
        ("1,000", 1000),
        ("a", 1),
    ],
)
def test_cardinals(word: str, value: int) -> None:
    assert cardinal(word) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("sixth", 6),
        ("18th", 18),
        ("1st", 1),
        ("twenty-first", 21),
        ("Third", 3),
    ],
)
def test_ordinals(word: str, value: int) -> None:
    assert ordinal(word) == value


@pytest.mark.parametrize("word", ["sixty-sixth-ish", "medal", "", "2012-13", "first-class"])
def test_not_numbers(word: str) -> None:
    assert cardinal(word) is None
    assert ordinal(word) is None


def test_unicode_digits_that_are_not_numbers() -> None:
    assert cardinal("²") is None  # str.isdigit() is true for superscripts
    assert ordinal("²nd") is None
