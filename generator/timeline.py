"""The timeline: every date across the corpus in date order, events apart from publications.

Event dates are the dates written in the articles (DateMention); publication dates are the
articles' own (Article.published). A value that is not an ISO date of the contract
(YYYY-MM-DD, YYYY-MM or YYYY, a real calendar day) is left out and counted, since records
may come from elsewhere.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from generator.model import Record

Precision = Literal["day", "month", "year"]
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class TimelineEntry:
    value: str  # ISO value
    precision: Precision
    slug: str
    index: int  # into the record's dates; -1 for the article's publication date


@dataclass(frozen=True)
class Timeline:
    events: tuple[TimelineEntry, ...] = ()  # dates written in the articles, in date order
    publications: tuple[TimelineEntry, ...] = ()  # articles' publication dates, in date order
    invalid: int = 0  # values left out because they are not ISO dates


def precision(value: str | None) -> Precision | None:
    """"day", "month" or "year" for a valid ISO value; None for anything else."""
    match = _ISO.fullmatch(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            datetime.date(int(year), int(month), int(day))
            return "day"
        if month:
            datetime.date(int(year), int(month), 1)
            return "month"
        return "year" if int(year) > 0 else None
    except ValueError:
        return None


def build_timeline(records: Sequence[Record]) -> Timeline:
    """All event and publication dates of ``records`` (in page order), sorted by value; a year
    sorts before its months and a month before its days, as ISO strings do."""
    events, publications, invalid = [], [], 0
    for record in records:
        slug = record.article.slug
        if record.article.published:
            if found := precision(record.article.published):
                publications.append(TimelineEntry(record.article.published, found, slug, -1))
            else:
                invalid += 1
        for index, date in enumerate(record.annotations.dates):
            if found := precision(date.value):
                events.append(TimelineEntry(date.value, found, slug, index))
            else:
                invalid += 1
    # Same value: the earliest report first (undated articles last), then page order.
    order = {r.article.slug: (not r.article.published, r.article.published or "", i) for i, r in enumerate(records)}
    events.sort(key=lambda e: (e.value, order[e.slug], e.index))
    publications.sort(key=lambda e: (e.value, order[e.slug]))
    return Timeline(tuple(events), tuple(publications), invalid)


__all__ = ["Precision", "Timeline", "TimelineEntry", "build_timeline", "precision"]
