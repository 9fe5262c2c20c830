from extractor.layout import find_layout


def test_seed_dateline() -> None:
    layout = find_layout(" date 2026-02-21 Johannes Hoesflot Klaebo has pushed ...")
    assert layout.dateline is not None and layout.dateline.text == "2026-02-21"
    assert layout.headline is None


def test_wire_headline_dateline_and_list() -> None:
    text = (
        "ALPINE SKIING-WOMEN'S WORLD CUP DOWNHILL RESULTS.\n\nVAIL, Colorado 1996-12-07\n"
        "Provisional results:\n1. Renate Goetschl (Austria) one minute 47.71 seconds\n"
        "10= Martina Ertl (Germany) 1:18.48\n10 equal. Anja Pärson (Sweden) 1:18.48\n"
    )
    layout = find_layout(text)
    assert layout.headline == (0, text.index("\n"))
    assert layout.dateline is not None and layout.dateline.text == "1996-12-07"
    assert [text[s:e] for s, e in layout.list_lines] == [
        "1. Renate Goetschl (Austria) one minute 47.71 seconds",
        "10= Martina Ertl (Germany) 1:18.48",
        "10 equal. Anja Pärson (Sweden) 1:18.48",
    ]


def test_inline_list_items_and_match_lines() -> None:
    text = (
        "Men's 500 metres: 1. Horii Manabu (Japan) 37.23 seconds; 2. Jaegal Sung-Yeol "
        "(South Korea) 37.46\nFinal:\nBallanger beat Neumann 2-0 (11.959 / 12.225)\n"
    )
    layout = find_layout(text)
    assert [text[i : i + 2] for i in layout.inline_items] == ["1.", "2."]  # after a label too
    assert [text[s:e] for s, e in layout.table_lines] == [
        "Ballanger beat Neumann 2-0 (11.959 / 12.225)"
    ]


def test_prose_is_not_a_table() -> None:
    text = "Lagat ran the third quickest mile ever to beat Canada's Nate Brannen by almost 10secs."
    layout = find_layout(text)
    assert layout.table_lines == [] and layout.list_lines == []


def test_wordy_dateline() -> None:
    layout = find_layout("Saturday, February 14, 2026\n\nHoekstra wins ...")
    assert layout.dateline is not None and layout.dateline.text == "February 14, 2026"


def _dateline(text: str) -> tuple[str, str | None]:
    layout = find_layout(text)
    assert layout.dateline is not None, text
    return text[layout.dateline.start : layout.dateline.end], layout.dateline.text


def test_place_and_date_before_the_lead_sentence() -> None:
    text = "NAIROBI, 3 March 2024 - Uganda's Amos Kibet won the cross-country title."
    assert _dateline(text) == ("NAIROBI, 3 March 2024 - ", "3 March 2024")
    text = "Lyon, Sept. 14, 2023 — Rhys Carter took the 400m."
    assert _dateline(text) == ("Lyon, Sept. 14, 2023 — ", "Sept. 14, 2023")


def test_an_agency_dateline_takes_the_date_of_a_byline() -> None:
    text = "Title line\n\nBy Ana Ruiz · 2 May 2024\n\nPERTH (AP) — Ella Stone won the 800m."
    assert _dateline(text) == ("PERTH (AP) — ", "2 May 2024")
    assert find_layout(text).headline == (0, len("Title line"))
    assert _dateline("LIMA, June 3 (Reuters) - Ana Paz won.") == ("LIMA, June 3 (Reuters) - ", None)
    text = "BERN, Switzerland, July 3, 2024 (Reuters) - Ana Paz won."
    assert _dateline(text) == ("BERN, Switzerland, July 3, 2024 (Reuters) - ", "July 3, 2024")


def test_a_place_and_date_or_a_byline_on_a_line_of_their_own() -> None:
    assert _dateline("Genève, 9 July 2022\nMia Roth won.") == ("Genève, 9 July 2022", "9 July 2022")
    text = "Heading\n\nBy Tom Hale | Aug 2, 2021\n\nMia Roth won."
    assert _dateline(text) == ("By Tom Hale | Aug 2, 2021", "Aug 2, 2021")


def test_prose_is_no_dateline() -> None:
    assert find_layout("Amos Kibet (Uganda) won the title in 2024 after a fall.").dateline is None
    assert find_layout("Ella Stone won on 2 May 2024 in Perth.").dateline is None


def test_a_dated_line_may_carry_a_clock_time() -> None:
    text = "Heading\n\nBy Tom Hale | Aug 2, 2021 9:05 AM BST\n\nLIMA (AP) — Mia Roth won."
    assert _dateline(text) == ("LIMA (AP) — ", "Aug 2, 2021")
    text = "Heading\n\nUpdated 10:55 AM EST, January 17, 2026\n\nMia Roth won."
    assert _dateline(text)[1] == "January 17, 2026"
