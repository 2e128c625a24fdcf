"""The timeline pages: a chart and every date in order, grouped by value, each row linked to its
paragraph; event dates (written in the articles) apart from publication dates.

A small dossier gets everything on timeline/index.md. A large one gets a page per year; a year
with many dates gets its year-only dates on its own page and a page per month, and a page with
too many dates is cut into parts of at most :data:`PAGE_ROWS` rows, between days where it can;
the index keeps the chart and a table of years.
Period pages keep their address when articles are added elsewhere, so a rebuild rewrites
only the periods that changed.
"""

from __future__ import annotations

import bisect
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from markupsafe import Markup

from generator.corpus import Corpus
from generator.model import Record
from generator.render.chart import Bin, bar_chart
from generator.render.conflicts import CONFLICTS, conflict_pages, render_conflict_pages
from generator.render.environment import render
from generator.render.highlight import snippet
from generator.render.links import href
from generator.render.paths import ARTICLES_DIR, TIMELINE_DIR
from generator.timeline import TimelineEntry

INLINE_LIMIT = 400  # dates shown on the index itself; beyond, pages per period
PAGE_ROWS = 400  # dates on one period page at most (a single day is never cut)
PUBLISHED_LISTED = 12  # articles named in one day's publication row; the others are counted
SNIPPET = 260  # characters of the sentence shown around a date
DAY_BINS, MONTH_BINS = 183, 240  # the chart draws days up to half a year, months up to 20 years
MIN_SPAN_DAYS = 14  # a chart of days shows at least two weeks
CLIP = 0.02  # with many dates, the chart leaves out the earliest and latest 2 % (old history)
INDEX = f"{TIMELINE_DIR}/index.md"
PRECISION_LABELS = {"month": "month only", "year": "year only"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SOURCE_LABELS = {"context": "year from context", "published": "from the publication date"}


@dataclass
class Period:
    doc: str
    title: str
    key: str  # "" (everything), "2025", "2025-03"
    events: list[TimelineEntry]
    publications: list[TimelineEntry]
    parts: list[Period] = field(default_factory=list)  # month pages of a year split in months


def render_timeline_pages(corpus: Corpus) -> dict[str, str]:
    """timeline/index.md, the period pages and timeline/conflicts.md."""
    periods = layout(corpus)
    locate = _locator(periods)
    on_page = conflict_pages(corpus)
    marked = {(s.slug, s.date): (on_page[c.id], c.id) for c in corpus.date_conflicts for s in c.sides}
    pages_of_conflicts = frozenset(on_page.values())
    t = corpus.timeline
    pages: dict[str, str] = {}
    flat = [p for top in periods for p in (top, *top.parts)]
    inline = len(flat) == 1 and flat[0].doc == INDEX
    summary = _summary(corpus)
    pages[INDEX] = render(
        "timeline.md.j2",
        title="Timeline",
        summary=summary,
        chart=_chart(corpus, t.events, t.publications, INDEX, locate),
        conflicts=_conflicts_line(corpus, INDEX),
        periods=[] if inline else [_period_row(p, INDEX) for p in periods],
        groups=_groups(corpus, flat[0], INDEX, marked, pages_of_conflicts) if inline else [],
        nav=[],
        articles_href=href(INDEX, f"{ARTICLES_DIR}/index.md"),
    )
    for i, period in enumerate([] if inline else flat):
        pages[period.doc] = render(
            "timeline.md.j2",
            title=f"Timeline: {period.title}",
            summary=f"{len(period.events)} dates mentioned and {len(period.publications)} articles published in {period.title}.",
            chart=_chart(corpus, period.events, period.publications, period.doc, locate),
            conflicts=_conflicts_line(corpus, period.doc),
            periods=[_period_row(p, period.doc) for p in period.parts],
            groups=_groups(corpus, period, period.doc, marked, pages_of_conflicts),
            nav=_nav(flat, i, period.doc),
            articles_href=href(period.doc, f"{ARTICLES_DIR}/index.md"),
        )
    pages.update(render_conflict_pages(corpus, INDEX))
    return pages


def layout(corpus: Corpus) -> list[Period]:
    """The pages the timeline is cut into (top level: the index, or one per year)."""
    t = corpus.timeline
    if len(t.events) <= INLINE_LIMIT:
        return [Period(INDEX, "all dates", "", list(t.events), list(t.publications))]
    events, publications = _by_prefix(t.events, 4), _by_prefix(t.publications, 4)
    periods = []
    for year in sorted(events.keys() | publications.keys()):
        found, published = events.get(year, []), publications.get(year, [])
        if len(found) <= PAGE_ROWS:
            periods.append(Period(f"{TIMELINE_DIR}/{year}.md", year, year, found, published))
            continue
        # A big year: its year-only dates on its own page(s), then a page (or parts) per month.
        top, *more = _pages(f"{TIMELINE_DIR}/{year}", year, [e for e in found if e.precision == "year"], [])
        months, month_pubs = _by_prefix([e for e in found if e.precision != "year"], 7), _by_prefix(published, 7)
        top.parts = more + [p for m in sorted(months.keys() | month_pubs.keys()) for p in _pages(
            f"{TIMELINE_DIR}/{m}", m, months.get(m, []), month_pubs.get(m, []))]
        periods.append(top)
    return periods


def _pages(base: str, title: str, events: list[TimelineEntry], publications: list[TimelineEntry]) -> list[Period]:
    """One page, or parts of at most PAGE_ROWS dates, cut between days unless one day alone
    fills a page; each publication goes with the part whose days it falls among."""
    chunks: list[list[TimelineEntry]] = [[]]
    for entry in events:
        chunk = chunks[-1]
        if len(chunk) >= PAGE_ROWS and (entry.value != chunk[-1].value or chunk[0].value == entry.value):
            chunk = []
            chunks.append(chunk)
        chunk.append(entry)
    starts = [""] + [chunk[0].value for chunk in chunks[1:]]
    pages = []
    for n, chunk in enumerate(chunks, start=1):
        end = starts[n] if n < len(starts) else "\uffff"
        published = [p for p in publications if starts[n - 1] <= p.value < end]
        pages.append(Period(
            f"{base}.md" if n == 1 else f"{base}-part-{n}.md", title if len(chunks) == 1 else f"{title}, part {n}",
            title, chunk, published,
        ))
    return pages


def _by_prefix(entries, length: int) -> dict[str, list[TimelineEntry]]:
    found: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        found[entry.value[:length]].append(entry)
    return found


def _locator(periods: list[Period]):
    """label ("2025-03-13", "2025-03", "2025") → (doc, anchor) of its first row, or None."""
    rows = sorted({(e.value, p.doc) for top in periods for p in (top, *top.parts) for e in (*p.events, *p.publications)})
    values = [value for value, _ in rows]

    def locate(label: str) -> tuple[str, str] | None:
        i = bisect.bisect_left(values, label)
        if i < len(values) and values[i].startswith(label):
            return rows[i][1], f"t{values[i]}"
        return None

    return locate


def _groups(corpus: Corpus, period: Period, doc: str, marked: dict, conflict_docs: frozenset[str]) -> list[dict]:
    """Rows of one page: per value, its dates mentioned, then its articles published.
    ``conflict_docs`` are the few conflict pages to link; ``marked`` has one entry per
    conflicting date, too many to walk on every page."""
    articles = href(doc, f"{ARTICLES_DIR}/index.md")  # + "slug/": one relpath per page
    conflicts = {page: href(doc, page) for page in conflict_docs}
    events: dict[str, list[TimelineEntry]] = defaultdict(list)
    published: dict[str, list[TimelineEntry]] = defaultdict(list)
    for e in period.events:
        events[e.value].append(e)
    for p in period.publications:
        published[p.value].append(p)
    groups = []
    for value in sorted(events.keys() | published.keys()):
        rows = [_event_row(corpus.record(e.slug), e, articles, conflicts, marked) for e in events.get(value, [])]
        pubs = [corpus.record(p.slug).article for p in published.get(value, [])]
        groups.append({
            "value": value,
            "anchor": f"t{value}",
            "label": _day_label(value),
            "events": rows,
            "published": [{"title": a.title, "href": f"{articles}{a.slug}/"} for a in pubs[:PUBLISHED_LISTED]],
            "published_count": len(pubs),
        })
    return groups


def _event_row(record: Record, entry: TimelineEntry, articles: str, conflicts: dict[str, str], marked: dict) -> dict:
    d, a = record.annotations.dates[entry.index], record.article
    notes = [n for n in (PRECISION_LABELS.get(entry.precision), SOURCE_LABELS.get(d.resolved_from)) if n]
    page, conflict = marked.get((a.slug, entry.index), (None, None))
    return {
        "text": d.text,
        "end_value": d.end_value,
        "notes": ", ".join(notes),
        "sentence": snippet(d.sentence or a.text[max(0, d.start - SNIPPET // 2) : d.end + SNIPPET // 2], d.text),
        "title": a.title,
        "published": a.published,
        "href": f"{articles}{a.slug}/",
        "paragraph": d.paragraph or a.paragraph_at(d.start),
        "conflict_href": conflicts[page] if conflict else None,
        "conflict": conflict,
    }


def _day_label(value: str) -> str:
    if len(value) == 10:  # not strftime("%A"): that follows the builder's locale
        return WEEKDAYS[datetime.date.fromisoformat(value).weekday()]
    return PRECISION_LABELS.get("month" if len(value) == 7 else "year", "")


def _summary(corpus: Corpus) -> str:
    t = corpus.timeline
    articles = len({e.slug for e in t.events})
    parts = [f"{len(t.events)} dates mentioned in {articles} article{'s' if articles != 1 else ''}"]
    if t.events:
        parts[0] += f", from {t.events[0].value} to {t.events[-1].value}"
    parts.append(f"{len(t.publications)} articles with a publication date")
    if t.invalid:
        parts.append(f"{t.invalid} values that are not ISO dates left out")
    return "; ".join(parts) + "."


def _period_row(period: Period, doc: str) -> dict:
    events = len(period.events) + sum(len(p.events) for p in period.parts)
    published = len(period.publications) + sum(len(p.publications) for p in period.parts)
    return {
        "title": period.key or period.title,
        "href": href(doc, period.doc),
        "events": events,
        "published": published,
        "parts": [{"title": p.title, "href": href(doc, p.doc)} for p in period.parts],
    }


def _nav(flat: list[Period], i: int, doc: str) -> list[dict]:
    links = [{"label": "← " + flat[i - 1].title, "href": href(doc, flat[i - 1].doc)}] if i else []
    links.append({"label": "All periods", "href": href(doc, INDEX)})
    if i + 1 < len(flat):
        links.append({"label": flat[i + 1].title + " →", "href": href(doc, flat[i + 1].doc)})
    return links


def _conflicts_line(corpus: Corpus, doc: str) -> dict:
    kinds = [c.kind for c in corpus.date_conflicts]
    return {"href": href(doc, CONFLICTS), "quotes": kinds.count("quote"), "events": kinds.count("event")}


def timeline_chart(corpus: Corpus, doc: str, height: int = 190) -> Markup:
    """The whole corpus' chart, linked from ``doc`` (the home page draws it small)."""
    locate = _locator(layout(corpus))
    return _chart(corpus, corpus.timeline.events, corpus.timeline.publications, doc, locate, height)["svg"]


def _chart(corpus, events, publications, doc, locate, height: int = 190) -> dict:
    """{"svg": the chart, "note": what it shows and leaves out}."""
    points = sorted(_as_date(e.value) for e in (*events, *publications) if e.precision != "year")
    if not points:
        return {"svg": Markup(""), "note": ""}
    cut = int(len(points) * CLIP) if len(points) >= 50 else 0
    lo, hi = points[cut], points[len(points) - 1 - cut]
    if (hi - lo).days + 1 < MIN_SPAN_DAYS and 1 < lo.year and hi.year < 9999:
        lo = lo - datetime.timedelta(days=(MIN_SPAN_DAYS - (hi - lo).days - 1) // 2)
        hi = lo + datetime.timedelta(days=MIN_SPAN_DAYS - 1)
    unit = "day" if (hi - lo).days < DAY_BINS else "month" if _months(lo, hi) <= MONTH_BINS else "year"
    labels = _labels(lo, hi, unit)
    width = {"day": 10, "month": 7, "year": 4}[unit]
    counts: dict[str, list[int]] = {label: [0, 0] for label in labels}
    drawn = 0
    for series, entries in ((0, events), (1, publications)):
        for e in entries:
            if len(e.value) >= width and (slot := counts.get(e.value[:width])) is not None:
                slot[series] += 1
                drawn += series == 0
    bins = []
    for label in labels:
        target = locate(label)
        link = None if target is None else "" if target[0] == doc else href(doc, target[0])
        bins.append(Bin(label, counts[label][0], counts[label][1], link, target[1] if target else ""))
    left_out = len(events) - drawn
    note = f"Dates mentioned and articles published per {unit}, {labels[0]} to {labels[-1]}."
    if left_out:
        note += f" {left_out} date{'s' if left_out != 1 else ''} outside this range or less precise than a {unit} {'are' if left_out != 1 else 'is'} in the table, not drawn."
    caption = f"Timeline chart: dates mentioned and articles published per {unit}"
    return {"svg": bar_chart(bins, caption, height), "note": note}


def _as_date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value if len(value) == 10 else value + "-01")


def _months(lo: datetime.date, hi: datetime.date) -> int:
    return (hi.year - lo.year) * 12 + hi.month - lo.month + 1


def _labels(lo: datetime.date, hi: datetime.date, unit: str) -> list[str]:
    if unit == "day":
        return [(lo + datetime.timedelta(days=n)).isoformat() for n in range((hi - lo).days + 1)]
    if unit == "month":
        months = range(lo.year * 12 + lo.month - 1, hi.year * 12 + hi.month)
        return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in months]
    return [f"{y:04d}" for y in range(lo.year, hi.year + 1)]
