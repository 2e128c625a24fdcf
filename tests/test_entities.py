"""Entities in one article: the seed, merging, ids, and what is left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import annotate
from generator.extract.context import Context
from generator.extract.entities import find_entities
from generator.ingest import read_article
from generator.model import Article, Paragraph

SEED = Path(__file__).resolve().parent.parent / "articles" / "000_97597768f45d635b.txt"


def article(text: str, language: str = "de") -> Article:
    paragraphs, start = [], 0
    for block in text.split("\n\n"):
        paragraphs.append(Paragraph(start, start + len(block)))
        start += len(block) + 2
    return Article("t.txt", "0" * 16, "t", "0" * 64, "T", text, tuple(paragraphs), language=language)


def entities(text: str, language: str = "de") -> dict[tuple[str, str], list[str]]:
    a = article(text, language)
    found = find_entities(Context(a, language, a.paragraphs))
    return {(e.type, e.name): [m.text for m in e.mentions] for e in found}


@pytest.fixture(scope="module")
def seed():
    return annotate(read_article(SEED))


def names(annotations, entity_type: str) -> set[str]:
    return {e.name for e in annotations.entities if e.type == entity_type}


def test_seed_people(seed):
    assert names(seed, "person") == {
        "Dmitri Medwedew", "Sergej Lawrow", "Keir Starmer", "Donald Trump", "Wladimir Putin",
        "Selenskyj", "Alexander Syrski", "Andrej Sibiga",
    }


def test_seed_people_have_gender_and_every_mention(seed):
    people = {e.name: e for e in seed.entities if e.type == "person"}
    assert {e.gender for e in people.values()} == {"male"}
    assert [m.text for m in people["Dmitri Medwedew"].mentions] == ["Dmitri Medwedew", "Medwedew"]
    assert len(people["Selenskyj"].mentions) == 2
    assert people["Dmitri Medwedew"].id == "person/dmitri-medwedew"


def test_seed_has_no_junk_entities(seed):
    found = {e.name for e in seed.entities}
    for junk in ("Symbolbild", "Telegram-Nachricht", "HIMARS", "Mein", "Die", "Mehr", "Report24"):
        assert junk not in found


def test_mentions_point_into_the_text(seed):
    text = read_article(SEED).text
    for entity in seed.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_publisher_paragraphs_are_not_read():
    text = "Katrin Albers sagte das.\n\nUnterstützen Sie uns mit einer Spende! Ihr Peter Lustig, Herausgeber."
    a = article(text)
    paragraphs = (a.paragraphs[0], Paragraph(a.paragraphs[1].start, a.paragraphs[1].end, "boilerplate"))
    found = find_entities(Context(a, "de", paragraphs))
    assert [e.name for e in found] == ["Katrin Albers"]


def test_languages_without_rules_give_nothing():
    assert entities("Le président Emmanuel Macron a parlé.", "fr") == {}
    assert entities("Donald Trump spoke.", "und") == {}


def test_pronouns_give_a_gender_where_the_name_does_not():
    a = article("Kim Whitley arrived late. She said her train was cancelled.", "en")
    (person,) = find_entities(Context(a, "en", a.paragraphs))
    assert person.gender == "female"


def test_entities_are_sorted_by_first_mention_and_ids_are_unique():
    a = article("Präsident Kranz kam. Anna Berger und Paul Kranz gingen.")
    found = find_entities(Context(a, "de", a.paragraphs))
    assert [e.mentions[0].start for e in found] == sorted(e.mentions[0].start for e in found)
    assert len({e.id for e in found}) == len(found)


def test_seed_places_and_organisations(seed):
    assert {"Ukraine", "Russland", "Großbritannien", "Frankreich", "Moskau", "Kursk", "Kiew"} <= names(seed, "place")
    orgs = names(seed, "organization")
    assert {"NATO", "Russisches Außenministerium", "Ukrainischer Generalstab"} <= orgs


def test_an_organisation_name_is_no_person_and_a_person_no_place():
    found = entities("Das Robert Koch-Institut meldet Fälle. Paris Hilton kam nach Paris.")
    assert ("organization", "Robert Koch-Institut") in found
    assert found[("person", "Paris Hilton")] == ["Paris Hilton"]
    assert found[("place", "Paris")] == ["Paris"]


def test_entity_gold_table_scores_stay_above_the_floors():
    """tests/entity_gold.yml: 15 gold articles read by hand (bench/entity_scores.py prints the figures)."""
    from bench.entity_scores import expectations, predictions, scores

    found, _took = predictions()
    wanted = expectations()
    assert len(wanted) >= 10
    precision, recall, true, _, _ = scores(found, wanted)
    assert true >= 100
    assert precision >= 0.95 and recall >= 0.9
    for entity_type in ("person", "organization", "place"):
        p, r, *_ = scores(found, wanted, entity_type=entity_type)
        assert p >= 0.9 and r >= 0.85, entity_type
