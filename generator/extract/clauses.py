"""One sentence as words with offsets: clause bounds, noun phrases and the word a clause turns on.

A small, linear helper for annotators that read the structure around a cue word (denials.py):
no parser, only punctuation, capitals and word lists that the caller passes in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

# A word: letters and digits, with inner hyphens and apostrophes ("US-Präsident", "Ukraine's").
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
_STOP = frozenset(".;:!?–—")  # between two words, one of these ends a clause
OPENING_MARKS = "„“«»‚\"‹"
CLOSING_MARKS = "“”»«‘\"›"


@dataclass(frozen=True)
class Sentence:
    text: str  # the whole article text: offsets stay article offsets
    start: int
    end: int

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        return [m.span() for m in _WORD.finditer(self.text, self.start, self.end)]

    def word(self, i: int) -> str:
        start, end = self.spans[i]
        return self.text[start:end]

    @cached_property
    def lowers(self) -> list[str]:
        text = self.text
        return [text[start:end].lower() for start, end in self.spans]

    def lower(self, i: int) -> str:
        return self.lowers[i]

    def capital(self, i: int) -> bool:
        return self.word(i)[:1].isupper()

    @cached_property
    def _starts(self) -> list[int]:
        return [start for start, _ in self.spans]

    def index_at(self, offset: int) -> int:
        """The first word that starts at or after ``offset``."""
        return bisect_left(self._starts, offset)

    def gap(self, i: int) -> str:
        """What stands between word ``i - 1`` and word ``i`` (or the sentence edges)."""
        before = self.spans[i - 1][1] if i > 0 else self.start
        after = self.spans[i][0] if i < len(self.spans) else self.end
        return self.text[before:after]

    def stops_before(self, i: int) -> bool:
        return any(c in _STOP for c in self.gap(i))

    def clause_start(self, i: int) -> int:
        """The first word of the clause that holds word ``i`` (after a comma or a stop)."""
        while i > 0 and not (self.stops_before(i) or "," in self.gap(i)):
            i -= 1
        return i

    def clause_end(self, i: int, breaks: frozenset[str]) -> int:
        """One past the last word of the clause from word ``i`` on: it ends at a stop or at a
        comma before a word from ``breaks`` ("…, und betonte …")."""
        j = i + 1
        while j < len(self.spans):
            gap = self.gap(j)
            if any(c in _STOP for c in gap) or ("," in gap and self.lower(j) in breaks):
                break
            j += 1
        return j

    def phrase(self, i: int, j: int) -> str:
        """The text from word ``i`` to word ``j - 1``, as written ("" when empty)."""
        if j <= i:
            return ""
        return self.text[self.spans[i][0] : self.spans[j - 1][1]]

    def offsets(self, i: int, j: int) -> tuple[int, int]:
        return self.spans[i][0], self.spans[j - 1][1]

    def find(self, words: tuple[str, ...], i: int, j: int) -> int | None:
        """Where the lower-case word sequence ``words`` starts in words ``i`` … ``j - 1``."""
        size = len(words)
        for k in range(i, j - size + 1):
            if all(self.lower(k + n) == w for n, w in enumerate(words)):
                return k
        return None

    def quotation_around(self, offset: int) -> tuple[int, int] | None:
        """(start, end) inside the quotation marks that enclose ``offset`` in this sentence, if any."""
        text = self.text
        opening = None
        for pos in range(offset - 1, self.start - 1, -1):
            char = text[pos]
            before = text[pos - 1] if pos > self.start else " "
            after = text[pos + 1] if pos + 1 < self.end else " "
            if char in CLOSING_MARKS and not before.isspace() and (after.isspace() or after in ",.;:!?"):
                return None  # a quotation closed between: the offset is outside it
            if char in OPENING_MARKS and (before.isspace() or before in "(:") and not after.isspace():
                opening = pos + 1
                break
        if opening is None:
            return None
        for pos in range(offset, self.end):
            char = text[pos]
            after = text[pos + 1] if pos + 1 < len(text) else " "
            if char in CLOSING_MARKS and not text[pos - 1].isspace() and (after.isspace() or after in ",.;:!?)"):
                return opening, pos
        return None


def strip(sentence: Sentence, i: int, j: int, leading: frozenset[str], trailing: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Words ``i`` … ``j`` without leading words from ``leading`` and trailing ones from ``trailing``."""
    while i < j and sentence.lower(i) in leading:
        i += 1
    while j > i and sentence.lower(j - 1) in trailing:
        j -= 1
    return i, j
