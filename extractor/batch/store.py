"""The SQLite store (``--db``): documents, claims and errors as tables a desk can query.

One row per document and per error, keyed by content hash and upserted, so writing a
record twice changes nothing; one row per claim with the contract's fields as columns
(lists as JSON). Each chunk is one transaction: a killed batch leaves whole chunks only,
and :meth:`Store.catch_up` fills in from the JSONL file whatever the kill cut off.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from extractor.reading import InputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    content_hash TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    published TEXT,
    extractor_version TEXT,
    model TEXT,
    claim_count INTEGER NOT NULL,
    document TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    content_hash TEXT NOT NULL REFERENCES documents(content_hash) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    athletes TEXT NOT NULL,
    team TEXT,
    nation TEXT,
    event TEXT,
    sport TEXT,
    competition TEXT,
    date TEXT,
    medal TEXT,
    rank INTEGER,
    value REAL,
    unit TEXT,
    text TEXT,
    over TEXT,
    scope TEXT,
    status TEXT,
    description TEXT,
    count INTEGER,
    period TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    confidence REAL NOT NULL,
    inferred INTEGER NOT NULL,
    PRIMARY KEY (content_hash, position)
);
CREATE INDEX IF NOT EXISTS claims_by_type ON claims(type, nation);
CREATE TABLE IF NOT EXISTS errors (
    content_hash TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL
);
"""

# The claim columns that hold a contract field as it is, before and after ``over``.
_PLAIN = [
    "team",
    "nation",
    "event",
    "sport",
    "competition",
    "date",
    "medal",
    "rank",
    "value",
    "unit",
    "text",
]
_PLAIN_AFTER = ["scope", "status", "description", "count", "period"]


class Store:
    def __init__(self, path: Path) -> None:
        try:
            self.db = sqlite3.connect(path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as err:
            raise InputError(f"{path}: not a usable SQLite database ({err})") from None

    def write(self, lines: list[str]) -> None:
        """Upsert a chunk of JSONL records in one transaction."""
        self.db.execute("BEGIN")
        try:
            for line in lines:
                self._upsert(json.loads(line), line)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def keys(self) -> set[str]:
        rows = self.db.execute(
            "SELECT content_hash FROM documents UNION SELECT content_hash FROM errors"
        )
        return {key for (key,) in rows}

    def catch_up(self, records: list[tuple[str, str]]) -> int:
        """Store the JSONL records the store lacks (a kill between the two writes)."""
        have = self.keys()
        missing = [line for key, line in records if key not in have]
        if missing:
            self.write(missing)
        return len(missing)

    def close(self) -> None:
        self.db.close()

    def _upsert(self, record: dict[str, Any], line: str) -> None:
        key = record["content_hash"]
        if "error" in record:
            self.db.execute(
                "INSERT INTO errors VALUES (?, ?, ?) ON CONFLICT(content_hash) DO UPDATE "
                "SET source=excluded.source, reason=excluded.reason",
                (key, record["source"], record["error"]),
            )
            return
        info = record.get("extractor") or {}
        self.db.execute("DELETE FROM claims WHERE content_hash = ?", (key,))
        self.db.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(content_hash) "
            "DO UPDATE SET source=excluded.source, published=excluded.published, "
            "extractor_version=excluded.extractor_version, model=excluded.model, "
            "claim_count=excluded.claim_count, document=excluded.document",
            (
                key,
                record["source"],
                record.get("published"),
                info.get("version"),
                info.get("model"),
                len(record["claims"]),
                line,  # the JSONL record as written, byte for byte
            ),
        )
        self.db.executemany(
            "INSERT INTO claims VALUES (" + ", ".join("?" * 26) + ")",
            [_claim_row(key, i, c) for i, c in enumerate(record["claims"])],
        )


def _claim_row(key: str, position: int, claim: dict[str, Any]) -> tuple[Any, ...]:
    evidence = claim["evidence"]
    over = claim.get("over")
    return (
        key,
        position,
        claim["type"],
        json.dumps(claim["athletes"], ensure_ascii=False),
        *(claim.get(c) for c in _PLAIN),
        json.dumps(over, ensure_ascii=False) if over is not None else None,
        *(claim.get(c) for c in _PLAIN_AFTER),
        evidence["text"],
        evidence["start"],
        evidence["end"],
        claim["confidence"],
        int(claim["inferred"]),
    )
