"""The entity registry: merging by name key, inflection, surname and transliteration."""

from __future__ import annotations

import pytest

from generator.aliases import parse_aliases
from generator.corpus import build_corpus
from generator.model import Annotations, Article, Entity, Mention, Paragraph, Record
from generator.names import name_key, tokens, uninflected
from generator.registry import build_registry, paragraph_numbers


def record(slug: str, *entities: tuple[str, str, list[str]], published: str = "2025-03-15") -> Record:
    """An article whose text is the mention texts, one paragraph each, and its entities."""
    texts = [text for _, _, mentions in entities for text in mentions] or ["nothing"]
    body, paragraphs, offsets = "", [], []
    for text in texts:
        if body:
            body += "\n\n"
        offsets.append(len(body))
        paragraphs.append(Paragraph(len(body), len(body) + len(text)))
        body += text
    article = Article(f"{slug}.txt", slug, slug, "0" * 64, slug.title(), body, tuple(paragraphs), published)
    found, position = [], 0
    for name, entity_type, mentions in entities:
        spans = []
        for text in mentions:
            spans.append(Mention(text, offsets[position], offsets[position] + len(text)))
            position += 1
        found.append(Entity(f"{entity_type}/{name.lower().replace(' ', '-')}", name, entity_type, tuple(spans)))
    return Record(article, Annotations("de", tuple(paragraphs), entities=tuple(found)))


@pytest.mark.parametrize(
    "variants",
    [
        ["Selenskyj", "Selensky", "Zelensky", "Zelenskyy", "Зеленський"],
        ["Medwedew", "Medvedev", "Медведев"],
        ["Lawrow", "Lavrov"],
        ["Sergej", "Sergei", "Sergey"],
        ["Wladimir Putin", "Vladimir Putin", "Владимир Путин"],
    ],
)
def test_transliteration_variants_share_a_key(variants):
    assert len({name_key(v) for v in variants}) == 1


@pytest.mark.parametrize("different", [("Medwedew", "Lawrow"), ("Putin", "Puten"), ("Kursk", "Kiew"), ("Scholz", "Schulz")])
def test_different_names_keep_different_keys(different):
    assert name_key(different[0]) != name_key(different[1])


def test_inflected_forms_lose_their_ending_only_when_the_bare_name_is_known():
    known = {name_key("Putin")[-1], name_key("Kreml")[-1]}
    assert uninflected(name_key("Putins"), known) == name_key("Putin")
    assert uninflected(name_key("des Kremls"), known) == name_key("Kreml")
    assert name_key("Scholz'") == name_key("Scholz")
    assert name_key("Putin's") == name_key("Putin")
    assert uninflected(name_key("Paris"), known) == name_key("Paris")  # "Pari" is no known name
    assert tokens("der Kreml") == ["kreml"] and tokens("Der") == ["der"]


def test_names_longer_than_any_name_are_cut_and_stay_linear():
    assert len(tokens("a" * 5_000_000)) == 1
    assert len(name_key("Selenskyj " * 100_000)) <= 20


def test_variants_across_articles_merge_into_one_entity_with_a_latin_full_name():
    registry = build_registry([
        record("a", ("Wolodymyr Selenskyj", "person", ["Selenskyj", "Selenskyj"])),
        record("b", ("Volodymyr Zelensky", "person", ["Zelensky"])),
        record("c", ("Зеленський", "person", ["Зеленський"])),
        record("d", ("Wolodymyr Selenskyj", "person", ["Wolodymyr Selenskyj"])),
    ])
    assert list(registry.entities) == ["person/wolodymyr-selenskyj"]
    entity = registry.entities["person/wolodymyr-selenskyj"]
    assert entity.name == "Wolodymyr Selenskyj"  # two articles against one
    assert [u.slug for u in entity.uses] == ["a", "b", "c", "d"]
    assert entity.mentions == 5
    assert {"Volodymyr Zelensky", "Зеленський", "Zelensky"} <= set(entity.aliases)
    assert registry.ids[("c", "person/зеленський")] == "person/wolodymyr-selenskyj"


def test_surname_merges_into_the_unique_full_name():
    registry = build_registry([
        record("a", ("Dmitri Medwedew", "person", ["Dmitri Medwedew"])),
        record("b", ("Medvedev", "person", ["Medvedev"]), ("Putins", "person", ["Putins"])),
        record("c", ("Wladimir Putin", "person", ["Putin"])),
    ])
    assert sorted(registry.entities) == ["person/dmitri-medwedew", "person/wladimir-putin"]
    assert registry.ids[("b", "person/medvedev")] == "person/dmitri-medwedew"
    assert registry.ids[("b", "person/putins")] == "person/wladimir-putin"


def test_ambiguous_surname_stays_apart():
    registry = build_registry([
        record("a", ("Olaf Scholz", "person", ["Olaf Scholz"])),
        record("b", ("Anna Scholz", "person", ["Anna Scholz"])),
        record("c", ("Scholz", "person", ["Scholz"])),
    ])
    assert sorted(registry.entities) == ["person/anna-scholz", "person/olaf-scholz", "person/scholz"]


def test_same_name_different_type_stays_apart_and_places_inflect():
    registry = build_registry([
        record("a", ("Kreml", "organization", ["Kreml"]), ("Washington", "place", ["Washington"])),
        record("b", ("des Kremls", "organization", ["des Kremls"]), ("Washington", "person", ["Washington"])),
    ])
    assert sorted(registry.entities) == ["organization/kreml", "person/washington", "place/washington"]


def test_canonical_choice_is_stable_on_ties():
    one = build_registry([record("a", ("Sergey Lavrov", "person", ["Lavrov"])), record("b", ("Sergej Lawrow", "person", ["Lawrow"]))])
    two = build_registry([record("b", ("Sergej Lawrow", "person", ["Lawrow"])), record("a", ("Sergey Lavrov", "person", ["Lavrov"]))])
    assert [e.name for e in one.entities.values()] == [e.name for e in two.entities.values()] == ["Sergej Lawrow"]


def test_uses_list_every_mention_paragraph():
    registry = build_registry([record("a", ("Dmitri Medwedew", "person", ["Dmitri Medwedew", "Medwedew", "Medwedews"]))])
    (use,) = registry.entities["person/dmitri-medwedew"].uses
    assert use.paragraphs == (1, 2, 3) and use.first_paragraph == 1 and use.mentions == 3


def test_paragraph_numbers_match_paragraph_at():
    article = record("a", ("X", "person", ["aa", "bbb", "c"])).article
    offsets = list(range(len(article.text) + 2))
    assert paragraph_numbers(article, offsets) == tuple(article.paragraph_at(o) for o in offsets)


def test_aliases_rules_apply_in_the_registry():
    records = [
        record("a", ("Kiew", "place", ["Kiew"]), ("Symbolbild", "organization", ["Symbolbild"]), ("Kursk", "organization", ["Kursk"])),
        record("b", ("Kyjiw", "place", ["Kyjiw"]), ("Dmitri Medwedew", "person", ["Medwedew"])),
    ]
    aliases = parse_aliases(
        "version: 1\n"
        "merge:\n  - names: [Kiew, place/kyjiw]\n    name: Kyjiw\n"
        "rename:\n  Medwedew: Dmitry Medvedev\n"
        "ignore: [Symbolbild]\n"
        "type:\n  Kursk: place\n"
        "wikidata:\n  person/dmitri-medwedew: Q23530\n"
    )
    assert aliases.errors == ()
    corpus = build_corpus(records, aliases=aliases)
    assert sorted(corpus.entities) == ["person/dmitry-medvedev", "place/kursk", "place/kyjiw"]
    assert corpus.entities["person/dmitry-medvedev"].wikidata == "Q23530"
    assert [u.slug for u in corpus.entities["place/kyjiw"].uses] == ["a", "b"]
    assert corpus.entity_id("organization/symbolbild", "a") is None
    assert corpus.entity_id("person/dmitri-medwedew", "b") == "person/dmitry-medvedev"
    assert corpus.entity_named("Medwedew") == "person/dmitry-medvedev"
    assert corpus.warnings == ()


def test_aliases_naming_no_entity_warn_with_file_and_line():
    aliases = parse_aliases("version: 1\nignore:\n  - Nobody Here\n", "my/aliases.yml")
    corpus = build_corpus([record("a", ("Kiew", "place", ["Kiew"]))], aliases=aliases)
    assert corpus.warnings == ("my/aliases.yml:3: ignore: no entity is named 'Nobody Here'",)
    assert list(corpus.entities) == ["place/kiew"]


def test_related_articles_count_merged_spellings_once():
    corpus = build_corpus([
        record("a", ("Sergej Lawrow", "person", ["Lawrow"])),
        record("b", ("Sergey Lavrov", "person", ["Lavrov"])),
        record("c", ("Kiew", "place", ["Kiew"])),
    ])
    assert [r.slug for r in corpus.related["a"]] == ["b"]
    assert corpus.related["a"][0].shared == ("Sergej Lawrow",)
    assert corpus.related["c"] == ()


def test_declined_organisation_names_merge_but_first_names_do_not():
    registry = build_registry([
        record("a", ("Ukrainische Streitkräfte", "organization", ["Ukrainische Streitkräfte"])),
        record("b", ("ukrainischen Streitkräfte", "organization", ["ukrainischen Streitkräfte"])),
        record("c", ("Russischer Sicherheitsrat", "organization", ["Russischer Sicherheitsrat"])),
        record("d", ("russischen Sicherheitsrates", "organization", ["russischen Sicherheitsrates"])),
        record("e", ("Marie Curie", "person", ["Marie Curie"]), ("Mari Curie", "person", ["Mari Curie"])),
    ])
    assert sorted(registry.entities) == [
        "organization/russischer-sicherheitsrat", "organization/ukrainische-streitkraefte",
        "person/mari-curie", "person/marie-curie",
    ]


@pytest.mark.parametrize(
    "german, english", [("Kiew", "Kyiv"), ("Moskau", "Moscow"), ("Genf", "Geneva"), ("Charkiw", "Kharkiv"), ("USA", "United States")]
)
def test_one_place_spelt_the_german_and_the_english_way_is_one_entity(german, english):
    registry = build_registry([record("de", (german, "place", [german])), record("en", (english, "place", [english]))])
    places = [e for e in registry.entities.values() if e.type == "place"]
    assert len(places) == 1
    assert set(places[0].aliases) | {places[0].name} == {german, english}


def test_places_the_gazetteer_tells_apart_stay_apart():
    registry = build_registry([record("a", ("Kiew", "place", ["Kiew"])), record("b", ("Moskau", "place", ["Moskau"]))])
    assert len([e for e in registry.entities.values() if e.type == "place"]) == 2
