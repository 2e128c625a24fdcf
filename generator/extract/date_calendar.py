"""Calendar arithmetic for the date annotator: which day a weekday, a year-less date or a lone
month means, seen from the publication day. Pure functions over ``datetime.date``."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

Tense = Callable[[], "str | None"]  # reads the clause's tense when a rule needs it

# A year-less date is moved across New Year only when that brings it this close to the
# publication day: "28. Dezember" in an article of 3 January is last year's.
ACROSS_NEW_YEAR = 92  # days, about a quarter
TWO_DIGIT_PIVOT = 50  # "3.4.21" is 2021, "3.4.89" is 1989
FORWARD = ("future", "scheduled")  # tenses that speak of what is to come


def two_digit_year(text: str | None) -> int | None:
    """The year of a numeric date's year field ("21" → 2021, "2021" → 2021)."""
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < TWO_DIGIT_PIVOT else 1900 + year
    return year


def valid(year: int | None, month: int | None, day: int | None) -> bool:
    """The calendar has this day (a year-less 29 February passes)."""
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if month is None:
        return False
    return 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def parse_published(value: str | None) -> dt.date | None:
    """The publication day from an ISO date or timestamp ("2025-03-16", "2025-03-16T09:30:00Z")."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def weekday_date(
    published: dt.date, weekday: int, direction: str | None, tense: str | None, names_today: bool = False
) -> dt.date:
    """The day a weekday names, seen from the publication day.

    ``next``: the first after it; ``last``: the most recent before it; ``back``: the most recent
    up to and including it; ``ahead``: the first from it on, or with a past clause the most
    recent up to it; ``this``
    and no direction: the most recent up to and including it, or the next one when the clause
    speaks of the future (``this`` then includes the publication day itself, and so does any
    future weekday where news style names today by its weekday: ``names_today``).
    """
    ahead = (weekday - published.weekday()) % 7  # 0..6 days forward
    if tense == "scheduled" and direction in (None, "this"):
        direction = "ahead"  # "Am Dienstag tagt der Ausschuss": from the publication day on
    if direction == "ahead":  # "bis Freitag", "by Thursday afternoon": the publication day counts
        if tense == "past":
            return published - dt.timedelta(days=(7 - ahead) % 7)
        return published + dt.timedelta(days=ahead)
    if direction == "next":
        return published + dt.timedelta(days=ahead or 7)
    if direction == "last":
        return published - dt.timedelta(days=(7 - ahead) % 7 or 7)
    if tense == "future" and direction != "back":
        return published + dt.timedelta(days=ahead if direction == "this" or names_today else ahead or 7)
    return published - dt.timedelta(days=(7 - ahead) % 7)


PAST_SLACK = 31  # days after publication a past clause may still name (a date misread by a day or a week)


def year_of_day(published: dt.date, month: int, day: int, tense: Tense) -> int:
    """The year of a year-less day: the publication year, unless the day lies close across New
    Year ("28. Dezember" in early January is last year's; "15. Januar" in December next year's),
    and the tense does not contradict it (``tense`` is read only then)."""
    year = published.year
    if not valid(year, month, day):  # 29 February in a common year: the nearest leap year
        return year - 1 if valid(year - 1, month, day) else year + 1
    if _days(published, year - 1, month, day) <= ACROSS_NEW_YEAR and tense() not in FORWARD:
        return year - 1
    if _days(published, year + 1, month, day) <= ACROSS_NEW_YEAR and tense() != "past":
        return year + 1
    if dt.date(year, month, day) > published + dt.timedelta(days=PAST_SLACK) and tense() == "past":
        return year - 1  # a past clause tells of a day gone by: "I sent it on 3 December" in July
    if dt.date(year, month, day) < published - dt.timedelta(days=PAST_SLACK) and tense() in FORWARD:
        return year + 1  # a future clause looks ahead: "will report on Feb. 3" in October
    return year


def year_of_month(published: dt.date, month: int, direction: str | None, tense: Tense) -> int:
    """The year of a lone month ("im Dezember", "last June", "next March"); ``tense`` as for
    :func:`year_of_day`."""
    year = published.year
    if direction == "last":
        return year if month < published.month else year - 1
    if direction == "next":
        return year if month > published.month else year + 1
    if month - published.month >= 9 and tense() not in FORWARD:
        return year - 1  # "im Dezember" in January
    if published.month - month >= 9 and tense() != "past":
        return year + 1  # "im Januar" in November
    if month > published.month + 1 and tense() == "past":
        return year - 1  # "I got a letter in November" in an article of July
    if direction is None and month < published.month - 1 and tense() in FORWARD:
        return year + 1  # "will open in March" in an article of October
    return year


def tense() -> str | None:
    return tense.get() if hasattr(tense, "get") else tense


def _days(published: dt.date, year: int, month: int, day: int) -> int:
    """Days between the publication day and a day (large when the calendar lacks it)."""
    if not valid(year, month, day) or not 1 <= year <= 9999:
        return 1 << 30
    return abs((dt.date(year, month, day) - published).days)


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
