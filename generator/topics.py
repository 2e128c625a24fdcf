"""Topic words: what a sentence is about, as concepts that inflection and synonyms cannot hide.

A word becomes a concept in three steps, all driven by ``generator/lexicon/<lang>/topics.yml``:
a German participle loses its "ge" (eingekesselt → einkesselt), the Snowball stemmer of the
language (PyStemmer) cuts the ending, and a final "t" after a long stem goes, so that
"eingekesselt", "einkesseln" and "Einkesselung" meet at "einkessel". Words of one synonym group
("umzingeln", "einkreisen", "einkesseln") then share the group's concept. Stop words, numbers
and generic words ("Vorwürfe", "reports") are no concept at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import Stemmer

from generator.lexicon import LANGUAGES, load

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
MIN_LENGTH = 3


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language, cached
class TopicWords:
    """The topic lexicon of one language, compiled."""

    stemmer: Stemmer.Stemmer
    stopwords: frozenset[str]
    generic: frozenset[str]  # normalised forms
    synonyms: dict[str, str]  # normalised form → concept of its group
    infix: str  # "ge" for German participles, "" for none
    prefixes: tuple[str, ...]  # separable prefixes before the infix ("ein" in "eingekesselt")
    negations: frozenset[str] = frozenset()  # "nicht", "keine", "not": a claim they negate is no claim
    seen: dict[str, str | None] = field(default_factory=dict)  # word → concept, filled as words are met

    def normal(self, word: str) -> str:
        """The stem a word is compared by (participle folded, ending cut, a final "t" dropped)."""
        lower = word.lower()
        if self.infix and word[:1].islower() and _participle_shaped(lower):
            lower = _fold_participle(lower, self.infix, self.prefixes)
        stem = self.stemmer.stemWord(lower)
        if self.infix and len(stem) > 5 and stem.endswith("t"):
            stem = stem[:-1]
        return stem

    def concept(self, word: str) -> str | None:
        """The concept a word stands for, or None for a stop word, a number or a generic word."""
        try:
            return self.seen[word]
        except KeyError:
            found = self.seen[word] = _concept(self, word)
            return found

    def words(self, text: str, start: int, end: int) -> set[str]:
        """The concepts of ``text[start:end]``, without the words that name them (the fast path)."""
        seen, concept = self.seen, self.concept
        found = {seen[w] if w in seen else concept(w) for w in _WORD.findall(text, start, end)}
        found.discard(None)
        return found


def _participle_shaped(lower: str) -> bool:
    """Ends like a participle, inflected or not: "eingekesselt", "eingekesselte", "getroffenen"."""
    for ending in ("en", "em", "er", "es", "e"):
        if lower.endswith(ending) and lower[: -len(ending)].endswith("t"):
            return True
    return lower.endswith(("t", "en"))


def _fold_participle(lower: str, infix: str, prefixes: tuple[str, ...]) -> str:
    """ "eingekesselt" → "einkesselt", "getötet" → "tötet" (a short word keeps its "ge")."""
    for prefix in prefixes:
        if lower.startswith(prefix + infix) and len(lower) > len(prefix) + len(infix) + 3:
            return prefix + lower[len(prefix) + len(infix) :]
    if lower.startswith(infix) and len(lower) > len(infix) + 4:
        return lower[len(infix) :]
    return lower


def _concept(topics: TopicWords, word: str) -> str | None:
    lower = word.lower()
    if len(lower) < MIN_LENGTH or lower in topics.stopwords or not lower[0].isalpha():
        return None
    stem = topics.normal(word)
    if stem in topics.generic:
        return None
    return topics.synonyms.get(stem, stem)


@cache
def topic_words(language: str) -> TopicWords:
    """The compiled topic lexicon of ``language`` (an unknown language: English rules, no stemming)."""
    data = load("topics", language) if language in LANGUAGES else {}
    data = data or {}
    try:
        stemmer = Stemmer.Stemmer(data.get("stemmer", "porter"))
    except KeyError:
        stemmer = Stemmer.Stemmer("porter")
    bare = TopicWords(
        stemmer=stemmer,
        stopwords=frozenset(str(w).lower() for w in data.get("stopwords", ())),
        generic=frozenset(),
        synonyms={},
        infix=str(data.get("participle_infix") or ""),
        prefixes=tuple(sorted((str(p) for p in data.get("separable_prefixes", ())), key=len, reverse=True)),
    )
    generic = frozenset(bare.normal(str(w)) for w in data.get("generic", ()))
    synonyms: dict[str, str] = {}
    for group in data.get("synonyms", ()):
        words = [str(w) for w in group]
        concept = bare.normal(words[0])
        for word in words:
            synonyms.setdefault(bare.normal(word), concept)
    negations = frozenset(str(w).lower() for w in data.get("negations", ()))
    return TopicWords(stemmer, bare.stopwords, generic, synonyms, bare.infix, bare.prefixes, negations)


def concepts(text: str, language: str, start: int = 0, end: int | None = None) -> dict[str, str]:
    """{concept: the first word that names it} for the words of ``text[start:end]``."""
    topics = topic_words(language)
    found: dict[str, str] = {}
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        concept = topics.concept(word)
        if concept is not None and concept not in found:
            found[concept] = word
    return found
