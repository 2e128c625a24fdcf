"""Paragraph text with inline markup (quotes, dates, entity links) around escaped text."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from markupsafe import Markup

from generator.render.escape import escape_text


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    open: Markup
    close: Markup


def mark_up(text: str, start: int, end: int, spans: list[Span]) -> Markup:
    """``text[start:end]`` escaped, with each span's tags around it; spans that cross are dropped
    (the inner one loses) so the HTML always nests."""
    chosen: list[Span] = []
    stack_ends: list[int] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < start or span.end > end or span.start >= span.end:
            continue
        while stack_ends and stack_ends[-1] <= span.start:
            stack_ends.pop()
        if stack_ends and span.end > stack_ends[-1]:
            continue  # crosses an open span
        chosen.append(span)
        stack_ends.append(span.end)
    events: list[tuple[int, int, int, Markup]] = []  # (offset, order, tiebreak, tag)
    for index, span in enumerate(chosen):
        events.append((span.start, 1, index, span.open))
        events.append((span.end, 0, -index, span.close))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out: list[str] = []
    cursor = start
    for offset, _order, _tie, tag in events:
        out.append(escape_text(text[cursor:offset]))
        out.append(tag)
        cursor = offset
    out.append(escape_text(text[cursor:end]))
    return Markup("".join(out))


def mark_up_paragraphs(text: str, bounds: list[tuple[int, int]], spans: list[Span]) -> list[Markup]:
    """:func:`mark_up` for each ``(start, end)`` paragraph, the spans sorted once and each
    paragraph given only its own: linear in the article, where one pass over every span per
    paragraph made a 20 MB article quadratic."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    starts = [span.start for span in ordered]
    return [
        mark_up(text, start, end, ordered[bisect_left(starts, start) : bisect_left(starts, end)])
        for start, end in bounds
    ]


def snippet(sentence: str, mark: str, width: int = 260) -> Markup:
    """The sentence (at most ``width`` characters around ``mark``), escaped, ``mark`` in <mark>."""
    at = sentence.find(mark) if mark else -1
    if at < 0:
        text = sentence if len(sentence) <= width else sentence[:width] + " …"
        return escape_text(text)
    room = max(0, width - len(mark)) // 2
    start, end = max(0, at - room), min(len(sentence), at + len(mark) + room)
    before = ("… " if start else "") + sentence[start:at]
    after = sentence[at + len(mark) : end] + (" …" if end < len(sentence) else "")
    return escape_text(before) + Markup("<mark>") + escape_text(mark[:width]) + Markup("</mark>") + escape_text(after)
