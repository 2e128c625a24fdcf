"""Attribution: for one quote in its sentence, its kind, its cue and its speaker.

Read in this order, the first that applies wins:

1. **Term** by its surroundings (see ``kinds.py``).
2. **After a colon**: direct; the cue is the last cue before the colon (``warnte:``,
   ``stellte am Nachmittag klar:``), or, with no speech verb, the words between the subject
   and the colon (``zeigte sich zuversichtlich:``).
3. **A split quote**: ``"A," X said, "B."`` gives B the cue and speaker of A; direct.
4. **Cue after the quote**: ``„…“, sagte er``, ``"…," the minister said``, ``„…“, so
   Faber``: direct when the quote opens the sentence, else partial.
5. **A cue closing the quote's own clause**: ``die Berger „schlicht unsozial“ nannte``.
6. **A cue before it in the sentence** (the nearest): partial (``räumte … ein, dass „…“``),
   or direct for a whole sentence right after the verb (``riefen ‚Verlasst …!‘``).
7. **A cue after it in the sentence**: partial (``Es habe „…“ gegeben, versicherte sie``).
8. **No cue**: a whole quoted sentence, or a Konjunktiv fragment ("Man halte sich „…“"),
   continues the previous sentence's attribution; an English Title Case name, or anything
   else nobody is said to utter, is a term.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.extract.cues import CLAUSE_ENDS, Cue, find_cues
from generator.extract.kinds import english_title, name_like, sentence_like, term_by_context, words_of
from generator.extract.noun_phrases import NounPhrase, in_subjunctive, is_function_word, parse_np, subject_np
from generator.extract.quote_lexicon import QuoteLexicon
from generator.extract.speakers import NOBODY, Speaker, SpeakerIndex, pronoun_speaker, resolve
from generator.extract.subjects import phrase_after, phrase_before, sentence_subject, subject_of
from generator.extract.tokens import Token

AFTER_REACH = 24  # tokens after a quote in which its cue may stand ('"…," one neighbor, who …, told us')
_SPEAKING = ("verb", "participle", "lead", "trail", "comma", "hearsay", "possessive", "words")
_BREAKS = CLAUSE_ENDS - {",", "–", "—"}  # what may not stand between a quote and its cue after it
Named = tuple[Speaker, int]  # a speaker and the offset where the text names it


@dataclass(frozen=True)
class Attribution:
    kind: str  # direct | partial | term
    cue: str | None = None
    speaker: Speaker = NOBODY
    position: int = -1  # where the speaker is named (for pronouns later on)
    announces: bool = False  # a sentence that ends in its cue ("Fendt widersprach."): reported speech follows


TERM = Attribution("term")


class Clause:
    """The tokens of a sentence (or of a window of it) and its cues; who a cue names is
    worked out when first asked (most cues of a sentence are never asked about)."""

    def __init__(
        self, tokens: list[Token], lex: QuoteLexicon, index: SpeakerIndex, narrator: Speaker | None = None
    ):
        self.tokens, self.lex, self.index, self.narrator = tokens, lex, index, narrator
        self.cues = find_cues(tokens, lex)
        self._named: dict[int, Named] = {}

    def index_of(self, offset: int) -> int:
        """Index of the token that starts at ``offset`` (a quote's opening mark)."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def speaker(self, i: int) -> Named:
        """Who cue ``i`` names; a verb without a subject of its own shares the previous cue's."""
        if i not in self._named:
            cue = self.cues[i]
            found = cue_speaker(self.tokens, cue, self.lex, self.index, self.narrator)
            if found is None:
                found = (NOBODY, -1)
                if cue.kind != "display":
                    for j in range(i - 1, max(-1, i - 4), -1):
                        if self.speaker(j)[0].name:
                            found = self.speaker(j)
                            break
                    else:
                        np = sentence_subject(self.tokens, cue.verb, self.lex)
                        if np is not None:
                            found = (
                                resolve(np, self.tokens, self.index, self.narrator),
                                self.tokens[np.first].start,
                            )
            self._named[i] = found
        return self._named[i]

    def attributed(self, kind: str, i: int) -> Attribution:
        speaker, position = self.speaker(i)
        return Attribution(kind, self.cues[i].text, speaker, position)


@dataclass(frozen=True)
class Window:
    """A quote among the tokens of its sentence."""

    clause: Clause
    k: int  # index of the quote's token
    before_char: str  # the characters just outside its marks
    after_char: str


def attribute(
    window: Window,
    lex: QuoteLexicon,
    index: SpeakerIndex,
    previous: Callable[[], Attribution | None],
    narrator: Speaker | None = None,
    following: Callable[[], Attribution | None] = lambda: None,
) -> Attribution:
    """The attribution of ``window``'s quote; ``previous`` gives the last one before its
    sentence, ``following`` the one of a next sentence that points back ("Das sagte X");
    ``narrator`` is the speaker of the quote it lies in, if it lies in one."""
    clause, k = window.clause, window.k
    tokens, cues = clause.tokens, clause.cues
    quote = tokens[k].text
    shown = _shown(clause, k, lex)  # what a sign says: 'Signs read "Save Lincoln"'
    if shown is not None:
        return shown
    if term_by_context(tokens, k, quote, lex, window.before_char, window.after_char):
        return TERM
    prev = tokens[k - 1].text if k > 0 else ""
    opens = all(t.kind == "p" and t.text in "–—-(" for t in tokens[:k])
    if prev == ":":
        return _after_colon(clause, k, lex, index, previous)
    if prev == ",":
        split = _split_quote(clause, k)
        if split:
            return split
    before = [i for i, c in enumerate(cues) if c.first < k and c.kind in _SPEAKING]  # "wies … als „…“ zurück"
    # The comma or mark inside the quote's end, past a nested quote's close ("'Go,'").
    closes = (k + 1 < len(tokens) and tokens[k + 1].text in ",–—") or quote.rstrip().rstrip("'’‘\"”“»«›‹")[-1:] in ",!?…"
    if closes and (opens or not before):
        found = _cue_after(clause, k, lex)
        if found is not None:
            return clause.attributed("direct" if opens else "partial", found)
        if opens:
            unknown = _unlisted_verb(tokens, k, lex)
            if unknown is not None:  # „…“, poltert Müller: a verb the lists lack, in the place of one
                named = cue_speaker(tokens, unknown, lex, index, narrator)
                if named and named[0].name:
                    return Attribution("direct", unknown.text, named[0], named[1])
    if english_title(quote, lex):
        return TERM
    final = _verb_final(clause, k) if lex.compounds else None
    if final is not None and (not before or clause.speaker(final)[0].name):
        return _partial(clause, final, lex, k)  # not "man habe … gewarnt" inside "X sagte, …"
    display = next((i for i, c in enumerate(cues) if c.kind == "display" and k - 3 <= c.last <= k), None)
    if display is not None and sentence_like(quote):
        return _displayed(clause, display, quote)  # "Auf den Plakaten stand „Hände weg!“"
    if before:
        cue = cues[before[-1]]
        between = tokens[cue.last : k] if cue.last <= k else []
        # After a comma a capital opens a sentence only if the quote ends it: „Terror gegen
        # Zivilisten“ zu verüben is a fragment (German capitalises its nouns).
        ends = not lex.compounds or k + 1 >= len(tokens) or tokens[k + 1].kind == "p" and tokens[k + 1].text in ".!?…"
        whole = sentence_like(quote) or prev == "," and name_like(quote) and ends or not between and _opens_with_subject(quote, lex)
        direct = (
            whole
            and len(between) <= 4
            and not any(t.low in lex.subordinators or t.kind == "q" for t in between)
        )
        found = clause.attributed("direct", before[-1]) if direct else _partial(clause, before[-1], lex, k)
        other = _gapped(clause, before[-1], k, lex, index)  # "Die FDP spricht von „…“, die Linke von „…“"
        return Attribution(found.kind, found.cue, other[0], other[1]) if other and found is not TERM else found
    after = next((i for i, c in enumerate(cues) if c.first > k and c.kind in _SPEAKING), None)
    if after is not None and not _in_side_clause(tokens, k + 1, cues[after].first, lex):
        return _partial(clause, after, lex, k)
    if narrator is not None:
        return TERM
    alone = opens and all(t.kind == "p" for t in tokens[k + 1 :])
    if alone and (sentence_like(quote) or len(words_of(quote, 6)) >= 5):
        found = following() or previous()  # „…“ Das sagte Olaf Scholz. / X said. "…"
        return (
            Attribution("direct", found.cue, found.speaker, found.position)
            if found
            else Attribution("direct")
        )
    found = previous()
    if found and found.announces and found.speaker.name or in_subjunctive(tokens, lex):
        if found and found.speaker.name:
            return Attribution("partial", found.cue, found.speaker, found.position)
    return TERM


def _shown(clause: Clause, k: int, lex: QuoteLexicon) -> Attribution | None:
    """A slogan of two words or more right after a display verb or a thing that bears words
    ('Signs read "Save Lincoln"', "Schilder mit der Aufschrift „Kinder sind keine
    Kostenstelle“"): direct, said by nobody."""
    tokens, quote = clause.tokens, clause.tokens[k].text
    if len(words_of(quote, 6)) < 2:
        return None
    for cue in clause.cues:  # "„…“, stand auf einem Transparent": nobody says it
        after = cue.first == k + 2 and tokens[k + 1].text == "," or cue.first == k + 1 and quote.rstrip().endswith(",")
        if cue.kind == "display" and after and _bearer_after(tokens, cue, lex):
            return Attribution("direct", cue.text)
    if k == 0:
        return None
    for i, cue in enumerate(clause.cues):
        if cue.kind == "display" and cue.last == k:
            return _displayed(clause, i, quote)
    before = tokens[k - 1]
    return Attribution("direct", before.text) if before.kind == "w" and before.low in lex.nonspeakers else None


def _bearer_after(tokens: list[Token], cue: Cue, lex: QuoteLexicon) -> bool:
    """Whether a display verb after a quote goes on to the thing that bears the words ("stand
    auf einem Transparent", "read one sign"), not to a subject ("stand er auf")."""
    j = cue.last
    return j < len(tokens) and tokens[j].kind == "w" and (
        tokens[j].low in lex.preps or tokens[j].low in lex.determiners or tokens[j].low in lex.numerals or tokens[j].low in lex.partitives
    )


def _displayed(clause: Clause, i: int, quote: str) -> Attribution:
    """A display cue's attribution; the words themselves are no speaker ("Auf einem Plakat
    stand „…“" has the quote where a subject could stand)."""
    found = clause.attributed("direct", i)
    return Attribution("direct", found.cue) if found.speaker.name == quote.strip() else found


def cue_speaker(
    tokens: list[Token], cue: Cue, lex: QuoteLexicon, index: SpeakerIndex, narrator: Speaker | None = None
) -> Named | None:
    """Who ``cue`` names as speaker and where; None when the cue has no subject of its own."""
    np: NounPhrase | None
    before = tokens[cue.first - 1].low if cue.first else ""
    if cue.kind == "verb" and before in lex.passive_before and not cue.text.endswith("ing"):
        return NOBODY, -1  # "had been told to expect": the subject is told, nobody named speaks
    if cue.kind == "possessive":
        first = tokens[cue.first]
        return pronoun_speaker(
            cue.owner.lower() if cue.owner else None, first.text, first.start, index
        ), first.start
    if cue.kind in ("lead", "comma"):
        np = phrase_after(tokens, cue.last, lex)
    elif cue.kind == "trail":
        np = phrase_before(tokens, cue.first, lex)
    elif cue.kind == "words":  # "mit diesen Worten überraschte Ministerin Anne Spiegel …": the verb's subject
        j = cue.last
        if not (j < len(tokens) and tokens[j].kind == "w" and tokens[j].text[0].islower()):
            return NOBODY, -1
        np = subject_of(tokens, Cue(j, j + 1, j, tokens[j].text, "verb"), lex)
    elif cue.kind == "hearsay":  # "hieß es aus Koalitionskreisen"; "hört man": nobody
        j = cue.last
        # "hieß es aus Koalitionskreisen", "… im Ministerium"; not "hieß es am Abend"
        if not (j < len(tokens) and (tokens[j].low in lex.hearsay_sources or tokens[j].low in ("in", "im"))):
            # "In einem Schreiben an die Staatskanzlei heißt es": the letter of the last speaker
            window = range(max(0, cue.first - 14), cue.first)
            if any(tokens[j].low in lex.statements or tokens[j].low in lex.pointers for j in window):
                owned = _statement_owner(tokens, window, lex)
                if owned is not None:  # "In der Mitteilung des Vereins heißt es": the club's
                    found = resolve(owned, tokens, index, narrator)
                    if found.name:
                        return found, tokens[owned.first].start
                at = tokens[cue.first].start
                found = index.subject_before(at) or index.last_speaker(at)
                return (found, tokens[cue.first].start) if found else (NOBODY, -1)
            np = _source_before(tokens, cue.first, lex)
            return (resolve(np, tokens, index, narrator), tokens[np.first].start) if np else (NOBODY, -1)
        np = subject_np(tokens, j + 1, min(len(tokens), j + 14), lex)
    else:
        np = subject_of(tokens, cue, lex)
    if np is None:
        return None if cue.kind not in ("lead", "comma", "trail", "hearsay") else (NOBODY, -1)
    return resolve(np, tokens, index, narrator), tokens[np.first].start


def _statement_owner(tokens: list[Token], window: range, lex: QuoteLexicon) -> NounPhrase | None:
    """The phrase of a statement word with its owner in the genitive ("der Mitteilung des
    Vereins"), or None when the statement has no owner."""
    for j in window:
        if tokens[j].low in lex.statements:
            start = j - 1 if j > window.start and tokens[j - 1].low in lex.determiners else j
            np = parse_np(tokens, start, window.stop, lex)
            return np if np is not None and np.last > np.core else None
    return None


def _source_before(tokens: list[Token], cue: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The source that opens the clause before a hearsay cue: "Aus Regierungskreisen hieß es"."""
    for k in range(cue - 2, max(-1, cue - 8), -1):
        if tokens[k].kind != "w":
            return None
        if tokens[k].low in lex.hearsay_sources and (k == 0 or tokens[k - 1].kind == "p"):
            np = subject_np(tokens, k + 1, cue, lex)
            return np if np is not None and np.last == cue else None
    return None


def _after_colon(
    clause: Clause, k: int, lex: QuoteLexicon, index: SpeakerIndex, previous: Callable[[], Attribution | None]
) -> Attribution:
    tokens, colon, quote = clause.tokens, k - 1, clause.tokens[k].text
    for i in range(len(clause.cues) - 1, -1, -1):
        cue = clause.cues[i]
        if cue.last <= colon and cue.kind != "manner":
            return clause.attributed("direct", i)
    begin = colon
    while begin > 0 and not (tokens[begin - 1].kind == "q" or tokens[begin - 1].text in ".;:!?"):
        begin -= 1
    words = tokens[begin:colon]
    if in_subjunctive(words, lex):
        found = previous()  # "Vielmehr fehle es an Totholz: „…“" goes on with the last speaker
        if found and found.speaker.name:
            return Attribution("direct", found.cue, found.speaker, found.position)
    if not sentence_like(quote) and (not name_like(quote) or any(_term_noun(t, lex) for t in words[-4:])):
        return TERM  # "Mein neues Buch ist da: “…“", 'a phrase … used for the sea: "o pomar de sal"'
    np = subject_np(tokens, begin, colon, lex) if words else None
    viewer = _colon_speaker(tokens, begin, colon, lex)
    if viewer is not None:  # "Für Bürgermeisterin X ist klar:", "So sieht es auch Betriebsrat X:"
        return Attribution("direct", None, resolve(viewer, tokens, index), tokens[viewer.first].start)
    if np is None and words and all(t.low in lex.conjunctions or t.low in lex.adverbs for t in words):
        found = previous()  # "Und weiter: „…“", "Then: "…"" goes on with the last speaker
        return (
            Attribution("direct", found.cue, found.speaker, found.position)
            if found
            else Attribution("direct")
        )
    if np is None or np.kind == "none" or tokens[begin].low in lex.preps:
        return Attribution("direct")
    rest = _after_relative(tokens[np.last : colon], lex)
    cue = " ".join(t.text for t in rest) if 0 < len(rest) <= 6 else None  # "zeigte sich zuversichtlich"
    return Attribution("direct", cue, resolve(np, tokens, index), tokens[np.first].start)


def _after_relative(rest: list[Token], lex: QuoteLexicon) -> list[Token]:
    """``rest`` without a relative clause that opens it: "Der 23-Jährige, der im Sommer
    gekommen war, zeigte sich bescheiden" keeps "zeigte sich bescheiden"."""
    if len(rest) > 2 and rest[0].text == "," and rest[1].low in lex.relatives and not rest[1].cap:
        close = next((i for i in range(2, len(rest)) if rest[i].text == ","), None)
        if close is not None:
            return rest[close + 1 :]
    return rest


def _opens_with_subject(quote: str, lex: QuoteLexicon) -> bool:
    """Whether a quote opens with a subject pronoun: an utterance even in lower case, as the
    object of its cue ("someone screamed 'he's been stabbed'"), not a phrase ("an end")."""
    first = quote.strip().split(" ", 1)[0].lower().strip(",.!?")
    base = first.split("'")[0].split("’")[0]
    return len(quote.split()) >= 2 and (base in lex.pronouns or base in lex.first_person)


def _partial(clause: Clause, i: int, lex: QuoteLexicon, k: int) -> Attribution:
    """The fragment at token ``k`` attributed by cue ``i``; a term when a negation stands by
    the cue ("will sie nicht sprechen", "did not call it"): the word is refused, not said."""
    cue, tokens = clause.cues[i], clause.tokens
    near = tokens[max(0, cue.first - 3) : cue.last + 2]
    if any(t.kind == "w" and (t.low in lex.negations or t.low.endswith("n't")) for t in near):
        return TERM
    found = clause.attributed("partial", i)
    if tokens[k].text.strip() == found.speaker.name:
        return TERM  # "Wie das „Rheinische Tagblatt“ berichtet": the quoted name is the subject
    return found


def _colon_speaker(tokens: list[Token], begin: int, colon: int, lex: QuoteLexicon) -> NounPhrase | None:
    """Who speaks after a colon when the words before it do not open with the subject: the
    phrase after a viewpoint preposition ("Für Bürgermeisterin Christine Herzberg ist klar:"),
    or in German the subject after the verb when an adverb stands first ("So sieht es auch
    Betriebsrat Sven Kottwitz:")."""
    if colon - begin < 3 or tokens[begin].kind != "w":
        return None
    first = tokens[begin].low
    if first in lex.viewpoints:
        np = parse_np(tokens, begin + 1, colon, lex)
        return np if np is not None and np.kind == "np" and any(t.cap for t in tokens[np.first : np.core]) else None
    if not lex.compounds:
        return None
    if first in lex.demonstratives or first in lex.adverbs:
        return _inverted_subject(tokens, begin + 1, colon, lex)
    if first in lex.preps:  # "In Heilbronn, wo …, zeigte sich Oberbürgermeister X (CDU) betroffen:"
        verb = _verb_after_prefield(tokens, begin + 1, colon, lex)
        return _inverted_subject(tokens, verb, colon, lex) if verb is not None else None
    return None


def _verb_after_prefield(tokens: list[Token], j: int, colon: int, lex: QuoteLexicon) -> int | None:
    """The finite verb after a German prepositional phrase that opens the clause: the first
    lower-case word after its noun that is no article or preposition, or the word after the
    last comma when a clause follows the phrase ("In Heilbronn, wo …, zeigte")."""
    commas = [i for i in range(j, colon) if tokens[i].text == ","]
    if commas:
        j = commas[-1] + 1
        return j if j < colon and _verb_like(tokens[j], lex) else None
    noun = False
    for i in range(j, colon):
        t = tokens[i]
        if t.kind != "w":
            return None
        if noun and _verb_like(t, lex):
            return i
        noun = noun or t.cap
    return None


def _verb_like(t: Token, lex: QuoteLexicon) -> bool:
    low = t.low
    return t.text[0].islower() and not (
        low in lex.determiners or low in lex.preps or low in lex.conjunctions or low in lex.relatives
    )


def _inverted_subject(tokens: list[Token], verb: int, colon: int, lex: QuoteLexicon) -> NounPhrase | None:
    """The German subject after the verb at ``verb``, objects and adverbs skipped, when at most
    a party in brackets and a predicate word follow it ("So sieht es auch Betriebsrat X:",
    "zeigte sich Bürgermeister X (CDU) betroffen:")."""
    j = verb + 1
    while j < colon and (tokens[j].low in lex.objects or tokens[j].low in lex.adverbs):
        j += 1
    np = parse_np(tokens, j, colon, lex) if j < colon else None
    if np is None or np.kind != "np" or not any(t.cap for t in tokens[np.first : np.core]):
        return None
    rest = tokens[np.last : colon]
    if rest and rest[0].text == "(" and ")" in [t.text for t in rest]:
        rest = rest[[t.text for t in rest].index(")") + 1 :]
    return np if len(rest) <= 2 and all(t.kind == "w" and t.text[0].islower() for t in rest) else None


def _term_noun(t: Token, lex: QuoteLexicon) -> bool:
    if t.kind != "w":
        return False
    return t.low.endswith(lex.term_nouns) if lex.compounds else t.low in lex.term_nouns


def _split_quote(clause: Clause, k: int) -> Attribution | None:
    """'"A," X said, "B."': B continues A's attribution."""
    tokens = clause.tokens
    for j in range(k - 2, max(-1, k - 16), -1):
        if tokens[j].kind == "q":
            for i, cue in enumerate(clause.cues):
                if j < cue.first and cue.last <= k - 1 and cue.kind != "display":
                    return clause.attributed("direct", i)
            return None
        if tokens[j].text in ".;:!?":
            return None
    return None


def _cue_after(clause: Clause, k: int, lex: QuoteLexicon) -> int | None:
    """The cue of an attribution clause right after the quote ('"…," she said'); a verb in a
    relative clause between is skipped ('"…," one neighbor, who asked not to be named, told us')."""
    tokens = clause.tokens
    stop = min(len(tokens), k + 1 + AFTER_REACH)
    for j in range(k + 1, stop):
        t = tokens[j]
        if t.kind == "q" or t.kind == "p" and t.text in ".;:!?":
            stop = j
            break
    for i, cue in enumerate(clause.cues):
        if k < cue.first < stop and cue.kind != "display":
            if _in_relative_clause(tokens, k + 1, cue.first, lex):
                continue
            between = tokens[k + 1 : cue.first]
            words = [t for t in between if t.kind != "p"]
            if len(words) <= 14 and not any(t.text in _BREAKS for t in between):
                return i
            return None
    return None


def _in_relative_clause(tokens: list[Token], begin: int, i: int, lex: QuoteLexicon) -> bool:
    """Whether token ``i`` lies in a relative clause opened after a comma since ``begin``."""
    for j in range(i - 1, begin - 1, -1):
        if tokens[j].text == ",":
            return j + 1 < i and tokens[j + 1].low in lex.relatives and not tokens[j + 1].cap
    return False


def _gapped(clause: Clause, i: int, k: int, lex: QuoteLexicon, index: SpeakerIndex) -> Named | None:
    """A second subject that shares cue ``i`` and its preposition after a comma, the verb left
    out: "Die FDP spricht von einem „…“, die Linke von „…“", "She spoke of "…", he of "…"".
    Only a preposition right after the verb: before "bezeichnete … als" the phrase is an object."""
    tokens, cue = clause.tokens, clause.cues[i]
    prep = cue.text.split()[-1].lower()
    if "…" in cue.text or prep not in lex.preps or k < 2 or tokens[k - 1].low != prep:
        return None
    commas = [j for j in range(cue.last, k - 1) if tokens[j].text == ","]
    if not commas:
        return None
    start = commas[-1] + 1
    np = subject_np(tokens, start, k - 1, lex)
    if np is None or np.kind != "np" or np.last != k - 1 or not any(t.cap for t in tokens[np.first : np.core]):
        return None
    return resolve(np, tokens, index), tokens[np.first].start


def _in_side_clause(tokens: list[Token], begin: int, i: int, lex: QuoteLexicon) -> bool:
    """Whether token ``i`` lies in a clause after a comma that a subordinator other than a
    reporting one opens ("…“ gezeigt, als er sich meldete" is no cue; ", wie er sagte" is)."""
    for j in range(i - 1, begin - 1, -1):
        if tokens[j].text == ",":
            nxt = tokens[j + 1] if j + 1 < i else None
            return nxt is not None and nxt.low in lex.subordinators and nxt.low not in lex.report_subordinators
    return False


def _verb_final(clause: Clause, k: int) -> int | None:
    """A cue that closes the quote's own clause, with nothing but words between
    ("die Berger „schlicht unsozial“ nannte", "eine „Heimatoffensive“ ausgerufen")."""
    for i, cue in enumerate(clause.cues):
        if cue.first > k and cue.kind in ("verb", "participle"):
            between = clause.tokens[k + 1 : cue.first]
            if len(between) <= 3 and not any(t.kind in "pq" for t in between):
                return i
            return None
    return None


def _unlisted_verb(tokens: list[Token], k: int, lex: QuoteLexicon) -> Cue | None:
    """The verb of an attribution right after a quote that opens its sentence, where the word
    lists do not know it: German „…“, VERB SUBJECT ("…, poltert der Wirt"); English
    '"…," SUBJECT VERB' or '"…," VERB SUBJECT'. The subject must be a name, a pronoun or an
    article with its noun, and the clause must end soon after."""
    j = k + 1
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    end = min(len(tokens), j + 8)
    stop = next((i for i in range(j, end) if tokens[i].kind in "pq"), end)
    words = tokens[j:stop]
    if len(words) < 2 or (stop < len(tokens) and tokens[stop].text not in ".,!?"):
        return None

    def subject_like(t: Token) -> bool:
        return t.cap or t.low in lex.pronouns or t.low in lex.determiners

    def verb_like(t: Token) -> bool:
        return (
            t.kind == "w"
            and t.text[0].islower()
            and not is_function_word(t, lex)
            and t.low not in lex.determiners
        )

    if verb_like(words[0]) and subject_like(words[1]):
        return Cue(j, j + 1, j, words[0].text, "verb")
    if (
        lex.verb_endings
        and verb_like(words[-1])
        and subject_like(words[0])
        and words[-1].low.endswith(lex.verb_endings)
    ):
        i = stop - 1
        return Cue(i, i + 1, i, words[-1].text, "verb")
    return None
