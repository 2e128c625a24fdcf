"""An optional spaCy backend for people, organisations and places.

Used only when ``DOSSIER_NER=spacy`` is set and spaCy and a model for the article's language
are installed by the user (``pip install spacy && python -m spacy download de_core_news_sm``);
Dossier itself never downloads anything. ``DOSSIER_SPACY_MODELS`` names other models
("de=de_core_news_lg,en=en_core_web_trf"). When spaCy or the model is missing, the rules in
entities.py run instead. spaCy finds the spans; merging, canonical names, titles and
gender are Dossier's own, so both backends give the same kind of record.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from functools import cache
from typing import Any

from generator.extract.firstnames import first_name_gender
from generator.extract.people import Person, bare, word_kind
from generator.model import Mention

BACKEND_ENV = "DOSSIER_NER"
MODELS_ENV = "DOSSIER_SPACY_MODELS"
DEFAULT_MODELS = {"de": "de_core_news_sm", "en": "en_core_web_sm"}
LABELS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}

Found = tuple[list[Person], list[tuple[str, tuple[Mention, ...]]], list[tuple[str, tuple[Mention, ...]]]]


def backend() -> str:
    """"spacy" or "rules", from the environment."""
    return "spacy" if os.environ.get(BACKEND_ENV, "").strip().lower() == "spacy" else "rules"


def models() -> dict[str, str]:
    """Model name per language: the defaults, overridden by ``DOSSIER_SPACY_MODELS``."""
    chosen = dict(DEFAULT_MODELS)
    for item in os.environ.get(MODELS_ENV, "").split(","):
        language, _, name = item.partition("=")
        if language.strip() and name.strip():
            chosen[language.strip()] = name.strip()
    return chosen


@cache
def load_model(name: str) -> Callable[[str], Any] | None:
    """The installed spaCy pipeline ``name``, or None (no spaCy, no such model). Never downloads."""
    try:
        import spacy
    except ImportError:
        warnings.warn(f"{BACKEND_ENV}=spacy, but spaCy is not installed: using the rules", stacklevel=2)
        return None
    try:
        return spacy.load(name, exclude=["lemmatizer", "textcat"])
    except (OSError, ValueError):
        warnings.warn(f"{BACKEND_ENV}=spacy, but the model {name!r} is not installed: using the rules", stacklevel=2)
        return None


def model_for(language: str) -> Callable[[str], Any] | None:
    """The model to use for ``language`` when the spaCy backend is chosen and available."""
    if backend() != "spacy" or language not in models():
        return None
    return load_model(models()[language])


def find_with_model(nlp: Callable[[str], Any], text: str, spans: list[tuple[int, int]], language: str) -> Found:
    """(people, organisations, places) from spaCy's entity spans over each paragraph."""
    by_type: dict[str, list[Mention]] = {"person": [], "organization": [], "place": []}
    for start, end in spans:
        for ent in nlp(text[start:end]).ents:
            entity_type = LABELS.get(ent.label_)
            if entity_type is None:
                continue
            mention = _clean(text, start + ent.start_char, start + ent.end_char, language, entity_type)
            if mention is not None:
                by_type[entity_type].append(mention)
    return _people(by_type["person"]), _grouped(by_type["organization"]), _grouped(by_type["place"])


def _clean(text: str, start: int, end: int, language: str, entity_type: str) -> Mention | None:
    """The mention without a leading title or article ("Präsident Selenskyj") or possessive."""
    words = text[start:end].split(" ")
    while len(words) > 1 and (word_kind(words[0], language).role or not words[0][:1].isupper()):
        start += len(words[0]) + 1
        words = words[1:]
    end = start + len(bare(" ".join(words)))
    if end <= start or not text[start].isupper() or (entity_type == "person" and word_kind(text[start:end], language).role):
        return None
    return Mention(text[start:end], start, end)


def _people(mentions: list[Mention]) -> list[Person]:
    """One person per surname: "Medwedew" joins "Dmitri Medwedew", the fullest form names it."""
    groups: dict[str, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        surname = mention.text.split()[-1].casefold()
        key = next((k for k in groups if k == surname or k + "s" == surname), surname)
        groups.setdefault(key, []).append(mention)
    people = []
    for group in groups.values():
        name = max(group, key=lambda m: (len(m.text.split()), -m.start)).text
        first = first_name_gender(name.split()[0]) if " " in name else None
        people.append(Person(name, tuple(group), (), first if first in ("male", "female") else None))
    return people


def _grouped(mentions: list[Mention]) -> list[tuple[str, tuple[Mention, ...]]]:
    groups: dict[str, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        groups.setdefault(mention.text.casefold(), []).append(mention)
    return [(group[0].text, tuple(group)) for group in groups.values()]
