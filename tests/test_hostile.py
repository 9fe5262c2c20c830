"""Hostile and messy input, case by case: what comes out (or the one line that says why
nothing does). Every case checks the offsets against the text the document says it read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extractor.api import extract, extract_bytes
from extractor.chunks import split
from extractor.models import ClaimsDocument
from tests.conftest import CORPUS
from tests.conftest import run_cli as cli

SEED = CORPUS / "klaebo-50k.txt"
SEED_TEXT = SEED.read_text("utf-8")
KLAEBO = "Johannes Høsflot Klæbo"
# The seed with its first full name in Norwegian spelling; every later "Klaebo" is ASCII.
NORSE = SEED_TEXT.replace("Johannes Hoesflot Klaebo", KLAEBO, 1)

pytestmark = pytest.mark.model


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def claims(doc: ClaimsDocument) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in doc.claims]


def assert_evidence_slices(doc: ClaimsDocument) -> None:
    assert doc.text is not None
    assert doc.check_evidence(doc.text) == []


@pytest.fixture(scope="module")
def seed_claims() -> list[dict[str, Any]]:
    return claims(extract(SEED_TEXT))


# Encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SEED_TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"), "utf-8"),
        (SEED_TEXT.encode("utf-16"), "utf-16"),  # with the platform's byte-order mark
        (b"\xfe\xff" + SEED_TEXT.encode("utf-16-be"), "utf-16"),
        (b"\xff\xfe" + SEED_TEXT.encode("utf-16-le"), "utf-16"),
        (SEED_TEXT.encode("utf-16-le"), "utf-16-le"),  # no mark, as some Windows tools write
        (SEED_TEXT.encode("utf-32"), "utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be-bom", "utf16-le-bom", "utf16-le", "utf32"],
)
def test_unicode_encodings_give_the_same_claims(
    data: bytes, encoding: str, seed_claims: list[dict[str, Any]]
) -> None:
    doc = extract_bytes(data, with_text=True)
    assert doc.input is not None and doc.input.encoding == encoding
    assert doc.text == SEED_TEXT  # the mark is not part of the text: offsets do not move
    assert claims(doc) == seed_claims


def test_windows_1252_is_read_with_its_names_and_dashes() -> None:
    data = NORSE.encode("cp1252")  # "ø", "æ" and the em dash are single bytes here
    doc = extract_bytes(data, with_text=True)
    assert doc.input is not None and (doc.input.encoding, doc.input.repaired) == ("cp1252", False)
    assert doc.text == NORSE and "Games—the 10K" in doc.text
    assert_evidence_slices(doc)
    assert {a for c in doc.claims for a in c.athletes if "bo" in a} == {KLAEBO}


def test_latin_1_with_a_byte_windows_1252_leaves_undefined() -> None:
    text = "Thomas M\xfcller won the 800m in 1:45.20.\x8d\n"
    doc = extract_bytes(text.encode("latin-1"), with_text=True)
    assert doc.input is not None and doc.input.encoding == "latin-1"
    assert doc.text == text
    assert_evidence_slices(doc)
    assert ("Thomas M\xfcller", 105.2) in {
        (a, c.value) for c in doc.claims if c.type == "performance" for a in c.athletes
    }


def test_mojibake_is_repaired_and_the_offsets_follow_the_repair() -> None:
    garbled = NORSE.encode("utf-8").decode("cp1252").encode("utf-8")  # "KlÃ¦bo"
    doc = extract_bytes(garbled, with_text=True)
    assert doc.input is not None and (doc.input.encoding, doc.input.repaired) == ("utf-8", True)
    assert doc.text == NORSE
    assert_evidence_slices(doc)
    assert KLAEBO in {a for c in doc.claims for a in c.athletes}


def test_encoding_is_reported_by_the_cli(tmp_path: Path) -> None:
    path = write(tmp_path / "norse.txt", NORSE.encode("cp1252"))
    proc = cli(str(path))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["input"] == {"encoding": "cp1252", "format": "text", "repaired": False, "chunks": 1}
    assert doc["claims"][0]["athletes"] == [KLAEBO]


@pytest.mark.parametrize(
    ("old", "new"),
    [("\n", "\r\n"), ("\n", "\r"), ("\n", "\u2028"), (" ", "\u00a0"), (" ", "\t")],
    ids=["crlf", "cr", "line-separator", "no-break-space", "tab"],
)
def test_line_ends_and_odd_spaces_give_the_same_claims(
    old: str, new: str, seed_claims: list[dict[str, Any]]
) -> None:
    text = SEED_TEXT.replace(old, new)
    doc = extract(text)
    assert doc.check_evidence(text) == []  # offsets and quotes are in the text as given
    assert [{**c, "evidence": None} for c in claims(doc)] == [
        {**c, "evidence": None} for c in seed_claims
    ]


# Names with diacritics -------------------------------------------------------------------


def test_diacritic_and_ascii_spellings_are_one_athlete_under_the_original() -> None:
    doc = extract(NORSE)
    klaebo = [c for c in doc.claims if any(a.endswith(("bo", "Klaebo")) for a in c.athletes)]
    assert len(klaebo) >= 8
    assert {a for c in klaebo for a in c.athletes if "bo" in a} == {KLAEBO}


def test_a_later_original_spelling_respells_the_full_name() -> None:
    text = SEED_TEXT.replace("Klaebo finished in", "Klæbo finished in", 1)
    assert {a for c in extract(text).claims for a in c.athletes if "bo" in a} == {
        "Johannes Hoesflot Klæbo"
    }


# Sizes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n  ", b"\xef\xbb\xbf", b"\xff\xfe \x00\n\x00"])
def test_empty_and_blank_input_gives_no_claims(data: bytes, tmp_path: Path) -> None:
    proc = cli(str(write(tmp_path / "blank.txt", data)))
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert json.loads(proc.stdout)["claims"] == []
    proc = cli("-", "--compact", stdin=data)
    assert proc.returncode == 0 and json.loads(proc.stdout)["claims"] == []


def test_input_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = write(tmp_path / "dump.txt", b"Klaebo won. " * 420_000)  # 5,040,000 bytes
    proc = cli(str(big))
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode() == (
        f"extract: error: {big}: larger than 5,000,000 bytes; raise --max-bytes to read it\n"
    )
    proc = cli("-", "--max-bytes", "1000", stdin=b"x" * 1001)
    assert proc.returncode == 2
    assert proc.stderr.decode() == (
        "extract: error: standard input: larger than 1,000 bytes; raise --max-bytes to read it\n"
    )


def test_an_article_longer_than_spacys_max_length(nlp: Any, tmp_path: Path) -> None:
    copies = nlp.max_length // len(SEED_TEXT) + 2
    text = "\n\n".join([SEED_TEXT] * copies)
    assert len(text) > nlp.max_length
    proc = cli(str(write(tmp_path / "long.txt", text.encode())), "--with-text", "--compact")
    assert proc.returncode == 0, proc.stderr
    doc = ClaimsDocument.model_validate_json(proc.stdout)
    assert doc.text == text
    assert_evidence_slices(doc)
    pieces = split(text)
    assert doc.input is not None and doc.input.chunks == len(pieces) >= 10
    for offset, piece in pieces:  # each piece is read, its claims dated by the top dateline
        inside = [c for c in doc.claims if offset <= c.evidence.start < offset + len(piece)]
        times = [c for c in inside if c.type == "performance"]
        assert [c.value for c in times] == [7627.0]
        assert times[0].date == "2026-02-21" and times[0].athletes == ["Johannes Hoesflot Klaebo"]


def test_a_megabyte_on_one_line_without_punctuation(tmp_path: Path) -> None:
    words = "Klaebo won gold in 2 07 07 ahead of Nyenget and Iversen took bronze again "
    line = (words * (1_000_000 // len(words) + 1))[:1_000_000]
    proc = cli(str(write(tmp_path / "line.txt", line.encode())), "--with-text", "--compact")
    assert proc.returncode == 0, proc.stderr
    doc = ClaimsDocument.model_validate_json(proc.stdout)
    assert doc.input is not None and doc.input.chunks == len(split(line)) >= 10
    assert doc.text == line
    assert_evidence_slices(doc)
    assert doc.claims and all(c.evidence.end - c.evidence.start <= 2_000 for c in doc.claims)


# Binary input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "a ZIP archive (or a Word or OpenDocument file)"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
        (b"%PDF-1.7\n", "a PDF document"),
        (b"Klaebo\x00\x01\x02\x03 won", "NUL bytes"),
    ],
)
def test_binary_input_is_refused(data: bytes, what: str, tmp_path: Path) -> None:
    path = write(tmp_path / "article.txt", data)
    proc = cli(str(path))
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert (
        proc.stderr.decode()
        == f"extract: error: {path}: binary data ({what}), not a text article\n"
    )


# HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Klaebo wins 50km | Sports Desk</title>
<script>var ads = "Nyenget won gold in 1:00:00";</script></head>
<body><nav><a href="/">Home</a> <a href="/ski">Skiing</a></nav>
<header>Breaking: Ogden won the 100m in 9.99secs</header>
<article><h1>Klæbo makes history</h1>
<p>Johannes H&oslash;sflot Kl&aelig;bo claimed his sixth gold medal of the Milano Cortina
Olympics by winning the men's 50-kilometer mass start on Saturday.</p>
<div><p>Klaebo finished in 2:07:07, 17.5 seconds ahead of Martin Nyenget &amp; the
rest&#8212;then collapsed.</p></div>
<figure><figcaption>Iversen took silver in 2019</figcaption></figure>
</article>
<footer>&copy; 2026 Sports Desk</footer></body></html>
"""


def test_an_html_page_is_recognised_and_its_article_text_is_returned(tmp_path: Path) -> None:
    proc = cli(
        str(write(tmp_path / "page.html", PAGE.encode())), "--with-text", "--date", "2026-02-21"
    )
    assert proc.returncode == 0, proc.stderr
    doc = ClaimsDocument.model_validate_json(proc.stdout)
    assert doc.input is not None and doc.input.format == "html"
    assert doc.text is not None and doc.text.startswith("Klæbo makes history\n\nJohannes Høsflot")
    assert "<" not in doc.text and "&" not in doc.text.replace(" & ", "")
    for noise in ("ads", "Home", "Breaking", "figcaption", "Iversen", "Sports Desk"):
        assert noise not in doc.text
    assert_evidence_slices(doc)
    facts = {(c.type, a) for c in doc.claims for a in c.athletes}
    assert ("performance", KLAEBO) in facts and ("medal", KLAEBO) in facts
    assert not any("Ogden" in a or "Iversen" in a for _, a in facts)


def test_html_flag_reads_a_fragment_the_detection_leaves_alone(tmp_path: Path) -> None:
    fragment = write(
        tmp_path / "fragment.txt",
        b"<section><span>Klaebo finished in 2:07:07.</span></section>\n",
    )
    plain = json.loads(cli(str(fragment), "--with-text").stdout)
    assert plain["input"]["format"] == "text" and plain["text"].startswith("<section>")
    proc = cli(str(fragment), "--html", "--with-text")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["input"]["format"] == "html" and doc["text"] == "Klaebo finished in 2:07:07."
    assert [(c["type"], c["value"], c["evidence"]["start"]) for c in doc["claims"]] == [
        ("performance", 7627.0, 0)
    ]
