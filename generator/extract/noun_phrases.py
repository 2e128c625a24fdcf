"""Noun phrases in a window's tokens: a determiner, modifiers, nouns and names, and a genitive
or "of/for" complement ("Ein Sprecher der russischen Armee", "spokesman for the ministry").

German nouns are capitalised, so a phrase is its capitalised words; English phrases take any
word that is not a function word or a verb, and a name ends at the first lower-case word
after it ("Judge Susan Pryce set …"). The word classes come from ``grammar.yml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.extract.quote_lexicon import QuoteLexicon
from generator.extract.tokens import Token

MAX_NP = 12  # tokens in a noun phrase


@dataclass(frozen=True)
class NounPhrase:
    first: int  # index of its first token (a determiner included)
    core: int  # index after the core (determiner, modifiers, nouns and names)
    last: int  # index after the phrase (a genitive or "of/for" complement included)
    kind: str = "np"  # np | pronoun | first (ich, I) | none (a subject that names nobody)
    appositions: tuple[tuple[int, int], ...] = ()  # (first, last) of phrases in apposition


def is_function_word(t: Token, lex: QuoteLexicon) -> bool:
    low = t.low
    return contracted_pronoun(t) is not None or (
        low in lex.preps
        or low in lex.conjunctions
        or low in lex.subordinators
        or low in lex.adverbs
        or low in lex.auxiliaries
        or low in lex.pronouns
        or low in lex.objects
        or low in lex.relatives
        and not t.cap
    )


def is_noun(t: Token, lex: QuoteLexicon) -> bool:
    """Whether a token can be a noun or a name in a noun phrase."""
    if t.kind == "n":
        return t.text[-1].isalpha()  # "38-Jährige"
    if t.kind != "w" or is_function_word(t, lex) or t.low in lex.determiners or t.low in lex.possessives:
        return False
    if lex.compounds:
        return t.cap or t.low in lex.titles
    # English: names, and common nouns that are not verbs or adverbs
    return t.cap or not (
        t.low in lex.verbs or t.low in lex.manner or t.low.endswith(lex.adverb_endings) and t.low not in lex.ly_nouns
    )


def is_modifier(t: Token, lex: QuoteLexicon) -> bool:
    """A word that may stand between determiner and noun."""
    if t.kind == "n":
        return True
    if t.kind != "w" or is_function_word(t, lex):
        return False
    if lex.compounds:
        return t.text[0].islower() and t.low.endswith(lex.adjective_endings)
    return False


def _name_particle(tokens: list[Token], j: int, heads: int, n: int, lex: QuoteLexicon) -> bool:
    """A lower-case word inside a name: after a name word, before a capitalised one; "der"
    and "den" only after another particle ("von der Leyen")."""
    t = tokens[j]
    if t.low not in lex.name_particles or j <= heads or j + 1 >= n or not t.text[0].islower():
        return False
    nxt, before = tokens[j + 1], tokens[j - 1]
    if t.low in lex.inner_particles:
        return f"{before.low} {t.low}" in lex.particle_pairs and nxt.cap
    inner = f"{t.low} {nxt.low}" in lex.particle_pairs and j + 2 < n and tokens[j + 2].cap  # "von der Leyen"
    # not after a role noun: "die Ministerin zu Beginn der Debatte" is no name
    return (nxt.cap or inner) and before.cap and before.low not in lex.titles and not lex.roles.search(before.low)


def quoted_name(t: Token) -> bool:
    """A quote that reads as a short name ("„Spiegel“", '"Politico"'): it may head a phrase."""
    text = t.text.strip()
    return (
        t.kind == "q"
        and 0 < len(text) <= 60
        and text[0].isupper()
        and text.count(" ") < 5
        and text[-1] not in ".!?,"
    )


def _affiliation(tokens: list[Token], j: int, n: int, lex: QuoteLexicon) -> bool:
    """Whether ``tokens[j]`` ("at") links a role to a named organisation ("at the Alliance")."""
    if tokens[j].low not in lex.affiliations:
        return False
    k = j + 1 + (j + 1 < n and tokens[j + 1].low in lex.determiners)
    return k < n and tokens[k].cap


def _joins_name(tokens: list[Token], k: int, n: int) -> bool:
    """An ampersand between two capitalised words of a firm's name ("Morrow & Keane")."""
    return tokens[k].text == "&" and 0 < k < n - 1 and tokens[k - 1].cap and tokens[k + 1].cap


def parse_np(tokens: list[Token], i: int, end: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The noun phrase that starts at token ``i`` (before ``end``), or None."""
    n = min(end, len(tokens), i + MAX_NP)
    j = i
    if (
        i + 2 < n and tokens[i].low in lex.partitives and tokens[i + 1].low in lex.genitives
        and (tokens[i + 1].low in lex.determiners or tokens[i + 2].low in lex.determiners)  # not "One of them"
    ):
        return _with_complements(tokens, i, i + 1, i + 1, n, lex)  # "Eine der Unterzeichnerinnen"
    if (
        i + 2 < n and tokens[i].low in lex.partitives and tokens[i + 1].low in lex.genitives
        and tokens[i + 2].low in lex.group_pronouns
    ):
        return NounPhrase(i, i + 3, i + 3)  # "One of them, who …, said": one of the group, its head "them"
    if (
        (
            j < n
            and tokens[j].kind == "w"
            and (tokens[j].low in lex.determiners or tokens[j].low in lex.possessives)
        )
        or j < n
        and tokens[j].kind == "w"
        and tokens[j].low.endswith(("'s", "’s"))
        and not tokens[j].cap
    ):
        j += 1
    while j < n and is_modifier(tokens[j], lex) and not is_noun(tokens[j], lex):
        j += 1
    heads = j
    if i < j < n and quoted_name(tokens[j]):
        return NounPhrase(i, j + 1, j + 1)  # "Die „Süddeutsche Zeitung“ berichtete"
    while j < n:
        t = tokens[j]
        if is_noun(t, lex):
            if (
                not lex.compounds
                and j > heads + 1
                and not t.cap
                and tokens[j - 1].cap
                and tokens[j - 2].cap
                and not tokens[j - 1].low.endswith(("'s", "’s", "'", "’"))
                and not any(  # "White House press secretary": a role a word or two on
                    lex.roles.search(u.low) for u in tokens[j : min(n, j + 3)] if u.kind == "w" and not u.cap
                )
            ):
                break  # "Judge Susan Pryce set …" ends at the name; "Cal Fire spokesperson Jenna Ruiz" goes on
            j += 1
        elif _name_particle(tokens, j, heads, n, lex):
            j += 1  # "Pieter van Dam", "Ursula von der Leyen"
        elif (
            t.text == "."
            and j > heads
            and tokens[j - 1].low in lex.titles
            or t.text == "-"
            and j > heads
            and j + 1 < n
            and is_noun(tokens[j + 1], lex)
        ):
            j += 1
        else:
            break
    if j == heads:
        return None
    return _with_complements(tokens, i, heads, j, n, lex)


def _with_complements(tokens: list[Token], i: int, heads: int, j: int, n: int, lex: QuoteLexicon) -> NounPhrase:
    """The phrase from ``i`` whose core ends at ``j``, with up to two complements after it."""
    core = j
    for _ in range(2):  # "Sprecher der russischen Armee", "spokesman for the U.S. Attorney's Office"
        linked = lex.postpositive.get(tokens[j - 1].low) if j > heads + 1 else None
        if j < n and tokens[j].kind == "w" and (
            tokens[j].low in lex.genitives or tokens[j].low == linked or _affiliation(tokens, j, n, lex)
        ):
            # … or an adjective's own phrase: "a person familiar with the matter"
            k = j + 1
            if not lex.compounds and k < n and tokens[k].low in lex.determiners:
                k += 1
            while k < n and (is_modifier(tokens[k], lex) or tokens[k].low in lex.numerals) and not is_noun(tokens[k], lex):
                k += 1
            start = k
            while k < n and (is_noun(tokens[k], lex) or _joins_name(tokens, k, n)):
                k += 1
            if k == start or j > core and any(tokens[m].low.endswith(lex.recipients) for m in range(start, k)):
                break  # a second complement naming a medium is whom it was said to
            if any(tokens[m].low in lex.calendar for m in range(start, k)):
                break  # "eine Stellungnahme der Initiative … vom Mittwoch": a date, not a name
            j = k
    return NounPhrase(i, core, j)


def subject_np(tokens: list[Token], i: int, end: int, lex: QuoteLexicon) -> NounPhrase | None:
    """A subject at token ``i``: a pronoun, an indefinite ("man", "someone") or a noun phrase."""
    if i >= min(end, len(tokens)):
        return None
    t = tokens[i]
    if t.kind == "w" and t.low in lex.pronouns:
        return NounPhrase(i, i + 1, i + 1, "pronoun")
    if t.kind == "w" and t.low in lex.indefinites:
        nxt = tokens[i + 1] if i + 1 < min(end, len(tokens)) else None
        if nxt is None or not is_noun(nxt, lex) or nxt.low in lex.indefinites:
            return NounPhrase(i, i + 1, i + 1, "none")  # "sagen viele", "someone shouted"
        return parse_np(tokens, i + 1, end, lex)  # "Viele Teilnehmer riefen": a group
    if t.kind == "w" and t.low in lex.first_person:
        return NounPhrase(i, i + 1, i + 1, "first")
    base = contracted_pronoun(t)  # "We'd love to …", "He's said": a pronoun with its verb, no name
    if base:
        kind = "first" if base in lex.first_person else "pronoun" if base in lex.pronouns else "none"
        return NounPhrase(i, i + 1, i + 1, kind)
    return parse_np(tokens, i, end, lex)


_CONTRACTED = frozenset("i we you he she it they".split())


def contracted_pronoun(t: Token) -> str | None:
    """The English pronoun a word contracts with a verb ("we'd", "they’ve" → "we", "they")."""
    if t.kind != "w" or not ("'" in t.low or "’" in t.low):
        return None
    base = t.low.replace("’", "'").split("'", 1)[0]
    return base if base in _CONTRACTED else None


def in_subjunctive(tokens: list[Token], lex: QuoteLexicon) -> bool:
    """Whether the words hold a German Konjunktiv, the mood that goes on with reported
    speech: a listed form ("sei", "habe"), or an -e form right after a third-person subject
    that opens a sentence ("Die Landesregierung verstecke sich", where the indicative is
    "versteckt"; past forms in -te are not it)."""
    if any(t.kind == "w" and t.low in lex.subjunctive for t in tokens):
        return True
    if not lex.compounds:
        return False
    for i, t in enumerate(tokens):
        if t.kind != "w" or i and tokens[i - 1].text not in ".!?:;":
            continue
        np = subject_np(tokens, i, len(tokens), lex)
        if np is None or np.kind == "first" or np.last >= len(tokens):
            continue
        verb = tokens[np.last]
        if (
            verb.kind == "w" and verb.text[0].islower() and verb.low.endswith("e")
            and not verb.low.endswith("te") and verb.low != "wurde"
            and not is_function_word(verb, lex) and verb.low not in lex.determiners
        ):
            return True
    return False
