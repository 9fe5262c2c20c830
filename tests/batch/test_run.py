"""Whole batches with the real model: bad inputs among good ones, worker processes, a
kill -9 and --resume, and a Dask cluster, each checked against a plain run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language

from extractor.api import extract, extract_bytes
from extractor.batch.jsonl import read_records
from extractor.batch.run import Options, run_batch
from extractor.cli import main
from extractor.models import InputInfo
from tests.conftest import CORPUS, SHARED

SEED = CORPUS / "klaebo-50k.txt"


def _articles(tmp_path: Path) -> Path:
    """The 510 shared BBC texts, or where they are absent 128 variants of the corpus."""
    bbc = SHARED / "bbc-sport" / "texts"
    if bbc.is_dir():
        return bbc
    folder = tmp_path / "articles"
    folder.mkdir()
    for k in range(8):
        for path in sorted(CORPUS.glob("*.txt")):
            text = path.read_text("utf-8") + f"\n\nReporting by desk {k}.\n"
            (folder / f"{path.stem}-{k}.txt").write_text(text, encoding="utf-8")
    return folder


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def test_good_inputs_all_come_out_and_each_bad_one_is_an_error_record(
    tmp_path: Path, nlp: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    feed = tmp_path / "feed.jsonl"
    good = "Emil Iversen took bronze at the Winter Olympics on Saturday."
    feed.write_text(
        json.dumps({"id": "wire-1", "text": good, "published": "2026-02-21"}) + "\n{oops\n"
    )
    out = tmp_path / "out.jsonl"
    args = [str(SEED), str(binary), str(tmp_path / "gone.txt"), str(feed)]
    code = main(["batch", *args, "-o", str(out), "--db", str(tmp_path / "c.sqlite")])
    assert code == 1  # something failed
    records = [json.loads(line) for line in _lines(out)]
    assert [r["source"] for r in records] == [
        str(SEED),
        str(binary),
        str(tmp_path / "gone.txt"),
        "wire-1",
        f"{feed}:2",
    ]
    seed = extract_bytes(SEED.read_bytes(), source=str(SEED))
    assert records[0] == json.loads(seed.model_dump_json())
    wire = extract(good, source="wire-1", published="2026-02-21", info=InputInfo())
    assert records[3] == json.loads(wire.model_dump_json())
    assert [r.get("error") for r in records] == [
        None,
        f"{binary}: binary data (a PNG image), not a text article",
        f"{tmp_path / 'gone.txt'}: no such file",
        None,
        f"{feed}:2: not a JSON record (JSONDecodeError)",
    ]
    err = capsys.readouterr().err
    assert f"{binary}: binary data (a PNG image), not a text article" in err
    assert "5 articles (3 failed" in err


def test_worker_processes_give_the_same_bytes(tmp_path: Path, nlp: Language) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(Options([str(CORPUS)], one, chunk_size=3))
    run_batch(Options([str(CORPUS)], two, chunk_size=3, jobs=2))
    assert one.read_bytes() == two.read_bytes()
    assert len(_lines(one)) == len(list(CORPUS.glob("*.txt")))


def test_kill_9_then_resume_gives_every_article_exactly_once(tmp_path: Path, nlp: Language) -> None:
    articles = _articles(tmp_path)
    reference = tmp_path / "reference.jsonl"
    run_batch(Options([str(articles)], reference, jobs=2))
    expected = _lines(reference)

    out, db = tmp_path / "out.jsonl", tmp_path / "out.sqlite"
    command = [sys.executable, "-m", "extractor.cli", "batch", str(articles)]
    command += ["-o", str(out), "--db", str(db), "--jobs", "2", "--chunk-size", "4"]
    proc = subprocess.Popen(command, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 24:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, mid-write or not
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 24 <= written < len(expected)

    run_batch(Options([str(articles)], out, db=db, resume=True, jobs=2))
    assert out.read_bytes() == reference.read_bytes()  # every article once, in order
    records = read_records(out)
    stored = sqlite3.connect(db)
    documents = dict(stored.execute("SELECT content_hash, document FROM documents"))
    errors = {key for (key,) in stored.execute("SELECT content_hash FROM errors")}
    assert set(documents) | errors == {key for key, _ in records}
    assert all(documents[key] == line for key, line in records if key in documents)


def test_a_dask_cluster_gives_the_local_output(tmp_path: Path, nlp: Language) -> None:
    distributed = pytest.importorskip("distributed")
    local, remote = tmp_path / "local.jsonl", tmp_path / "cluster.jsonl"
    run_batch(Options([str(CORPUS)], local, chunk_size=4))
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        run_batch(Options([str(CORPUS)], remote, chunk_size=4, scheduler=cluster.scheduler_address))
    assert remote.read_bytes() == local.read_bytes()
