"""Sentence spans: a small, linear-time splitter shared by the annotators."""

from __future__ import annotations

import re
from functools import lru_cache

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and white space,
# unless the dot follows an abbreviation or a day or month number ("13. März", "Dr. Müller").
_END = re.compile(r"[.!?…][\"'”“«»‘’)\]]*\s+")
_ABBREVIATIONS = frozenset(
    "dr prof mr mrs ms st nr no vs bzw ca z.b u.a d.h etc inc ltd co jr sr gen lt col sgt "
    "jan feb mar apr jun jul aug sep sept oct okt nov dec dez abs art bd hrsg vgl evtl".split()
)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence in ``text[start:end]``, leading white space trimmed.

    Several annotators split the same paragraphs, so the last few answers are kept (a
    string's hash is computed once and cached by Python, so the lookup is cheap)."""
    return _sentence_spans(text, start, len(text) if end is None else end)


@lru_cache(maxsize=128)  # a few articles' paragraphs; each key holds its text alive
def _sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END.finditer(text, start, end):
        stop = match.start()
        word = text[max(begin, stop - 8) : stop + 1].split()[-1:] or [""]
        token = word[0].rstrip(".").lower()
        # An ordinal ("13. März", "sein 100. Länderspiel") does not end a sentence; a year does
        # ("seit 2019. Dann").
        if text[stop] == "." and (token in _ABBREVIATIONS or token.isdigit() and len(token) != 4 or len(token) == 1):
            continue
        if text[stop] == "." and "." in token and token.replace(".", "").isalpha() and match.end() < end and text[match.end()].islower():
            continue  # "9 a.m. on Wednesday": a dotted abbreviation before a lower-case word ends no sentence
        spans.append((begin, match.end()))
        begin = match.end()
    if begin < end:
        spans.append((begin, end))
    return tuple((s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip())


def sentence_around(text: str, offset: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The span from ``spans`` that holds ``offset`` (or the whole text)."""
    for s, e in spans:
        if s <= offset < e:
            return s, e
    return 0, len(text)
