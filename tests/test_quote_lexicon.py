"""The quote annotator's word lists (generator/extract/quote_lexicon.py and the lexicon files)."""

from __future__ import annotations

import pytest

from generator.extract.quote_lexicon import quote_lexicon
from generator.lexicon import LEXICON_DIR

KINDS = ("speech_verbs", "cues", "grammar", "roles", "terms", "quote_marks")


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_language_has_every_quote_lexicon(language):
    for kind in KINDS:
        assert (LEXICON_DIR / language / f"{kind}.yml").exists(), kind


def test_german_separable_verbs_keep_their_particles():
    lex = quote_lexicon("de")
    assert ("ein",) in lex.separable["räumte"] and ("zu",) in lex.separable["gab"]
    assert ("zu", "protokoll") in lex.separable["gab"]  # longest first
    assert [len(p) for p in lex.separable["gab"]] == sorted((len(p) for p in lex.separable["gab"]), reverse=True)
    assert ("zu", "bedenken") in lex.separable["gab"]
    assert "eingeräumt" in lex.verbs and "mitteilte" in lex.verbs  # joined forms are cues alone


def test_an_unknown_language_gets_every_language_s_words():
    lex = quote_lexicon("xx")
    assert {"sagte", "said", "erklärte", "told"} <= lex.verbs
    assert lex.compounds  # German compounds may occur


def test_word_lists_are_lower_case_where_matched_in_lower_case():
    for language in ("de", "en"):
        lex = quote_lexicon(language)
        for words in (
            lex.verbs,
            lex.manner,
            lex.determiners,
            lex.preps,
            lex.adverbs,
            lex.titles,
            lex.term_nouns,
        ):
            assert all(w == w.lower() for w in words)


def test_every_cue_start_is_known():
    lex = quote_lexicon("de")
    assert {"laut", "zufolge", "so", "hieß", "sagte", "räumte", "ihrer"} <= lex.cue_starts
    assert "und" not in lex.cue_starts
