import pytest

from extractor.knowledge.nations import NationRow, nation_table


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway", "NOR"),
        ("Norwegian", "NOR"),
        ("Ethiopia", "ETH"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("Britain", "GBR"),
        ("Welshman", "GBR"),
        ("Scotland", "GBR"),
        ("St Kitts and Nevis", "SKN"),
        ("Irishman", "IRL"),
        ("Dutchman", "NED"),
    ],
)
def test_written_forms(text: str, code: str) -> None:
    assert nation_table().by_any(text) == code


def test_home_nations_only_when_asked() -> None:
    table = nation_table()
    assert table.by_name("England") == "GBR"
    assert table.by_name("England", home=True) == "ENG"


def test_pronoun_us_is_not_a_country() -> None:
    assert nation_table().by_name("us") is None


def test_typo_in_a_results_line() -> None:
    assert nation_table().by_name_fuzzy("Germay") == "GER"
    assert nation_table().by_name_fuzzy("Atlantis") is None


def test_rows_reject_unknown_keys() -> None:
    with pytest.raises(ValueError):
        NationRow.model_validate({"code": "NOR", "names": ["Norway"], "flag": "x"})


def test_codes_are_unique() -> None:
    codes = [row.code for row in nation_table().rows]
    assert len(codes) == len(set(codes))
