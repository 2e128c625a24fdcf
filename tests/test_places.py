"""Places: gazetteer hits, cues for small or ambiguous names, genitives, compounds."""

from __future__ import annotations

from generator.extract.people import read_paragraphs
from generator.extract.places import find_places, is_place


def places(text: str, language: str = "de") -> dict[str, list[str]]:
    found = find_places(text, read_paragraphs(text, [(0, len(text))]), language)
    return {p.name: [m.text for m in p.mentions] for p in found}


def test_countries_and_big_cities_need_no_cue():
    assert places("Russlands Führung und Frankreich streiten. Moskau schweigt.") == {
        "Russland": ["Russlands"], "Frankreich": ["Frankreich"], "Moskau": ["Moskau"],
    }


def test_spellings_of_one_place_merge_and_the_first_is_the_name():
    found = places("Kiew meldet Angriffe. In Kyjiw heulten die Sirenen.")
    assert found == {"Kiew": ["Kiew", "Kyjiw"]}


def test_a_small_city_needs_a_cue_somewhere_in_the_article():
    assert places("Wegen Raub wurde er verurteilt.") == {}
    assert places("Er wohnt in Zwickau. Zwickau wächst.") == {"Zwickau": ["Zwickau", "Zwickau"]}
    assert places("Die Lage in der Region Kursk bleibt angespannt.") == {"Kursk": ["Kursk"]}


def test_ambiguous_names_are_places_only_after_a_preposition_of_place():
    assert places("Das Essen war gut. Die Halle war voll.") == {}
    assert places("Er kommt aus Essen.") == {"Essen": ["Essen"]}
    assert places("Reading the report took hours.", "en") == {}
    assert places("She moved to a flat in Reading.", "en") == {"Reading": ["Reading"]}


def test_datelines_count_as_places():
    assert places("Magdeburg. Der Minister trat zurück.") == {"Magdeburg": ["Magdeburg"]}
    assert places("ANTWERP, March 14 (Northline) - Dock workers struck.", "en") == {"Antwerp": ["ANTWERP"]}


def test_the_first_part_of_a_compound_is_a_mention():
    assert places("Ohne US-Beteiligung ging es nicht.") == {"US": ["US"]}


def test_several_word_names_and_english_possessives():
    assert places("Officials in the United States and Russia's envoy met.", "en") == {
        "United States": ["United States"], "Russia": ["Russia"],
    }


def test_is_place_says_no_for_words_that_need_a_cue():
    assert is_place("Russlands", "de") and is_place("Moskau", "de")
    assert not is_place("Essen", "de") and not is_place("Telegram", "de")


def test_taken_words_are_skipped():
    text = "Die Universität Hamburg lud ein."
    assert find_places(text, read_paragraphs(text, [(0, len(text))]), "de", frozenset({16})) == []


def test_counties_shires_and_names_that_contain_a_place():
    found = places("Rivers in Gloucestershire and County Tyrone flooded. Severn Vale Water and London Bridge stood.", "en")
    assert found == {"Gloucestershire": ["Gloucestershire"], "County Tyrone": ["County Tyrone"]}
    assert places("Eine Reise nach Mallorca und ins Ruhrgebiet.") == {"Mallorca": ["Mallorca"], "Ruhrgebiet": ["Ruhrgebiet"]}


def test_a_possessive_ends_the_name_and_city_districts_are_cued():
    assert places("It could become Europe's Atlantic gateway.", "en") == {"Europe": ["Europe"]}
    assert "Linden" in places("Ein Brand im Stadtteil Linden.")
