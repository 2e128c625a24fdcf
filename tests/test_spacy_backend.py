"""The optional spaCy backend: chosen by DOSSIER_NER, tested with a stand-in model."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from generator.extract import spacy_backend
from generator.extract.context import Context
from generator.extract.entities import find_entities
from generator.model import Article, Paragraph

TEXT = "Präsident Wolodymyr Selenskyj traf in Kyjiw Vertreter der NATO. Selenskyjs Büro schwieg. Selenskyj reiste ab."


class FakeModel:
    """Stands in for a spaCy pipeline: ``nlp(text).ents`` with label_, start_char, end_char."""

    def __init__(self, spans: list[tuple[str, str]]):
        self.spans = spans
        self.calls = 0

    def __call__(self, text: str):
        self.calls += 1
        ents = []
        for phrase, label in self.spans:
            at = text.find(phrase)
            while at >= 0:
                ents.append(SimpleNamespace(label_=label, start_char=at, end_char=at + len(phrase), text=phrase))
                at = text.find(phrase, at + 1)
        return SimpleNamespace(ents=sorted(ents, key=lambda e: e.start_char))


def article(text: str = TEXT) -> Article:
    return Article("t.txt", "0" * 16, "t", "0" * 64, "T", text, (Paragraph(0, len(text)),), language="de")


@pytest.fixture
def fake(monkeypatch):
    model = FakeModel([
        ("Präsident Wolodymyr Selenskyj", "PER"), ("Kyjiw", "LOC"), ("NATO", "ORG"),
        ("Selenskyjs", "PER"), ("Selenskyj reiste", "MISC"), ("Selenskyj", "PER"),
    ])
    monkeypatch.setenv("DOSSIER_NER", "spacy")
    monkeypatch.setattr(spacy_backend, "load_model", lambda name: model)
    return model


def test_the_backend_is_chosen_by_the_environment(monkeypatch):
    monkeypatch.delenv("DOSSIER_NER", raising=False)
    assert spacy_backend.backend() == "rules"
    monkeypatch.setenv("DOSSIER_NER", "spaCy")
    assert spacy_backend.backend() == "spacy"
    monkeypatch.setenv("DOSSIER_SPACY_MODELS", "de=de_core_news_lg, fr=fr_core_news_sm")
    assert spacy_backend.models()["de"] == "de_core_news_lg" and spacy_backend.models()["fr"] == "fr_core_news_sm"


def test_spans_from_the_model_are_merged_cleaned_and_typed(fake):
    a = article()
    found = {(e.type, e.name): [m.text for m in e.mentions] for e in find_entities(Context(a, "de", a.paragraphs))}
    assert fake.calls == 1
    person = found[("person", "Wolodymyr Selenskyj")]
    assert person[0] == "Wolodymyr Selenskyj" and "Selenskyj" in person  # title dropped, surname merged
    assert found[("place", "Kyjiw")] == ["Kyjiw"] and found[("organization", "NATO")] == ["NATO"]
    for entity in find_entities(Context(a, "de", a.paragraphs)):
        for mention in entity.mentions:
            assert a.text[mention.start : mention.end] == mention.text


def test_without_spacy_the_rules_run(monkeypatch):
    monkeypatch.setenv("DOSSIER_NER", "spacy")
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy raises ImportError
    spacy_backend.load_model.cache_clear()
    with pytest.warns(UserWarning, match="spaCy is not installed"):
        assert spacy_backend.model_for("de") is None
    a = article()
    names = {e.name for e in find_entities(Context(a, "de", a.paragraphs))}
    assert "NATO" in names and any("Selenskyj" in n for n in names)
    spacy_backend.load_model.cache_clear()


def test_a_missing_model_falls_back_too(monkeypatch):
    fake_spacy = SimpleNamespace(load=lambda name, exclude=(): (_ for _ in ()).throw(OSError("no model")))
    monkeypatch.setitem(sys.modules, "spacy", fake_spacy)
    monkeypatch.setenv("DOSSIER_NER", "spacy")
    spacy_backend.load_model.cache_clear()
    with pytest.warns(UserWarning, match="not installed"):
        assert spacy_backend.model_for("en") is None
    spacy_backend.load_model.cache_clear()
