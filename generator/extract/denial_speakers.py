"""Who denies: the speaker phrase around a denial's cue, found from capitals, articles and the
word lists of the denial lexicon (no parser). A phrase that holds an entity mention gives the
entity's name; otherwise the words as written, without their article ("ukrainische Generalstab")."""

from __future__ import annotations

import re

from generator.extract.clauses import Sentence, strip
from generator.extract.denial_lexicon import DenialLexicon
from generator.model import Entity

SUBJECT_WORDS = 8  # the longest speaker phrase
_ADJECTIVE = re.compile(r"[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)$")  # "ukrainische", "russischen"
_INSIDE_NAMES = frozenset({"of", "for", "des", "der"})  # "spokesman for the ministry", "Sprecher des Konzerns"
_RELATIVE = frozenset({"was", "wie", "which", "as", "who"})


def noun_phrase(sentence: Sentence, i: int, j: int, lex: DenialLexicon) -> tuple[int, int] | None:
    """Words ``i`` … ``j`` as a speaker phrase without its article ("Der ukrainische Generalstab" →
    "ukrainische Generalstab"), or None when they are not one."""
    i, j = strip(sentence, i, j, lex.adverbials | lex.breaks | _RELATIVE, lex.adverbials)
    j = next((k for k in range(i + 1, j) if "," in sentence.gap(k) or (
        sentence.lower(k) in lex.prepositions and sentence.lower(k) not in _INSIDE_NAMES)), j)
    if i >= j or j - i > SUBJECT_WORDS or sentence.lower(i) in lex.prepositions:
        return None
    words = [sentence.word(k) for k in range(i, j)]
    if any(sentence.lower(k) in lex.claim_nouns or sentence.lower(k) in lex.falsity for k in range(i, j)):
        return None
    if lex.verb_final:
        if not words[-1][:1].isupper():
            return None
        if any(not (w[:1].isupper() or w.lower() in lex.articles or _ADJECTIVE.match(w)) for w in words):
            return None
    elif not any(w[:1].isupper() for w in words) and words[-1].lower() in lex.stopwords:
        return None
    i, j = strip(sentence, i, j, lex.articles)
    return (i, j) if i < j else None


def named(sentence: Sentence, words: tuple[int, int], entities: tuple[Entity, ...]) -> str:
    """The phrase, or the person or organisation it ends with (its name as the article gives it):
    "Präsident Selenskyj" → "Wolodymyr Selenskyj", but "Stadtwerke Kassel" is no place."""
    start, end = sentence.offsets(*words)
    for mention_start, name in _ending_at(entities).get(end, ()):
        if start <= mention_start:
            return name
    return sentence.phrase(*words)


_ENDS: list = [None, {}]  # the last article's entities and its index: named() is asked per denial


def _ending_at(entities: tuple[Entity, ...]) -> dict[int, list[tuple[int, str]]]:
    """Mention end → (mention start, name) of the people and organisations, in entity order;
    built once per article, where a pass over every mention per phrase was quadratic."""
    if _ENDS[0] is not entities:
        index: dict[int, list[tuple[int, str]]] = {}
        for entity in entities:
            if entity.type != "place":
                for m in entity.mentions:
                    index.setdefault(m.end, []).append((m.start, entity.name))
        _ENDS[:] = [entities, index]
    return _ENDS[1]


def subject(sentence: Sentence, first: int, cue_last: int, lex: DenialLexicon, entities) -> str | None:
    """Who the verb's subject is: before it ("Kiew bestreitet"), after it in a German inverted
    clause ("bestritt der Minister"), or after "by"/"von" in a passive ("dementiert vom Kreml")."""
    begin = sentence.clause_start(first)
    if begin < first and sentence.lower(begin) in _RELATIVE:  # "…, was Kiew bestreitet"
        begin += 1
    for k in range(begin, first):  # passive: "vom Kreml dementiert", "was denied by the ministry"
        if sentence.lower(k) in ("von", "vom") and k + 1 < first:
            phrase = noun_phrase(sentence, k + 1, first, lex)
            if phrase:
                return named(sentence, phrase, entities)
    if cue_last + 1 < len(sentence.spans) and sentence.lower(cue_last) == "by":
        end = sentence.clause_end(cue_last, lex.breaks)
        phrase = noun_phrase(sentence, cue_last + 1, min(end, cue_last + 1 + SUBJECT_WORDS), lex)
        if phrase:
            return named(sentence, phrase, entities)
    # German: the noun phrase the clause opens with ("Das Ministerium hat … zurückgewiesen").
    stop = leading(sentence, begin, first, lex) if lex.verb_final else first
    phrase = noun_phrase(sentence, begin, stop, lex)
    if phrase:
        return named(sentence, phrase, entities)
    if lex.verb_final and first + 1 < len(sentence.spans):  # "Am Montag bestritt der Minister, …"
        k = first + 1
        while k < len(sentence.spans) and sentence.lower(k) in lex.adverbials:
            k += 1
        stop = k
        while stop < len(sentence.spans) and stop - k < SUBJECT_WORDS and not sentence.stops_before(stop) and (
            sentence.capital(stop) or sentence.lower(stop) in lex.articles or _ADJECTIVE.match(sentence.word(stop))
        ) and "," not in sentence.gap(stop):
            if stop > k and sentence.lower(stop) in lex.articles and sentence.capital(stop - 1):
                break  # "wies Lindner den Vorwurf …": the object's article ends the subject
            stop += 1
        phrase = noun_phrase(sentence, k, stop, lex) if stop > k and sentence.capital(stop - 1) else None
        if phrase:
            return named(sentence, phrase, entities)
    return None


def leading(sentence: Sentence, begin: int, limit: int, lex: DenialLexicon) -> int:
    """One past the noun phrase that words ``begin`` … ``limit`` open with (capitals, articles and,
    in German, inflected adjectives): "Präsident Selenskyj gab …" → after "Selenskyj"."""
    stop = begin
    while stop < limit and not (stop > begin and (sentence.stops_before(stop) or "," in sentence.gap(stop))) and (
        sentence.capital(stop) or sentence.lower(stop) in lex.articles
        or (lex.verb_final and _ADJECTIVE.match(sentence.word(stop)) and sentence.lower(stop) not in lex.stopwords)
    ):
        stop += 1
    return stop


def opening_speaker(sentence: Sentence, inside: tuple[int, int], lex: DenialLexicon, entities) -> str | None:
    """The speaker a sentence opens with, before the quotation: "Präsident Selenskyj … betonte: „…“"."""
    limit = sentence.index_at(inside[0])
    stop = leading(sentence, 0, limit, lex)
    if stop == 0 or stop >= limit:
        return None
    phrase = noun_phrase(sentence, 0, stop, lex)
    return named(sentence, phrase, entities) if phrase else None


def reporter(sentence: Sentence, first: int, lex: DenialLexicon, entities) -> str | None:
    """The speaker of a speech verb before the denial: "Officials said the claims were fabricated"."""
    verb = next((k for k in range(first - 1, -1, -1) if sentence.lower(k) in lex.speech), None)
    if verb is None:
        return None
    begin = sentence.clause_start(verb)
    phrase = noun_phrase(sentence, begin, leading(sentence, begin, verb, lex) if lex.verb_final else verb, lex)
    return named(sentence, phrase, entities) if phrase else None


def attribution(sentence: Sentence, inside, lex: DenialLexicon, entities) -> str | None:
    """A speaker named after the denial: "„…“, sagte Selenskyj.", "…, spokesman X said in Kyiv.",
    "…, the ministry said."."""
    spans = sentence.spans
    after = sentence.index_at(inside[1]) if inside else None
    last_comma = max((k for k in range(1, len(spans)) if "," in sentence.gap(k)), default=None)
    start = after if after is not None and after < len(spans) else last_comma
    if start is None or (inside is None and start == 0):
        return None
    end = min(len(spans), start + SUBJECT_WORDS + 3)
    verb = next((k for k in range(start, end) if sentence.lower(k) in lex.speech), None)
    if verb == start:
        phrase = noun_phrase(sentence, start + 1, end, lex)  # "sagte ein Sprecher", "said Zelensky"
    elif verb is not None:
        phrase = noun_phrase(sentence, start, verb, lex)  # "spokesman Dmytro Lykhovii said"
    elif len(spans) - start > SUBJECT_WORDS + 1:
        return None
    elif lex.verb_final or not sentence.capital(start) and sentence.lower(start) not in lex.articles:
        phrase = noun_phrase(sentence, start + 1, len(spans), lex)
    else:
        phrase = noun_phrase(sentence, start, len(spans) - 1, lex)  # "the ministry said"
    return named(sentence, phrase, entities) if phrase else None
