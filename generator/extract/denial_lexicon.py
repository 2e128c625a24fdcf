"""The denial lexicon (``generator/lexicon/<lang>/denials.yml``), compiled once per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from generator.extract.phrases import OPENERS, PhraseSet, phrase_key
from generator.lexicon import LANGUAGES, load

_KINDS = ("verbs", "object_verbs", "calling_verbs", "phrases", "existential", "falsity")


@dataclass(frozen=True)
class DenialLexicon:
    cues: PhraseSet
    kinds: dict[str, tuple[str, ...]]  # cue key → its kinds, in the order they are tried
    particles: dict[str, tuple[tuple[str, ...], ...]]  # "weist" → (("zurück",), ("von", "sich"))
    falsity: frozenset[str]
    falsity_starts: frozenset[str]  # the first word of each falsity phrase: a cheap first test
    claim_nouns: frozenset[str]
    not_denied: frozenset[str]
    not_objects: frozenset[str]
    openers: frozenset[str]
    breaks: frozenset[str]
    auxiliaries: frozenset[str]
    adverbials: frozenset[str]
    articles: frozenset[str]
    prepositions: frozenset[str]
    copulas: frozenset[str]
    speech: frozenset[str]
    intensifiers: frozenset[str]
    stopwords: frozenset[str]
    reported: frozenset[str]  # auxiliaries of reported speech ("seien nicht eingekesselt")
    participle_prefixes: tuple[str, ...]
    participle_endings: tuple[str, ...]
    not_participles: frozenset[str]
    intent_participles: frozenset[str]  # "nicht geplant": the subject carries what is denied
    separable: tuple[str, ...]  # "ein" in "eingekesselt"
    verb_final: bool  # German subordinate clauses end with their verb


def _keys(items) -> frozenset[str]:
    return frozenset(phrase_key(str(item)) for item in items or ())


@cache
def denial_lexicon(language: str) -> DenialLexicon:
    """The compiled denial lexicon of ``language`` ("" or an unknown language: all of them)."""
    languages = (language,) if language in LANGUAGES else LANGUAGES
    data: dict[str, list] = {}
    for lang in languages:
        for kind, items in (load("denials", lang) or {}).items():
            data.setdefault(kind, []).extend(items or ())
        topics = load("topics", lang) or {}
        data.setdefault("stopwords", []).extend(topics.get("stopwords", ()))
        data.setdefault("separable", []).extend(topics.get("separable_prefixes", ()))
    kinds: dict[str, list[str]] = {}
    particles: dict[str, list[tuple[str, ...]]] = {}
    searched = []
    for kind in _KINDS:
        for entry in data.get(kind, ()):
            finite, _, particle = str(entry).partition("…")
            key = phrase_key(finite)
            searched.append(finite.strip())
            kinds.setdefault(key, [])
            if kind not in kinds[key]:
                kinds[key].append(kind)
            if particle.strip():
                particles.setdefault(key, []).append(tuple(phrase_key(particle).split()))
    for aux in data.get("negated_auxiliaries", ()):  # "sind nicht", "wasn't"
        for phrase in [aux] if "n't" in str(aux) else [f"{aux} {neg}" for neg in data.get("negations", ())]:
            searched.append(str(phrase))
            kinds.setdefault(phrase_key(str(phrase)), ["negation"])
    order = {"calling_verbs": 0, "verbs": 1, "object_verbs": 2, "existential": 3, "phrases": 4, "falsity": 5, "negation": 6}
    return DenialLexicon(
        cues=PhraseSet.compile(searched, (*OPENERS, "„", "“", '"')),  # a quotation may open with a cue
        kinds={k: tuple(sorted(v, key=order.__getitem__)) for k, v in kinds.items()},
        particles={k: tuple(v) for k, v in particles.items()},
        falsity=_keys(data.get("falsity")),
        falsity_starts=frozenset(key.split()[0] for key in _keys(data.get("falsity"))),
        claim_nouns=_keys(data.get("claim_nouns")),
        not_denied=_keys(data.get("not_denied")),
        not_objects=_keys(data.get("not_objects")),
        openers=_keys(data.get("clause_openers")),
        breaks=_keys(data.get("clause_breaks")),
        auxiliaries=_keys(data.get("auxiliaries")),
        adverbials=_keys(data.get("adverbials")),
        articles=_keys(data.get("articles")),
        prepositions=_keys(data.get("prepositions")),
        copulas=_keys(data.get("copulas")),
        speech=_keys(data.get("speech_verbs")),
        intensifiers=_keys(data.get("intensifiers")),
        stopwords=_keys(data.get("stopwords")),
        reported=_keys(data.get("reported_auxiliaries")),
        participle_prefixes=tuple(str(p) for p in data.get("participle_prefixes", ())),
        participle_endings=tuple(str(p) for p in data.get("participle_endings", ())),
        not_participles=_keys(data.get("not_denied_participles")),
        intent_participles=_keys(data.get("intent_participles")),
        separable=tuple(str(p) for p in data.get("separable", ())),
        verb_final=language == "de",
    )
