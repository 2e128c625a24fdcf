"""Tokens of an attribution window (generator/extract/tokens.py)."""

from __future__ import annotations

from generator.extract.marks import find_mark_spans
from generator.extract.quote_lexicon import quote_lexicon
from generator.extract.tokens import tokenize
from generator.model import Paragraph


def words(text: str, language: str = "en") -> list[tuple[str, str]]:
    spans = find_mark_spans(text, (Paragraph(0, len(text)),), language)
    tops = [(i, s) for i, s in enumerate(spans) if s.depth == 0]
    return [(t.text, t.kind) for t in tokenize(text, 0, len(text), tops, quote_lexicon(language).abbreviations)]


def test_abbreviations_and_initials_keep_their_dot_a_last_word_does_not():
    found = words("Dr. Anke Sommer met Sen. J. Smith of the U.S. Senate on Thursday.")
    texts = [t for t, _ in found]
    assert texts == ["Dr.", "Anke", "Sommer", "met", "Sen.", "J.", "Smith", "of", "the", "U.S.", "Senate", "on", "Thursday", "."]


def test_possessives_hyphens_and_ages_are_one_token():
    texts = [t for t, _ in words("The parents' lead lawyer, 38-Jährige, a 67-year-old, Putin's man")]
    assert "parents'" in texts and "38-Jährige" in texts and "67-year-old" in texts and "Putin's" in texts


def test_a_quote_is_one_token_covering_its_marks():
    text = "„Wir gehen“, sagte er."
    found = tokenize(text, 0, len(text), [(0, find_mark_spans(text, (Paragraph(0, len(text)),), "de")[0])], quote_lexicon("de").abbreviations)
    assert (found[0].kind, found[0].text, found[0].start, found[0].end) == ("q", "Wir gehen", 0, 11)
    assert [t.text for t in found[1:]] == [",", "sagte", "er", "."]


def test_ordinal_numbers_keep_their_dot():
    assert words("am 13. März", "de") == [("am", "w"), ("13.", "n"), ("März", "w")]
