"""The scorer itself: matching rules and floors (the gold set is scored in test_gold.py)."""

from __future__ import annotations

import json

import pytest

from generator import evaluate as ev
from generator.model import Annotations, DateMention, Quote


def _gold(quotes=(), dates=()) -> ev.GoldArticle:
    item = ev._gold_article("x.yml", {"language": "de", "text": "Absatz eins.\n\nAbsatz zwei."})
    return ev.GoldArticle(item.path, item.article, tuple(quotes), tuple(dates))


def _found(quotes=(), dates=()) -> Annotations:
    return Annotations(language="de", paragraphs=(), quotes=tuple(quotes), dates=tuple(dates))


def test_quote_matches_ignoring_marks_case_and_spacing():
    gold = _gold([ev.GoldQuote("Das bedeutet Krieg mit der NATO.", "direct", "Dmitri Medwedew")])
    found = _found([Quote("„das  bedeutet Krieg mit der NATO“", 0, 1, "direct", "Dmitri Medwedew")])
    scores = ev.score_article(gold, found)
    assert (scores.quotes.tp, scores.quotes.fp, scores.quotes.fn) == (1, 0, 0)
    assert scores.speaker_accuracy == 1.0


def test_quote_with_too_little_overlap_is_a_miss_and_a_false_alarm():
    gold = _gold([ev.GoldQuote("eins zwei drei vier fünf sechs sieben acht neun zehn", "direct")])
    found = _found([Quote("eins zwei drei vier fünf sechs sieben", 0, 1, "direct")])
    scores = ev.score_article(gold, found)
    assert (scores.quotes.tp, scores.quotes.fp, scores.quotes.fn) == (0, 1, 1)
    assert scores.quotes.f1 == 0.0


def test_terms_are_scored_apart_from_quotes():
    gold = _gold([ev.GoldQuote("Friedenstruppen", "term")])
    found = _found([Quote("Friedenstruppen", 0, 1, "partial", "X")])
    scores = ev.score_article(gold, found)
    assert scores.terms.fn == 1 and scores.quotes.fp == 1


@pytest.mark.parametrize(
    "gold, found, same",
    [
        ("ukrainische Generalstab", "Der ukrainische Generalstab", True),
        ("ukrainische Generalstab", "ukrainischer Generalstab", True),
        ("spokesman for the ministry", "A spokesman for the ministry", True),
        ("Dmitri Medwedew", "Medwedew", False),
        (None, None, True),
        ("Keir Starmer", None, False),
    ],
)
def test_speaker_normalisation(gold, found, same):
    assert (ev.normalise_speaker(gold) == ev.normalise_speaker(found)) is same


def test_dates_match_one_to_one_by_value():
    gold = _gold(dates=[ev.GoldDate("13. März 2025", "2025-03-13"), ev.GoldDate("13.03.2025", "2025-03-13")])
    found = _found(dates=[DateMention("13. März 2025", "2025-03-13", 0, 1), DateMention("März", "2025-03", 2, 3)])
    scores = ev.score_article(gold, found)
    assert (scores.dates.tp, scores.dates.fp, scores.dates.fn) == (1, 1, 1)
    assert any("missed date" in e for e in scores.errors) and any("spurious date" in e for e in scores.errors)


def test_range_needs_its_end_value():
    gold = _gold(dates=[ev.GoldDate("3. bis 5. April 2025", "2025-04-03", "2025-04-05")])
    found = _found(dates=[DateMention("3. bis 5. April 2025", "2025-04-03", 0, 1)])
    assert ev.score_article(gold, found).dates.tp == 0


def test_floors_rise_but_do_not_fall_without_the_flag(tmp_path):
    path = tmp_path / "baseline.json"
    high = {"quote_f1": 0.971, "speaker_accuracy": 0.93, "term_f1": 0.8, "date_f1": 0.955}
    low = {name: 0.5 for name in high}
    ev.update_baseline(path, high, "h")
    assert ev.update_baseline(path, low, "h")["floors"]["quote_f1"] == 0.97
    assert ev.update_baseline(path, low, "h", allow_lower=True)["floors"]["quote_f1"] == 0.5
    assert json.loads(path.read_text())["gold_sha256"] == "h"
    assert ev.below_floor(low, {"quote_f1": 0.97}) == ["quote_f1 0.500 is below the floor 0.97"]


def test_load_gold_reads_yaml_articles(tmp_path):
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "01-a.yml").write_text(
        "language: de\npublished: 2025-03-16\ntitle: T\ntext: |\n  Er sagte: „Ja.“\n\n  Zweiter Absatz.\n"
        "quotes:\n  - text: Ja.\n    kind: direct\n    speaker: null\n    cue: sagte\n"
        "dates:\n  - text: gestern\n    value: 2025-03-15\n",
        encoding="utf-8",
    )
    (tmp_path / "README.yml").write_text("not: an article\n", encoding="utf-8")
    [item] = ev.load_gold(tmp_path)
    assert item.article.published == "2025-03-16"
    assert item.article.text == "Er sagte: „Ja.“\n\nZweiter Absatz."
    assert len(item.article.paragraphs) == 2
    assert item.quotes[0].cue == "sagte" and item.dates[0].value == "2025-03-15"


def test_genitive_speaker_names_match():
    assert ev.normalise_speaker("Ute Müllers") == ev.normalise_speaker("Ute Müller")


def test_same_value_dates_pair_by_shared_text_first():
    gold = _gold(dates=[ev.GoldDate("March 14", "2025-03-14"), ev.GoldDate("on Friday", "2025-03-14")])
    found = _found(dates=[DateMention("Friday", "2025-03-14", 0, 1)])
    scores = ev.score_article(gold, found)
    assert scores.dates.tp == 1
    assert [e for e in scores.errors if "missed" in e] == ["x.yml: missed date “March 14” = 2025-03-14"]
