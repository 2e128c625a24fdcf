"""Quotes and speakers: every quoted stretch of an article, with kind, cue and speaker.

``find_quotes`` pairs the quotation marks (``marks.py``), splits the text into sentences
that never break inside a quote, and reads each quote in a window of its sentence
(``attribution.py``): its kind (direct, partial or term), its cue and its speaker, named
with the entities found earlier (``speakers.py``). A quote inside another one is read
again in the outer quote's words: an utterance there gets its own speaker ("Der Chef hat
immer gesagt: ‚…‘"), a title or scare word is a term. Every paragraph counts, publisher
material too (a book advert's title is a term).

Everything is linear in the length of the article: marks are paired in one pass, and each
quote looks at a bounded window of its sentence.
"""

from __future__ import annotations

import bisect

from generator.extract.attribution import TERM, Attribution, Clause, Window, attribute, cue_speaker
from generator.extract.context import Context
from generator.extract.cues import find_cues
from generator.extract.marks import MarkSpan, find_mark_spans
from generator.extract.quote_lexicon import QuoteLexicon, quote_lexicon
from generator.extract.sentences import sentence_spans
from generator.extract.noun_phrases import NounPhrase, in_subjunctive, subject_np
from generator.extract.speakers import Speaker, SpeakerIndex, pronoun_speaker, resolve
from generator.extract.tokens import Token, tokenize
from generator.model import Entity, Paragraph, Quote

QUESTION_WORDS = 12  # a reporter's short question between a speaker's quotes ("Und die Baustelle?")

REACH = 300  # characters of its sentence a quote's window takes on either side
NEIGHBOURS = 6  # quotes a window takes on either side


def find_quotes(ctx: Context) -> tuple[Quote, ...]:
    """Every quote of the article, in text order (an outer quote before the ones inside it)."""
    text = ctx.text
    spans = find_mark_spans(text, ctx.paragraphs, ctx.language)
    if not spans:
        return ()
    lex = quote_lexicon(ctx.language)
    return tuple(_Reader(text, ctx.paragraphs, spans, lex, ctx.entities).read())


class _Reader:
    """Reads the quotes of one article in order, remembering what the last sentences said."""

    def __init__(
        self,
        text: str,
        paragraphs: tuple[Paragraph, ...],
        spans: list[MarkSpan],
        lex: QuoteLexicon,
        entities: tuple[Entity, ...],
    ):
        self.text, self.paragraphs, self.spans, self.lex = text, paragraphs, spans, lex
        self.tops = [(i, s) for i, s in enumerate(spans) if s.depth == 0]
        self.top_opens = [s.open for _, s in self.tops]
        self.opens = [s.open for s in spans]
        self.sentences = quote_sentences(text, paragraphs, [s for _, s in self.tops], lex.abbreviations)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.para_starts = [p.start for p in paragraphs]
        self.index = SpeakerIndex(text, entities, lex, self._recall)
        self.said: dict[int, Attribution] = {}  # sentence number → the last attribution read in it
        self.before: dict[int, Attribution | None] = {}  # sentence number → what the one before said
        self.clauses: dict[int, Clause] = {}  # sentence number → its tokens and cues
        self.long_tokens: dict[int, tuple[list[Token], list[int]]] = {}  # long sentences: tokens, starts
        self.recalled: set[int] = set()
        self.recalling = False

    def read(self) -> list[Quote]:
        quotes: list[Quote] = []
        parents: list[tuple[MarkSpan, Attribution]] = []
        for span in self.spans:
            while parents and parents[-1][0].close <= span.open:
                parents.pop()
            if span.depth == 0 or not parents:
                found = self._top_level(span)
            else:
                found = self._nested(span, parents[-1][0], parents[-1][1].speaker)
            parents.append((span, found))
            term = found.kind == "term"
            if found.speaker.name and not term:
                self.index.add(found.position if found.position >= 0 else span.start, found.speaker)
            quotes.append(
                Quote(
                    text=self.text[span.start : span.end],
                    start=span.start,
                    end=span.end,
                    kind=found.kind,  # type: ignore[arg-type]
                    speaker=None if term else found.speaker.name,
                    speaker_text=None if term else found.speaker.text,
                    cue=None if term else found.cue,
                    paragraph=bisect.bisect_right(self.para_starts, span.start),
                )
            )
        return quotes

    def _sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def _paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.para_starts, offset) - 1

    def _top_level(self, span: MarkSpan) -> Attribution:
        number = self._sentence_of(span.open)
        start, end = self.sentences[number]
        colon = self._colon_before_paragraph(span, start)
        if colon < start:  # the window reaches into the paragraph before
            clause = self._clause(
                colon, min(end, span.close + 1 + REACH), span, self._tops_in(colon, end + 1, whole=False)
            )
        elif end - start <= 2 * REACH and self._quotes_in(start, end) <= 2 * NEIGHBOURS:
            if number not in self.clauses:
                self.clauses[number] = self._clause(
                    start, end, span, self._tops_in(start, end + 1, whole=False)
                )
            clause = self.clauses[number]
        else:
            clause = self._slice(number, span)
        found = attribute(
            self._window(clause, span),
            self.lex,
            self.index,
            lambda: self._previous(number),
            following=lambda: self._pointing_back(number),
        )
        if found.kind != "term":
            self.said[number] = found
        return found

    def _quotes_in(self, start: int, end: int) -> int:
        return bisect.bisect_left(self.top_opens, end) - bisect.bisect_left(self.top_opens, start)

    def _slice(self, number: int, span: MarkSpan) -> Clause:
        """A window of a long or crowded sentence: its tokens are made once, and each quote
        reads at most ``REACH`` characters and ``NEIGHBOURS`` quotes on either side."""
        if number not in self.long_tokens:
            start, end = self.sentences[number]
            tokens = tokenize(
                self.text, start, end, self._tops_in(start, end + 1, whole=False), self.lex.abbreviations
            )
            self.long_tokens[number] = (tokens, [t.start for t in tokens])
        tokens, starts = self.long_tokens[number]
        k = bisect.bisect_left(starts, span.open)
        lo, quotes = k, 0
        while lo > 0 and tokens[lo - 1].start >= span.open - REACH and quotes < NEIGHBOURS:
            lo -= 1
            quotes += tokens[lo].kind == "q"
        hi, quotes = k + 1, 0
        while hi < len(tokens) and tokens[hi].end <= span.close + 1 + REACH and quotes < NEIGHBOURS:
            quotes += tokens[hi].kind == "q"
            hi += 1
        return Clause(tokens[lo:hi], self.lex, self.index)

    def _nested(self, span: MarkSpan, outer: MarkSpan, narrator: Speaker) -> Attribution:
        start, end = max(outer.start, span.open - REACH), min(outer.end, span.close + 1 + REACH)
        for s, e in sentence_spans(self.text, start, end):
            if s <= span.open < e:
                start, end = s, e
                break
        lo, hi = bisect.bisect_left(self.opens, start), bisect.bisect_left(self.opens, end)
        inner = [(j, self.spans[j]) for j in range(lo, hi) if self.spans[j].depth == span.depth]
        clause = self._clause(start, end, span, inner, narrator)
        return attribute(self._window(clause, span), self.lex, self.index, lambda: None, narrator)

    def _clause(
        self,
        start: int,
        end: int,
        span: MarkSpan,
        others: list[tuple[int, MarkSpan]],
        narrator: Speaker | None = None,
    ) -> Clause:
        """The tokens of ``text[start:end]`` around ``span`` and their cues; quotes cut by the edges are left out."""
        start, end = min(start, span.open), max(end, span.close + 1)
        inside = [(j, s) for j, s in others if s.open < end and s.close >= start]
        for _, s in inside:
            if s.open < start <= s.close and s.close < span.open:
                start = s.close + 1
            if s.open < end <= s.close and s.open > span.close:
                end = s.open
        inside = [(j, s) for j, s in inside if start <= s.open and s.close < end]
        return Clause(
            tokenize(self.text, start, end, inside, self.lex.abbreviations), self.lex, self.index, narrator
        )

    def _window(self, clause: Clause, span: MarkSpan) -> Window:
        k = clause.index_of(span.open)
        before = self.text[span.open - 1] if span.open > 0 else " "
        after = self.text[span.close + 1] if span.close + 1 < len(self.text) else " "
        return Window(clause, k, before, after)

    def _colon_before_paragraph(self, span: MarkSpan, start: int) -> int:
        """A quote opening a paragraph after one that ends in a colon ("… read a statement to
        the court:") reads that sentence too."""
        p = self._paragraph_of(span.open)
        if p <= 0 or self.text[self.paragraphs[p].start : span.open].strip():
            return start
        previous = self.paragraphs[p - 1]
        if not self.text[previous.start : previous.end].rstrip().endswith(":"):
            return start
        return max(self.sentences[self._sentence_of(previous.end - 1)][0], previous.end - REACH)

    def _recall(self, offset: int) -> None:
        """Before a pronoun at ``offset`` is resolved: name the speaker of the sentence before."""
        number = self._sentence_of(offset)
        if number in self.recalled or self.recalling:
            return
        self.recalled.add(number)
        self.recalling = True  # reading that sentence must not recall the one before it, and so on
        earlier = self._previous(number)
        self.recalling = False
        if earlier and earlier.speaker.name and earlier.position >= 0:
            self.index.add(earlier.position, earlier.speaker)

    def _previous(self, number: int) -> Attribution | None:
        """What the sentence before ``number`` said: its last quote's attribution, or its last
        cue with the speaker (same paragraph, or the paragraph before when this one opens)."""
        if number not in self.before:
            self.before[number] = self._read_previous(number)
        return self.before[number]

    def _read_previous(self, number: int) -> Attribution | None:
        if number == 0:
            return None
        start, end = self.sentences[number - 1]
        here, there = self._paragraph_of(self.sentences[number][0]), self._paragraph_of(start)
        if there < here - 1:
            return None  # the paragraph between holds no quote: its sentences were not split
        if number - 1 in self.said:
            return self.said[number - 1]
        if there != here:
            return None
        start = max(start, end - REACH)
        tokens = tokenize(self.text, start, end, self._tops_in(start, end), self.lex.abbreviations)
        cues = [c for c in find_cues(tokens, self.lex) if c.kind not in ("manner", "display")]
        # The main verb before a participle: in "said she had heard shouting" the woman speaks.
        ordered = sorted(reversed(cues), key=lambda c: not self.lex.compounds and _non_finite(tokens, c))
        for cue in ordered:
            found = cue_speaker(tokens, cue, self.lex, self.index)
            if found is None:  # "X zeigte sich offen, warnte aber …": the subject the verbs share
                shared = self.index.sentence_subject(start, end)
                found = (shared, start) if shared else None
            if found and found[0].name:
                ends = all(t.kind == "p" for t in tokens[cue.last :])  # "Fendt widersprach."
                return Attribution("direct", cue.text, found[0], found[1], announces=ends)
        if not cues and in_subjunctive(tokens, self.lex):
            return self._previous(number - 1)  # reported speech goes on: "X nannte … Wer …, sei …. „…“"
        if cues or any(t.kind == "q" for t in tokens):
            return None
        if self.text[start:end].rstrip().endswith("?") and len(tokens) <= QUESTION_WORDS:
            return self._previous(number - 1)  # "…“, sagt er. Und die Baustelle? „…“": he answers
        subject = self.index.sentence_subject(start, end) or self._role_subject(tokens, start) or self._pronoun_subject(tokens, start)
        if subject:  # "Lämmel hält das für gefährlich. „Eine Geburt wartet nicht …“"
            return Attribution("direct", None, subject, start)
        return None

    def _pronoun_subject(self, tokens: list[Token], start: int) -> Speaker | None:
        """The person a pronoun subject of the sentence means: one opening it ("She shrugged."),
        or in German one right after the verb ("Über die Zustände will sie nicht klagen.")."""
        if not tokens or tokens[0].start != start:
            return None
        lex = self.lex
        at = 0 if tokens[0].kind == "w" and tokens[0].low in lex.pronouns else None
        for j in range(1, min(len(tokens), 9)) if at is None and lex.compounds else ():
            t, before = tokens[j], tokens[j - 1]
            if t.kind != "w":
                break  # a comma: a clause, not the main verb's subject
            if (
                t.low in lex.pronouns and not t.cap and before.kind == "w" and before.text[0].islower()
                and before.low not in lex.preps and before.low not in lex.determiners
            ):
                at = j
                break
        if at is None:
            return None
        found = pronoun_speaker(tokens[at].low, tokens[at].text, tokens[at].start, self.index)
        return found if found.name else None

    def _role_subject(self, tokens: list[Token], start: int) -> Speaker | None:
        """The role that opens a sentence as its subject ("A spokesman for the county rejected
        the claims.", "Ein Sprecher des Landkreises verteidigte die Entscheidung."): the
        speaker of a bare quote or a pronoun right after."""
        if not tokens or tokens[0].start != start:
            return None
        stop = len(tokens)
        if not self.lex.compounds:  # English: the phrase ends before a past form ("… rejected")
            stop = next((j for j, t in enumerate(tokens) if t.kind == "w" and t.low.endswith("ed") and not t.cap), stop)
        np = subject_np(tokens, 0, stop, self.lex)
        if np is None or np.kind != "np" or np.last >= len(tokens):
            return None
        head, after = tokens[np.core - 1], tokens[np.last]
        if head.kind != "w" or not self.index.role(head.low)[0]:
            return None
        nxt = tokens[np.last + 1].low if np.last + 1 < len(tokens) else ""
        aside = after.text == "," and (nxt in self.lex.relatives or nxt in self.lex.determiners)
        named = _apposed_name(tokens, np.last) if after.text == "," else None
        if named is not None:  # "Their daughter, Megan, set up …": the role has a name
            np = NounPhrase(np.first, np.core, np.last, np.kind, (named,))
        elif after.kind != "w" and not aside:  # "Der Angeklagte, der … schwieg, nahm …", "Die Mieterin, eine …, zeigte"
            return None
        speaker = resolve(np, tokens, self.index)
        return speaker if speaker.name else None

    def _pointing_back(self, number: int) -> Attribution | None:
        """The attribution of the next sentence when it points back at this one with a
        demonstrative and a cue ("Das sagte Olaf Scholz am Montag", "That was what Smith told …")."""
        if number + 1 >= len(self.sentences):
            return None
        start, end = self.sentences[number + 1]
        if self._paragraph_of(start) != self._paragraph_of(self.sentences[number][0]):
            return None
        end = min(end, start + REACH)
        tokens = tokenize(self.text, start, end, self._tops_in(start, end), self.lex.abbreviations)
        if not tokens or tokens[0].low not in self.lex.demonstratives or any(t.kind == "q" for t in tokens):
            return None
        for cue in find_cues(tokens[:8], self.lex):
            if cue.kind in ("verb", "participle"):
                found = cue_speaker(tokens, cue, self.lex, self.index)
                if found and found[0].name:
                    return Attribution("direct", cue.text, found[0], found[1])
        return None

    def _tops_in(self, start: int, end: int, whole: bool = True) -> list[tuple[int, MarkSpan]]:
        """Top-level quotes opening in ``text[start:end]`` (and the one open at ``start``,
        unless ``whole``: then only those that also close in it)."""
        lo = bisect.bisect_left(self.top_opens, start)
        if not whole and lo > 0:
            lo -= 1
        hi = bisect.bisect_left(self.top_opens, end)
        return [t for t in self.tops[lo:hi] if not whole or t[1].close < end]


def quote_sentences(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    tops: list[MarkSpan],
    abbreviations: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Sentence spans of the paragraphs that hold a quote (and of one before that ends in a
    colon), joined where a boundary falls inside a quote (or a quote runs over several
    paragraphs), before a lower-case word ('"…?" she asked') or after an abbreviation."""
    wanted = _paragraphs_with_quotes(text, paragraphs, tops)
    spans: list[tuple[int, int, int]] = []  # (start, end, paragraph number)
    for number in wanted:
        para = paragraphs[number]
        spans.extend((s, e, number) for s, e in sentence_spans(text, para.start, para.end))
    if not spans:
        return [(0, len(text))]
    merged = [spans[0][:2]]
    q = 0
    for (start, end, number), (_, _, before) in zip(spans[1:], spans):
        while q < len(tops) and tops[q].close < start:
            q += 1
        inside = q < len(tops) and tops[q].open < start <= tops[q].close
        same = number == before and (
            text[start : start + 1].islower() or _ends_with_abbreviation(text, merged[-1][1], abbreviations)
        )
        if inside or same:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _paragraphs_with_quotes(text: str, paragraphs: tuple[Paragraph, ...], tops: list[MarkSpan]) -> list[int]:
    """Numbers (0-based) of the paragraphs a top-level quote touches, and of the paragraph
    before one when it ends in a colon; in order."""
    starts = [p.start for p in paragraphs]
    wanted: set[int] = set()
    for span in tops:
        first = max(0, bisect.bisect_right(starts, span.open) - 1)
        last = max(0, bisect.bisect_right(starts, span.close) - 1)
        wanted.update(range(first, last + 1))
        if first > 0 and text[paragraphs[first - 1].start : paragraphs[first - 1].end].rstrip().endswith(":"):
            wanted.add(first - 1)
    return sorted(wanted)


def _ends_with_abbreviation(text: str, end: int, abbreviations: frozenset[str]) -> bool:
    """Whether the sentence ending at ``end`` ends in an abbreviation ("U.S.", "Sen.", "Gov.")."""
    tail = text[max(0, end - 12) : end].split()
    word = tail[-1] if tail else ""
    if not word.endswith("."):
        return False
    return word.count(".") >= 2 and len(word) <= 6 and word[0].isupper() or word[:-1].lower() in abbreviations


__all__ = ["TERM", "find_quotes", "quote_sentences"]


def _apposed_name(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """(first, last) of one or two capitalised words between the comma at ``comma`` and the
    next ("Their daughter, Megan, who …"), or None."""
    k = comma + 1
    while k < len(tokens) and k - comma <= 2 and tokens[k].kind == "w" and tokens[k].cap:
        k += 1
    return (comma + 1, k) if k > comma + 1 and k < len(tokens) and tokens[k].text == "," else None


def _non_finite(tokens: list[Token], cue) -> bool:
    """An English participle or infinitive cue ("heard shouting", "authorized to talk"): in a
    sentence with a finite one ("said"), the finite verb names the speaker."""
    return cue.text.endswith("ing") or cue.first > 0 and tokens[cue.first - 1].low == "to"

