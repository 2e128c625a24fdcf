"""Denials and rejections (generator/extract/denials.py): sentences and quotations that say a
claim is not so, with their cue, speaker, what they deny and the word that carries it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from generator.extract import annotate
from generator.extract.context import Context
from generator.extract.denials import find_denials
from generator.ingest import parse_article, read_article
from generator.lexicon import LEXICON_DIR
from generator.model import Entity, Mention, Quote

SEED = Path(__file__).resolve().parent.parent / "articles" / "000_97597768f45d635b.txt"


def denials(text: str, language: str, quotes: tuple[Quote, ...] = ()):
    article = replace(parse_article(f"Titel\n\n{text}".encode(), "t.txt", ".txt"), language=language)
    return find_denials(Context(article, language, article.paragraphs, quotes=quotes))


def one(text: str, language: str):
    found = denials(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text,cue,speaker,key",
    [
        ("Kiew bestreitet jedoch vehement, dass seine Streitkräfte in der Region Kursk eingekesselt seien.",
         "bestreitet", "Kiew", "eingekesselt"),
        ("Das Ministerium wies die Vorwürfe der Korruption entschieden zurück.", "wies … zurück", "Ministerium", "Korruption"),
        ("Am Montag bestritt der Minister, dass er von den Zahlungen gewusst habe.", "bestritt", "Minister", "gewusst"),
        ("Die Berichte über eine Schließung des Werks entbehren jeder Grundlage, erklärte die Geschäftsführung.",
         "entbehren jeder Grundlage", "Geschäftsführung", "Schließung"),
        ("Der ukrainische Generalstab bezeichnete alle Berichte über eine Einkreisung als „falsch“.",
         "bezeichnete … als falsch", "ukrainische Generalstab", "Einkreisung"),
        ("Es gibt keine Hinweise auf eine Beteiligung Russlands an dem Anschlag.", "Es gibt keine", None, "Beteiligung"),
        ("Der Konzern widersprach der Darstellung, wonach 500 Stellen gestrichen werden sollen.",
         "widersprach", "Konzern", "gestrichen"),
        ("„Unsere Truppen sind nicht eingekesselt“, sagte der Sprecher.", "sind nicht eingekesselt", "Sprecher", "eingekesselt"),
        ("Die Vorwürfe wurden vom Verteidigungsministerium zurückgewiesen.", "zurückgewiesen", "Verteidigungsministerium", None),
        ("Zugleich wies Lindner den Vorwurf zurück, das Werk sei bewusst ausgehungert worden.",
         "wies … zurück", "Lindner", "ausgehungert"),
        ("Ein Sprecher sagte, eine Schließung des Werks sei nicht geplant.", "sei nicht geplant", "Sprecher", "Schließung"),
        ("Berichte über eine Einkreisung wies er erneut zurück.", "wies … zurück", None, "Einkreisung"),
    ],
)
def test_german_denials(text, cue, speaker, key):
    found = one(text, "de")
    assert (found.cue, found.speaker, found.key) == (cue, speaker, key)
    assert found.paragraph == 1


@pytest.mark.parametrize(
    "text,cue,speaker,key",
    [
        ("The Kremlin denied that Russian forces had encircled the town.", "denied", "Kremlin", "encircled"),
        ('"Our forces are not surrounded," the ministry said.', "are not surrounded", "ministry", "surrounded"),
        ('Zelensky insisted: "There is no encirclement of Ukrainian troops."', "There is no", "Zelensky", "encirclement"),
        ("A spokesman for the ministry rejected the allegations of bribery as baseless.",
         "rejected", "spokesman for the ministry", "bribery"),
        ("The minister called the reports of layoffs \"complete fabrications\".",
         "called … complete fabrications", "minister", "layoffs"),
        ("The allegations were denied by the defence ministry on Monday.", "denied", "defence ministry", None),
        ("Officials said the claims were fabricated.", "were fabricated", "Officials", None),
        ('"That is simply not true," said Maria Lopez, the union\'s chair.', "not true", "Maria Lopez", None),
        ('"There is no encirclement near Kursk," spokesman Dmytro Lykhovii said in Kyiv.',
         "There is no", "spokesman Dmytro Lykhovii", "encirclement"),
    ],
)
def test_english_denials(text, cue, speaker, key):
    found = one(text, "en")
    assert (found.cue, found.speaker, found.key) == (cue, speaker, key)


@pytest.mark.parametrize(
    "text,language",
    [
        ("Der Bürgermeister wies den Antrag der Opposition zurück.", "de"),  # refuses a motion
        ("Der Stürmer bestritt am Samstag sein 100. Länderspiel.", "de"),  # plays a match
        ("Es gibt keinen Zweifel, dass der Streik weitergeht.", "de"),  # affirms
        ("Die Stadt weist darauf hin, dass das Freibad geschlossen bleibt.", "de"),  # points out
        ("Sie nannte den Plan unausgegoren.", "de"),  # criticises, calls nothing untrue
        ("Die Ursache ist nicht bekannt, sagte die Polizei.", "de"),  # not known is no denial
        ("Unsere Truppen sind nicht eingekesselt.", "de"),  # the reporter's negation: no quote, no Konjunktiv
        ("„Diese Mannschaft hat nie aufgehört, an sich zu glauben“, sagte der Trainer.", "de"),  # a doing, not a state
        ("„Da gibt es kein Pardon“, warnte ein Sprecher der Polizei.", "de"),  # no mercy is no denial
        ("„Ich habe die Regel zu großzügig ausgelegt, das war falsch“, sagte der Minister.", "de"),  # admits
        ('"We have not stopped believing," the coach said.', "en"),
        ("The court denied bail to the suspect.", "en"),
        ("He was denied entry at the border.", "en"),
        ("The mayor rejected the offer from the developer.", "en"),
        ("There is no doubt that the strike will continue.", "en"),
        ("She called for an independent inquiry into the false claims.", "en"),
    ],
)
def test_not_denials(text, language):
    assert denials(text, language) == ()


def test_denial_inside_a_quotation_is_the_quotation_with_the_quote_speaker():
    text = "Selenskyj betonte jedoch: „Es gibt keine Einkreisung ukrainischer Truppen.“"
    start = text.index("Es gibt")
    quote = Quote(text[start:-1], start, len(text) - 1, "direct", "Wolodymyr Selenskyj")  # body offsets
    (found,) = denials(text, "de", quotes=(quote,))
    assert found.text == "Es gibt keine Einkreisung ukrainischer Truppen."
    assert found.speaker == "Wolodymyr Selenskyj"
    assert found.denied == "Einkreisung ukrainischer Truppen"


def test_a_denial_that_points_back_has_no_key():
    found = one("Der Kreml dementierte die Berichte umgehend.", "de")
    assert found.key is None and found.speaker == "Kreml"


def test_relative_clause_denies_the_main_clause():
    found = one("Moscow claims its troops took the village, which Kyiv denies.", "en")
    assert found.speaker == "Kyiv"
    assert found.denied == "Moscow claims its troops took the village"


def test_one_denial_per_sentence_and_offsets_hold():
    text = ("Kiew bestreitet das. Es gibt keine Einkreisung, und das ist nicht wahr.\n\n"
            "Der Kreml dementierte die Berichte umgehend.")
    article = parse_article(f"Titel\n\n{text}".encode(), "t.txt", ".txt")
    found = find_denials(Context(article, "de", article.paragraphs))
    assert [d.paragraph for d in found] == [1, 1, 2]
    for d in found:
        assert article.text[d.start : d.end] == d.text
        assert d.denied in d.text


def test_publisher_material_is_not_read():
    text = "Ein Bericht.\n\nUnterstützen Sie uns! Es gibt keine Alternative zu unabhängigem Journalismus, spenden Sie via Paypal."
    article = parse_article(f"Titel\n\n{text}".encode(), "t.txt", ".txt")
    assert annotate(article).denials == ()


def test_the_seed_denies_the_encirclement_three_times():
    found = annotate(read_article(SEED)).denials
    assert [d.cue for d in found] == ["bestreitet", "Es gibt keine", "bezeichnete … als falsch"]
    kiev, zelensky, staff = found
    assert (kiev.speaker, kiev.key) == ("Kiew", "eingekesselt")
    assert zelensky.text == "Es gibt keine Einkreisung ukrainischer Truppen." and zelensky.key == "Einkreisung"
    assert zelensky.speaker in {"Präsident Selenskyj", "Selenskyj", "Wolodymyr Selenskyj"}
    # The phrase as written, or the entity it names once the entity annotator knows it.
    assert staff.speaker in {"ukrainische Generalstab", "Ukrainischer Generalstab"}
    assert staff.denied == "alle Berichte über eine Einkreisung"


@pytest.mark.parametrize("language", ["de", "en"])
def test_lexicon_entries_are_words_not_yaml_booleans(language):
    """`on`, `no` and `false` unquoted are YAML booleans; every entry must stay a string."""
    for kind in ("denials", "topics"):
        data = yaml.safe_load((LEXICON_DIR / language / f"{kind}.yml").read_text(encoding="utf-8"))
        for key, items in data.items():
            if isinstance(items, list):
                flat = [x for item in items for x in (item if isinstance(item, list) else [item])]
                assert all(isinstance(x, str) for x in flat), (kind, key)


def test_a_speaker_phrase_takes_the_name_of_the_person_it_ends_with_not_of_a_place():
    text = "Die Stadtwerke Kassel wiesen den Bericht zurück. Präsident Selenskyj bestritt, dass Truppen eingekesselt seien."
    article = replace(parse_article(f"Titel\n\n{text}".encode(), "t.txt", ".txt"), language="de")
    at, who = text.index("Kassel"), text.index("Selenskyj")
    entities = (
        Entity("place/kassel", "Kassel", "place", (Mention("Kassel", at, at + 6),)),
        Entity("person/wolodymyr-selenskyj", "Wolodymyr Selenskyj", "person", (Mention("Selenskyj", who, who + 9),)),
    )
    found = find_denials(Context(article, "de", article.paragraphs, entities=entities))
    assert [d.speaker for d in found] == ["Stadtwerke Kassel", "Wolodymyr Selenskyj"]
