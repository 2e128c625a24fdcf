"""Roles and honorifics from titles.yml, German compounds included."""

from __future__ import annotations

from generator.extract.titles import titles


def test_german_roles_end_compounds_and_give_a_gender():
    de = titles("de")
    assert de.role("Außenminister") == (True, "male")
    assert de.role("Finanzministerin") == (True, "female")
    assert de.role("US-Präsidenten") == (True, "male")
    assert de.role("General") == (True, None)
    assert de.role("Frau") == (True, "female")
    assert de.role("Ministerium") == (False, None) and de.role("Generalstab") == (False, None)


def test_english_roles_in_any_case_but_no_compounds():
    en = titles("en")
    assert en.role("leader") == (True, None) and en.role("President") == (True, None)
    assert en.role("spokeswoman") == (True, "female") and en.role("Mrs.") == (True, "female")
    assert en.role("Ringleader") == (False, None)
    assert en.lower_case and not titles("de").lower_case
