"""Language detection: function words, scripts, and how a declared language is used."""

from __future__ import annotations

from generator.extract.language import detect_language, guess_language

GERMAN = "Die Regierung hat am Montag beschlossen, dass die Steuern nicht steigen sollen, und das ist gut so."
ENGLISH = "The council said on Monday that it would not raise taxes this year, and that was the plan."


def test_german_and_english_are_told_apart():
    assert detect_language(GERMAN) == "de"
    assert detect_language(ENGLISH) == "en"


def test_other_languages_are_recognised_so_no_german_rules_run():
    assert detect_language("Le gouvernement a décidé lundi que les impôts ne vont pas augmenter dans la ville.") == "fr"
    assert detect_language("El gobierno dijo el lunes que los impuestos no van a subir en la ciudad.") == "es"
    assert detect_language("Путин заявил, что это не так, и что он не будет участвовать.") == "ru"
    assert detect_language("Η κυβέρνηση αποφάσισε σήμερα") == "el"
    assert detect_language("東京は日本の首都です。") == "ja"


def test_too_little_text_is_undetermined():
    assert detect_language("Hallo") == "und"
    assert detect_language("") == "und"
    assert detect_language("12345 !!!") == "und"


def test_a_declared_language_wins_on_short_or_unclear_text():
    assert detect_language("Hallo Welt", "en") == "en"
    assert detect_language("The plan", "de") == "de"


def test_a_clearly_contradicted_declaration_yields_to_the_text():
    assert detect_language(GERMAN * 4, "en") == "de"  # a page template's lang="en"
    assert detect_language(GERMAN * 4, "de-AT") == "de"
    assert detect_language(GERMAN * 4, "??") == "de"  # not a language code


def test_a_german_article_with_an_english_quote_stays_german():
    text = GERMAN * 3 + ' Er sagte: "We will not give up, and we are ready for the fight of our lives."'
    assert detect_language(text) == "de"


def test_guess_reads_only_the_start_of_a_huge_text():
    guess = guess_language(GERMAN * 100_000)
    assert guess.language == "de" and guess.hits < 2_000
