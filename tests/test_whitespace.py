"""Plain whitespace for the pipeline, and offsets taken back to the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.whitespace import Realign, plain


def test_line_breaks_and_spaces_become_plain() -> None:
    assert plain("Klaebo\r\nwon\rgold\u2028in\x0cOslo") == "Klaebo\nwon\ngold\nin\nOslo"
    assert plain("Johannes\u00a0Klaebo\t2:07:07\u202f") == "Johannes Klaebo 2:07:07 "
    assert plain("\r\r\n\r\n") == "\n\n\n"


def test_typographic_quotes_become_plain_one_for_one() -> None:
    text = "\u201cWe did it,\u201d said Peru\u2019s captain of the women\u2019s relay."
    assert plain(text) == "\"We did it,\" said Peru's captain of the women's relay."


def test_offsets_go_back_to_the_original() -> None:
    text = "Oslo\r\n\r\nKlaebo won.\r\n"
    work = plain(text)
    start = work.index("Klaebo won.")
    realign = Realign(text)
    assert text[realign.start(start) : realign.end(start + 11)] == "Klaebo won."
    line = work.index("\n")  # a span ending at a line end leaves the "\r" out
    assert text[realign.start(0) : realign.end(line)] == "Oslo"
    assert text[realign.start(0) : realign.end(line + 1)] == "Oslo\r\n"


messy = st.text(
    alphabet=st.sampled_from(list("ab .\n\r\t\u00a0\u2028é")),
    max_size=60,
)


@settings(max_examples=300)
@given(text=messy, data=st.data())
def test_a_span_of_the_plain_text_is_one_of_the_original(text: str, data: st.DataObject) -> None:
    work = plain(text)
    if not work:
        return
    start = data.draw(st.integers(0, len(work) - 1))
    end = data.draw(st.integers(start + 1, len(work)))
    realign = Realign(text)
    s, e = realign.start(start), realign.end(end)
    assert 0 <= s < e <= len(text)
    assert plain(text[s:e]) == work[start:end]
