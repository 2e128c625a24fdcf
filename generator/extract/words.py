"""Capitalised words with their offsets: what the entity recognisers look at.

One linear regex pass finds every word that starts with a capital letter (any cased script),
with inner hyphens and apostrophes kept ("US-Präsident", "Trump's"). Helpers tell whether two
words stand next to each other and what the word before is, by slicing the text around them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

BEFORE = 48  # characters looked back for the previous word
_JOINTS = frozenset("_-'’")
_SENTENCE_END = frozenset('.!?:;„“”"«»()[]–—\n')
_PREVIOUS = re.compile(r"([^\W\d_][\w.'’-]*)\s+\Z")


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


def gap(text: str, left: Word, right: Word) -> str:
    """The characters between two words."""
    return text[left.end : right.start]


def previous_word(text: str, start: int, floor: int = 0) -> str:
    """The word right before ``start`` (same line, only white space between), or ""."""
    match = _PREVIOUS.search(text, max(floor, start - BEFORE), start)
    return match.group(1) if match else ""


def sentence_initial(text: str, start: int, floor: int = 0) -> bool:
    """True when nothing but an opening mark stands between the last sentence end and ``start``."""
    i = start - 1
    while i >= floor and text[i] in " \t\xa0„“\"»«‚‘'(":
        i -= 1
    return i < floor or text[i] in _SENTENCE_END
