"""Noun phrases in tokens (generator/extract/noun_phrases.py)."""

from __future__ import annotations

import pytest

from generator.extract.noun_phrases import parse_np, subject_np
from generator.extract.quote_lexicon import quote_lexicon
from generator.extract.tokens import tokenize


def phrase(text: str, language: str = "de", subject: bool = False) -> tuple[str, str] | None:
    """(core, whole phrase) of the noun phrase at the start of ``text``."""
    lex = quote_lexicon(language)
    tokens = tokenize(text, 0, len(text), [], lex.abbreviations)
    np = (subject_np if subject else parse_np)(tokens, 0, len(tokens), lex)
    if np is None:
        return None
    core = text[tokens[np.first].start : tokens[np.core - 1].end]
    return core, text[tokens[np.first].start : tokens[np.last - 1].end]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ein Sprecher der russischen Armee sprach", ("Ein Sprecher", "Ein Sprecher der russischen Armee")),
        (
            "der britische Premierminister Keir Starmer seine Bereitschaft",
            ("der britische Premierminister Keir Starmer",) * 2,
        ),
        ("UN-Nothilfekoordinator Pieter van Dam warnte", ("UN-Nothilfekoordinator Pieter van Dam",) * 2),
        ("Ursula von der Leyen sagte", ("Ursula",) * 2),  # "von der" opens places as often: left to entities
        ("Oberärztin Dr. Katja Brenner von der Kinderklinik", ("Oberärztin Dr. Katja Brenner",) * 2),
        ("Gemeinderätin Ute Müller von den Freien Wählern", ("Gemeinderätin Ute Müller",) * 2),
        (
            "Der Vorsitzende des Bundesverbands des Lebensmittelhandels sagte",
            ("Der Vorsitzende", "Der Vorsitzende des Bundesverbands des Lebensmittelhandels"),
        ),
        ("die 38-Jährige.", ("die 38-Jährige",) * 2),
    ],
)
def test_german_noun_phrases(text, expected):
    assert phrase(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "a spokesman for the U.S. Attorney's Office said",
            ("a spokesman", "a spokesman for the U.S. Attorney's Office"),
        ),
        ("The Russian foreign ministry called", ("The Russian foreign ministry",) * 2),
        ("Judge Susan Pryce set a trial date", ("Judge Susan Pryce",) * 2),
        ("Cal Fire spokesperson Jenna Ruiz.", ("Cal Fire spokesperson Jenna Ruiz",) * 2),
        ("Severn Vale's chief executive, Martin Oakes", ("Severn Vale's chief executive",) * 2),
        ("Dr. Anke Sommer said", ("Dr. Anke Sommer",) * 2),
        ("Ursula von der Leyen said", ("Ursula von der Leyen",) * 2),
    ],
)
def test_english_noun_phrases(text, expected):
    assert phrase(text, "en") == expected


def test_function_words_begin_no_phrase():
    assert phrase("Ungeachtet dieser Warnungen") is None
    assert phrase("zugleich wies") is None


def test_subjects_pronouns_indefinites_and_groups():
    lex = quote_lexicon("de")
    tokens = tokenize("sie sagte", 0, 9, [], lex.abbreviations)
    assert subject_np(tokens, 0, 2, lex).kind == "pronoun"
    tokens = tokenize("viele sagen", 0, 11, [], lex.abbreviations)
    assert subject_np(tokens, 0, 2, lex).kind == "none"
    assert phrase("Viele Teilnehmer riefen", subject=True) == ("Teilnehmer", "Teilnehmer")
    en = quote_lexicon("en")
    tokens = tokenize("I said", 0, 6, [], en.abbreviations)
    assert subject_np(tokens, 0, 2, en).kind == "first"
