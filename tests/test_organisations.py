"""Organisations: known names, legal forms, qualified head nouns, acronyms, short forms."""

from __future__ import annotations

from generator.extract.organisations import find_organisations
from generator.extract.people import read_paragraphs
from generator.extract.places import is_place


def orgs(text: str, language: str = "de") -> dict[str, list[str]]:
    found, _claimed = find_organisations(
        text, read_paragraphs(text, [(0, len(text))]), language, lambda w: is_place(w, language)
    )
    return {o.name: [m.text for m in o.mentions] for o in found}


def test_known_names_in_compounds_and_the_genitive():
    assert orgs("Ein NATO-Einsatz? Ein Sprecher des Kremls lehnte ab, die Nato schwieg.") == {
        "NATO": ["NATO", "Nato"], "Kreml": ["Kremls"],
    }


def test_a_country_adjective_and_a_head_make_an_organisation_in_the_nominative():
    found = orgs("Das russische Außenministerium und der Sprecher des ukrainischen Generalstabs widersprachen.")
    assert found == {
        "Russisches Außenministerium": ["russische Außenministerium"],
        "Ukrainischer Generalstab": ["ukrainischen Generalstabs"],
    }


def test_a_bare_head_is_a_mention_only_of_a_qualified_one():
    assert orgs("Das Finanzministerium schwieg.") == {}
    found = orgs("Der ukrainische Generalstab meldete Angriffe. Der Generalstab kündigte Zahlen an.")
    assert found == {"Ukrainischer Generalstab": ["ukrainische Generalstab", "Generalstab"]}


def test_complements_places_names_and_the_federal_prefix_qualify_a_head():
    found = orgs(
        "Das Berliner Institut für Sicherheitspolitik, die Universität Hamburg, das Robert Koch-Institut "
        "und das Bundesjustizministerium. Der Bundesverband schwieg."
    )
    assert set(found) == {
        "Berliner Institut für Sicherheitspolitik", "Universität Hamburg", "Robert Koch-Institut",
        "Bundesjustizministerium",
    }


def test_an_acronym_in_brackets_is_a_spelling_of_the_name_before_it():
    found = orgs("Der Bundesnachrichtendienst (BND) warnte. Der BND gab keine Details.")
    assert found == {"BND": ["Bundesnachrichtendienst", "BND", "BND"]} or found == {
        "Bundesnachrichtendienst": ["Bundesnachrichtendienst", "BND", "BND"]
    }


def test_unknown_all_caps_words_are_no_organisation():
    assert orgs("Mit HIMARS-Werfern und KI beschossen sie die Stellungen. ACHTUNG LESER!") == {}


def test_legal_forms_and_distinctive_short_forms():
    assert orgs("Die Aurelia Immobilien GmbH kaufte. Aurelia schweigt.") == {
        "Aurelia Immobilien GmbH": ["Aurelia Immobilien GmbH", "Aurelia"],
    }
    found = orgs("Helixa Therapeutics, Inc. (Nasdaq: HLXA) said. Helixa will grow.", "en")
    assert found["Helixa Therapeutics, Inc."] == ["Helixa Therapeutics, Inc.", "Helixa"]


def test_english_runs_that_end_or_start_with_a_head():
    found = orgs("The Antwerp Port Authority and the University of Leeds met the Flemish Shipping Federation.", "en")
    assert set(found) == {"Antwerp Port Authority", "University of Leeds", "Flemish Shipping Federation"}
    assert orgs("The Council met. Police came.", "en") == {}


def test_a_genitive_name_before_a_head_is_no_part_of_it():
    assert orgs("Kühls Institut wächst.") == {}


def test_lower_case_legal_forms_and_federal_compounds():
    assert set(orgs("Midland Utilities plc fell. The Freunde der Oper e.V. met.", "en")) >= {"Midland Utilities plc"}
    assert orgs("Die Werft Nordlicht Schiffbau GmbH baut.") == {"Nordlicht Schiffbau GmbH": ["Nordlicht Schiffbau GmbH"]}
    assert set(orgs("Der Bundesrechnungshof und das Bundesverteidigungsministerium.")) == {
        "Bundesrechnungshof", "Bundesverteidigungsministerium",
    }


def test_an_unknown_town_after_a_head_stays_in_the_name_and_is_no_name_of_its_own():
    # Brackenfeld and Hallstedt are in no gazetteer; their endings make them towns, but
    # only right after a head: "Tierheim Brackenfeld" names no organisation "Brackenfeld".
    found = orgs(
        "Der Tierschutzverein Brackenfeld schlägt Alarm. Das Tierheim Brackenfeld ist voll, "
        "das Tierheim Brackenfeld nimmt keine Katzen mehr an. Das Landgericht Hallstedt tagt."
    )
    assert found == {
        "Tierschutzverein Brackenfeld": ["Tierschutzverein Brackenfeld"],
        "Landgericht Hallstedt": ["Landgericht Hallstedt"],
    }


def test_a_town_shaped_noun_is_not_a_town_on_its_own():
    from generator.extract.places import town_shaped

    assert town_shaped("Hallstedt", "de") and town_shaped("Brackenfeld", "de")
    assert not town_shaped("Feld", "de") and not town_shaped("BRACKENFELD", "de")
    assert not town_shaped("Brackenfeld", "en")  # English has no endings listed
