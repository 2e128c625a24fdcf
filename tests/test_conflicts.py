"""Date conflicts (generator/conflicts.py, generator/render/conflicts.py): different days for
the same quote or the same event, flagged conservatively and shown with the reason."""

from __future__ import annotations

import pytest
from handmade import D, Q, annotated_corpus, record

from generator.conflicts import WINDOW_DAYS
from generator.corpus import build_corpus
from generator.render import render_pages

PLACES = {"person/sergej-lawrow": ("Sergej Lawrow", "Lawrow", "Sergey Lavrov", "Lavrov"), "place/genf": ("Genf", "Geneva")}
QUOTE = "Wir haben zugehört, aber wir haben nichts Neues gehört."


def meeting(title: str, sentence: str, date: tuple[str, str], published: str = "2025-03-20", language: str = "de"):
    return record(title, [sentence], published, dates=(D(*date),), entities=PLACES, language=language)


def said(title: str, sentence: str, date: tuple[str, str] | None, speaker: str = "Sergej Lawrow"):
    return record(title, [sentence], "2025-03-20", quotes=(Q(QUOTE, speaker),),
                  dates=(D(*date),) if date else (), entities=PLACES)


def test_two_articles_dating_one_meeting_differently_conflict():
    corpus = build_corpus([
        meeting("A", "Sergej Lawrow traf am 17. März 2025 in Genf europäische Diplomaten.", ("17. März 2025", "2025-03-17")),
        meeting("B", "Lavrov met European diplomats in Geneva on 18 March 2025.", ("18 March 2025", "2025-03-18"), language="en"),
    ])
    (conflict,) = corpus.date_conflicts
    assert conflict.kind == "event" and conflict.values == ("2025-03-17", "2025-03-18")
    assert conflict.concepts == ("meeting",) and conflict.entities == ("person/sergej-lawrow", "place/genf")
    assert [corpus.record(s.slug).article.title for s in conflict.sides] == ["A", "B"]


@pytest.mark.parametrize("second", [
    "Sergej Lawrow traf am 17. März 2025 in Genf europäische Diplomaten.",  # the same day: no conflict
    "Sergej Lawrow will am 18. März 2025 in Genf erneut Diplomaten treffen.",  # another, planned meeting
    "Sergej Lawrow traf am 18. März 2025 europäische Diplomaten.",  # Genf is not named: one entity only
    "Sergej Lawrow sprach am 18. März 2025 in Genf über Diplomatie.",  # no event word
    "Sergej Lawrow traf am 30. März 2025 in Genf europäische Diplomaten.",  # two weeks later: another meeting
    "Sergej Lawrow traf in Genf europäische Diplomaten, vom 17. bis 18. März 2025.",  # a range
])
def test_what_is_not_a_conflict(second):
    first = meeting("A", "Sergej Lawrow traf am 17. März 2025 in Genf europäische Diplomaten.", ("17. März 2025", "2025-03-17"))
    dates = {"17. bis 18. März 2025": [D("17.", "2025-03-17", "2025-03-18")]}
    found = next((d for text, d in dates.items() if text in second), None)
    if found:
        other = record("B", [second], "2025-03-20", dates=tuple(found), entities=PLACES)
    else:
        day = next(f"{n}. März 2025" for n in (18, 30, 17) if f"{n}. März 2025" in second)
        other = meeting("B", second, (day, f"2025-03-{day.split('.')[0]:0>2}"))
    assert build_corpus([first, other]).date_conflicts == ()
    assert WINDOW_DAYS == 7


def test_an_article_giving_two_days_itself_is_left_out():
    corpus = build_corpus([
        meeting("A", "Sergej Lawrow traf am 17. März 2025 in Genf Diplomaten.", ("17. März 2025", "2025-03-17")),
        record("B", ["Sergej Lawrow traf am 18. März 2025 in Genf Diplomaten.", "Lawrow traf am 19. März 2025 in Genf Diplomaten."],
               "2025-03-20", dates=(D("18. März 2025", "2025-03-18"), D("19. März 2025", "2025-03-19")), entities=PLACES),
    ])
    assert corpus.date_conflicts == ()


def test_one_quote_dated_differently_by_two_articles_conflicts():
    corpus = build_corpus([
        said("A", f"Lawrow sagte am 18. März 2025: „{QUOTE}“", ("18. März 2025", "2025-03-18")),
        said("B", f"Am 17. März 2025 sagte Lawrow: „{QUOTE}“", ("17. März 2025", "2025-03-17")),
        said("C", f"Lawrow sagte: „{QUOTE}“", None),  # no day: not a side
    ])
    (conflict,) = corpus.date_conflicts
    assert conflict.kind == "quote" and conflict.group == corpus.quote_groups[0].id
    assert [corpus.record(s.slug).article.title for s in conflict.sides] == ["B", "A"]  # in date order


def test_a_date_inside_the_quote_does_not_date_the_quote():
    quote = "Wir haben am 18. März zugehört, aber wir haben nichts Neues gehört."
    corpus = build_corpus([
        record("A", [f"Lawrow sagte am 17. März 2025: „{quote}“"], "2025-03-20", quotes=(Q(quote, "Sergej Lawrow"),),
               dates=(D("17. März 2025", "2025-03-17"), D("18. März", "2025-03-18")), entities=PLACES),
        record("B", [f"Lawrow sagte: „{quote}“"], "2025-03-20", quotes=(Q(quote, "Sergej Lawrow"),),
               dates=(D("18. März", "2025-03-18"),), entities=PLACES),
    ])
    assert corpus.quote_groups[0].articles == 2
    assert corpus.date_conflicts == ()  # B's only date is inside the quotation marks


def test_a_repeated_statement_is_not_a_conflict():
    corpus = build_corpus([
        said("A", f"Lawrow sagte am 17. März 2025: „{QUOTE}“", ("17. März 2025", "2025-03-17")),
        said("B", f"Am 19. März 2025 wiederholte Lawrow: „{QUOTE}“", ("19. März 2025", "2025-03-19")),
    ])
    assert corpus.quote_groups[0].articles == 2
    assert corpus.date_conflicts == ()


def test_the_conflicts_page_shows_both_sides_and_why():
    corpus = build_corpus(annotated_corpus())
    kinds = sorted(c.kind for c in corpus.date_conflicts)
    assert kinds == ["event", "quote"]
    pages = render_pages(corpus)
    page = pages["timeline/conflicts.md"]
    assert page.count('<div class="dossier-conflict" id="') == 2
    assert "Both sentences name Sergej Lawrow and Genf and report the same kind of event &#40;meeting&#41;" in page
    assert "dates it 2025-03-12 and 2025-03-13" in page
    assert '<mark>12. März 2025</mark>' in page and 'href="../../articles/medwedew-droht-auf-telegram/#p1"' in page
    assert 'href="../../quotes/lineage/#g' in page
    timeline = pages["timeline/index.md"]
    assert timeline.count(">conflict</a>") == 4  # each side's row is marked
    assert "1 quote and 1 event that articles date differently" in timeline


def test_many_conflicts_are_paginated_and_links_find_their_page(monkeypatch):
    from generator.render import conflicts as conflicts_page

    monkeypatch.setattr(conflicts_page, "PER_PAGE", 1)
    corpus = build_corpus(annotated_corpus())
    pages = render_pages(corpus)
    assert pages["timeline/conflicts.md"].count('<div class="dossier-conflict"') == 1
    second = pages["timeline/conflicts-page-2.md"]
    assert second.count('<div class="dossier-conflict"') == 1 and "Date conflicts, page 2" in second
    assert 'href="../../exports/date&#95;conflicts.csv"' in second
    event = next(c for c in corpus.date_conflicts if c.kind == "event")
    assert f'href="conflicts-page-2/#{event.id}"' in pages["timeline/index.md"]
