"""Words of an attribution window: the few hundred characters around a quote, as tokens.

Quotes inside the window become one token each (kind ``"q"``), so a cue or a speaker is
never looked for inside quoted words. A trailing dot stays on abbreviations and initials
("Dr.", "U.S.", "J.") and is its own token elsewhere ("Thursday" "."), so a sentence's last
word reads like any other.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.extract.marks import MarkSpan

_KINDS = {"w": "w", "a": "w", "n": "n", "p": "p"}


def token_pattern(abbreviations: frozenset[str]) -> re.Pattern:
    """The tokenizer: abbreviations keep their dot ("Dr.", "Sept."), as do initials ("J.")
    and dotted words ("U.S."); any other word ends before a dot."""
    known = "|".join(sorted(map(re.escape, abbreviations), key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?P<a>(?i:{known})\.(?!\w)|[^\W\d_]\.(?=\s|$))"
        r"|(?P<w>[^\W\d_](?:\w|[-'’&](?=\w)|\.(?=\w))*(?:\.(?<=\w\.\w\.)|(?<=[sSzZxX])['’](?=\s[^\W\d_]))?)"
        r"|(?P<n>\d+(?:[.,:/-]\d+)*(?:(?:-[^\W\d_]+)+|\.?))"  # numbers, dates, ages ("38-Jährige", "67-year-old")
        r"|(?P<p>[^\w\s])"
    )


class Token(NamedTuple):
    """One token; a named tuple because windows make many of them."""

    text: str
    start: int
    end: int
    kind: str  # "w" word, "n" number, "p" punctuation, "q" a quote
    low: str  # lower case, for lexicon lookups
    quote: int = -1  # for kind "q": the index of the quote in the article's list

    @property
    def cap(self) -> bool:
        """Whether the word begins with a capital letter."""
        return self.kind == "w" and self.text[0].isupper()


def tokenize(text: str, start: int, end: int, quotes: list[tuple[int, MarkSpan]], pattern: re.Pattern) -> list[Token]:
    """Tokens of ``text[start:end]`` (``pattern`` from :func:`token_pattern`); ``quotes``
    (index, span), sorted, lying in it, become "q" tokens that cover their marks."""
    tokens: list[Token] = []
    pos = start
    for index, span in quotes:
        if span.open < pos or span.close >= end:
            continue
        tokens += _words(text, pos, span.open, pattern)
        inner = text[span.start : span.end]
        tokens.append(Token(inner, span.open, span.close + 1, "q", inner[:80].lower(), index))
        pos = span.close + 1
    tokens += _words(text, pos, end, pattern)
    return tokens


def _words(text: str, start: int, end: int, pattern: re.Pattern) -> list[Token]:
    return [
        Token(m.group(), m.start(), m.end(), _KINDS[m.lastgroup], m.group().lower())  # type: ignore[index]
        for m in pattern.finditer(text, start, end)
    ]
