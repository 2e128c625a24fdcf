"""The organisation lexicon: head nouns with gender and endings, adjectives, known names."""

from __future__ import annotations

from generator.extract.orglexicon import org_lexicon


def test_heads_fold_endings_and_keep_sharp_s():
    lex = org_lexicon("de")
    assert lex.head("Außenministeriums") == ("Außenministerium", "n", "außenministerium")
    assert lex.head("Streitkräften") == ("Streitkräfte", "pl", "streitkräfte")
    assert lex.head("Regierungen") is None  # a plural of a feminine head is no one organisation
    assert lex.head("Verrat") is None


def test_adjectives_of_countries_and_of_names():
    lex = org_lexicon("de")
    assert lex.adjective("russischen") == "russisch" and lex.adjective("US-amerikanische") == "US-amerikanisch"
    assert lex.adjective("schwierige") is None
    assert lex.proper_adjective("Statistische") == "Statistisch"


def test_known_names_with_several_words_and_a_genitive():
    lex = org_lexicon("de")
    text = "des Robert Koch-Instituts (RKI)"
    assert lex.known_at(text, 4, "Robert", genitive=True) == ("Robert Koch-Institut", lex.known["RKI"], 21)
