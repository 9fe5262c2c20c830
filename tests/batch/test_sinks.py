"""The JSONL file and the SQLite store: what a kill can leave, and how resuming mends it."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from extractor.batch.jsonl import JsonlSink, read_records
from extractor.batch.runner import error_outcome
from extractor.batch.store import Store
from extractor.reading import InputError
from tests.conftest import CORPUS


def _document_line() -> str:
    """A real record: the corpus snapshot of the seed article, on one line."""
    record = json.loads((CORPUS / "klaebo-50k.claims.json").read_text("utf-8"))
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False)


def test_an_existing_output_needs_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(error_outcome("a" * 64, "x.txt", "x.txt: no such file").line + "\n")
    with pytest.raises(InputError, match="exists; use --resume"):
        JsonlSink(out, resume=False)
    sink = JsonlSink(out, resume=True)
    sink.close()
    assert sink.done == {"a" * 64}


def test_resume_cuts_off_a_record_a_kill_left_half_written(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    whole = error_outcome("a" * 64, "x.txt", "x.txt: no such file").line
    half = _document_line()[:300]
    out.write_text(whole + "\n" + half, encoding="utf-8")
    sink = JsonlSink(out, resume=True)
    sink.write([error_outcome("b" * 64, "y.txt", "y.txt: no such file").line])
    sink.close()
    keys = [key for key, _ in read_records(out)]
    assert keys == ["a" * 64, "b" * 64]
    assert out.read_text("utf-8").endswith("\n")


def test_a_foreign_file_is_not_resumed(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text('{"hello": 1}\n')
    with pytest.raises(InputError, match="not a batch record"):
        JsonlSink(out, resume=True)


def test_store_upserts_and_catches_up_with_the_jsonl(tmp_path: Path) -> None:
    line = _document_line()
    failure = error_outcome("c" * 64, "gone.txt", "gone.txt: no such file").line
    store = Store(tmp_path / "claims.sqlite")
    store.write([line, failure])
    store.write([line])  # the same record again changes nothing
    key = json.loads(line)["content_hash"]
    assert store.catch_up([(key, line), ("c" * 64, failure)]) == 0
    store.close()
    db = sqlite3.connect(tmp_path / "claims.sqlite")
    ((stored,),) = db.execute("SELECT document FROM documents").fetchall()
    assert stored == line
    claims = db.execute("SELECT type, count(*) FROM claims GROUP BY type ORDER BY type")
    expected = sorted({c["type"] for c in json.loads(line)["claims"]})
    assert [t for t, _ in claims] == expected
    assert db.execute("SELECT source, reason FROM errors").fetchall() == [
        ("gone.txt", "gone.txt: no such file")
    ]
    medal_table = db.execute(
        "SELECT nation, count(*) FROM claims WHERE type = 'medal' AND medal = 'gold' "
        "GROUP BY nation ORDER BY 2 DESC, 1"
    ).fetchall()
    golds = Counter(
        c["nation"]
        for c in json.loads(line)["claims"]
        if c["type"] == "medal" and c["medal"] == "gold"
    )
    assert dict(medal_table) == dict(golds)
    assert medal_table[0][0] == "NOR"  # the table leads with the most golds


def test_the_readme_queries_run_on_a_store(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    queries = [q for block in readme.split("```sql")[1:] for q in block.split("```")[0].split(";")]
    queries = [q for q in queries if q.strip()]
    assert len(queries) == 2
    store = Store(tmp_path / "claims.sqlite")
    store.write([_document_line()])
    medal_table, records = (store.db.execute(q).fetchall() for q in queries)
    store.close()
    assert medal_table[0][0] == "NOR" and medal_table[0][1] >= 1
    assert ("Ben Ogden", "national") in {(r[0], r[1]) for r in records}
