"""Denials and rejections: the sentences and quotations that say a claim is not so.

A body sentence denies when it holds, from ``generator/lexicon/<lang>/denials.yml``,

* a verb that denies by itself ("bestreitet", "dementierte", "denied"), unless the word after
  it shows it plays or refuses ("bestritt das Finale", "denied him entry");
* a verb that rejects ("weist … zurück", "rejected", "dismissed") with a claim as its object
  ("die Vorwürfe", "the allegations"), a falsity word or a dass/that clause; "wies den Antrag
  zurück" refuses a motion and is no denial;
* a verb that calls something untrue ("bezeichnete … als falsch", "called the reports fake");
* a phrase that denies ("entbehrt jeder Grundlage", "not true") or a copula with a falsity
  word ("ist schlicht falsch", "were fabricated");
* an existential negation ("Es gibt keine Einkreisung", "there is no evidence of …"), unless
  its noun affirms ("Es gibt keinen Zweifel", "there is no doubt").

Each denial also says what it denies (``denied``: the dass-clause, the object, the noun after
"keine") and the word that carries it (``key``: the verb at the end of a German clause, the
noun after "keine"), which the corpus stage uses to pair it with the claim. A denial inside a
quotation is the quotation, with the quote's speaker; otherwise the speaker is the subject
of the verb ("Kiew bestreitet", "bestritt der Minister", "denied by the ministry") or a
trailing attribution ("…, sagte ein Sprecher."). One denial per sentence, in text order.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from generator.extract.clauses import Sentence, strip
from generator.extract.context import Context
from generator.extract.denial_lexicon import DenialLexicon, denial_lexicon
from generator.extract.phrases import phrase_key, spans_by_paragraph
from generator.extract.sentences import sentence_spans
from generator.extract.denial_speakers import attribution, opening_speaker, reporter, subject
from generator.lexicon import LANGUAGES
from generator.model import Denial, Quote

MAX_SENTENCE = 800  # a longer "sentence" (a line without stops) is read in windows this size
MAX_HITS = 6  # cues tried per sentence; hostile input may repeat one a million times
CALL_REACH = 14  # how many words may stand between a calling verb and its falsity word
@dataclass(frozen=True)
class _Found:
    cue: str
    cue_first: int  # word index of the cue's first word
    cue_last: int  # one past its last word (the particle of a separable verb included)
    denied: tuple[int, int]  # word range of what is denied (empty: it points back)
    key: str | None
    kind: str


class _QuotesAt:
    """The quotes in text order, asked which holds an offset: a bisection, not a pass over
    every quote of the article for every denial (quadratic on a 20 MB article)."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.starts = [q.start for q in self.quotes]
        self.reach = list(accumulate((q.end for q in self.quotes), max))  # furthest end so far

    def first_around(self, offset: int, longer_than: int) -> Quote | None:
        """The first quote (by start) around ``offset`` longer than ``longer_than`` characters."""
        first = bisect_right(self.reach, offset)  # before it, every quote ends by ``offset``
        for q in self.quotes[first : bisect_right(self.starts, offset)]:
            if q.end > offset and q.end - q.start > longer_than:
                return q
        return None


def find_denials(ctx: Context) -> tuple[Denial, ...]:
    """Denials in the body paragraphs, at most one per sentence, in text order."""
    lex = denial_lexicon(ctx.language if ctx.language in LANGUAGES else "")
    text = ctx.text
    quotes = _QuotesAt([q for q in ctx.quotes if q.kind != "term"])
    found: list[Denial] = []
    for number, hits in spans_by_paragraph(text, ctx.body_paragraphs(), lex.cues).items():
        para = ctx.paragraphs[number - 1]
        position = 0
        # Split only around the cues: a long paragraph with one cue is not read whole (a sentence
        # longer than the margin is read in a window anyway, see _denial).
        start = max(para.start, hits[0][0] - MAX_SENTENCE // 2)
        end = min(para.end, hits[-1][1] + MAX_SENTENCE // 2)
        for s_start, s_end in sentence_spans(text, start, end):
            mine = []
            while position < len(hits) and hits[position][0] < s_end:
                if hits[position][0] >= s_start:
                    mine.append(hits[position])
                position += 1
            if mine:
                denial = _denial(text, (s_start, s_end), mine[:MAX_HITS], number, lex, quotes, ctx.entities)
                if denial:
                    found.append(denial)
    return tuple(found)


def _denial(text, span, hits, paragraph, lex: DenialLexicon, quotes: _QuotesAt, entities) -> Denial | None:
    for hit in hits:
        start, end = span
        if end - start > MAX_SENTENCE:  # read a window around the cue, so time stays linear
            start, end = max(start, hit[0] - MAX_SENTENCE // 2), min(end, hit[1] + MAX_SENTENCE // 2)
        sentence = Sentence(text, start, end)
        first, last = sentence.index_at(hit[0]), sentence.index_at(hit[1])
        if first >= last:
            continue
        key = _entry(phrase_key(text[hit[0] : hit[1]]), lex)
        for kind in lex.kinds.get(key, ()):
            found = _READERS[kind](sentence, first, last, key, lex)
            if found:
                return _assemble(sentence, (start, end), found, paragraph, lex, quotes, entities)
    return None


def _entry(key: str, lex: DenialLexicon) -> str:
    """The lexicon entry a found phrase matched: itself, or the ``*`` entry it inflects ("keine" → "kein*")."""
    if key in lex.kinds:
        return key
    for cut in range(0, 5):
        entry = f"{key[: len(key) - cut]}*"
        if entry in lex.kinds:
            return entry
    return key


def _particle(sentence: Sentence, last: int, key: str, lex: DenialLexicon) -> int | None:
    """One past the particle that closes a separable verb's clause ("weist … zurück"), if any."""
    end = sentence.clause_end(last - 1, lex.breaks)
    for particle in lex.particles.get(key, ()):
        at = sentence.find(particle, last, end)
        if at is not None:
            return at + len(particle)
    return None


def _read_verb(sentence: Sentence, first: int, last: int, key: str, lex: DenialLexicon) -> _Found | None:
    """A verb that denies by itself: "bestreitet, dass …", "denied the reports", "…, was Kiew bestreitet"."""
    cue_last, cue = _cue_with_particle(sentence, first, last, key, lex)
    if cue_last is None:
        return None
    if _plays_or_refuses(sentence, cue_last, lex):
        return None
    denied, word = _complement(sentence, first, last, cue_last, lex)
    return _Found(cue, first, cue_last, denied, word, "verb")


def _plays_or_refuses(sentence: Sentence, i: int, lex: DenialLexicon) -> bool:
    """The object shows the verb is no denial ("bestritt am Samstag sein 100. Länderspiel", "denied
    him entry"): an object word before any claim word, opener or comma."""
    for k in range(i, min(len(sentence.spans), i + 6)):
        word = sentence.lower(k)
        if k > i and (sentence.stops_before(k) and not sentence.word(k - 1).isdigit() or "," in sentence.gap(k)):
            return False
        if word in lex.claim_nouns or word in lex.openers:
            return False
        if word in lex.not_objects:
            return True
    return False


def _read_object_verb(sentence: Sentence, first: int, last: int, key: str, lex: DenialLexicon) -> _Found | None:
    """A verb that rejects a claim: "weist die Vorwürfe zurück", "rejected claims that …"."""
    cue_last, cue = _cue_with_particle(sentence, first, last, key, lex)
    if cue_last is None:
        return None
    begin, end = sentence.clause_start(first), sentence.clause_end(cue_last - 1, lex.breaks)
    words = {sentence.lower(i) for i in range(begin, end)}
    opener = cue_last < len(sentence.spans) and sentence.lower(cue_last) in lex.openers
    if not (words & lex.claim_nouns or _falsity_at(sentence, begin, end, lex) is not None or opener):
        return None
    denied, word = _complement(sentence, first, last, cue_last, lex)
    return _Found(cue, first, cue_last, denied, word, "object")


def _read_calling(sentence: Sentence, first: int, last: int, key: str, lex: DenialLexicon) -> _Found | None:
    """A verb that calls something untrue: "bezeichnete alle Berichte über … als falsch"."""
    if last < len(sentence.spans) and sentence.lower(last) in lex.prepositions and " " not in key:
        return None  # "called for an inquiry", "nannte in seiner Rede …"
    end = min(sentence.clause_end(last - 1, lex.breaks), last + CALL_REACH)
    at = _falsity_at(sentence, last, end, lex)
    if at is None:
        return None
    stop = at
    while stop > last and (sentence.lower(stop - 1) in lex.intensifiers or sentence.lower(stop - 1) in ("als", "as")):
        stop -= 1
    falsity = " ".join(sentence.word(k) for k in range(stop, at + _falsity_length(sentence, at, lex)))
    cue = f"{sentence.word(first)} … {falsity}" if stop > last else f"{sentence.phrase(first, last)} {falsity}"
    word = _noun_key(sentence, last, stop, lex)
    return _Found(cue, first, at + 1, (last, stop), word, "calling")


def _read_phrase(sentence: Sentence, first: int, last: int, key: str, lex: DenialLexicon) -> _Found | None:
    """A phrase that denies what it is said of: "Die Berichte entbehren jeder Grundlage", "not true"."""
    denied, word = _subject_side(sentence, first, last, lex)
    return _Found(sentence.phrase(first, last), first, last, denied, word, "phrase")


def _read_falsity(sentence: Sentence, first: int, last: int, key: str, lex: DenialLexicon) -> _Found | None:
    """A copula with a falsity word: "Das ist schlicht falsch", "the reports were fabricated"."""
    before = first - 1
    if before >= 0 and sentence.lower(before) in lex.intensifiers:
        before -= 1
    if before < 0 or sentence.lower(before) not in lex.copulas or sentence.stops_before(first):
        return None
    denied, word = _subject_side(sentence, before, last, lex)
    return _Found(" ".join(sentence.word(k) for k in range(before, last)), before, last, denied, word, "falsity")


def _read_existential(sentence: Sentence, first: int, last: int, key: str, lex: DenialLexicon) -> _Found | None:
    """ "Es gibt keine Einkreisung …", "there is no evidence of …": the noun after it is denied."""
    end = sentence.clause_end(last - 1, lex.breaks)
    word = _noun_key(sentence, last, end, lex)
    if word is None or word.lower() in lex.not_denied or sentence.phrase(last, min(last + 2, end)).lower() in lex.not_denied:
        return None
    return _Found(sentence.phrase(first, last), first, last, (last, end), word, "existential")


def _read_negation(sentence: Sentence, first: int, last: int, key: str, lex: DenialLexicon) -> _Found | None:
    """A negated participle, in a quotation or reported speech: „Unsere Truppen sind nicht eingekesselt“."""
    if last >= len(sentence.spans) or "," in sentence.gap(last) or sentence.stops_before(last):
        return None
    word = sentence.word(last)
    if not (word[:1].islower() and _participle(word.lower(), lex)):
        return None
    reported = sentence.lower(first) in lex.reported
    if not reported and sentence.quotation_around(sentence.spans[first][0]) is None:
        return None
    begin = sentence.clause_start(first)
    key = word
    if word.lower() in lex.intent_participles:  # "eine Schließung des Werks sei nicht geplant"
        key = _noun_key(sentence, begin, first, lex)
        if key is None:
            return None
    return _Found(f"{sentence.phrase(first, last)} {word}", first, last + 1, (begin, last + 1), key, "negation")


def _participle(word: str, lex: DenialLexicon) -> bool:
    """Shaped like a participle ("eingekesselt", "umzingelt", "surrounded"), and not one that denies nothing."""
    if word in lex.not_participles or len(word) < 5:
        return False
    if lex.participle_endings:
        return word.endswith(lex.participle_endings)
    if not word.endswith(("t", "en")):
        return False
    return word.startswith(lex.participle_prefixes) or any(word[len(p) :].startswith("ge") for p in lex.separable if word.startswith(p))


_READERS = {
    "verbs": _read_verb,
    "object_verbs": _read_object_verb,
    "calling_verbs": _read_calling,
    "phrases": _read_phrase,
    "falsity": _read_falsity,
    "existential": _read_existential,
    "negation": _read_negation,
}


def _cue_with_particle(sentence: Sentence, first: int, last: int, key: str, lex: DenialLexicon) -> tuple[int | None, str]:
    """(one past the cue, the cue as shown): "weist … zurück" needs its particle in the clause."""
    if key not in lex.particles:
        return last, sentence.phrase(first, last)
    end = _particle(sentence, last, key, lex)
    if end is None:
        return None, ""
    size = len(next(p for p in lex.particles[key] if sentence.find(p, end - len(p), end) is not None))
    return end, f"{sentence.phrase(first, last)} … {sentence.phrase(end - size, end)}"


def _falsity_at(sentence: Sentence, i: int, j: int, lex: DenialLexicon) -> int | None:
    for k in range(i, j):
        if _falsity_length(sentence, k, lex):
            return k
    return None


def _falsity_length(sentence: Sentence, k: int, lex: DenialLexicon) -> int:
    """How many words of a falsity phrase start at word ``k`` (0: none)."""
    if k >= len(sentence.spans) or sentence.lower(k) not in lex.falsity_starts:
        return 0
    for size in (4, 3, 2, 1):
        if k + size <= len(sentence.spans) and " ".join(sentence.lower(k + n) for n in range(size)) in lex.falsity:
            return size
    return 0


def _complement(sentence: Sentence, first: int, last: int, cue_last: int, lex: DenialLexicon) -> tuple[tuple[int, int], str | None]:
    """What a denying verb denies: its dass/that clause ("bestreitet jedoch vehement, dass …"),
    a claim's clause ("denied reports that …"), its object ("wies die Vorwürfe der Korruption
    zurück"), or, when it ends its clause, the words before it ("…, was Kiew bestreitet")."""
    end = sentence.clause_end(cue_last - 1, lex.breaks)
    i, _ = strip(sentence, last, end, lex.adverbials)
    if i < end and sentence.lower(i) in lex.openers:
        return (i + 1, end), _clause_key(sentence, i + 1, end, lex)
    if i >= end or i >= cue_last > last or sentence.lower(i) in ("by", "von", "vom"):
        return _object_before(sentence, first, lex)
    for k in range(i + 1, min(end, i + 6)):  # "bestritt der Minister, dass …", "denied on Friday that …"
        if sentence.lower(k) in lex.openers:
            return (k + 1, end), _clause_key(sentence, k + 1, end, lex)
    stop = _particle_start(sentence, last, cue_last, lex) if cue_last > last else end
    noun = next((k for k in range(i, stop) if sentence.lower(k) in lex.claim_nouns), None)
    if noun is not None and cue_last > last and cue_last < len(sentence.spans) and "," in sentence.gap(cue_last):
        # "wies den Vorwurf zurück, das Werk sei ausgehungert worden": the claim follows the particle.
        after = sentence.clause_end(cue_last, lex.breaks)
        word = _clause_key(sentence, cue_last, after, lex)
        if word:
            return (cue_last, after), word
    word = _noun_key(sentence, i if noun is None else noun + 1, stop, lex)
    if word is None:  # "Berichte über eine Einkreisung wies er zurück": the object stands first
        before, key = _object_before(sentence, first, lex)
        if key:
            return before, key
    return (i, stop), word


def _particle_start(sentence: Sentence, last: int, cue_last: int, lex: DenialLexicon) -> int:
    """Where the particle of a separable verb starts ("zurück" in "wies … zurück")."""
    for particle in lex.particles.get(phrase_key(sentence.phrase(last - 1, last)), ()):
        if sentence.find(particle, cue_last - len(particle), cue_last) is not None:
            return cue_last - len(particle)
    return cue_last


def _object_before(sentence: Sentence, first: int, lex: DenialLexicon) -> tuple[tuple[int, int], str | None]:
    """A verb at the end of its clause: the claim before it ("hat die Vorwürfe der Korruption
    zurückgewiesen"), the main clause of a relative one ("Russland meldete eine Einkreisung, was
    Kiew bestreitet"), or nothing: the denial points back ("Kiew bestreitet das.")."""
    begin = sentence.clause_start(first)
    noun = next((k for k in range(begin, first) if sentence.lower(k) in lex.claim_nouns), None)
    if noun is not None:  # "Die Vorwürfe wurden vom Ministerium zurückgewiesen": the agent is no topic
        stop = next((k for k in range(noun + 1, first) if sentence.lower(k) in lex.auxiliaries or sentence.lower(k) in ("von", "vom", "by")), first)
        return (noun, stop), _noun_key(sentence, noun + 1, stop, lex)
    if begin > 0 and "," in sentence.gap(begin) and sentence.lower(begin) in ("was", "which", "wie", "as"):
        head = sentence.clause_start(begin - 1)
        return (head, begin), _clause_key(sentence, head, begin, lex)
    return (first, first), None


def _subject_side(sentence: Sentence, first: int, last: int, lex: DenialLexicon) -> tuple[tuple[int, int], str | None]:
    """What a phrase denies: the words after it when a clause or a noun follows ("no truth to the
    reports that …", "Es ist falsch, dass …"), else its subject ("Die Berichte über … sind falsch")."""
    end = sentence.clause_end(last - 1, lex.breaks)
    if last < len(sentence.spans) and sentence.lower(last) in lex.openers:
        return (last + 1, end), _clause_key(sentence, last + 1, end, lex)
    if last < end and not sentence.stops_before(last) and "," not in sentence.gap(last):
        word = _noun_key(sentence, last, end, lex)
        if word:
            return (last, end), word
    begin = sentence.clause_start(first)
    begin = next((k + 1 for k in range(first - 1, begin - 1, -1) if sentence.lower(k) in lex.speech), begin)
    begin, stop = strip(sentence, begin, first, lex.adverbials | lex.breaks)
    return (begin, stop), _noun_key(sentence, begin, stop, lex) if stop > begin else None


def _content(sentence: Sentence, k: int, lex: DenialLexicon) -> bool:
    word = sentence.lower(k)
    return not (word in lex.stopwords or word in lex.claim_nouns or word in lex.falsity or word in lex.intensifiers or word.isdigit())


def _clause_key(sentence: Sentence, i: int, j: int, lex: DenialLexicon) -> str | None:
    """The word a clause turns on: German, the last word before its auxiliaries ("eingekesselt
    seien"); English, the word after the auxiliaries ("had been encircled"), else the first -ed word."""
    if lex.verb_final:
        for k in range(j - 1, i - 1, -1):
            if sentence.lower(k) not in lex.auxiliaries and _content(sentence, k, lex):
                return sentence.word(k)
        return None
    for k in range(i, j):
        if sentence.lower(k) in lex.auxiliaries:
            while k < j and sentence.lower(k) in lex.auxiliaries:
                k += 1
            if k < j and _content(sentence, k, lex):
                return sentence.word(k)
            break
    for k in range(i, j):
        if sentence.lower(k).endswith("ed") and _content(sentence, k, lex):
            return sentence.word(k)
    return _noun_key(sentence, i, j, lex)


def _noun_key(sentence: Sentence, i: int, j: int, lex: DenialLexicon) -> str | None:
    """The noun a phrase names: German, the first capitalised content word ("keine vollständige
    Einkreisung"); English, the last word before a preposition or verb ("no encirclement of"),
    past a generic head ("no evidence of an encirclement")."""
    if lex.verb_final:
        for k in range(i, j):
            if sentence.capital(k) and _content(sentence, k, lex) and sentence.lower(k) not in lex.prepositions:
                return sentence.word(k)
        return None
    head = None
    for k in range(i, j):
        if k > i and "," in sentence.gap(k) and head is not None:
            return head  # "no encirclement near Kursk," spokesman …
        word = sentence.lower(k)
        if word in lex.prepositions or word in lex.auxiliaries or word in lex.openers:
            if head is not None:
                return head
            continue
        if _content(sentence, k, lex):
            head = sentence.word(k)
    return head


def _assemble(sentence: Sentence, span, found: _Found, paragraph, lex: DenialLexicon, quotes: _QuotesAt, entities) -> Denial:
    text = sentence.text
    cue_start = sentence.spans[found.cue_first][0]
    quote = quotes.first_around(cue_start, len(found.cue) + 8)
    inside = (quote.start, quote.end) if quote else sentence.quotation_around(cue_start)
    speaker = quote.speaker if quote and quote.speaker else None
    if speaker is None and found.kind in ("verb", "object", "calling") and not inside:
        speaker = subject(sentence, found.cue_first, found.cue_last, lex, entities)
    if speaker is None:
        speaker = attribution(sentence, inside, lex, entities)
    if speaker is None and not inside:
        speaker = reporter(sentence, found.cue_first, lex, entities)
    if speaker is None and inside:
        speaker = opening_speaker(sentence, inside, lex, entities)
    start, end = inside if inside and _spans_cue(inside, sentence, found) else span
    body = text[start:end].rstrip()
    d_start, d_end = strip(sentence, *found.denied, lex.adverbials | lex.articles, lex.adverbials | lex.articles | lex.auxiliaries)
    return Denial(
        text=body, start=start, end=start + len(body), cue=found.cue, speaker=speaker,
        paragraph=paragraph, denied=sentence.phrase(d_start, d_end), key=found.key,
    )


def _spans_cue(inside: tuple[int, int], sentence: Sentence, found: _Found) -> bool:
    """The quotation holds the whole denial (cue to what it denies), not just a fragment of it."""
    last = max(found.cue_last, found.denied[1]) - 1
    return inside[0] <= sentence.spans[found.cue_first][0] and sentence.spans[last][1] <= inside[1]
