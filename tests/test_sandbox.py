"""The CLI with networking blocked: it makes no connection and reads nothing but its input,
its own installed files and Python's. An audit hook (PEP 578) in the child process
refuses every socket, subprocess and URL request, and records every file it opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from tests.conftest import CORPUS

PROBE = """
import json, sys
record = open(sys.argv[1], "w")
events = []

def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        path = args[0].decode("utf-8", "replace") if isinstance(args[0], bytes) else args[0]
        writes = any(m in str(args[1] or "") for m in "wax+") or bool((args[2] or 0) & 0o3)
        events.append(["open", path, writes])
    elif event.split(".")[0] in ("socket", "subprocess", "urllib", "http", "ftplib", "smtplib"):
        events.append([event])
        raise PermissionError("networking is blocked in this test: " + event)
    elif event in ("os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork"):
        events.append([event])
        raise PermissionError("no programs in this test: " + event)

sys.addaudithook(hook)
from extractor.cli import main
try:
    code = main(sys.argv[2:])
finally:
    json.dump(events, record)
    record.close()
sys.exit(code)
"""

PAGE = b"""<!DOCTYPE html><html><body><nav>Home</nav><article><h1>Sprint</h1>
<p>Mark Lewis-Francis won the 60m in 6.61secs in Birmingham on Sunday.</p></article></body></html>
"""


def _probe(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[bytes], list[list]]:  # type: ignore[type-arg]
    record = tmp_path / "events.json"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(record), *args],
        capture_output=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    return proc, json.loads(record.read_text())


def _inside(path: str, roots: list[Path]) -> bool:
    real = Path(os.path.realpath(path))
    return any(real == root or root in real.parents for root in roots)


@pytest.mark.parametrize(
    ("name", "data", "extra"),
    [
        ("seed.txt", (CORPUS / "klaebo-50k.txt").read_bytes(), []),
        ("page.html", PAGE, ["--html", "--date", "2005-02-20"]),
        ("cyrillic.txt", "Бубка побил мировой рекорд: 6,14 м.".encode("cp1251"), []),
    ],
)
def test_no_network_and_no_reads_outside_inputs_and_installed_files(
    tmp_path: Path, name: str, data: bytes, extra: list[str]
) -> None:
    article = tmp_path / "in" / name
    article.parent.mkdir()
    article.write_bytes(data)
    out = tmp_path / "out" / "claims.json"
    out.parent.mkdir()
    proc, events = _probe(tmp_path, str(article), "-o", str(out), *extra)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text())
    assert doc["source"] == str(article)
    if name != "cyrillic.txt":
        assert doc["claims"], "the article's claims come out with the network blocked"

    # spaCy imports requests, whose urllib3 probes for IPv6 support by creating a socket
    # at import time; the hook refuses it, as it would any other, and nothing else is tried.
    assert {e[0] for e in events if e[0] != "open"} <= {"socket.__new__"}

    installed = [
        Path(os.path.realpath(p)) for p in {sys.prefix, sys.base_prefix, sys.exec_prefix}
    ] + [Path(os.path.realpath(extractor.__file__)).parent]
    opened = [(path, writes) for kind, path, writes in (e for e in events if e[0] == "open")]
    assert str(article) in {path for path, _ in opened}
    strays = [path for path, _ in opened if not _inside(path, [article, out.parent, *installed])]
    assert strays == []
    written = {Path(path).parent for path, writes in opened if writes}
    assert written == {out.parent}  # the output, through a temporary file beside it
