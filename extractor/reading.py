"""Reading an article: bytes from a file or standard input, decoded to text.

Encodings: UTF-8 with or without a byte-order mark; UTF-16 and UTF-32 with one, and
UTF-16 without one (every other byte a NUL); other bytes are single-byte legacy text.
English copy (mostly ASCII letters) is read as Windows-1252, which is Latin-1 plus curly
quotes and dashes in 0x80-0x9F (as Latin-1 where it uses a byte Windows-1252 leaves
undefined); for anything else charset-normalizer chooses among the Cyrillic, Greek and
Central European code pages. (Left to itself it reads short English copy with a few
accented names as Central European.) UTF-8 that was once decoded as Windows-1252
("KlÃ¦bo") is repaired with ftfy. Binary data (images, archives, anything with NUL
bytes) is refused.

Every way this can fail becomes an :class:`InputError` with a one-line message, which
the CLI prints and turns into exit code 2.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """The input cannot be read as an article."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec that decoded it: "utf-8", "utf-16", "cp1252", ...
    repaired: bool = False  # mojibake was repaired (the offsets are in the repaired text)


DEFAULT_MAX_BYTES = 5_000_000  # an article is tens of kilobytes; this is a dump

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (  # file signatures of formats people mistake for articles
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"RIFF", "a RIFF file (audio, video or WebP)"),
)
_LEGACY = ["cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "koi8_r", "iso8859_2"]


def read_bytes(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1 if max_bytes else -1)
        check_size(len(data), max_bytes, "standard input")
        return data
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not an article")
    try:
        if max_bytes:
            check_size(p.stat().st_size, max_bytes, path)
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({os.strerror(err.errno or 0) or err})") from None


def check_size(size: int, max_bytes: int | None, name: str) -> None:
    """The one refusal of input over ``--max-bytes``, for files, stdin, bytes and records."""
    if max_bytes and size > max_bytes:
        raise InputError(f"{name}: larger than {max_bytes:,} bytes; raise --max-bytes to read it")


def decode(data: bytes, name: str) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec.replace("-sig", ""))
            except UnicodeDecodeError:
                raise InputError(f"{name}: broken {codec} text after its byte-order mark") from None
    kind = next((what for magic, what in _MAGIC if data.startswith(magic)), None)
    if kind is None and (utf16 := _bomless_utf16(data)) is not None:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass  # NUL bytes in a UTF-16 pattern, but not UTF-16: binary
    if kind is not None or b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data ({kind or 'NUL bytes'}), not a text article")
    try:
        return _repaired(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _legacy(data)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, as Windows tools write it: text in Latin script
    has a NUL in every other byte (the high byte), and nowhere else."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd >= pairs * 0.4 and even == 0:
        return "utf-16-le"
    if even >= pairs * 0.4 and odd == 0:
        return "utf-16-be"
    return None


def _repaired(text: str) -> Decoded:
    """UTF-8 text, with mojibake ("KlÃ¦bo") undone when ftfy is sure it is there."""
    if not any("\u0080" <= ch <= "\u00ff" for ch in text):
        return Decoded(text, "utf-8")  # mojibake needs Latin-1 characters: none here
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    if not is_bad(text):
        return Decoded(text, "utf-8")
    fixed = fix_encoding(text)
    return Decoded(fixed, "utf-8", repaired=fixed != text)


def _legacy(data: bytes) -> Decoded:
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:  # a byte Windows-1252 leaves undefined: Latin-1 has them all
        text, codec = data.decode("latin-1"), "latin-1"
    else:
        codec = "cp1252"
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(ch.isascii() for ch in letters) / len(letters) >= 0.7:
        return Decoded(text, codec)  # English copy with a few accented names
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None:
        return Decoded(text, codec)
    return Decoded(str(best), best.encoding)


def read_article(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Decoded:
    return decode(read_bytes(path, max_bytes), "standard input" if path == "-" else path)
