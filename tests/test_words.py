"""Capitalised words with offsets, and what stands before them."""

from __future__ import annotations

from generator.extract.words import Word, capitalised_words, word_before


def test_capitalised_words_keep_joints_and_skip_inner_capitals():
    text = "Der US-Präsident, Trump's Team, iPhone und anti-Trump. Élise Ärger"
    assert [w.text for w in capitalised_words(text)] == ["Der", "US-Präsident", "Trump's", "Team", "Élise", "Ärger"]
    assert capitalised_words("ab Cd", 1) == [Word(3, 5, "Cd")]


def test_the_word_before():
    text = "Er sagte: „Das ist gut.“ Union leader Marieke Claes"
    assert word_before(text, text.index("Marieke")) == ("leader", text.index("leader"))
    assert word_before(text, text.index("Das"))[0] == ""
    assert word_before("x" * 100_000 + " Name", 100_001) == ("x" * 48, 100_000 - 48)  # looks back a little only


def test_a_long_line_of_capitals_is_read_in_linear_time():
    text = "Der Die Präsident Müller " * 20_000
    assert len(capitalised_words(text)) == 80_000
