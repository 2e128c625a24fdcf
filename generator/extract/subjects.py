"""Who a cue's subject is: the noun phrase that names the speaker, read from the tokens.

German puts the finite verb second: the subject stands before it ("Müller warnte:"), or
right after it when something else comes first ("„…“, sagte Müller", "Zugleich wies Lindner
… zurück", "Fehler habe es gegeben, räumte Hollmann ein"); in a subordinate clause it
follows the conjunction ("wie die Leitung der Kinderklinik mitteilte"). English puts the
subject before the verb ("Claes told reporters"), or after it right behind a quote
('"…," said Ruth Okonkwo'). Appositions and relative clauses between subject and verb are
skipped ("Ein Anwohner, der …, sagte"), and a name in apposition is kept ("Der Vorsitzende
des Hausärzteverbands, Uwe Sander, kritisierte"). A verb without a subject of its own
("…, betonte jedoch:", "and said") returns None: it shares the previous one.
"""

from __future__ import annotations

from generator.extract.cues import Cue, clause_end
from generator.extract.noun_phrases import (
    MAX_NP,
    NounPhrase,
    is_modifier,
    is_noun,
    parse_np,
    quoted_name,
    subject_np,
)
from generator.extract.quote_lexicon import QuoteLexicon
from generator.extract.tokens import Token


def _boundary(tokens: list[Token], v: int, skip: int = -1) -> tuple[int, int]:
    """Index after the last hard clause boundary before token ``v`` (":", ";", a sentence end,
    a quote that ends an attribution, the window start), and the index of that quote (or -1);
    a quote at index ``skip`` is no boundary."""
    for j in range(v - 1, max(-1, v - 40), -1):
        t = tokens[j]
        if j == skip:
            continue
        if t.kind == "p" and t.text in ";:.!?":
            return j + 1, -1
        if t.kind == "q" and j + 1 < len(tokens) and tokens[j + 1].text == ",":
            return j + 2, j  # '„…“, sagte er': the clause starts after the comma
        if t.kind == "q" and t.text[-1:] in ",!?":
            return j + 1, j  # '"…," she said'
    return max(0, v - 39), -1


def _segments(tokens: list[Token], start: int, stop: int) -> list[tuple[int, int]]:
    """``tokens[start:stop]`` split at commas and dashes."""
    parts, begin = [], start
    for j in range(start, stop):
        if tokens[j].kind == "p" and tokens[j].text in ",–—":
            parts.append((begin, j))
            begin = j + 1
    parts.append((begin, stop))
    return parts


def _covers(np: NounPhrase | None, stop: int) -> bool:
    return np is not None and np.last >= stop


def _np_of_segment(
    tokens: list[Token], start: int, stop: int, lex: QuoteLexicon, loose: bool
) -> NounPhrase | None:
    """The segment as one noun phrase (leading conjunctions skipped). ``loose``: adverbs and a
    prepositional phrase may follow it ("Müller selbst", "Kohl vom Berliner Institut")."""
    while start < stop and tokens[start].low in lex.conjunctions:
        start += 1
    if start >= stop or tokens[start].low in lex.oblique:
        return None
    np = subject_np(tokens, start, stop, lex)
    if np is None:
        return None
    if np.last >= stop:
        return np
    if not loose:
        return None
    if not lex.compounds:  # English: a prepositional phrase or a relative clause may follow
        nxt = tokens[np.last]
        if nxt.low in lex.preps or nxt.low in lex.relatives:
            return np
        # the rest of a firm's name the phrase stopped in: "Dev Raman of Carrow & Pike"
        return np if nxt.text == "&" and all(t.cap or t.text == "&" for t in tokens[np.last : stop]) else None
    first = next((t for t in tokens[np.last : stop] if t.kind != "q"), None)  # past a name: "vom Gasthaus „Zur Post“ in …"
    if first is None:
        return np
    if not (first.low in lex.preps or first.low in lex.adverbs or first.low in lex.conjunctions):
        return None  # only a prepositional phrase, an adverb or "und …" may follow the subject
    for t in tokens[np.last : stop]:
        if t.kind == "q":
            continue  # "Wirt Georg Stadler vom Gasthaus „Zur Post“"
        if (
            t.kind == "q"
            or t.kind == "w"
            and t.text[0].islower()
            and not (
                t.low in lex.adverbs
                or t.low in lex.preps
                or t.low in lex.determiners
                or t.low in lex.conjunctions
                or is_modifier(t, lex)
            )
        ):
            return None
    return np


def _with_appositions(
    tokens: list[Token], head: NounPhrase, parts: list[tuple[int, int]], lex: QuoteLexicon
) -> NounPhrase:
    found = []
    for start, stop in parts:
        np = _np_of_segment(tokens, start, stop, lex, loose=True)
        if np is not None and np.kind == "np":
            found.append((np.first, np.last))
    return NounPhrase(head.first, head.core, head.last, head.kind, tuple(found))


def _parenthetical(tokens: list[Token], start: int, stop: int, lex: QuoteLexicon) -> bool:
    """Whether a segment can stand between a subject and its verb: an apposition, a
    relative clause, an age ("Claes, 52, said")."""
    if start >= stop:
        return True
    first = tokens[start]
    if first.low in lex.conjunctions and start + 1 < stop and tokens[start + 1].low in lex.relatives:
        first = tokens[start + 1]  # "…, and who asked not to be named,"
    if (
        first.kind == "n"
        or first.low in lex.relatives
        or first.low in lex.possessives
        or first.low in lex.determiners
    ):
        return True  # "Claes, 52,", "…, who asked not to be named,", "…, the minority whip,"
    if first.low in lex.preps and stop - start <= 6:
        return True  # "Sarah Jenkins, 34, from Bristol, said"
    return _np_of_segment(tokens, start, stop, lex, loose=True) is not None


def _subject_before(tokens: list[Token], begin: int, verb: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The noun phrase (with appositions) that ends where the verb's clause starts."""
    parts = _segments(tokens, begin, verb)
    for h, (start, stop) in enumerate(parts):
        if stop == start:
            continue
        np = _np_of_segment(tokens, start, stop, lex, loose=lex.compounds)
        if np is None and not lex.compounds and tokens[start].low in lex.preps and h + 1 < len(parts):
            continue  # "At an evacuation center in Anderson, retired mechanic Dale Whitcomb, 68, said"
        if np is None and not lex.compounds:  # "A woman who lives above the takeaway, and who …, said"
            relative = next((r for r in range(start + 1, stop) if tokens[r].low in lex.relatives and not tokens[r].cap), None)
            np = _np_of_segment(tokens, start, relative, lex, loose=False) if relative else None
        if np is None:
            return None
        if all(_parenthetical(tokens, s, e, lex) for s, e in parts[h + 1 :]):
            return _with_appositions(tokens, np, parts[h + 1 :], lex)
        return None
    return None


def _after_verb(tokens: list[Token], j: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The subject right after a verb: adverbs and object pronouns skipped ("schrieb mir eine Leserin")."""
    end = clause_end(tokens, j - 1, reach=MAX_NP + 6, quotes_end=False)
    while j < end and (tokens[j].low in lex.adverbs or tokens[j].low in lex.objects):
        j += 1
    if j >= end or tokens[j].low in lex.oblique:
        return None
    if (
        lex.compounds
        and tokens[j].kind == "w"
        and tokens[j].text[0].islower()
        and not (
            tokens[j].low in lex.determiners
            or tokens[j].low in lex.possessives
            or tokens[j].low in lex.pronouns
            or tokens[j].low in lex.indefinites
        )
    ):
        return None  # ", forderte aber nächtliche Abschaltzeiten": an object, not a subject
    if quoted_name(tokens[j]):
        return NounPhrase(j, j + 1, j + 1)  # "laut „Spiegel“"
    np = subject_np(tokens, j, end, lex)
    if np is None or np.kind != "np":
        return np
    stop = clause_end(tokens, np.last - 1)
    if stop < len(tokens) and tokens[stop].text == ",":  # "sagte die Koordinatorin …, Amira Haddad, per …"
        nxt = clause_end(tokens, stop)
        if nxt > stop + 1:
            app = _np_of_segment(tokens, stop + 1, nxt, lex, loose=False)
            if app is not None and app.kind == "np":
                return NounPhrase(np.first, np.core, np.last, np.kind, ((app.first, app.last),))
    return np


def subject_of(tokens: list[Token], cue: Cue, lex: QuoteLexicon) -> NounPhrase | None:
    """The subject of ``cue``'s verb, or None when it has none of its own (it shares the last one)."""
    if lex.compounds:
        return _german_subject(tokens, cue, lex)
    return _english_subject(tokens, cue, lex)


def _german_subject(tokens: list[Token], cue: Cue, lex: QuoteLexicon) -> NounPhrase | None:
    v = cue.verb
    begin, _ = _boundary(tokens, v)
    parts = _segments(tokens, begin, v)
    own_start = parts[-1][0]
    first = tokens[own_start]
    if own_start < v and (first.low in lex.subordinators or first.low in lex.relatives) and not first.cap:
        return _after_verb(tokens, own_start + 1, lex)  # "wie die Leitung der Kinderklinik mitteilte"
    finite = v
    if cue.kind == "participle":
        for j in range(v - 1, begin - 1, -1):
            if tokens[j].low in lex.auxiliaries:
                finite = j
                break
    if finite > begin and tokens[finite - 1].low in lex.conjunctions:
        return None  # "… und betonte": the same subject
    last_start, last_stop = _segments(tokens, begin, finite)[-1]
    if last_start > begin and last_stop > last_start:  # "…, und eine Schülerin fragte"
        np = _np_of_segment(tokens, last_start, last_stop, lex, loose=True)
        if np is not None:
            return np
    if finite > begin:
        np = _subject_before(tokens, begin, _before_brackets(tokens, begin, finite), lex)
        if np is not None and not _object_first(tokens, np, finite, lex):
            return np
        main = finite + 1 < len(tokens) and tokens[finite + 1].kind == "w" and (
            tokens[finite + 1].low in lex.determiners or tokens[finite + 1].cap
        )  # "Als erste Zeugin sagte die Verkäuferin aus": the verb stands second, its subject after it
        if tokens[own_start].low in lex.subordinators and own_start < finite and not main:
            return _after_verb(tokens, own_start + 1, lex)
    return _after_verb(tokens, finite + 1, lex)


def _before_brackets(tokens: list[Token], begin: int, verb: int) -> int:
    """Where the subject before ``verb`` ends: before a short bracket right in front of the
    verb ("Petra Lindner (CSU) sagte"), else at the verb."""
    if verb - 1 <= begin or tokens[verb - 1].text != ")":
        return verb
    for j in range(verb - 2, max(begin, verb - 8) - 1, -1):
        if tokens[j].text == "(":
            return j if j > begin else verb
        if tokens[j].kind == "p" and tokens[j].text not in ",/-":
            break
    return verb


def _object_first(tokens: list[Token], np: NounPhrase, finite: int, lex: QuoteLexicon) -> bool:
    """Whether the phrase before a German finite verb is its object, because a subject pronoun
    follows the verb: "Berichte über Opfer bezeichnete er als …", "Den Vorwurf wies sie zurück".
    "er" can only be a subject; "sie" also an object ("Die Ministerin nannte sie …"), so it
    counts only after a phrase with a determiner that names no role."""
    if np.kind != "np" or finite + 1 >= len(tokens) or tokens[finite + 1].low not in lex.pronouns:
        return False
    if lex.pronouns[tokens[finite + 1].low] == "male":
        return True
    phrase = tokens[np.first : np.core]
    return phrase[0].low in lex.determiners and not any(lex.roles.search(t.low) for t in phrase if t.kind == "w")


def _english_subject(tokens: list[Token], cue: Cue, lex: QuoteLexicon, skip: int = -1) -> NounPhrase | None:
    """The subject of an English verb; ``skip`` is a quote to read past as part of a parenthesis."""
    v = cue.verb
    if _passive_agent(tokens, cue, lex):
        return _after_verb(tokens, cue.last + 1, lex)  # "a letter written by the fire chief, Walt Emery"
    begin, quote = _boundary(tokens, v, skip)
    after_quote = quote >= 0
    k = v - 1
    while k >= begin and (
        tokens[k].low in lex.auxiliaries
        or tokens[k].low in lex.adverbs
        or tokens[k].low.endswith(lex.adverb_endings)
        and tokens[k].low not in lex.ly_nouns
    ):
        if tokens[k].low in lex.infinitive_markers and k - 1 >= begin and not tokens[k - 1].cap:
            k -= 1  # "she liked to say", "my father used to say"
        k -= 1
    if k == begin and tokens[k].low in lex.demonstratives:
        return _after_verb(tokens, cue.last, lex)  # '"…" So said the coach.'
    if k >= begin and tokens[k].low in lex.conjunctions:
        return None  # "… and said": the same subject
    if lex.participle_endings and tokens[v].low.endswith(lex.participle_endings):
        return _participle_subject(tokens, begin, k, lex)
    if k < begin:
        np = _after_verb(tokens, cue.last, lex) if after_quote else None
        if (
            np is None and after_quote and skip < 0
        ):  # '…, which ran … "Operation Tapwater", said in a statement'
            return _english_subject(tokens, cue, lex, quote)
        return np
    if tokens[k].text == ",":
        return _subject_before(tokens, begin, k + 1, lex)
    if tokens[k].low in lex.relatives and k - 1 > begin and tokens[k - 1].text == ",":
        return _relative_antecedent(tokens, begin, k - 1, lex)  # "… to Edna Fairweather, 81, who said"
    if k > begin and tokens[k].low in lex.pronouns:
        return NounPhrase(k, k + 1, k + 1, "pronoun")  # "charged … for what she called": not the clause before
    seg = _segments(tokens, begin, k + 1)[-1][0]
    seg = _after_object_relative(tokens, seg, k, lex)  # "a decision that opponents called"
    while seg < k and (
        tokens[seg].low in lex.subordinators
        or tokens[seg].low in lex.relatives
        or tokens[seg].low in lex.conjunctions
        or tokens[seg].low in lex.adverbs
    ):
        seg += 1
    np = _np_of_segment(tokens, seg, k + 1, lex, loose=True)
    if np is not None:
        return np
    for start in range(seg, k + 1):
        if tokens[start].low in lex.subordinators or tokens[start].low in lex.relatives and start == seg:
            continue
        np = subject_np(tokens, start, k + 1, lex)
        if _covers(np, k + 1):
            return np
    return None


def _after_object_relative(tokens: list[Token], seg: int, k: int, lex: QuoteLexicon) -> int:
    """Where the subject of a verb at ``k + 1`` starts when an object relative opens its clause
    inside the segment: after "that" in "a decision that opponents called …", so the noun the
    clause hangs on is not taken for the subject. "The minister who resigned said" keeps its
    own subject: "who" is a subject itself, and "resigned" no noun."""
    for j in range(k - 1, seg - 1, -1):
        if tokens[j].low in lex.object_relatives and not tokens[j].cap:
            last = tokens[k].low
            if last.endswith(("ed", "ing")) or tokens[k].kind != "w":
                return seg
            np = subject_np(tokens, j + 1, k + 1, lex)
            return j + 1 if _covers(np, k + 1) else seg
    return seg


def _passive_agent(tokens: list[Token], cue: Cue, lex: QuoteLexicon) -> bool:
    """Whether a cue is a passive with its agent after "by" ("written by the chief", not
    "said by phone")."""
    j = cue.last
    if not lex.passive_endings or j + 1 >= len(tokens) or tokens[j].low != "by":
        return False
    agent = tokens[j + 1]
    return tokens[cue.verb].low.endswith(lex.passive_endings) and (
        agent.cap or agent.low in lex.determiners or agent.low in lex.possessives
    )


def _relative_antecedent(tokens: list[Token], begin: int, comma: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The noun phrase a relative clause after ``comma`` hangs on: the one that ends the
    segment before it, an age or a number in between skipped ("Edna Fairweather, 81, who")."""
    parts = [p for p in _segments(tokens, begin, comma) if p[1] > p[0]]
    while parts and all(t.kind == "n" for t in tokens[parts[-1][0] : parts[-1][1]]):
        parts.pop()
    if not parts:
        return None
    start, stop = parts[-1]
    for first in range(max(start, stop - MAX_NP), stop):
        np = subject_np(tokens, first, stop, lex)
        if _covers(np, stop) and np.kind == "np" and any(t.cap for t in tokens[np.first : np.core]):
            return np
    return None


def _participle_subject(tokens: list[Token], begin: int, k: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The subject of "telling", "citing": the phrase just before, the last pronoun, or the
    sentence's subject ("Judge Susan Pryce … refused bail, citing …")."""
    for j in range(k, max(begin - 1, k - 2), -1):
        if tokens[j].low in lex.pronouns:
            return NounPhrase(j, j + 1, j + 1, "pronoun")  # "He kept saying"
        if tokens[j].low in lex.first_person:
            return NounPhrase(j, j + 1, j + 1, "first")  # "I kept telling everybody, '…'": the narrator
    document = _document_before(tokens, begin, k, lex)
    if document is not None:  # "inspection reports since 2017 warning of …": the reports speak
        return document
    if k >= begin and tokens[k].text != ",":
        for start in range(max(begin, k - MAX_NP), k + 1):
            np = subject_np(tokens, start, k + 1, lex)
            if _covers(np, k + 1):
                before = tokens[np.first - 1].low if np.first > begin else ""
                if before in lex.auxiliaries or before in lex.preps and before not in ("with", "without", "mit", "ohne"):
                    break  # "burst into her office shouting": the object of a preposition
                    # ("with the judge calling …" gives the participle its subject)
                return np
        for j in range(k - 1, begin, -1):  # "a colleague had burst into …": the phrase before the auxiliary
            if tokens[j].low in lex.auxiliaries and tokens[j].low != "to":
                for start in range(max(begin, j - MAX_NP), j):
                    np = subject_np(tokens, start, j, lex)
                    if _covers(np, j):
                        return np
                break
    for j in range(k, begin - 1, -1):
        if tokens[j].low in lex.pronouns:
            return NounPhrase(j, j + 1, j + 1, "pronoun")
    start = begin
    while start < k and (tokens[start].low in lex.conjunctions or tokens[start].kind == "p"):
        start += 1
    opening = sentence_subject(tokens, k + 1, lex)  # "The chancellor, Rachel Whitmore, has …, insisting"
    return opening if opening is not None and opening.appositions else subject_np(tokens, start, k + 1, lex)


def _document_before(tokens: list[Token], begin: int, k: int, lex: QuoteLexicon) -> NounPhrase | None:
    """A statement noun that a participle cue hangs on, a short phrase of time between
    ("four inspection reports since 2017 warning of …", "a memo warning that …")."""
    j = k
    if j - 1 >= begin and tokens[j].kind == "n" and tokens[j - 1].low in lex.preps:
        j -= 2  # "since 2017"
    if j < begin or tokens[j].kind != "w":
        return None
    word = tokens[j].low
    noun = word if word in lex.statements else next(
        (word[: -len(e)] for e in lex.plural_endings if word.endswith(e) and word[: -len(e)] in lex.statements), None
    )
    if noun is None:
        return None
    for start in range(max(begin, j - MAX_NP), j + 1):
        np = subject_np(tokens, start, j + 1, lex)
        if _covers(np, j + 1):
            return np
    return None


def sentence_subject(tokens: list[Token], v: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The subject that opens the clause of token ``v``, with its appositions: the subject a
    coordinated verb shares when no cue came before ("Martin Oakes apologised … and said")."""
    begin, _ = _boundary(tokens, v)
    parts = _segments(tokens, begin, v)
    np = (
        _np_of_segment(tokens, parts[0][0], parts[0][1], lex, loose=True)
        if parts[0][1] > parts[0][0]
        else None
    )
    if np is None:
        start = parts[0][0]
        while start < v and (tokens[start].low in lex.conjunctions or tokens[start].low in lex.adverbs):
            start += 1
        np = parse_np(tokens, start, v, lex)  # "Die Ministerin verließ den Saal und sagte"
        return np if np is not None and np.first == start else None
    appositions = []
    for start, stop in parts[1:]:
        app = _np_of_segment(tokens, start, stop, lex, loose=False)
        if app is None:
            break
        appositions.append(app)
    return _with_appositions(tokens, np, [(a.first, a.last) for a in appositions], lex)


def phrase_after(tokens: list[Token], i: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The speaker phrase after a cue phrase ("laut Kohl", "according to Lotte Verbeke, a …")."""
    while i < len(tokens) and tokens[i].low in lex.lead_links and tokens[i].kind == "w":
        if tokens[i].low in lex.genitives and i + 1 < len(tokens) and is_noun(tokens[i + 1], lex):
            break  # "nach Angaben der Staatsanwaltschaft": the article belongs to the phrase
        i += 1
    return _after_verb(tokens, i, lex) if i < len(tokens) else None


def phrase_before(tokens: list[Token], i: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The speaker phrase that ends just before token ``i`` ("Paolo Ferri zufolge")."""
    for start in range(max(0, i - MAX_NP), i):
        if tokens[start].kind == "p" or tokens[start].kind == "q":
            continue
        np = parse_np(tokens, start, i, lex)
        if _covers(np, i):
            return np
    return None


__all__ = [
    "NounPhrase",
    "parse_np",
    "phrase_after",
    "phrase_before",
    "sentence_subject",
    "subject_np",
    "subject_of",
]
