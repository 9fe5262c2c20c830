"""The JSONL output: one record per line, appended chunk by chunk.

A record is only a record with its newline: each chunk goes out in one ``write`` that
ends with one, so a batch killed mid-write (kill -9) can leave at most a last line with
no newline. Opening the file to resume cuts such a tail off before anything is appended,
and reads back the content hashes already done.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from extractor.reading import InputError


class JsonlSink:
    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        self.done: set[str] = set()
        if path.exists() and path.stat().st_size > 0 and not resume:
            raise InputError(f"{path}: exists; use --resume to continue it")
        if resume and path.exists():
            self.done = {key for key, _ in read_records(path, repair=True)}
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as err:
            raise InputError(f"{path}: cannot write ({err.strerror})") from None

    def write(self, lines: list[str]) -> None:
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        view = memoryview(data)
        while view:  # a regular file takes it all at once; a short write goes on
            written = os.write(self._fd, view)
            view = view[written:]

    def close(self) -> None:
        os.fsync(self._fd)
        os.close(self._fd)


def read_records(path: Path, repair: bool = False) -> list[tuple[str, str]]:
    """``(content_hash, line)`` for each whole record; with ``repair``, a last line cut
    off by a kill is removed from the file first."""
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if repair and end < len(data):
        with path.open("r+b") as fh:
            fh.truncate(end)
    records = []
    for number, raw in enumerate(data[:end].splitlines(), 1):
        if not raw.strip():
            continue
        try:
            records.append((json.loads(raw)["content_hash"], raw.decode("utf-8")))
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{path}:{number}: not a batch record") from None
    return records
