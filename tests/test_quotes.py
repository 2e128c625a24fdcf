"""Quotes end to end (generator/extract/quotes.py): kinds, cues, speakers and offsets."""

from __future__ import annotations

import pytest

from generator.extract import annotate
from generator.extract.quotes import find_quotes
from generator.ingest import read_article
from tests.conftest import SEED
from tests.quote_texts import context, quotes_of, table


@pytest.fixture(scope="module")
def seed():
    article = read_article(SEED)
    return article, annotate(article)


def test_the_seed_gives_its_seven_quotes(seed):
    _, found = seed
    quotes = [(q.speaker, q.kind, q.cue, q.text[:25]) for q in found.quotes if q.kind != "term"]
    assert quotes == [
        ("Dmitri Medwedew", "direct", "warnte", "Das bedeutet Krieg mit de"),
        ("Keir Starmer", "partial", "erklärte", "Stiefel auf dem Boden und"),
        ("Donald Trump", "partial", "räumte … ein", "tausende ukrainische Trup"),
        ("Selenskyj", "partial", "gab … zu", "schwierig"),
        ("Selenskyj", "direct", "betonte", "Es gibt keine Einkreisung"),
        ("ukrainische Generalstab", "partial", "bezeichnete … als", "falsch und von den Russen"),
        ("Selenskyj", "direct", "bekräftigte", "Wir setzen die Operation "),
    ]


def test_the_seed_gives_its_three_terms_even_in_publisher_material(seed):
    _, found = seed
    terms = [q for q in found.quotes if q.kind == "term"]
    assert [q.text for q in terms] == [
        "Friedenstruppen",
        "Friedensmission",
        "Im Zensurwahn – Die Aushöhlung von Freiheit und Demokratie",
    ]
    assert all(q.speaker is None and q.cue is None and q.speaker_text is None for q in terms)
    assert found.paragraphs[terms[-1].paragraph - 1].kind == "boilerplate"


def test_offsets_and_paragraphs_point_at_the_quoted_words(seed):
    article, found = seed
    for q in found.quotes:
        assert article.text[q.start : q.end] == q.text
        assert q.paragraph == article.paragraph_at(q.start)


def test_nested_quotes_are_listed_again_with_their_own_speaker():
    people = {
        "Heinz Fritz": ("male", ("Heinz Fritz", "Fritz")),
        "Ute Müller": ("female", ("Ute Müller", "Müller")),
    }
    found = quotes_of(
        "Bürgermeister Heinz Fritz war zufrieden. „Der Bürgermeister hat uns versprochen: ‚Ohne Bürgerentscheid kein Windrad.‘ "
        "Daran werden wir ihn erinnern“, sagte Ute Müller.",
        people=people,
    )
    assert [(q.kind, q.speaker, q.cue) for q in found] == [
        ("direct", "Ute Müller", "sagte"),
        ("direct", "Heinz Fritz", "versprochen"),
    ]
    assert (
        found[0].text.startswith("Der Bürgermeister hat uns versprochen: ‚Ohne")
        and found[1].text == "Ohne Bürgerentscheid kein Windrad."
    )


def test_a_title_or_scare_word_inside_a_quote_is_a_term():
    found = quotes_of(
        "'I read every page of \"Moving Leeds Forward\" and still wonder,' he said.", language="en"
    )
    assert [(q.text, q.kind) for q in found] == [
        ('I read every page of "Moving Leeds Forward" and still wonder,', "direct"),
        ("Moving Leeds Forward", "term"),
    ]


def test_a_multi_paragraph_quote_is_one_direct_quote():
    found = quotes_of(
        "Marta Kowalski wohnt seit 1998 hier. Sie sagt: „Ich habe hier meine Kinder großgezogen.",
        "„Wenn das durchgeht, muss ich raus.“",
        "Der Vermieter schweigt.",
        people={"Marta Kowalski": ("female", ("Marta Kowalski",))},
    )
    assert table(found) == [
        (
            "Ich habe hier meine Kinder großgezogen.\n\n„Wenn das durchgeht, muss ich raus.",
            "direct",
            "Marta Kowalski",
            "sagt",
        )
    ]
    assert found[0].paragraph == 1


def test_a_quote_paragraph_after_a_colon_takes_the_speaker_before_it():
    found = quotes_of(
        "Linda Marchetti, 71, a retired teacher, read a statement to the court:",
        '"I taught for 34 years."',
        language="en",
    )
    assert table(found) == [("I taught for 34 years.", "direct", "Linda Marchetti", "read")]
    assert found[0].paragraph == 2


def test_no_marks_no_quotes_and_quotes_sorted():
    assert quotes_of("Keine Anführungszeichen, nur Text.") == ()
    found = find_quotes(context(["„A“, sagte er. „B ‚c‘ d“, sagte sie.", "„E“ nannte er es."]))
    assert [q.start for q in found] == sorted(q.start for q in found) and len(found) == 4


def test_a_quote_ending_in_a_nested_quote_before_its_cue_is_direct():
    from tests.test_speakers import _quotes

    found = {q.text: q.kind for q in _quotes("\"I kept telling everybody, 'They are smart,'\" she said.", "en")}
    assert found == {"I kept telling everybody, 'They are smart,'": "direct", "They are smart,": "direct"}
