"""What a batch reads: files, folders (their ``*.txt``, recursively), globs, and JSONL
files of ``{"id", "text", "published"}`` records, expanded in the order given.

Nothing here raises on bad input: an unreadable file, a binary or undecodable one, a bad
JSONL line or a glob that matches nothing becomes a :class:`Job` with an ``error``, which
the batch writes as an error record and goes on.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.api import read_text
from extractor.markup import page_text
from extractor.models import InputInfo, content_hash
from extractor.reading import DEFAULT_MAX_BYTES, InputError, check_size, read_bytes

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Job:
    """One article to extract, or one input that failed (``error`` set, ``text`` None).
    ``key`` is the article's content hash, or for a failure a hash of its source."""

    source: str
    key: str
    text: str | None = None
    published: str | None = None
    error: str | None = None
    info: InputInfo | None = None


def failed(source: str, reason: str) -> Job:
    key = hashlib.sha256(f"error\0{source}".encode()).hexdigest()
    return Job(source=source, key=key, error=reason)


def article(source: str, text: str, published: str | None, info: InputInfo | None = None) -> Job:
    return Job(source, content_hash(text), text, published, info=info)


def expand(
    inputs: list[str], published: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> Iterator[Job]:
    """The jobs for ``inputs``, in order; ``published`` applies where a record has none,
    and a file over ``max_bytes`` is refused."""
    for arg in inputs:
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield failed(arg, f"{arg}: folder holds no *.txt files")
            for p in files:
                yield read_file(str(p), published, max_bytes)
        elif path.suffix == ".jsonl" and path.is_file():
            yield from read_jsonl(path, published, max_bytes)
        elif _GLOB_CHARS & set(arg) and not path.exists():
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield failed(arg, f"{arg}: no file matches")
            for m in matches:
                if Path(m).is_file():
                    yield read_file(m, published, max_bytes)
        else:
            yield read_file(arg, published, max_bytes)


def read_file(path: str, published: str | None, max_bytes: int | None) -> Job:
    try:
        text, info = read_text(read_bytes(path, max_bytes), path)
    except InputError as err:
        return failed(path, str(err))
    return article(path, text, published, info)


def read_jsonl(path: Path, published: str | None, max_bytes: int | None) -> Iterator[Job]:
    try:
        lines = path.read_bytes().splitlines()
    except OSError as err:
        yield failed(str(path), f"{path}: cannot read ({err.strerror})")
        return
    for number, raw in enumerate(lines, 1):
        where = f"{path}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            yield failed(where, f"{where}: not a JSON record ({err.__class__.__name__})")
            continue
        problem = _record_problem(record)
        if problem is not None:
            yield failed(where, f"{where}: {problem}")
            continue
        source = str(record.get("id", where))
        text, info = record["text"], InputInfo()
        try:
            check_size(len(text.encode("utf-8")), max_bytes, where)
        except InputError as err:
            yield failed(where, str(err))
            continue
        text, is_html = page_text(text)
        if is_html:
            info = InputInfo(format="html")
        yield article(source, text, record.get("published") or published, info)


def _record_problem(record: object) -> str | None:
    if not isinstance(record, dict):
        return "a record must be a JSON object"
    unknown = set(record) - {"id", "text", "published"}
    if unknown:
        return f"unknown keys {sorted(unknown)}; a record has id, text, published"
    if not isinstance(record.get("text"), str):
        return "no text"
    if "id" in record and not isinstance(record["id"], str | int):
        return "id must be a string or a number"
    published = record.get("published")
    if published is not None:
        try:
            dt.date.fromisoformat(published)
        except (TypeError, ValueError):
            return f"published is not a YYYY-MM-DD date: {published!r}"
    return None
