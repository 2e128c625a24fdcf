"""The seed article comes out exactly as ../shared/DESIGN.md lists it (issue 3, point 8)."""

from __future__ import annotations

import pytest

from generator.extract import annotate
from generator.ingest import read_article
from generator.model import Annotations, Article


@pytest.fixture(scope="module")
def seed() -> tuple[Article, Annotations]:
    from tests.conftest import SEED

    article = read_article(SEED)
    return article, annotate(article)


def test_language_is_german(seed):
    assert seed[1].language == "de"


def test_the_seven_quotes_with_speakers_kinds_and_cues(seed):
    _, found = seed
    quotes = [(q.speaker, q.kind, q.cue, q.text[:25]) for q in found.quotes if q.kind != "term"]
    assert quotes == [
        ("Dmitri Medwedew", "direct", "warnte", "Das bedeutet Krieg mit de"),
        ("Keir Starmer", "partial", quotes[1][2], "Stiefel auf dem Boden und"),
        ("Donald Trump", "partial", "räumte … ein", "tausende ukrainische Trup"),
        ("Selenskyj", "partial", "gab … zu", "schwierig"),
        ("Selenskyj", "direct", "betonte", "Es gibt keine Einkreisung"),
        ("ukrainische Generalstab", "partial", "bezeichnete … als", "falsch und von den Russen"),
        ("Selenskyj", "direct", "bekräftigte", "Wir setzen die Operation "),
    ]


def test_quote_offsets_point_at_the_quoted_words(seed):
    article, found = seed
    assert found.quotes
    for quote in found.quotes:
        assert article.text[quote.start : quote.end] == quote.text
        assert quote.paragraph == article.paragraph_at(quote.start)


def test_scare_quotes_and_the_book_title_are_terms(seed):
    terms = [q.text for q in seed[1].quotes if q.kind == "term"]
    assert terms == ["Friedenstruppen", "Friedensmission", "Im Zensurwahn – Die Aushöhlung von Freiheit und Demokratie"]
    assert all(q.speaker is None for q in seed[1].quotes if q.kind == "term")


def test_the_two_dates(seed):
    dates = [(d.text, d.value, d.resolved_from) for d in seed[1].dates]
    assert dates == [("13. März 2025", "2025-03-13", "explicit"), ("15. März", "2025-03-15", "context")]


def test_people_places_and_organisations(seed):
    names = {(e.type, e.name) for e in seed[1].entities}
    for person in ("Dmitri Medwedew", "Sergej Lawrow", "Keir Starmer", "Donald Trump", "Wladimir Putin",
                   "Selenskyj", "Alexander Syrski", "Andrej Sibiga"):
        assert ("person", person) in names
    for place in ("Ukraine", "Russland", "Großbritannien", "Frankreich", "Moskau", "Kursk"):
        assert ("place", place) in names
    assert ("organization", "NATO") in names


def test_publisher_material_is_set_apart(seed):
    article, found = seed
    kinds = [p.kind for p in found.paragraphs]
    assert kinds[0] == "caption"  # Symbolbild (C) R24/KI
    assert kinds[-4:] == ["boilerplate"] * 4  # book, donation, Telegram + donation, PayPal
    assert set(kinds[1:-4]) == {"body"}


def test_hedged_claims(seed):
    markers = [c.marker for c in seed[1].claims]
    assert markers == ["so ein Bericht", "Berichte, wonach; sollen … hindern", "angeblich", "sollen … verurteilt worden sein"]
