"""Capitalised words with offsets, and what stands before them."""

from __future__ import annotations

from generator.extract.words import Word, capitalised_words, previous_word, sentence_initial


def test_capitalised_words_keep_joints_and_skip_inner_capitals():
    text = "Der US-Präsident, Trump's Team, iPhone und anti-Trump. Élise Ärger"
    assert [w.text for w in capitalised_words(text)] == ["Der", "US-Präsident", "Trump's", "Team", "Élise", "Ärger"]
    assert capitalised_words("ab Cd", 1) == [Word(3, 5, "Cd")]


def test_previous_word_and_sentence_start():
    text = "Er sagte: „Das ist gut.“ Union leader Marieke Claes"
    assert previous_word(text, text.index("Marieke")) == "leader"
    assert previous_word(text, text.index("Das")) == ""
    assert sentence_initial(text, text.index("Das")) and not sentence_initial(text, text.index("Claes"))


def test_a_long_line_of_capitals_is_read_in_linear_time():
    text = "Der Die Präsident Müller " * 20_000
    assert len(capitalised_words(text)) == 80_000
