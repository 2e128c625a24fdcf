"""Date conflicts: articles that give different days for the same quote or the same event.

Conservative by design, since a false alarm costs a reader's trust:

- **Same quote**: the versions of one quote group (generator/lineage.py) whose sentence
  gives exactly one day (a date outside the quotation marks, in a sentence the quote
  touches) disagree on that day.
- **Same event**: two articles date a sentence that has the same event word
  (generator/lexicon/<lang>/events.yml: meeting, attack, verdict …) and the same two
  people, organisations or places on days at most :data:`WINDOW_DAYS` apart, each day no
  later than the other article's publication (else it could not have reported it).

A sentence that dates more than one day, or speaks of another occurrence ("erneut",
"again", "next", "zuvor"), is never used; nor is an article that itself gives two days for
the same event.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from typing import Literal

from generator.extract.sentences import sentence_spans
from generator.lexicon import LANGUAGES, load
from generator.lineage import QuoteGroup
from generator.model import Record
from generator.timeline import precision

WINDOW_DAYS = 7  # days apart at most for two dates of "the same event"
ENTITIES_PER_SENTENCE = 8  # pairs of the first eight only: a list of 40 names says little
_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class DateSide:
    slug: str
    date: int  # index into the record's dates
    quote: int | None = None  # index into the record's quotes, for a quote conflict


@dataclass(frozen=True)
class DateConflict:
    id: str  # stable anchor
    kind: Literal["quote", "event"]
    sides: tuple[DateSide, ...]  # in date order, then page order
    values: tuple[str, ...]  # the distinct days given, in order
    group: str | None = None  # the quote group, for a quote conflict
    concepts: tuple[str, ...] = ()  # event words' concepts, for an event conflict
    entities: tuple[str, ...] = ()  # registry ids both sentences name, for an event conflict


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    days: frozenset[str]  # day-precision values dated in it (range ends too)
    dates: tuple[int, ...]  # indices of its day-precision dates in the record
    other_occurrence: bool  # it speaks of a repeat, an earlier or a planned occurrence
    concepts: frozenset[str]  # event concepts of its words


@dataclass(frozen=True)
class _Sentences:
    """An article's sentences that matter here, in text order, found by offset in log time."""

    spans: tuple[_Sentence, ...]
    starts: tuple[int, ...]

    def at(self, offset: int) -> _Sentence | None:
        i = bisect_right(self.starts, offset) - 1
        return self.spans[i] if i >= 0 and offset < self.spans[i].end else None

    def touching(self, start: int, end: int) -> list[_Sentence]:
        first = max(0, bisect_right(self.starts, start) - 1)
        return [s for s in self.spans[first : bisect_right(self.starts, end)] if s.end > start]


def find_date_conflicts(
    records: Sequence[Record], ids: Mapping[tuple[str, str], str], groups: Sequence[QuoteGroup]
) -> tuple[DateConflict, ...]:
    """Quote conflicts first (most articles first, as the groups are), then event conflicts
    in date order."""
    by_slug = {r.article.slug: r for r in records}
    quoted: dict[str, set[int]] = defaultdict(set)
    for group in groups:
        for slug, index in group.members:
            quoted[slug].add(index)
    sentences = {r.article.slug: _sentences(r, quoted.get(r.article.slug, set())) for r in records}
    order = {r.article.slug: i for i, r in enumerate(records)}
    found = [c for g in groups if (c := _quote_conflict(g, by_slug, sentences, order))]
    found += _event_conflicts(records, ids, sentences, order)
    return tuple(found)


def _quote_conflict(group, by_slug, sentences, order) -> DateConflict | None:
    sides: dict[str, list[tuple[str, DateSide]]] = defaultdict(list)  # slug → (day, side)
    for slug, index in group.members:
        dates = by_slug[slug].annotations.dates
        quote = by_slug[slug].annotations.quotes[index]
        touched = sentences[slug].touching(quote.start, quote.end)
        if not touched or any(s.other_occurrence for s in touched):
            continue
        dated = [(dates[i].value, i) for s in touched for i in s.dates if not quote.start <= dates[i].start < quote.end]
        if len({value for value, _ in dated}) == 1:
            sides[slug].append((dated[0][0], DateSide(slug, dated[0][1], index)))
    days = {day for found in sides.values() for day, _ in found}
    if len(days) < 2 or any(len({d for d, _ in found}) > 1 for found in sides.values()):
        return None
    chosen = sorted(((day, side) for found in sides.values() for day, side in found[:1]), key=lambda p: (p[0], order[p[1].slug]))
    picked = tuple(side for _, side in chosen)
    return DateConflict(_anchor("q", picked), "quote", picked, tuple(sorted(days)), group=group.id)


def _event_conflicts(records, ids, sentences, order) -> list[DateConflict]:
    published = {r.article.slug: r.article.published for r in records if precision(r.article.published) == "day"}
    buckets: dict[tuple[str, str, str], list[tuple[str, DateSide]]] = defaultdict(list)
    for record in records:
        slug = record.article.slug
        named = sorted(
            (m.start, rid) for e in record.annotations.entities
            if (rid := ids.get((slug, e.id))) for m in e.mentions
        )
        named_at = [start for start, _ in named]
        for sentence in sentences[slug].spans:
            if not sentence.dates or sentence.other_occurrence or len(sentence.days) != 1 or not sentence.concepts:
                continue
            inside = named[bisect_left(named_at, sentence.start) : bisect_left(named_at, sentence.end)]
            entities = list(dict.fromkeys(rid for _, rid in inside))
            index = sentence.dates[0]
            date = record.annotations.dates[index]
            for pair in combinations(sorted(entities[:ENTITIES_PER_SENTENCE]), 2):
                for concept in sentence.concepts:
                    buckets[(concept, *pair)].append((date.value, DateSide(slug, index)))
    merged: dict[tuple[DateSide, ...], tuple[set[str], set[str]]] = {}
    for (concept, *pair), dated in sorted(buckets.items()):
        for sides in _disagreements(dated, order, published):
            concepts, entities = merged.setdefault(sides, (set(), set()))
            concepts.add(concept)
            entities.update(pair)
    containing: dict[DateSide, list[frozenset[DateSide]]] = defaultdict(list)
    for sides in merged:
        for side in sides:
            containing[side].append(frozenset(sides))
    conflicts = []
    for sides, (concepts, entities) in merged.items():
        if any(frozenset(sides) < other for other in containing[sides[0]]):
            continue  # the same disagreement, seen with more articles
        values = tuple(sorted({records[order[s.slug]].annotations.dates[s.date].value for s in sides}))
        conflicts.append(DateConflict(
            _anchor("e", sides), "event", sides, values, concepts=tuple(sorted(concepts)), entities=tuple(sorted(entities)),
        ))
    conflicts.sort(key=lambda c: (c.values, [order[s.slug] for s in c.sides]))
    return conflicts


def _disagreements(dated: list[tuple[str, DateSide]], order, published) -> list[tuple[DateSide, ...]]:
    """Runs of days at most WINDOW_DAYS apart that hold two or more days from two or more
    articles; an article that gives two days itself is left out. A run whose latest day comes
    after one of its articles was published is left out too: that article cannot have
    reported it, so the two speak of two occurrences (a weekly meeting), not one."""
    days_of: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple[str, DateSide]] = {}
    for day, side in sorted(dated, key=lambda p: (order[p[1].slug], p[1].date)):
        days_of[side.slug].add(day)
        first.setdefault(side.slug, (day, side))
    usable = sorted((p for slug, p in first.items() if len(days_of[slug]) == 1), key=lambda p: (p[0], order[p[1].slug]))
    runs: list[list[tuple[str, DateSide]]] = []
    for day, side in usable:
        if runs and _days_between(runs[-1][0][0], day) <= WINDOW_DAYS:  # a run spans a week at most
            runs[-1].append((day, side))
        else:
            runs.append([(day, side)])
    return [
        tuple(s for _, s in run) for run in runs
        if len({d for d, _ in run}) > 1 and all(run[-1][0] <= published.get(s.slug, "9999") for _, s in run)
    ]


def _days_between(a: str, b: str) -> int:
    return abs((datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days)


def _anchor(prefix: str, sides: tuple[DateSide, ...]) -> str:
    key = "|".join(sorted(f"{s.slug}:{s.date}" for s in sides))
    return prefix + hashlib.sha1(key.encode()).hexdigest()[:10]


def _sentences(record: Record, quoted: set[int]) -> _Sentences:
    """The sentences of the paragraphs that date a day or hold a grouped quote, with the days
    dated in them, their event concepts and whether they speak of another occurrence."""
    text, n = record.article.text, record.annotations
    days = sorted((d.start, i) for i, d in enumerate(n.dates) if precision(d.value) == "day")
    offsets = [start for start, _ in days] + [n.quotes[i].start for i in quoted]
    paragraph_starts = [p.start for p in n.paragraphs]
    wanted = sorted({
        k for o in offsets
        if (k := bisect_right(paragraph_starts, o) - 1) >= 0 and o < n.paragraphs[k].end
    })
    spans = [span for k in wanted for span in sentence_spans(text, n.paragraphs[k].start, n.paragraphs[k].end)]
    starts = [start for start, _ in spans]
    dated: dict[int, list[int]] = defaultdict(list)  # sentence → its day dates
    for offset, i in days:
        k = bisect_right(starts, offset) - 1
        if k >= 0 and offset < spans[k][1]:
            dated[k].append(i)
    # Only a dated sentence or one a grouped quote touches is ever read; the words of the
    # others are not looked at (at 10,000 articles that halves the time).
    touched = {
        k for i in quoted
        for k in range(max(0, bisect_right(starts, n.quotes[i].start) - 1), bisect_right(starts, n.quotes[i].end))
    }
    words, markers = _lexicon(n.language)
    found = []
    for k, (start, end) in enumerate(spans):
        own = dated.get(k, ())
        if not own and k not in touched:
            found.append(_Sentence(start, end, frozenset(), (), False, frozenset()))
            continue
        tokens = [w.casefold() for w in _WORD.findall(text, start, end)]
        found.append(_Sentence(
            start, end,
            frozenset(v for i in own for v in (n.dates[i].value, n.dates[i].end_value) if v),
            tuple(own),
            any(w in markers for w in tokens),
            frozenset(c for w in tokens for c in words.concepts(w)) if own else frozenset(),
        ))
    return _Sentences(tuple(found), tuple(starts))


@dataclass(frozen=True)
class _EventWords:
    beginnings: dict[str, frozenset[str]]  # word beginning → concepts
    parts: tuple[tuple[str, str], ...]  # (later part of a compound, concept)
    exact: dict[str, frozenset[str]]  # whole word → concepts
    longest: int
    # A corpus repeats its words: each is looked up once (the parts scan is the slow part).
    _seen: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def concepts(self, word: str) -> frozenset[str]:
        found = self._seen.get(word)
        if found is None:
            hits = set(self.exact.get(word, ()))
            for length in range(3, min(len(word), self.longest) + 1):
                hits.update(self.beginnings.get(word[:length], ()))
            hits.update(concept for part, concept in self.parts if word.find(part, 1) > 0)
            found = self._seen[word] = frozenset(hits)
        return found


@cache
def _lexicon(language: str) -> tuple[_EventWords, frozenset[str]]:
    """The event words and the other-occurrence words of a language (of every language we
    have, for one we have no lexicon for)."""
    languages = (language,) if language in LANGUAGES else LANGUAGES
    beginnings: dict[str, set[str]] = defaultdict(set)
    exact: dict[str, set[str]] = defaultdict(set)
    parts: list[tuple[str, str]] = []
    markers: set[str] = set()
    for lang in languages:
        data = load("events", lang) or {}
        for concept, entries in sorted((data.get("events") or {}).items()):
            for entry in map(str.casefold, map(str, entries)):
                if entry.startswith("*"):
                    parts.append((entry[1:], concept))
                elif entry.startswith("="):
                    exact[entry[1:]].add(concept)
                else:
                    beginnings[entry].add(concept)
        markers.update(str(w).casefold() for w in data.get("not_same") or ())
    words = _EventWords(
        {k: frozenset(v) for k, v in beginnings.items()}, tuple(parts), {k: frozenset(v) for k, v in exact.items()},
        max(map(len, beginnings), default=0),
    )
    return words, frozenset(markers)


__all__ = ["WINDOW_DAYS", "DateConflict", "DateSide", "find_date_conflicts"]
