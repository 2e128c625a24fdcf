"""Capitalised words with their offsets: what the entity recognisers look at.

One linear regex pass finds every word that starts with a capital letter (any cased script),
with inner hyphens and apostrophes kept ("US-Präsident", "Trump's"); ``word_before`` reads
the word before an offset by slicing a few characters, whatever the text's length.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

BEFORE = 48  # characters looked back for the previous word
_JOINTS = frozenset("_-'’")


class Word(NamedTuple):
    start: int
    end: int
    text: str


@cache
def _pattern() -> re.Pattern[str]:
    """A capital letter, then letters with inner - ' ’ joints."""
    ranges: list[list[int]] = []
    for code in range(0x2000):  # Latin, Greek, Cyrillic, Armenian, Georgian: all below U+2000
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    upper = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    # No look-behind: it would keep the regex engine from skipping ahead to the next capital.
    return re.compile(rf"[{upper}]\w*(?:[-'’]\w+)*")


def capitalised_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Every capitalised word in ``text[start:end]``, in order ("iPhone" holds none)."""
    end = len(text) if end is None else end
    words = []
    for m in _pattern().finditer(text, start, end):
        s = m.start()
        if s > start and (text[s - 1].isalnum() or text[s - 1] in _JOINTS):
            continue
        words.append(Word(s, m.end(), m.group()))
    return words


def word_before(text: str, start: int, floor: int = 0, limit: int = BEFORE) -> tuple[str, int]:
    """(the word that ends one space before ``start``, its offset), or ("", start).

    Looks back at most ``limit`` characters, so the cost does not grow with the text."""
    if start - 1 <= floor or text[start - 1] != " ":
        return "", start
    low = max(floor, start - 1 - limit)
    cut = max(text.rfind(" ", low, start - 1), text.rfind("\n", low, start - 1))
    begin = cut + 1 if cut >= 0 else low
    return text[begin : start - 1], begin
