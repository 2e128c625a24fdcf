"""Slugs: lowercase ASCII identifiers that are safe as file names and URL parts."""

from __future__ import annotations

import re
import unicodedata

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60) -> str:
    """``"Dmitri Medwedew"`` → ``"dmitri-medwedew"``; empty when nothing usable is left."""
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_GERMAN)).encode("ascii", "ignore").decode()
    )
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:  # cut at a word boundary where there is one
        cut = slug[: max_length + 1].rfind("-")
        slug = slug[: cut if cut > max_length // 2 else max_length]
    return slug.rstrip("-")
