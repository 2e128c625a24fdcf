"""The timeline (generator/timeline.py, generator/render/timeline.py, generator/render/chart.py):
every date in order, events apart from publications, rows linked to their paragraph, the SVG
chart, and pages per period once the dossier is large."""

from __future__ import annotations

import itertools
import re

import lxml.html
import pytest
from handmade import D, annotated_corpus, record

from generator.corpus import build_corpus
from generator.render import render_pages
from generator.render.chart import Bin, bar_chart
from generator.render.timeline import layout, render_timeline_pages, timeline_chart
from generator.timeline import build_timeline, precision


def dated(title: str, published: str | None, *dates: tuple[str, str]):
    text = " ".join(f"Am {t} geschah etwas." for t, _ in dates) or "Ohne Datum."
    return record(title, [text], published, dates=tuple(D(t, v) for t, v in dates))


def test_precision_accepts_only_real_iso_dates():
    assert [precision(v) for v in ("2025-03-13", "2025-03", "2025")] == ["day", "month", "year"]
    assert [precision(v) for v in ("2025-02-30", "2025-13", "0000", "13.03.2025", "", None, "2025-3-1")] == [None] * 7


def test_timeline_sorts_years_before_months_before_days_and_counts_bad_values():
    records = [
        dated("A", "2025-03-20", ("13. März", "2025-03-13"), ("März", "2025-03"), ("2025", "2025")),
        dated("B", "kaputt", ("32. März", "2025-03-32"), ("12. März", "2025-03-12")),
    ]
    t = build_timeline(records)
    assert [e.value for e in t.events] == ["2025", "2025-03", "2025-03-12", "2025-03-13"]
    assert [p.value for p in t.publications] == ["2025-03-20"]
    assert t.invalid == 2  # "kaputt" and 2025-03-32


def test_same_day_lists_the_earliest_report_first():
    t = build_timeline([dated("Spät", "2025-03-20", ("13. März", "2025-03-13")), dated("Früh", "2025-03-14", ("13. März", "2025-03-13"))])
    assert [e.slug for e in t.events] == ["frueh", "spaet"]


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(annotated_corpus())


def test_small_dossier_has_every_row_on_the_index(corpus):
    pages = render_pages(corpus)
    timeline = [d for d in pages if d.startswith("timeline/")]
    assert sorted(timeline) == ["timeline/conflicts.md", "timeline/index.md"]
    page = pages["timeline/index.md"]
    doc = lxml.html.fromstring(page.split("---", 2)[2])
    days = [t.get("id") for t in doc.xpath("//tbody[@id]")]
    assert days == sorted(days) and "t2025-03-13" in days
    events = doc.xpath('//tbody/tr[not(contains(@class, "dossier-day")) and not(contains(@class, "dossier-published"))]')
    assert len(events) == len(corpus.timeline.events) == 9
    for r in corpus.records:
        for d in r.annotations.dates:
            assert f'href="../articles/{r.article.slug}/#p{d.paragraph}"' in page
    assert "(year from context)" in page  # "15. März" without a year


def test_publications_are_rows_of_their_own(corpus):
    doc = lxml.html.fromstring(render_pages(corpus)["timeline/index.md"].split("---", 2)[2])
    published = doc.xpath('//tr[contains(@class, "dossier-published")]')
    titles = {a.text_content() for row in published for a in row.xpath(".//a")}
    assert titles == {r.article.title for r in corpus.records if r.article.published}
    (day,) = doc.xpath('//tbody[@id="t2025-03-14"]')  # only a publication that day
    assert "1 article published" in day.text_content() and "dates mentioned" not in day.text_content()


def test_the_chart_draws_both_series_and_links_each_bar(corpus):
    page = render_pages(corpus)["timeline/index.md"]
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert svg.count('class="ev"') >= 8  # bars on 7 days, and the legend
    assert 'class="pub"' in svg and "<script" not in svg and "<a " not in svg
    links = re.findall(r'<a href="([^"]+)" title="([^"]+)"', page[page.index('class="dossier-chart-links"') :])
    assert ("&#35;t2025-03-13", "2025-03-13: 2 dates mentioned, 0 articles published") in links
    assert "per day, 2025-03-10 to 2025-03-23" in page  # padded to two weeks


def test_the_home_page_draws_the_chart_small(corpus):
    home = render_pages(corpus)["index.md"]
    assert 'class="dossier-chart-box dossier-chart-small"' in home
    assert 'href="timeline/&#35;t2025-03-13"' in home
    chart = timeline_chart(corpus, "index.md", height=150)
    assert 'viewBox="0 0 760 150"' in chart


def test_bar_chart_scales_and_labels_without_overlap():
    bins = [Bin(f"2025-03-{d:02d}", d % 3, d % 2) for d in range(1, 31)]
    svg = bar_chart(bins, "Test", height=190)
    labels = re.findall(r'class="tick" x="([\d.]+)" y="182" text-anchor="middle">([^<]+)<', svg)
    assert 2 <= len(labels) <= 8 and labels[0][1] == "2025-03-01"
    xs = [float(x) for x, _ in labels]
    assert min(b - a for a, b in itertools.pairwise(xs)) > 70  # a label is about 65 px wide
    assert bar_chart([], "Leer") == ""


def test_a_large_dossier_gets_a_page_per_year_month_and_part(monkeypatch):
    import generator.render.timeline as timeline_page

    monkeypatch.setattr(timeline_page, "INLINE_LIMIT", 5)
    monkeypatch.setattr(timeline_page, "PAGE_ROWS", 4)
    records = [dated(f"A{i}", f"2025-03-{1 + i:02d}", (f"{1 + i}. März 2025", f"2025-03-{1 + i:02d}"),
                     ("2025", "2025")) for i in range(12)]
    records.append(dated("Alt", "2024-06-01", ("3. Mai 2024", "2024-05-03")))
    corpus = build_corpus(records)
    periods = layout(corpus)
    assert [p.doc for p in periods] == ["timeline/2024.md", "timeline/2025.md"]
    assert [p.doc for p in periods[1].parts] == [
        "timeline/2025-part-2.md", "timeline/2025-part-3.md",  # twelve year-only dates, one value cut
        "timeline/2025-03.md", "timeline/2025-03-part-2.md", "timeline/2025-03-part-3.md",
    ]
    pages = render_timeline_pages(corpus)
    assert sorted(pages) == sorted(["timeline/index.md", "timeline/conflicts.md", "timeline/2024.md", "timeline/2025.md",
                                    *(p.doc for p in periods[1].parts)])
    index = pages["timeline/index.md"]
    assert '<a href="2025/">2025</a>' in index and '<a href="2025-03-part-2/">2025-03, part 2</a>' in index
    assert "<tbody id=" not in index  # rows live on the period pages
    assert 'href="../2024/&#35;t2024-05-03"' in index or 'href="2024/&#35;t2024-05-03"' in index
    rows = {d: p.count('<td class="dossier-sentence">') for d, p in pages.items() if d != "timeline/conflicts.md"}
    assert sum(rows.values()) == len(corpus.timeline.events) == 25 and max(rows.values()) == 4
    part = pages["timeline/2025-03-part-2.md"]
    assert "← 2025-03" in part and "2025-03, part 3 →" in part
    assert 'href="../../articles/a4/#p1"' in part
    assert part.count('class="dossier-published"') == 4  # each publication sits with the days it falls among
