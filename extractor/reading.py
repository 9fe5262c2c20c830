"""Reading an article: bytes from a file or standard input, decoded to text.

Every way this can fail becomes an :class:`InputError` with a one-line message, which
the CLI prints and turns into exit code 2.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class InputError(Exception):
    """The input cannot be read as an article."""


def read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not an article")
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({os.strerror(err.errno or 0) or err})") from None


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); binary data is refused."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        byte = data[err.start]
        raise InputError(
            f"{name}: not UTF-8 text (undecodable byte 0x{byte:02x} at offset {err.start})"
        ) from None


def read_article(path: str) -> str:
    return decode(read_bytes(path), "standard input" if path == "-" else path)
