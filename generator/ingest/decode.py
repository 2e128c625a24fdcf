"""Bytes → text: encoding detection and line-ending normalisation."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not text we can read."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM wins, then strict UTF-8, then charset detection (CP1252, Latin-1 …)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodeError(f"invalid {encoding} after its byte-order mark") from error
    if b"\x00" in data[:65536]:
        raise DecodeError("binary file (NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:262144]).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Legacy Western encodings are the usual suspects; cp1252 decodes what Latin-1 does and more.
    if encoding in ("latin_1", "iso8859_15", "ascii"):
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as error:
        raise DecodeError(f"cannot decode the text ({encoding}: {error})") from error


def normalise_newlines(text: str) -> str:
    """CRLF and CR → LF, so offsets are the same whatever system wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
