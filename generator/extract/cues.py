"""Cues in an attribution window: speech verbs and cue phrases, found among its tokens.

A cue is a speech verb ("sagte", "told"), a separable verb whose particle closes the
clause ("räumte am 13. März 2025 ein, dass" → "räumte … ein"), a verb with the
preposition that takes the quote ("bezeichnete … als", "sprach von"), or a cue phrase:
one whose speaker follows ("laut", "according to"), precedes ("zufolge"), follows a comma
at the end ("…, so Faber"), is hearsay ("hieß es aus …", "hört man") or a possessive
("ihrer Einschätzung nach", "in his words"). Lists: ``speech_verbs.yml`` and ``cues.yml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.extract.quote_lexicon import Phrase, QuoteLexicon
from generator.extract.tokens import Token

CLAUSE_ENDS = frozenset(",;:.!?()–—")
PARTICLE_REACH = 30  # tokens between a separable verb and its particle


@dataclass(frozen=True)
class Cue:
    first: int  # index of the cue's first token
    last: int  # index after its last token (a separable particle included)
    verb: int  # index of the (finite) verb or of the phrase's first word
    text: str  # as reported: "sagte", "räumte … ein", "laut"
    kind: str  # verb | participle | manner | display | lead | trail | comma | hearsay | possessive
    owner: str | None = None  # possessive cues: the possessive word ("ihrer", "his")


def clause_end(tokens: list[Token], i: int, reach: int = PARTICLE_REACH, quotes_end: bool = True) -> int:
    """Index of the first token after ``i`` that ends the clause (or the window's end); a
    quote ends it unless ``quotes_end`` is False ("wies die Vorwürfe als „…“ zurück")."""
    for j in range(i + 1, min(len(tokens), i + 1 + reach)):
        t = tokens[j]
        if t.kind == "q" and quotes_end or (t.kind == "p" and t.text in CLAUSE_ENDS):
            return j
    return min(len(tokens), i + 1 + reach)


def find_cues(tokens: list[Token], lex: QuoteLexicon) -> list[Cue]:
    """The cues among ``tokens``, in order, none overlapping another."""
    cues: list[Cue] = []
    i, n = 0, len(tokens)
    starts = lex.cue_starts
    while i < n:
        if tokens[i].low not in starts:
            i += 1
            continue
        cue = _cue_at(tokens, i, lex)
        if cue is None:
            i += 1
            continue
        cues.append(cue)
        i = cue.verb + 1 if cue.kind in ("verb", "participle") else cue.last
    return cues


def _cue_at(tokens: list[Token], i: int, lex: QuoteLexicon) -> Cue | None:
    t = tokens[i]
    if t.kind != "w":
        return None
    low = t.low
    for table, kind in ((lex.lead, "lead"), (lex.hearsay, "hearsay"), (lex.words, "words")):
        words = _phrase_at(tokens, i, table.get(low, ()))
        if words:
            return Cue(i, i + words, i, " ".join(x.text for x in tokens[i : i + words]), kind)
    if low in lex.possessive or low in lex.possessives:
        cue = _possessive_at(tokens, i, lex)
        if cue:
            return cue
    if low in lex.trail:
        return Cue(i, i + 1, i, t.text, "trail")
    if low in lex.comma and i > 0 and tokens[i - 1].text == ",":
        return Cue(i, i + 1, i, t.text, "comma")
    if not t.text[0].islower():
        return None  # verbs are written in lower case; "Laut" was handled above
    words = _phrase_at(tokens, i, lex.multiword_verbs.get(low, ()))
    if words:
        return Cue(i, i + words, i, " ".join(x.text for x in tokens[i : i + words]), "verb")
    if low in lex.separable:
        cue = _separable_at(tokens, i, lex)
        if cue:
            return cue
    if low in lex.verbs:
        if i + 1 < len(tokens) and tokens[i + 1].low in lex.not_before.get(low, ()):
            return None  # "The findings add to evidence": no speech
        kind = "participle" if low in lex.participles else "verb"
        if kind == "participle" and i + 1 < len(tokens) and tokens[i + 1].low in lex.passive:
            return None  # "versprochen worden": a passive reports no speaker
        return _with_preposition(tokens, Cue(i, i + 1, i, t.text, kind), lex)
    if low in lex.manner:
        return Cue(i, i + 1, i, t.text, "manner")
    if low in lex.display:
        return Cue(i, i + 1, i, t.text, "display")
    return None


def _phrase_at(tokens: list[Token], i: int, phrases: tuple[Phrase, ...]) -> int:
    """Length of the longest of ``phrases`` that starts at token ``i`` (0 if none)."""
    for phrase in phrases:
        end = i + len(phrase)
        if end <= len(tokens) and all(tokens[i + k].low == w for k, w in enumerate(phrase)):
            return len(phrase)
    return 0


def _possessive_at(tokens: list[Token], i: int, lex: QuoteLexicon) -> Cue | None:
    """ "ihrer Einschätzung nach", "nach seinen Worten", "in his words" at token ``i``."""
    candidates = lex.possessive.get(tokens[i].low, ()) + lex.possessive.get("*", ())
    for phrase in candidates:
        end = i + len(phrase)
        if end > len(tokens):
            continue
        owner = None
        for k, word in enumerate(phrase):
            low = tokens[i + k].low
            if word == "*" and low in lex.possessives:
                owner = tokens[i + k].text
            elif word != low:
                break
        else:
            if owner:
                return Cue(i, end, i, " ".join(x.text for x in tokens[i:end]), "possessive", owner)
    return None


def _separable_at(tokens: list[Token], i: int, lex: QuoteLexicon) -> Cue | None:
    """A separable verb whose particle stands at the end of its clause: "räumte … ein"."""
    end = clause_end(tokens, i, quotes_end=False)
    for particle in lex.separable[tokens[i].low]:
        first = end - len(particle)
        if first <= i:
            continue
        if all(tokens[first + k].low == w for k, w in enumerate(particle)):
            words = " ".join(x.text for x in tokens[first:end])
            text = f"{tokens[i].text} {words}" if first == i + 1 else f"{tokens[i].text} … {words}"
            return Cue(i, end, i, text, "verb")
    return None


def _with_preposition(tokens: list[Token], cue: Cue, lex: QuoteLexicon) -> Cue:
    """A verb shown with the preposition that takes the quote: "sprach von", "bezeichnete … als"."""
    preps = lex.prepositions.get(tokens[cue.verb].low)
    if not preps:
        return cue
    end = clause_end(tokens, cue.verb)
    only_adverbs = True
    for j in range(cue.verb + 1, end):
        low = tokens[j].low
        if low in preps:
            verb = tokens[cue.verb].text
            text = f"{verb} {tokens[j].text}" if only_adverbs else f"{verb} … {tokens[j].text}"
            return Cue(cue.first, cue.last, cue.verb, text, cue.kind)
        only_adverbs = only_adverbs and low in lex.adverbs
    return cue
