"""Organisations revealed by the words around them: descriptors, appositions, acronyms."""

from __future__ import annotations

from generator.extract.organisations import find_organisations
from generator.extract.orgcues import is_descriptor
from generator.extract.people import read_paragraphs


def orgs(text: str, language: str = "de") -> dict[str, list[str]]:
    found, _ = find_organisations(text, read_paragraphs(text, [(0, len(text))]), language)
    return {o.name: [m.text for m in o.mentions] for o in found}


def test_a_name_after_a_descriptor_that_recurs_is_an_organisation():
    found = orgs("Der Autozulieferer Brennwerk schließt. Brennwerk hatte Fördermittel. Die Brennwerk-Aktie fiel.")
    assert found == {"Brennwerk": ["Brennwerk", "Brennwerk", "Brennwerk"]}


def test_one_word_once_after_a_descriptor_is_not_enough():
    assert orgs("Er räumte im Gespräch mit dieser Zeitung Fehler ein.") == {}


def test_quoted_and_ampersand_names_after_a_descriptor():
    found = orgs("Die Hilfsorganisation „Medizin ohne Mauern“ half. Das Buch erscheint im Verlag Kessel & Sohn.")
    assert set(found) == {"Medizin ohne Mauern", "Kessel & Sohn"}


def test_english_apposition_and_a_country_adjective_before_a_head():
    found = orgs("Shares of Brightwater Outdoor, the camping-gear retailer, fell. The Russian foreign ministry objected.", "en")
    assert set(found) == {"Brightwater Outdoor", "Russian foreign ministry"}


def test_an_unknown_acronym_needs_a_determiner_and_a_second_use():
    assert orgs("Kämpfer der paramilitärischen RSF griffen an. Die RSF wies das zurück.") == {"RSF": ["RSF", "RSF"]}
    assert orgs("Die XYZ kam.") == {}
    assert orgs("WARNUNG: DIE RSF KOMMT! Die RSF KOMMT BALD.") == {}  # shouting is no acronym


def test_descriptors_also_end_compounds_in_german():
    assert is_descriptor("Autozulieferer", "de") and is_descriptor("Hilfsorganisation", "de")
    assert is_descriptor("retailer", "en") and not is_descriptor("Retailers", "en")


def test_clubs_and_role_compounds():
    assert set(orgs("Der VfL Bochum gewann gegen den FC Bayern München.")) == {"VfL Bochum", "FC Bayern München"}
    found = orgs("Das bestätigte Westlotto am Montag, sagte Westlotto-Sprecher Axel Weber.")
    assert found == {"Westlotto": ["Westlotto", "Westlotto"]}
    assert orgs("Polizei-Sprecher Jan Kohl sagte, die Polizei ermittle.") == {}  # a common noun is no name


def test_in_english_one_word_after_a_descriptor_is_a_name_even_once():
    assert set(orgs("Criticism came from environmental group Zero and shipping giant Maersk.", "en")) == {"Zero", "Maersk"}
