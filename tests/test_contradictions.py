"""Claims paired with their denials across the corpus (generator/contradictions.py), on the seed
and on short articles written for these tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.contradictions import pairs_by_article
from generator.corpus import build_corpus
from generator.extract import extract_record
from generator.ingest import parse_article, read_article
from generator.model import Entity, Mention, Record

SEED = Path(__file__).resolve().parent.parent / "articles" / "000_97597768f45d635b.txt"


def record(title: str, body: str, language: str, published: str, places: tuple[str, ...] = ()) -> Record:
    """An extracted article, with each of ``places`` marked as a place wherever it is named."""
    front = f"---\ntitle: {title}\npublished: {published}\nlanguage: {language}\n---\n\n"
    article = parse_article((front + body).encode(), f"articles/{title}.md", ".md")
    extracted = extract_record(article)
    text = article.text
    entities = tuple(
        Entity(f"place/{name.lower()}", name, "place", tuple(
            Mention(name, i, i + len(name)) for i in range(len(text)) if text.startswith(name, i)
        ))
        for name in places
    )
    return replace(extracted, annotations=replace(extracted.annotations, entities=entities))


@pytest.fixture(scope="module")
def seed_pairs():
    return build_corpus([extract_record(read_article(SEED))]).claim_pairs


def test_the_seed_pairs_trumps_claim_with_each_denial(seed_pairs):
    best: dict[int, object] = {}
    for pair in seed_pairs:
        best.setdefault(pair.denial.start, pair)  # pairs come best first for each denial
    assert len(best) == 3
    for pair in best.values():
        assert pair.claim.text.startswith("US-Präsident Donald Trump räumte am 13. März 2025 ein")
        assert pair.same_article and not pair.refers_back
    kiev, zelensky, staff = (best[k] for k in sorted(best))
    assert kiev.denial.speaker == "Kiew" and "umzingelt ~ eingekesselt" in kiev.shared
    assert "Truppen ~ Streitkräfte" in kiev.shared
    assert zelensky.denial.text == "Es gibt keine Einkreisung ukrainischer Truppen."
    assert "umzingelt ~ Einkreisung" in zelensky.shared
    assert staff.denial.speaker in {"ukrainische Generalstab", "Ukrainischer Generalstab"}
    assert staff.shared == ("umzingelt ~ Einkreisung",)


def test_the_seed_pairs_no_sentence_that_only_shares_places_or_troops(seed_pairs):
    claims = {pair.claim.text for pair in seed_pairs}
    assert not any(c.startswith(("Diese Haltung", "Die Lage in der russischen Region", "Viele ukrainische Soldaten")) for c in claims)
    assert not any(c.startswith("Er äußerte die Hoffnung") for c in claims)  # "eingeschlossen" is no synonym
    assert all(len(pair.shared) >= 1 for pair in seed_pairs)
    assert len(seed_pairs) <= 9  # at most three claims per denial


def test_a_claim_in_one_article_meets_its_denial_in_another():
    claim = record("Claim", "Russia's defence ministry said its forces had encircled thousands of Ukrainian troops near Kursk.",
                   "en", "2025-03-13", places=("Kursk",))
    denial = record("Denial", "Kyiv denied on Friday that Ukrainian troops near Kursk were encircled.",
                    "en", "2025-03-14", places=("Kursk",))
    (pair,) = build_corpus([claim, denial]).claim_pairs
    assert not pair.same_article
    assert pair.claim.slug == claim.article.slug and pair.denial.slug == denial.article.slug
    assert pair.denial.speaker == "Kyiv" and pair.denial.cue == "denied"
    assert {"encircled", "forces ~ troops", "Kursk"} <= set(pair.shared)
    index = pairs_by_article([pair])
    assert index[claim.article.slug] == index[denial.article.slug] == [pair]


def test_no_pair_across_articles_without_an_entity_in_common():
    claim = record("Claim", "Russia's defence ministry said its forces had encircled thousands of Ukrainian troops near Kursk.",
                   "en", "2025-03-13")
    denial = record("Denial", "Kyiv denied on Friday that Ukrainian troops near Kursk were encircled.", "en", "2025-03-14")
    assert build_corpus([claim, denial]).claim_pairs == ()


def test_across_articles_the_key_alone_is_not_enough():
    claim = record("Claim", "The rebels say they have encircled the airport in the north.", "en", "2025-03-13", places=("Kursk",))
    denial = record("Denial", "Kyiv denied on Friday that Ukrainian troops near Kursk were encircled.", "en", "2025-03-14",
                    places=("Kursk",))
    assert build_corpus([claim, denial]).claim_pairs == ()


def test_a_claim_that_negates_the_key_or_comes_from_the_denier_is_not_paired():
    body = (
        "Die Armee meldete, die Truppen seien bei Lindow umzingelt.\n\n"
        "Ein Sprecher sagte, die Truppen seien bei Lindow nicht umzingelt worden.\n\n"
        "Der Sprecher bestritt, dass die Truppen bei Lindow umzingelt seien."
    )
    pairs = build_corpus([record("Lindow", body, "de", "2025-03-13")]).claim_pairs
    assert [p.claim.text for p in pairs] == ["Die Armee meldete, die Truppen seien bei Lindow umzingelt."]
    assert set(pairs[0].shared) == {"Armee ~ Truppen", "Lindow", "umzingelt"}


def test_a_denial_without_a_topic_answers_the_sentence_before_it():
    body = "Russland meldete am Morgen die Einnahme des Dorfes Nowa. Kiew bestreitet das."
    (pair,) = build_corpus([record("Nowa", body, "de", "2025-03-13")]).claim_pairs
    assert pair.refers_back and pair.shared == ()
    assert pair.claim.text == "Russland meldete am Morgen die Einnahme des Dorfes Nowa."
    assert pair.denial.text == "Kiew bestreitet das."


def test_claim_kinds_quote_flagged_claim_and_statement():
    body = (
        "„Die Fabrik in Halden wird geschlossen“, sagte ein Gewerkschafter.\n\n"
        "Die Fabrik in Halden soll angeblich geschlossen werden.\n\n"
        "Die Fabrik in Halden wird im Herbst geschlossen.\n\n"
        "Der Konzern bestritt, dass die Fabrik in Halden geschlossen werde."
    )
    pairs = build_corpus([record("Halden", body, "de", "2025-03-13")]).claim_pairs
    kinds = {p.claim.paragraph: p.claim.kind for p in pairs}
    assert kinds == {1: "quote", 2: "claim", 3: "statement"}
    assert all(p.denial.speaker == "Konzern" for p in pairs)


def test_a_sentence_that_doubts_the_claim_is_no_claim():
    body = ("Kyiv denied on Friday that Ukrainian troops near Kursk were encircled. "
            "Moscow has not shown any evidence of the encirclement of troops near Kursk, analysts said.")
    assert build_corpus([record("Doubt", body, "en", "2025-03-14")]).claim_pairs == ()


def test_a_sentence_in_many_articles_is_paired_once_per_denial():
    claim = "Russia's defence ministry said its forces had encircled thousands of Ukrainian troops near Kursk."
    copies = [record(f"Copy {n}", claim, "en", f"2025-03-1{n}", places=("Kursk",)) for n in range(1, 6)]
    denial = record("Denial", "Kyiv denied on Friday that Ukrainian troops near Kursk were encircled.", "en", "2025-03-20",
                    places=("Kursk",))
    pairs = build_corpus([*copies, denial]).claim_pairs
    assert len(pairs) == 1 and pairs[0].claim.text == claim
