"""The command line, run as a user would: exit codes, messages, output."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.conftest import run_cli as run

SEED = CORPUS / "klaebo-50k.txt"


def test_extract_file() -> None:
    proc = run(str(SEED))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["published"] == "2026-02-21" and doc["source"] == str(SEED)
    assert len(doc["claims"]) >= 25


def test_strict_exits_3_on_warnings_and_still_writes() -> None:
    strict = run("-", "--strict", stdin=b"Kenenisa Bekele won the 12km race in 35.12.\n")
    assert strict.returncode == 3, strict.stderr
    doc = json.loads(strict.stdout)
    assert [w["check"] for w in doc["warnings"]] == ["value_in_range"]
    assert doc["claims"][1]["value"] == 35 * 60 + 12
    assert strict.stderr.decode().strip() == "extract: 1 warnings (--strict)"
    assert run("-", "--strict", stdin=SEED.read_bytes()).returncode == 0
    assert run("-", stdin=b"Kenenisa Bekele won the 12km race in 35.12.\n").returncode == 0


def test_same_input_gives_byte_identical_output() -> None:
    assert run(str(SEED)).stdout == run(str(SEED)).stdout


def test_stdin_compact_and_date() -> None:
    proc = run("-", "--compact", "--date", "2026-02-22", stdin=SEED.read_bytes())
    assert proc.returncode == 0
    assert proc.stdout.count(b"\n") == 1
    doc = json.loads(proc.stdout)
    assert doc["source"] == "-" and doc["published"] == "2026-02-22"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "big.txt", b"x" * 2_000_001), "larger than 2,000,000 bytes"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    proc = run(str(make(tmp_path)), "--max-bytes", "2000000")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert proc.stdout == b""


def test_bad_date_is_a_usage_error() -> None:
    proc = run(str(SEED), "--date", "21/02/2026")
    assert proc.returncode == 2 and b"YYYY-MM-DD" in proc.stderr


def test_output_file_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    out.write_text("previous run")
    assert run(str(SEED), "-o", str(out)).returncode == 0
    assert json.loads(out.read_text())["schema_version"] == "1"
    assert run(str(tmp_path / "nope.txt"), "-o", str(out)).returncode == 2
    assert json.loads(out.read_text())["schema_version"] == "1"  # a failed run keeps it
    assert [p.name for p in tmp_path.iterdir()] == ["claims.json"]


def test_eval_command(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "klaebo-50k.gold.json").write_bytes((CORPUS / "klaebo-50k.gold.json").read_bytes())
    proc = run("eval", str(gold), "--texts", str(CORPUS), "--json", "--min-f1", "0.95")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["all"]["f1"] >= 0.95 and set(report["types"]) == {
        "medal",
        "result",
        "performance",
        "margin",
        "record",
        "tally",
    }
    assert run("eval", str(gold), "--texts", str(CORPUS), "--min-f1", "1.01").returncode == 1
    assert run("eval", str(tmp_path / "none"), "--texts", str(CORPUS)).returncode == 2


def test_unknown_model_is_a_clean_error() -> None:
    proc = run(str(SEED), "--model", "no_such_model_xyz")
    assert proc.returncode == 2 and b"no_such_model_xyz" in proc.stderr
    assert b"Traceback" not in proc.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).parent / ("extract.exe" if os.name == "nt" else "extract")
    assert exe.exists()
