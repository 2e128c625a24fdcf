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

# Words (with hyphens, apostrophes and inner dots: "U.S.", "parents'"), numbers (dates,
# ordinals, ages: "13.", "38-Jährige"), single punctuation. Abbreviations get their dot back
# in _words: an alternation of them in the regex would make every token several times slower.
_TOKEN = re.compile(
    r"(?P<w>[^\W\d_]\w*(?:[-'’&.]\w+)*(?:(?<=\.\w)\.|(?<=[sSzZxX])['’](?=\s))?)"
    r"|(?P<n>\d+(?:[.,:/-]\d+)*(?:(?:-[^\W\d_]+)+|\.?))"
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


def tokenize(text: str, start: int, end: int, quotes: list[tuple[int, MarkSpan]], abbreviations: frozenset[str]) -> list[Token]:
    """Tokens of ``text[start:end]``; ``quotes`` (index, span), sorted, lying in it, become "q"
    tokens that cover their marks; ``abbreviations`` (and initials) keep their dot ("Dr.", "J.")."""
    tokens: list[Token] = []
    pos = start
    for index, span in quotes:
        if span.open < pos or span.close >= end:
            continue
        tokens += _words(text, pos, span.open, abbreviations)
        inner = text[span.start : span.end]
        tokens.append(Token(inner, span.open, span.close + 1, "q", inner[:80].lower(), index))
        pos = span.close + 1
    tokens += _words(text, pos, end, abbreviations)
    return tokens


def _words(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[Token]:
    new = tuple.__new__  # a named tuple's own constructor is slower, and windows make many tokens
    tokens = [
        new(Token, (m.group(), m.start(), m.end(), m.lastgroup, m.group().lower(), -1))
        for m in _TOKEN.finditer(text, start, end)
    ]
    dots = [i for i, t in enumerate(tokens) if t.text == "."] if text.find(".", start, end) >= 0 else ()
    for i in reversed(dots):  # give abbreviations and initials their dot back ("Dr.", "J.")
        last = tokens[i - 1] if i else None
        if last and last.kind == "w" and last.end == tokens[i].start and (len(last.text) == 1 or last.low in abbreviations):
            tokens[i - 1 : i + 1] = [Token(last.text + ".", last.start, tokens[i].end, "w", last.low + ".")]
    return tokens
