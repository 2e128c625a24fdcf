"""Pairing quotation marks (generator/extract/marks.py)."""

from __future__ import annotations

import pytest

from generator.extract.marks import find_mark_spans
from generator.ingest import join_paragraphs


def quoted(*paragraphs: str, language: str = "de") -> list[tuple[int, str]]:
    """(depth, text between the marks) of every span, in order."""
    text, paras = join_paragraphs(list(paragraphs))
    return [(s.depth, text[s.start : s.end]) for s in find_mark_spans(text, paras, language)]


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte: „Wir gehen.“ Dann ging er.",
        "Er sagte: »Wir gehen.« Dann ging er.",
        "Er sagte: «Wir gehen.» Dann ging er.",
        "Er sagte: “Wir gehen.” Dann ging er.",
        "Er sagte: \"Wir gehen.\" Dann ging er.",
        "Er sagte: „Wir gehen.” Dann ging er.",  # low-9 closed by the English closer
        "Er sagte: “Wir gehen.“ Dann ging er.",  # the seed's mixed “…“
        "Er sagte: ‚Wir gehen.‘ Dann ging er.",
        "Er sagte: ›Wir gehen.‹ Dann ging er.",
    ],
)
def test_every_german_mark_style(text):
    assert quoted(text) == [(0, "Wir gehen.")]


@pytest.mark.parametrize(
    "text",
    [
        "She said: “We go.” Then she left.",
        "She said: ‘We go.’ Then she left.",
        "She said: 'We go.' Then she left.",
        "She said: \"We go.\" Then she left.",
    ],
)
def test_every_english_mark_style(text):
    assert quoted(text, language="en") == [(0, "We go.")]


def test_apostrophes_are_not_quotation_marks():
    text = "'We can't build the roads of the '90s, rock 'n' roll or Putin's way,' she said of Scholz' plan."
    assert quoted(text, language="en") == [(0, "We can't build the roads of the '90s, rock 'n' roll or Putin's way,")]


def test_typographic_apostrophes_and_elisions():
    text = "‘It’s a rock ’n’ roll town, the ’80s never ended,’ he said."
    assert quoted(text, language="en") == [(0, "It’s a rock ’n’ roll town, the ’80s never ended,")]


def test_an_s_apostrophe_closes_only_when_no_later_closer_follows():
    text = "'The Residents' Association will fight,' he said."
    assert quoted(text, language="en") == [(0, "The Residents' Association will fight,")]


def test_a_thousands_separator_is_not_a_mark():
    assert quoted("«Ich habe 412'000 Franken verloren», sagte er.") == [(0, "Ich habe 412'000 Franken verloren")]


def test_a_low_single_mark_without_closer_is_a_comma_look_alike():
    assert quoted("Hallo‚ Welt. Und ‚ so weiter „ja“ dann.") == [(0, "ja")]


def test_the_german_single_closer_closes_the_low_opener():
    assert quoted("„Der Chef sagte: ‚Was nicht auffällt, ist kein Problem‘“, sagte sie.") == [
        (0, "Der Chef sagte: ‚Was nicht auffällt, ist kein Problem‘"),
        (1, "Was nicht auffällt, ist kein Problem"),
    ]


def test_nested_english_quotes_in_both_orders():
    assert quoted("'I read \"Moving Leeds Forward\" twice,' he said.", language="en") == [
        (0, 'I read "Moving Leeds Forward" twice,'),
        (1, "Moving Leeds Forward"),
    ]
    assert quoted("“He said, ‘Sit down,’ and left,” she said.", language="en") == [
        (0, "He said, ‘Sit down,’ and left,"),
        (1, "Sit down,"),
    ]


def test_an_unbalanced_mark_stays_in_its_paragraph():
    found = quoted("Er sagte „Wir gehen nie.", "Sie sagte: „Doch.“")
    assert found == [(0, "Doch.")] or found == [(0, "Wir gehen nie.\n\n„Doch.")]
    assert quoted("Er sagte „Wir gehen nie.", "Dann kam der Regen. „Doch“, sagte sie.") == [(0, "Doch")]


def test_a_stray_closer_opens_nothing():
    assert quoted("Das war es.“ Dann sagte er: „Gut.“") == [(0, "Gut.")]


def test_multi_paragraph_quote_runs_to_the_last_closing_mark():
    found = quoted("Sie sagt: „Ich bleibe hier.", "„Wohin auch? Niemand will mich.“", "Dann schweigt sie.")
    assert found == [(0, "Ich bleibe hier.\n\n„Wohin auch? Niemand will mich.")]


def test_multi_paragraph_quote_in_english_with_straight_marks():
    found = quoted('"It has fifteen years left.', '"People think that is long. It is not."', language="en")
    assert found == [(0, 'It has fifteen years left.\n\n"People think that is long. It is not.')]


def test_quotes_are_sorted_outer_before_inner():
    found = quoted("„A ‚b‘ c“ und „d“.")
    assert [t for _, t in found] == ["A ‚b‘ c", "b", "d"]


def test_empty_and_blank_quotes_are_dropped():
    assert quoted("Er sagte „“ und „ “ und „ja“.") == [(0, "ja")]


def test_hundreds_of_kilobytes_of_marks_give_bounded_quotes():
    found = quoted("„a“ „b " * 30_000)
    assert len(found) == 30_000 and {t for _, t in found} == {"a"}
    assert quoted("„a " * 50_000) == []  # nothing closes: nothing is quoted


def test_a_stray_opener_gives_way_to_the_next_of_its_style():
    assert quoted("Er sagte „Wir gehen nie. Später hieß es: „Ja“, sagte sie.") == [(0, "Ja")]
