"""Quotation marks: find them, pair them, and return the quoted spans of an article.

Marks come from ``generator/lexicon/<lang>/quote_marks.yml`` (each opening mark with the
marks that may close it). Pairing is a stack per paragraph, so nesting works („… ‚…‘ …“)
and an unbalanced mark cannot swallow the rest of the article: whatever is still open at
the end of a paragraph is dropped, unless the next paragraph reopens with an opening mark
(the multi-paragraph convention), in which case the quote runs on to its last closing mark.

Whether a mark opens or closes follows from what stands beside it, as in Markdown's smart
punctuation: a mark before a word and after a space or bracket can open; one after a word
and before a space or punctuation can close. ``'`` and ``’`` are also apostrophes: between
letters (don't, 412'000), before a decade ('90s) or an elision (rock 'n' roll), and after a
final s (Residents', Scholz'), where a mark only closes when no better closer follows.
Every mark is looked at once, and the stack is capped, so the scan is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.lexicon import LANGUAGES, load
from generator.model import Paragraph

MAX_DEPTH = 6  # deeper nesting is noise (200 KB of marks must stay linear)
_OPEN_BEFORE = "([{<–—-/‹«»„“‚‘\"'"  # what may stand before an opening mark
_CLOSE_AFTER = ".,;:!?…)]}>–—-/'\"’”“‘«»›‹"  # what may follow a closing mark
_APOSTROPHES = "'’"


@dataclass(frozen=True)
class MarkSpan:
    """One quoted stretch: ``text[open + 1 : close]`` lies between the marks."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    depth: int  # 0 for a top-level quote, 1 inside another, …

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


@dataclass(frozen=True)
class MarkTable:
    """Opening marks with their closers, and the words an apostrophe may start."""

    closers: dict[str, frozenset[str]]
    elisions: frozenset[str]
    pattern: re.Pattern  # finds any mark

    def can_open(self, mark: str) -> bool:
        return mark in self.closers


@cache
def mark_table(language: str) -> MarkTable:
    """The marks of ``language`` (an unknown language gets those of every language)."""
    languages = (language,) if language in LANGUAGES else LANGUAGES
    closers: dict[str, set[str]] = {}
    elisions: set[str] = set()
    for lang in languages:
        data = load("quote_marks", lang) or {}
        for opener, closing in (data.get("pairs") or {}).items():
            closers.setdefault(opener, set()).update(closing)
        elisions.update(w.lower() for w in data.get("elisions") or ())
    marks = set(closers) | {c for cs in closers.values() for c in cs}
    pattern = re.compile("[" + re.escape("".join(sorted(marks))) + "]")
    return MarkTable({k: frozenset(v) for k, v in closers.items()}, frozenset(elisions), pattern)


def find_mark_spans(text: str, paragraphs: tuple[Paragraph, ...], language: str) -> list[MarkSpan]:
    """Every quoted span of ``text``, sorted by opening offset (outer before inner)."""
    table = mark_table(language)
    spans: list[MarkSpan] = []
    carried: list[tuple[str, int]] = []  # a quote left open that the next paragraph reopens
    for number, para in enumerate(paragraphs):
        start = para.start
        if carried:
            first = _first_visible(text, para.start, para.end)
            if first is not None and table.can_open(text[first]):
                start = first + 1  # the reopening mark belongs to the quote that goes on
            else:
                carried = []
        stack = _scan(text, start, para.end, table, carried, spans)
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        carried = stack[:1] if stack and following is not None else []
    return _with_depths(spans)


def _with_depths(spans: list[MarkSpan]) -> list[MarkSpan]:
    """The spans sorted by offset, each with its nesting depth among the spans kept."""
    spans.sort(key=lambda s: (s.open, -s.close))
    result: list[MarkSpan] = []
    open_ends: list[int] = []  # close offsets of the spans that contain the current one
    for span in spans:
        while open_ends and open_ends[-1] < span.close:
            open_ends.pop()
        result.append(MarkSpan(span.open, span.close, len(open_ends)))
        open_ends.append(span.close)
    return result


def _first_visible(text: str, start: int, end: int) -> int | None:
    """Offset of the first non-space character in ``text[start:end]``."""
    for i in range(start, min(end, start + 64)):
        if not text[i].isspace():
            return i
    return None


def _scan(
    text: str, start: int, end: int, table: MarkTable, stack: list[tuple[str, int]], out: list[MarkSpan]
) -> list[tuple[str, int]]:
    """Pair the marks of ``text[start:end]`` onto ``stack``; return what is left open."""
    stack = list(stack)
    found = [(m.start(), m.group()) for m in table.pattern.finditer(text, start, end)]
    strong_after = _last_strong_closers(text, found, start, end, table)
    for pos, mark in found:
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if mark in _APOSTROPHES and _is_apostrophe(text, pos, end, before, after, table):
            continue
        left = not after.isspace() and (before.isspace() or before in _OPEN_BEFORE)
        right = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
        level = _closes(stack, mark, table)
        if right and mark in _APOSTROPHES and before in "sSzZxX" and after.isspace() and level >= 0:
            # "Residents' Association", "Scholz' Rede": a closer only when no stronger one follows.
            right = not _closer_ahead(strong_after, table.closers[stack[level][0]], pos)
        same = bool(stack) and stack[-1][0] == mark  # a symmetric mark (") while one is open
        if level >= 0 and (right or (left and (same or not table.can_open(mark)))):
            opener_pos = stack[level][1]
            del stack[level:]
            if text[opener_pos + 1 : pos].strip():
                out.append(MarkSpan(opener_pos, pos, 0))
        elif left and table.can_open(mark):
            if mark == "‚" and not _closer_ahead(strong_after, table.closers[mark], pos):
                continue  # a low single mark with no closer to come is a comma look-alike
            if stack and stack[-1][0] == mark:
                stack[-1] = (mark, pos)  # no style nests in itself: the open one was stray
            elif len(stack) < MAX_DEPTH:
                stack.append((mark, pos))
    return stack


def _closes(stack: list[tuple[str, int]], mark: str, table: MarkTable) -> int:
    """Index of the innermost open quote that ``mark`` closes, or -1."""
    for level in range(len(stack) - 1, -1, -1):
        if mark in table.closers[stack[level][0]]:
            return level
    return -1


def _is_apostrophe(text: str, pos: int, end: int, before: str, after: str, table: MarkTable) -> bool:
    """Whether the ' or ’ at ``pos`` is an apostrophe rather than a quotation mark."""
    if before.isalnum() and after.isalnum():
        return True  # don't, Putin's, 412'000, O'Brien
    if after.isdigit() and (before.isspace() or before in _OPEN_BEFORE):
        decade = text[pos + 1 : pos + 4]
        if len(decade) == 3 and decade[1].isdigit() and not decade[2].isdigit():
            return True  # '90s, ’80s, in '94
    if before.isspace() or before in _OPEN_BEFORE:
        word = re.match(r"[^\W\d_]+", text[pos + 1 : min(end, pos + 8)])
        if word and word.group().lower() in table.elisions:
            nxt = pos + 1 + word.end()
            return nxt >= end or not text[nxt].isalpha()  # 'n' (rock 'n' roll), 'em, 'til
    if before.lower() == "n" and pos >= 2 and text[pos - 2] in _APOSTROPHES:
        return True  # the second mark of 'n'
    return False


def _last_strong_closers(
    text: str, found: list[tuple[int, str]], start: int, end: int, table: MarkTable
) -> dict[str, int]:
    """For each mark, the offset of its last occurrence that closes firmly (after a word,
    before a space or punctuation, not after a final s)."""
    last: dict[str, int] = {}
    for pos, mark in reversed(found):
        if mark in last:
            continue
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if before.isspace() or not (after.isspace() or after in _CLOSE_AFTER):
            continue
        if mark in _APOSTROPHES and (before in "sSzZxX" and after.isspace() or before.isalnum() and after.isalnum()):
            continue
        last[mark] = pos
    return last


def _closer_ahead(strong_after: dict[str, int], closers: frozenset[str], pos: int) -> bool:
    return any(strong_after.get(c, -1) > pos for c in closers)
