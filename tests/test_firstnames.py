"""First names and their gender from gender-guesser, common words filtered out."""

from __future__ import annotations

from generator.extract.firstnames import first_name_gender


def test_first_names_have_a_gender():
    assert first_name_gender("Dmitri") == "male" and first_name_gender("Katrin") == "female"
    assert first_name_gender("Hans-Peter") == "male"


def test_words_that_gender_guesser_lists_are_no_first_names():
    for word in ("Mein", "Am", "Will", "General", "Die", "NATO", "Montag", "Kiew", "x", "Trump's"):
        assert first_name_gender(word) is None, word


def test_names_gender_guesser_lacks_come_from_the_lexicon():
    assert first_name_gender("Wolodymyr") == "male" and first_name_gender("Annalena") == "female"


def test_names_from_beyond_europe_are_first_names():
    assert [first_name_gender(n) for n in ("Thiago", "Ngozi", "Thabo", "Ananya", "Haruto", "Genzebe", "Mercy")] == [
        "male", "female", "male", "female", "male", "female", "female"
    ]
