"""Expanding batch inputs: no model needed, and no input makes expansion raise."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.batch.inputs import expand
from extractor.models import content_hash


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_folders_globs_and_files_in_the_order_given(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "2.txt", "two")
    _write(tmp_path / "b" / "sub" / "1.txt", "one")
    _write(tmp_path / "b" / "notes.md", "not an article")
    _write(tmp_path / "c1.txt", "c1")
    _write(tmp_path / "c2.txt", "c2")
    jobs = list(expand([str(tmp_path / "c2.txt"), str(tmp_path / "b"), str(tmp_path / "c*.txt")]))
    assert [Path(j.source).name for j in jobs] == ["c2.txt", "2.txt", "1.txt", "c1.txt", "c2.txt"]
    assert jobs[0].key == content_hash("c2") and jobs[0].text == "c2"


def test_jsonl_records_and_their_dates(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "First.", "published": "2026-02-21"}),
        json.dumps({"id": 7, "text": "Second."}),
        "",
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines))
    jobs = list(expand([str(path)], published="2025-01-01"))
    assert [(j.source, j.text, j.published) for j in jobs] == [
        ("a1", "First.", "2026-02-21"),
        ("7", "Second.", "2025-01-01"),
    ]


def test_every_bad_input_is_a_job_with_its_reason(tmp_path: Path) -> None:
    binary = _write(tmp_path / "photo.txt", b"\x89PNG\x00\x00\x01")
    big = _write(tmp_path / "dump.txt", b"word " * 300)
    feed = _write(
        tmp_path / "feed.jsonl",
        'not json\n{"id": "x"}\n{"text": "t", "colour": "red"}\n'
        '{"text": "t", "published": "Sunday"}\n[1, 2]\n',
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    inputs = [str(binary), str(big), str(tmp_path / "gone.txt"), str(tmp_path / "z*.txt")]
    jobs = list(expand([*inputs, str(feed), str(empty)], max_bytes=1000))
    reasons = [j.error for j in jobs]
    assert all(j.text is None for j in jobs)
    assert reasons == [
        f"{binary}: binary data (a PNG image), not a text article",
        f"{big}: larger than 1,000 bytes; raise --max-bytes to read it",
        f"{tmp_path / 'gone.txt'}: no such file",
        f"{tmp_path / 'z*.txt'}: no file matches",
        f"{feed}:1: not a JSON record (JSONDecodeError)",
        f"{feed}:2: no text",
        f"{feed}:3: unknown keys ['colour']; a record has id, text, published",
        f"{feed}:4: published is not a YYYY-MM-DD date: 'Sunday'",
        f"{feed}:5: a record must be a JSON object",
        f"{empty}: folder holds no *.txt files",
    ]
    assert len({j.key for j in jobs}) == len(jobs)


def test_legacy_text_and_html_pages_are_read(tmp_path: Path) -> None:
    latin = _write(
        tmp_path / "latin.txt", "Kl\xe6bo won in Z\xfcrich \u2013 again.".encode("cp1252")
    )
    page = _write(tmp_path / "page.txt", "<html><body><h1>Win</h1><p>Klaebo won.</p></body></html>")
    first, second = expand([str(latin), str(page)])
    assert (first.text, first.info and first.info.encoding) == (
        "Kl\xe6bo won in Z\xfcrich \u2013 again.",
        "cp1252",
    )
    assert (second.text, second.info and second.info.format) == ("Win\n\nKlaebo won.", "html")
