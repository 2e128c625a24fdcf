"""Hedged and second-hand claims: sentences that report something rather than state it.

A body sentence is flagged when it holds

* a hedge word or phrase from ``generator/lexicon/<lang>/hedges.yml`` ("angeblich",
  "Berichte, wonach", "reportedly", "could not be independently verified");
* the reportative modal "soll/sollen" (German). "Sollen" also gives orders ("Die Truppen
  sollen abziehen, fordert X"), so the heuristic is: the modal with a perfect infinitive
  ("soll … gesagt haben", "sollen … verurteilt worden sein") always hedges, because an
  order cannot point into the past; with a plain infinitive ("… an der Flucht hindern sollen")
  it hedges only in a sentence that is reported anyway (another hedge or a source phrase);
* or second-hand sourcing without a hedge word: a source phrase that names a report, the
  media or insiders ("…, so ein Bericht aus Russland.", "laut Medienberichten", "wie Medien
  berichten"). A reporting verb counts only when it reports ("X berichten, dass …",
  "…, local media reported."), not in "Die Medien berichten über den Prozess".

Several markers in one sentence make one claim; ``marker`` joins them in text order with
"; ". ``attribution`` is the first source phrase of the sentence ("laut X", "X zufolge",
"according to a report by X", "X reported"), or None for an unattributed claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.extract.phrases import OPENERS, PhraseSet, phrase_key, spans_by_paragraph
from generator.extract.context import Context
from generator.extract.sentences import sentence_spans
from generator.lexicon import LANGUAGES, load
from generator.model import Claim

Span = tuple[int, int]  # (start, end) offsets into the article text
WINDOW = 200  # how far a source phrase or the modal's clause may reach, in characters
SOURCE_TOKENS = 8  # how many words a source phrase may have
_TOKEN = re.compile(r"\S+")
_PUNCT = ".,;:!?…"  # after a word, these close a source phrase
_QUOTES = "\"'“”„«»‘’()[]"
_CAPITAL = re.compile(r"[A-ZÄÖÜ0-9]")
_STOP = re.compile(r"[.;:!?–—]")  # ends a clause (a character class is the fastest search)
_WORD_AFTER = re.compile(r"\s*(\w+)")
_OPENERS = (*OPENERS, "„", "“", '"', "(")  # a hedge may open a quotation or an aside
# After a verb-final modal only punctuation or the sentence end follows ("… hindern sollen.").
_FINAL = re.compile(r"\s*(?:[.,;:!?)\]\"“”»«–—]|$)")


@dataclass(frozen=True)
class _Lexicon:
    phrases: PhraseSet  # markers, modal and cues; whatever is not a cue or the modal is a marker
    cues: frozenset[str]
    modal: frozenset[str]
    lead: frozenset[str]
    lead_prefixes: tuple[str, ...]  # "according to " …: a hedge that starts with a lead cue
    comma: frozenset[str]
    trail: frozenset[str]
    verbs: frozenset[str]  # reporting verbs: "wie Medien berichten", "local media reported that"
    lead_ins: frozenset[str]  # "wie", "as"
    objects: frozenset[str]  # "dass", "that"
    links: frozenset[str]
    modifiers: frozenset[str]
    source_words: frozenset[str]
    hearsay: re.Pattern
    clause_openers: frozenset[str]
    auxiliaries: tuple[tuple[tuple[str, ...], bool], ...]  # (("worden", "sein"), perfect?), longest first


def _words(items: list[str] | None) -> frozenset[str]:
    """Lookup keys of lexicon entries."""
    return frozenset(phrase_key(item) for item in items or ())


def _auxiliaries(perfect: list[str], passive: list[str]) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Auxiliaries that end an infinitive after the modal, longest first, with whether they are perfect."""
    found = {tuple(phrase_key(a).split()): True for a in perfect}
    found.update({tuple(phrase_key(a).split()): False for a in passive})
    return tuple(sorted(found.items(), key=lambda item: len(item[0]), reverse=True))


@cache
def _lexicon(language: str) -> _Lexicon:
    """The compiled hedge lexicon of ``language`` ("" or an unknown language: all of them)."""
    languages = (language,) if language in LANGUAGES else LANGUAGES
    data: dict[str, list[str]] = {}
    for lang in languages:
        for kind, items in (load("hedges", lang) or {}).items():
            data.setdefault(kind, []).extend(items or ())
    markers, modal = data.get("markers", []), data.get("modal", [])
    lead, comma, trail = data.get("lead_cues", []), data.get("comma_cues", []), data.get("trail_cues", [])
    verbs, lead_ins = data.get("report_verbs", []), data.get("report_lead_ins", [])
    stems = "|".join(map(re.escape, sorted(set(data.get("hearsay", [])))))
    return _Lexicon(
        phrases=PhraseSet.compile([*markers, *modal, *lead, *comma, *trail, *verbs], _OPENERS),
        cues=_words([*lead, *comma, *trail, *verbs]),
        modal=_words(modal),
        lead=_words(lead),
        lead_prefixes=tuple(sorted(f"{cue} " for cue in _words(lead))),
        comma=_words(comma),
        trail=_words(trail),
        verbs=_words(verbs),
        lead_ins=_words(lead_ins),
        objects=_words(data.get("report_objects")),
        links=_words([*data.get("source_links", []), *lead_ins]),
        modifiers=_words(data.get("source_modifiers")),
        source_words=_words(data.get("source_words")),
        hearsay=re.compile(stems or "(?!)", re.IGNORECASE),
        clause_openers=_words(data.get("clause_openers")),
        auxiliaries=_auxiliaries(data.get("perfect", []), data.get("passive", [])),
    )


@dataclass(frozen=True)
class _Source:
    """A source phrase in a sentence ("so ein Bericht aus Russland")."""

    start: int
    end: int
    hearsay: str | None  # the words that make it second-hand ("so ein Bericht"), if any


def _is_source_word(word: str, lex: _Lexicon) -> bool | None:
    """True for a name or source noun, False for a small linking word, None for anything else."""
    core = word.strip(_QUOTES)
    lower = core.lower()
    if lower in lex.links or core in lex.modifiers:  # "The", "the", "local"; but "Independent"
        return False
    if lower in lex.source_words or (core and _CAPITAL.match(core)):
        return True
    return None


def _source_after(text: str, pos: int, stop: int, lex: _Lexicon) -> int | None:
    """End of the source phrase that starts at ``pos`` ("ein Bericht aus Russland"), if any."""
    end = None
    for count, match in enumerate(_TOKEN.finditer(text, pos, min(stop, pos + WINDOW))):
        word = match.group()
        core = word.rstrip(_PUNCT)
        kind = _is_source_word(core, lex) if core else None
        if kind is None or count >= SOURCE_TOKENS:
            break
        if kind:
            end = match.start() + len(core)
        if core != word:  # punctuation closes the phrase
            break
    return end


def _source_before(text: str, start: int, pos: int, lex: _Lexicon) -> int | None:
    """Start of the source phrase that ends at ``pos`` ("einem Bericht der Zeitung"), if any."""
    tokens = list(_TOKEN.finditer(text, max(start, pos - WINDOW), pos))[-SOURCE_TOKENS:]
    begin = None
    seen_source = False
    for match in reversed(tokens):
        word = match.group()
        if word[-1] in _PUNCT:
            break  # "…, Berichten zufolge": the comma ends the phrase
        kind = _is_source_word(word, lex)
        if kind is None:
            break
        seen_source = seen_source or kind
        begin = match.start()
    return begin if seen_source else None


def _hearsay(text: str, start: int, end: int, cue: Span, lex: _Lexicon) -> str | None:
    """The second-hand part of the source phrase ``text[start:end]`` ("so ein Bericht"), or None.

    ``cue`` is the span of the cue word(s), which do not count ("reported" is no report).
    After a lead cue the part runs to the noun that makes it second-hand ("Citing unnamed
    officials", "so ein Bericht"); a phrase before a trail cue counts whole.
    """
    lead = cue[0] == start
    match = lex.hearsay.search(text, cue[1], end) if lead else lex.hearsay.search(text, start, cue[0])
    if not match:
        return None
    if not lead:
        return text[start:end]
    stop = end
    for token in _TOKEN.finditer(text, text.rfind(" ", start, match.start()) + 1, end):
        stop = token.start() + len(token.group().rstrip(_PUNCT))
        if token.group().strip(_PUNCT + _QUOTES) not in lex.modifiers:
            break
    return text[start:stop]


def _reported(text: str, sentence: Span, verb: Span, lex: _Lexicon) -> _Source | None:
    """The source before a reporting verb that reports ("wie Medien berichten"), if any.

    The verb reports after a lead-in ("wie", "as"), before its object ("dass", "that") or at
    the clause end ("…, the Guardian reported."); "Die Medien berichten über …" does not.
    """
    (s_start, s_end), (v_start, v_end) = sentence, verb
    begin = _source_before(text, s_start, v_start, lex)
    if begin is None:
        return None
    after = _WORD_AFTER.match(text, v_end, s_end)
    first = text[begin:v_start].split(None, 1)[0].lower()
    reports = after is not None and after.group(1).lower() in lex.objects
    if first in lex.lead_ins or reports or _FINAL.match(text, v_end, s_end):
        return _Source(begin, v_end, _hearsay(text, begin, v_end, verb, lex))
    return None


def _source(text: str, sentence: Span, hit: Span, key: str, lex: _Lexicon) -> _Source | None:
    """The source phrase a cue (or a hedge that holds a cue) opens or closes, if any."""
    (s_start, s_end), (h_start, h_end) = sentence, hit
    if key in lex.lead or (key in lex.comma and text[max(s_start, h_start - 2) : h_start].strip() == ","):
        cue_end = h_end
    elif key.startswith(lex.lead_prefixes):  # "according to reports": a hedge that opens a source
        cue = max((c for c in lex.lead_prefixes if key.startswith(c)), key=len)
        cue_end = h_start + len(cue) - 1 if text[h_start:h_end].lower().startswith(cue) else h_end
    elif key in lex.verbs:
        return _reported(text, sentence, hit, lex)
    else:
        last = key.rsplit(" ", 1)[-1]
        if last not in lex.trail:
            return None
        # "Berichten zufolge" is a hedge that closes a source: read back from its cue word.
        cue_start = h_end - len(last)
        begin = _source_before(text, s_start, cue_start, lex)
        if begin is None:
            return None
        return _Source(begin, h_end, _hearsay(text, begin, h_end, (cue_start, h_end), lex))
    end = _source_after(text, cue_end, s_end, lex)
    if end is None:
        return None
    end = max(end, h_end)
    return _Source(h_start, end, _hearsay(text, h_start, end, (h_start, cue_end), lex))


def _infinitive(words: list[str], lex: _Lexicon) -> tuple[int, bool] | None:
    """(how many of the last ``words`` are the infinitive, perfect?): "getötet worden sein" → (3, True)."""
    lower = [w.lower() for w in words]
    for aux, perfect in lex.auxiliaries:  # longest first: "worden sein" before "sein"
        size = len(aux)
        if len(words) > size and tuple(lower[-size:]) == aux:
            participle = words[-size - 1]
            # A participle is lower case (German nouns are not) and, before a bare "haben" or
            # "sein", ends like one ("getötet", "gestorben"): "Geld haben" is no perfect.
            if participle[:1].islower() and (size > 1 or participle.endswith(("t", "en"))):
                return size + 1, perfect
    last = words[-1] if words else ""
    if last[:1].islower() and last.endswith(("en", "ern", "eln", "n")):
        return 1, False
    return None


def _clause_end(text: str, start: int, stop: int, lex: _Lexicon) -> int:
    """Where the clause opened at ``start`` closes: a full stop, a dash, or a comma before a new clause."""
    found = _STOP.search(text, start, stop)
    end = found.start() if found else stop
    comma = text.find(",", start, end)
    while comma != -1:
        word = _WORD_AFTER.match(text, comma + 1, end)
        if word and word.group(1).lower() in lex.clause_openers:
            return comma
        comma = text.find(",", comma + 1, end)
    return end


def _modal(text: str, sentence: Span, hit: Span, lex: _Lexicon) -> tuple[str, bool] | None:
    """(marker, perfect) for the modal at ``hit``: ("sollen … verurteilt worden sein", True)."""
    (s_start, s_end), (m_start, m_end) = sentence, hit
    word = text[m_start:m_end].lower()
    if _FINAL.match(text, m_end, s_end):
        # Verb-final clause: the infinitive stands right before the modal ("… hindern sollen").
        before = text[max(s_start, m_start - 80) : m_start]
        words = [w.strip(_PUNCT + _QUOTES) for w in before.rsplit(None, 4)[-4:]]
        found = _infinitive(words, lex)
        return (f"{word} … {' '.join(words[-found[0] :])}", found[1]) if found else None
    # Main clause: the infinitive closes the modal's clause ("sollen dort … verurteilt worden sein").
    clause = text[m_end : _clause_end(text, m_end, min(s_end, m_end + WINDOW), lex)]
    words = [w.strip(_PUNCT + _QUOTES) for w in clause.rsplit(None, 4)[-4:]]
    found = _infinitive(words, lex)
    if not found:
        return None
    between = len(clause.split(None, found[0] + 1)) > found[0]
    return f"{word}{' … ' if between else ' '}{' '.join(words[-found[0] :])}", found[1]


def _key(raw: str) -> str:
    """The lexicon key of a matched phrase (cheap for the usual single spaces)."""
    key = raw.lower()
    return phrase_key(key) if "  " in key or "\n" in key or "\t" in key else key


def _claim(text: str, sentence: Span, hits: list[Span], paragraph: int, lex: _Lexicon) -> Claim | None:
    """The claim one sentence makes, or None when its hits do not hedge it."""
    s_start, s_end = sentence
    markers: list[tuple[int, str]] = []
    modals: list[tuple[int, str, bool]] = []
    sources: list[_Source] = []
    for hit in hits:
        raw = text[hit[0] : hit[1]]
        key = _key(raw)
        if key in lex.modal:
            found = _modal(text, sentence, hit, lex)
            if found:
                modals.append((hit[0], *found))
            continue
        if key not in lex.cues:
            markers.append((hit[0], raw))
        source = _source(text, sentence, hit, key, lex)
        if source:
            sources.append(source)
    sentence_text = text[s_start:s_end].rstrip()
    if modals and not sentence_text.endswith("?"):  # "Soll er das gesagt haben?" asks, not reports
        reported = bool(markers or sources)
        markers += [(position, label) for position, label, perfect in modals if perfect or reported]
    if not markers:
        hearsay = next((s for s in sources if s.hearsay), None)
        if hearsay is None:
            return None
        markers.append((hearsay.start, hearsay.hearsay or ""))
    marker = "; ".join(dict.fromkeys(label for _, label in sorted(markers)))
    attribution = text[sources[0].start : sources[0].end] if sources else None
    return Claim(sentence_text, s_start, s_start + len(sentence_text), marker, attribution, paragraph)


def find_claims(ctx: Context) -> tuple[Claim, ...]:
    """Hedged and second-hand claims in the body paragraphs, one per sentence, in text order."""
    lex = _lexicon(ctx.language if ctx.language in LANGUAGES else "")  # one cache entry for all others
    text = ctx.text
    claims: list[Claim] = []
    for number, hits in spans_by_paragraph(text, ctx.body_paragraphs(), lex.phrases).items():
        para = ctx.paragraphs[number - 1]
        sentences = sentence_spans(text, para.start, para.end)
        position = 0
        group: list[Span] = []
        for hit in hits + [(para.end, para.end)]:
            while position < len(sentences) and sentences[position][1] <= hit[0]:
                if group:
                    claim = _claim(text, sentences[position], group, number, lex)
                    if claim:
                        claims.append(claim)
                    group = []
                position += 1
            group.append(hit)
    return tuple(claims)
