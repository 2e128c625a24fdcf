"""The place gazetteer: countries in German and English, cities, exonyms, filters."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer


def test_countries_cities_and_german_exonyms():
    places = gazetteer("de").places
    assert places["Russland"].key == places["Russische Föderation"].key == "country:RU"
    assert places["Großbritannien"].key == "country:GB"
    assert places["Moskau"].key == gazetteer("en").places["Moscow"].key
    assert places["München"].kind == "city"


def test_common_words_and_foreign_spellings_are_left_out_or_doubtful():
    places = gazetteer("de").places
    assert places["Essen"].ambiguous and places["Halle"].ambiguous
    for word in ("Die", "Mehr", "Symbolbild", "Kitas", "Dabei", "Telegram"):
        assert word not in places, word


def test_names_of_several_words_are_found_by_their_first_word():
    g = gazetteer("en")
    assert g.match("to the United States of", 7, "United") == ("United States", g.places["United States"])
    assert g.match("Los Angeles police", 0, "Los")[0] == "Los Angeles"
