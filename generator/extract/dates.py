"""Dates: every expression that names a day, a month or a year on the calendar, resolved to an
ISO value (conventions: tests/gold/README.md, "Dates"; the guide: docs/guide/extraction.md).

The grammar (``date_grammar.py``, from ``generator/lexicon/<lang>/dates.yml``) finds atoms,
``date_atoms.py`` judges and joins them, and this module resolves them in reading order:

- a date with a year is ``explicit``;
- a year-less date takes the year of the nearest earlier date with a year (``context``), else
  the publication year (``published``), moved across New Year when that brings it within a
  quarter of the publication day and the tense agrees (see ``date_calendar.year_of_day``);
  a bare year ("seit 2016") lends its year only within its own sentence, beyond it the
  nearest earlier date with a month counts;
- with a publication day known, the context yields to it where it would contradict the
  clause (a future clause cannot mean a day before publication, a past one a day after it),
  and a year from an earlier paragraph counts only if it puts the date no farther from the
  publication day than the publication year does; a relative date in between ("gestern")
  brings the story back to the publication day;
- weekdays and relative days need ``published``; without it they are left out, as is a
  year-less date with no year before it.

Dates in publisher material (donation appeals, newsletters) are left out: they are no events
of the story. Captions are read; a photo's date is kept.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from generator.extract.context import Context
from generator.extract.date_atoms import Atom, anchors, event_direction, scan
from generator.extract.date_calendar import (
    FORWARD,
    Tense,
    iso,
    parse_published,
    valid,
    weekday_date,
    year_of_day,
    year_of_month,
)
from generator.extract.date_grammar import DateGrammar, grammar, key
from generator.extract.date_tense import clause_tense
from generator.extract.sentences import sentence_spans
from generator.model import DateMention, DateSource

SENTENCE_MAX = 600  # a longer sentence is cut to this many characters around the date
_YEAR_STEP = {"published": 0, "last": -1, "next": 1}  # year phrases counted from the publication year

Resolved = tuple[str, str | None, DateSource]  # value, end_value, resolved_from


@dataclass(frozen=True)
class _Reading:
    """What resolving needs besides the atom: the text, the publication day, the grammar."""

    text: str
    published: dt.date | None
    g: DateGrammar
    quotes: tuple[tuple[int, int], ...] = ()  # (start, end) of the direct and partial quotes, in order
    terms: tuple[tuple[int, int], ...] = ()  # (start, end) of the terms (titles, names), in order

    def tense(self, atom: Atom, sentence: tuple[int, int]) -> str | None:
        return clause_tense(self.text, atom.start, atom.end, sentence, self.g)

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a direct or partial quote."""
        return _inside(self.quotes, offset, len(self.text))

    def titled(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a term: a title or a name ("Schlafmedizin heute")."""
        return _inside(self.terms, offset, len(self.text))


def _inside(spans: tuple[tuple[int, int], ...], offset: int, size: int) -> bool:
    i = bisect_right(spans, (offset, size + 1)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


class _Context(NamedTuple):
    """An earlier date that names a year."""

    year: int
    sentence: int  # start of its sentence
    paragraph: int
    bare: bool  # a year alone ("seit 2016"), no month
    month: int | None = None
    day: int | None = None
    since: bool = False  # it starts a period that runs to now ("seit Juni 2024")


class _Years(NamedTuple):
    """The years named so far that a year-less date may take."""

    latest: _Context | None = None  # the nearest earlier date that names a year
    dated: _Context | None = None  # the nearest earlier one that also names a month

    def after(self, named: _Context) -> _Years:
        return _Years(named, self.dated if named.bare else named)

    def candidates(self, sentence: int) -> list[_Context]:
        """The years a date in ``sentence`` may take, best first: a bare year only in its own
        sentence ("The stoppage, in 2014, lasted from 3 to 5 April"), else the nearest date
        with a month ("seit 2021 … am 4. Februar 2025 … am 6. Februar" is 2025)."""
        bare = self.latest if self.latest and self.latest.bare and self.latest.sentence == sentence else None
        return [c for c in (bare, self.dated) if c is not None]


def find_dates(ctx: Context) -> tuple[DateMention, ...]:
    """The dates of the article in text order, each resolved to an ISO value."""
    g = grammar(ctx.language)
    if g is None:
        return ()
    text = ctx.text
    published = parse_published(ctx.article.published)
    found: list[DateMention] = []
    years = _Years()
    spoken = tuple(sorted((q.start, q.end) for q in ctx.quotes if q.kind != "term"))
    # Terms that look like titles or names ("Schlafmedizin heute"), not a fragment misread as one
    terms = tuple(sorted((q.start, q.end) for q in ctx.quotes if q.kind == "term" and q.text[:1].isupper()))
    reading = _Reading(text, published, g, spoken, terms)
    found_anchors = anchors(text, 0, len(text), g)
    offsets = [at for at, _ in found_anchors]
    for number, para in enumerate(ctx.paragraphs, start=1):
        first, last = bisect_left(offsets, para.start), bisect_left(offsets, para.end)
        if para.kind == "boilerplate" or first == last:
            continue
        atoms = scan(text, para.start, para.end, found_anchors[first:last], g)
        if not atoms:
            continue
        sentences = sentence_spans(text, para.start, para.end) or ((para.start, para.end),)
        starts = [s for s, _ in sentences]
        for atom in atoms:
            sentence = sentences[max(0, bisect_right(starts, atom.start) - 1)]
            resolved = _resolve(atom, (sentence, number), years, reading)
            if atom.kind == "date" and atom.first[0] is not None:
                point = atom.last or atom.first
                since = _opens_period(text, sentence[0], atom.start, g)
                years = years.after(_Context(point[0], sentence[0], number, point[1] is None, *point[1:], since))
            elif atom.kind != "date" and resolved:
                years = _Years()  # back at the publication day
            if resolved:
                value, end_value, source = resolved
                found.append(
                    DateMention(
                        text=text[atom.start : atom.end],
                        value=value,
                        start=atom.start,
                        end=atom.end,
                        resolved_from=source,
                        paragraph=number,
                        sentence=_sentence_text(text, sentence, atom),
                        end_value=end_value,
                    )
                )
    return tuple(found)


def _resolve(
    atom: Atom, where: tuple[tuple[int, int], int], years: _Years, reading: _Reading
) -> Resolved | None:
    """The ISO value(s) of one atom (``where``: its sentence and paragraph) and where its year
    came from, or None when it cannot be placed."""
    published = reading.published
    sentence = where[0]
    if atom.kind in ("relative", "weekday") and reading.titled(atom.start):
        return None  # "im Fachblatt „Schlafmedizin heute“": a title's word, no day
    if atom.kind == "relative":
        if published is None or atom.offset == 0 and _set_against_then(reading.text, sentence[0], atom.start, reading.g):
            return None  # "Früher … Heute beten wir um Regen": nowadays
        if atom.offset == 0 and _of_today_against_then(reading.text, sentence, atom, reading.g):
            return None  # "mit dem Wissen von heute über die Entscheidungen von damals": nowadays
        if _generic_today(reading.text, sentence[0], atom, reading.g):
            return None  # "Wer heute Schulden macht, nimmt … morgen die Luft": anyone, any day
        return (published + dt.timedelta(days=atom.offset or 0)).isoformat(), None, "published"
    if atom.kind == "weekday":
        if published is None or atom.weekday is None:
            return None
        tense = reading.tense(atom, sentence) if atom.direction in (None, "this", "ahead") else None
        if atom.direction == "ahead" and tense == "past" and (
            _announces(reading.text[slice(*sentence)], reading.g)  # "hat für Donnerstag … angekündigt"
            or _modal_before(reading.text, sentence[0], atom.start, reading.g)  # "warned it could … by Wednesday"
            or _perfect_before(reading.text, sentence[0], atom.start, reading.g)  # "has issued a warning through Wednesday"
            or event_direction(reading.text, atom.start, reading.g) == "ahead"  # "bought tickets for the game on Saturday"
        ):
            tense = "future"  # what was announced or thought possible is still to come
        if atom.direction is None and tense is None and reading.g.present_is_habit and reading.quoted(atom.start):
            return None  # in speech, a bare weekday in the present tells a habit: "Now I do it on Friday"
        day = weekday_date(published, atom.weekday, atom.direction, tense, reading.g.weekday_names_today)
        if atom.end_weekday is not None:  # "Friday through Sunday": the last day after the first
            last = day + dt.timedelta(days=(atom.end_weekday - atom.weekday) % 7 or 7)
            if tense == "past" and last > published:  # "arbeitete von Montag bis Mittwoch": all of it gone by
                day, last = day - dt.timedelta(days=7), last - dt.timedelta(days=7)
            return day.isoformat(), last.isoformat(), "published"
        return day.isoformat(), None, "published"
    year, month, day = atom.first
    if year is not None:
        return iso(year, month, day), iso(*atom.last) if atom.last else None, "explicit"
    if reading.g.habitual and _habitual(reading.text, where[0][0], atom.start, reading.g):
        return None  # "war es meist Anfang Oktober": a custom, no day on the calendar
    year, source = _year_of(atom, where, years, reading)
    if year is not None and atom.weekday is not None and day is not None:
        year = _year_of_weekday(year, month or 1, day, atom.weekday)  # "Samstag, 11. Mai"
    if year is None or not valid(year, month, day):
        return None
    end_value = None
    if atom.last:
        _, last_month, last_day = atom.last
        last_year = year if (last_month or 0, last_day or 0) > (month or 0, day or 0) else year + 1
        if not valid(last_year, last_month, last_day):
            return None
        end_value = iso(last_year, last_month, last_day)
    return iso(year, month, day), end_value, source


def _modal_before(text: str, sentence: int, start: int, g: DateGrammar) -> bool:
    """Whether a modal of possibility stands among the eight words before a date in its sentence."""
    return bool(g.ahead_modals) and any(key(w) in g.ahead_modals for w in text[max(sentence, start - 80) : start].split()[-8:])


def _perfect_before(text: str, sentence: int, start: int, g: DateGrammar) -> bool:
    """Whether a present perfect ("has issued", "have extended") stands before a date in its
    sentence: what it set up lasts from now on ("a heat warning … through Wednesday")."""
    if not g.perfect_auxiliaries:
        return False
    words = [key(w.strip(",;:")) for w in text[max(sentence, start - 160) : start].split()]
    return any(w in g.perfect_auxiliaries and n.endswith(g.past_suffixes) for w, n in zip(words, words[1:]))


def _announces(sentence: str, g: DateGrammar) -> bool:
    """Whether the sentence holds the words of an announcing verb ("hat … angekündigt",
    "kündigte … an", "announced")."""
    words = set(sentence.lower().replace(",", " ").replace(".", " ").split())
    return any(lead <= words for lead in g.announcing)


def _year_of(
    atom: Atom, where: tuple[tuple[int, int], int], years: _Years, reading: _Reading
) -> tuple[int | None, DateSource]:
    """The year of a year-less date and where it came from (see the module docstring)."""
    _, month, day = atom.first
    published = reading.published
    sentence, paragraph = where
    if atom.anaphora == "context":  # "am 2. Juni desselben Jahres"
        return (years.latest.year if years.latest else None), "context"
    candidates = years.candidates(sentence[0])
    if published is None:
        return (candidates[0].year if candidates else None), "context"
    if atom.anaphora in _YEAR_STEP:  # "am 2. Juni dieses Jahres", "im Mai vergangenen Jahres"
        return published.year + _YEAR_STEP[atom.anaphora], "published"
    tense = _lazy_tense(reading, atom, sentence)
    before = reading.text[max(0, atom.start - 16) : atom.start].split()[-2:]  # "since Jan. 20", "seit dem 20. Januar": the lead stays outside
    if any(key(w) in reading.g.period_openers for w in [reading.text[atom.start : atom.end].split()[0], *before]):
        tense = _past  # "seit Januar" started in the past, whatever the clause goes on to plan
    if day is not None:
        own = year_of_day(published, month or 1, day, tense)
    else:
        own = year_of_month(published, month or 1, atom.direction, tense)
    if atom.direction is None:
        for named in candidates:
            within = _within_period(named, month, day, published)
            if within is not None:
                return within, "context"
            if named.year == own:
                return own, "context"
            # From an earlier paragraph, a year counts only if it puts the date no farther from
            # the publication day ("am 10. September 2023" … "returned in late February" is 2024).
            far = named.paragraph != paragraph and not named.bare
            if far and _distance(named.year, month, day, published) > _distance(own, month, day, published):
                continue
            if _agrees(named.year, month, day, published, tense):
                return named.year, "context"
    return own, "published"


def _within_period(named: _Context, month: int | None, day: int | None, published: dt.date) -> int | None:
    """The year that puts a year-less date inside the period a "seit"/"since" date opened,
    when the date's own year would put it before that start and the next year is no later
    than the publication day ("Seit … im Juni 2024 … Im Januar" in March 2025 is 2025)."""
    if not named.since or named.month is None or month is None:
        return None
    if (month, day or 0) >= (named.month, named.day or 0):
        return None
    year = named.year + 1
    return year if (year, month, day or 0) <= (published.year, published.month, published.day) else None


def _set_against_then(text: str, sentence: int, start: int, g: DateGrammar) -> bool:
    """Whether a "heute" opening its sentence is set against the past: a word of the past
    ("früher", "back then") stands in the sentence before; or one opening a clause after such
    a word in its own sentence ("Früher hatten wir Zeit, heute zählen wir Minuten")."""
    if not g.then_words:
        return False
    opening = text[sentence:start].strip(" „“\"'‚‘»«(–—-")
    if opening:  # only a "heute" that opens its sentence or clause is set against the past
        if not opening.endswith((",", ";")):
            return False
        words = [key(w.strip(",;.:!?„“\"'")) for w in opening.split()]
        return any(w in g.then_words for w in words + [f"{a} {b}" for a, b in zip(words, words[1:])])
    lo = max(0, sentence - 200)
    before = max(text.rfind(c, lo, max(lo, sentence - 2)) for c in ".!?\n") + 1 or lo
    words = [key(w.strip(",;.:!?„“\"'")) for w in text[before:start].split()]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    triples = [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:])]
    return any(w in g.then_words for w in words + pairs + triples)


def _of_today_against_then(text: str, sentence: tuple[int, int], atom: Atom, g: DateGrammar) -> bool:
    """Whether "heute" after "von" ("das Wissen von heute") stands in a sentence with a word of
    the past ("damals"): today's as against then, no day."""
    before = text[max(sentence[0], atom.start - 12) : atom.start].split()
    if not g.nowadays_before or not before or key(before[-1]) not in g.nowadays_before:
        return False
    words = [key(w.strip(".,;:!?„“\"'")) for w in text[sentence[0] : sentence[1]].split()]
    return any(w in g.then_words for w in words + [f"{a} {b}" for a, b in zip(words, words[1:])])


def _generic_today(text: str, sentence: int, atom: Atom, g: DateGrammar) -> bool:
    """Whether a bare relative day ("heute", "morgen") stands in a sentence that opens with a
    generic subject and a bare "heute" in its first clause ("Wer heute …", "Was heute gilt,
    kann morgen …"): it speaks of anyone at any time, no day on the calendar."""
    if not g.generic_openers or " " in text[atom.start : atom.end].strip():
        return False
    words = [key(w.strip(".;:!?„“\"'‚‘»«()")) for w in text[sentence : atom.end].split(",")[0].split()]
    words = [w for w in words if w]
    return bool(words) and words[0] in g.generic_openers and any(g.relative.get(w) == 0 for w in words[1:])


def _habitual(text: str, start: int, end: int, g: DateGrammar) -> bool:
    """Whether a habitual adverb stands among the six words before a date in its sentence
    (phrases of two words included)."""
    words = [key(w.strip(",;")) for w in text[max(start, end - 120) : end].split()[-6:]]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    return any(w in g.habitual for w in words + pairs)


def _opens_period(text: str, start: int, end: int, g: DateGrammar) -> bool:
    """Whether a word of ``g.period_openers`` stands among the eight words before a date."""
    return bool(g.period_openers) and any(key(w) in g.period_openers for w in text[start:end].split()[-8:])


def _distance(year: int, month: int | None, day: int | None, published: dt.date) -> int:
    """Days between the publication day and a day (the first of a month), large when the
    calendar lacks it."""
    if not valid(year, month or 1, day or 1):
        return 1 << 30
    return abs((dt.date(year, month or 1, day or 1) - published).days)


def _past() -> str:
    return "past"


def _lazy_tense(reading: _Reading, atom: Atom, sentence: tuple[int, int]):
    """The tense of an atom's clause as a function that reads it once, on first use (reading
    it is the costly part of resolving, and most dates never need it)."""
    memo: list[str | None] = []

    def tense() -> str | None:
        if not memo:
            memo.append(reading.tense(atom, sentence) if atom.direction is None else None)
        return memo[0]

    return tense


def _agrees(year: int, month: int | None, day: int | None, published: dt.date, tense: Tense) -> bool:
    """A context year does not contradict the clause: a future clause cannot mean a day before
    the publication day, a past one a day after it."""
    if not valid(year, month or 1, day or 1):
        return False
    placed = (year, month or 1, day or 0)
    now = (published.year, published.month, published.day if day else 0)
    if placed < now:
        return tense() not in FORWARD
    if placed > now:
        return tense() != "past"
    return True


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest to ``year`` in which the day falls on the weekday the text names
    ("Donnerstag, 13. November"), or ``year`` when none within one year does."""
    for candidate in (year, year + 1, year - 1):
        if valid(candidate, month, day) and dt.date(candidate, month, day).weekday() == weekday:
            return candidate
    return year


def _sentence_text(text: str, sentence: tuple[int, int], atom: Atom) -> str:
    """The sentence of the date; a very long one (a text without full stops) cut around it."""
    start, end = sentence
    if end - start > SENTENCE_MAX:
        half = (SENTENCE_MAX - (atom.end - atom.start)) // 2
        start, end = max(start, atom.start - half), min(end, atom.end + half)
    return text[start:end].strip()
