"""Claims next to their denials: the corpus stage pairs each denial with what it contradicts.

A denial (extract/denials.py) names its key word: "eingekesselt" in "Kiew bestreitet, dass seine
Streitkräfte … eingekesselt seien", "Einkreisung" in "Es gibt keine Einkreisung". A claim is a
sentence of any article (a quotation, a flagged claim or a plain statement) that asserts the
same key concept (generator/topics.py: stems, participles and synonyms, so "umzingelt" meets
"eingekesselt") and shares enough of what the denial is about:

* in the same article, one more shared concept, or none when the denial names nothing but its
  key ("Berichte über eine Einkreisung");
* in another article, two more, from the denial or the rest of its paragraph, and the two
  articles must name a person, organisation or place in common.

A claim that negates the key itself ("nicht umzingelt"), a denial, and a claim by the denial's
own speaker are never paired. A denial with no key ("Kiew bestreitet das.") points back: it is
paired with the sentence before it in its paragraph. Each denial keeps its best few claims, ranked by the
rarity of the shared concepts, then by kind (quotations and flagged claims first), then by
closeness (a claim shortly before its denial first). Only sentences that hold some denial's
key concept are looked at, so the work grows with the corpus, not with its square.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from generator.extract.clauses import Sentence
from generator.extract.sentences import sentence_spans
from generator.model import Denial, Record
from generator.registry import plain
from generator.topics import concepts, topic_words

if TYPE_CHECKING:
    from generator.corpus import Corpus

SideKind = Literal["quote", "claim", "statement", "denial"]
CLAIMS_PER_DENIAL = 3
MAX_SENTENCE = 1200  # a longer "sentence" is a line without stops, not a claim
COMMON = 2000  # a key concept in more paragraphs than this pairs within its article only
ASSERTED = 0.3  # a claim that states the key outright ranks above one that takes it for granted
NEGATION_REACH = 8  # words before the key, in its clause, in which a negation makes it no claim
ONLY = frozenset({"nur", "only", "just", "bloß", "allein"})  # "nicht nur …, sondern auch": no negation
REFERS_BACK_WORDS = 5  # a shorter sentence before a denial is no claim it answers


@dataclass(frozen=True)
class Side:
    """One side of a pair: where it stands, what it says and who says it."""

    slug: str
    text: str
    start: int
    end: int
    paragraph: int
    kind: SideKind
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class ClaimPair:
    claim: Side
    denial: Side
    shared: tuple[str, ...]  # the shared words, as written: "umzingelt ~ eingekesselt", "Truppen"
    score: float
    refers_back: bool = False  # the denial names no topic and answers the sentence before it

    @property
    def same_article(self) -> bool:
        return self.claim.slug == self.denial.slug


@dataclass(frozen=True)
class _Denial:
    record: Record
    denial: Denial
    key: str
    focus: dict[str, str]  # concept → the word in the denial that names it
    context: dict[str, str]  # the same for the rest of its paragraph (what another article must share)
    speaker: str


@dataclass(frozen=True)
class _Sentence:
    record: Record
    start: int
    end: int
    paragraph: int
    words: dict[str, str]  # concept → the word that names it


def find_claim_pairs(corpus: Corpus) -> tuple[ClaimPair, ...]:
    """Every claim paired with a denial, in page order of the denials."""
    records = corpus.records
    denials = [d for r in records for d in _denials(r)]
    by_key: dict[str, list[_Denial]] = defaultdict(list)
    for d in denials:
        by_key[d.key].append(d)
    sentences, frequency, total = _sentences(records, by_key.keys())
    entities = _entities_by_article(corpus)
    sides: dict[tuple[int, str], Side] = {}  # (id of the sentence, key word) → the claim side, made once
    in_article: dict[str, list[_Sentence]] = defaultdict(list)
    copies: dict[str, list[_Sentence]] = defaultdict(list)  # one text, every article it stands in
    for sentence in sentences:
        in_article[sentence.record.article.slug].append(sentence)
        copies[sentence.record.article.text[sentence.start : sentence.end]].append(sentence)
    texts_by_key: dict[str, list[str]] = defaultdict(list)
    for text, group in copies.items():
        for key in group[0].words.keys() & by_key.keys():
            texts_by_key[key].append(text)
    pairs: list[ClaimPair] = []
    for r in records:
        for d in r.annotations.denials:
            if d.key is None:
                pairs += _refers_back(r, d)
    for d in denials:
        found = [
            pair
            for sentence in in_article[d.record.article.slug]
            if d.key in sentence.words and (pair := _pair(sentence, d, frequency, total, entities, sides))
        ]
        if frequency[d.key] <= COMMON:
            for text in texts_by_key[d.key]:
                # A syndicated sentence stands in many articles: the first that qualifies speaks for all.
                found += next(
                    ([pair] for s in copies[text] if s.record is not d.record
                     and (pair := _pair(s, d, frequency, total, entities, sides))),
                    [],
                )
        pairs += _best(found)
    order = {r.article.slug: n for n, r in enumerate(records)}
    return tuple(sorted(pairs, key=lambda p: (order[p.denial.slug], p.denial.start, -p.score, order[p.claim.slug], p.claim.start)))


def _best(found: list[ClaimPair]) -> list[ClaimPair]:
    """The best few pairs of one denial, one per claim text (the same sentence in many articles
    is shown once, from the article where it scores best, then comes first)."""
    ranked = sorted(found, key=lambda p: (-p.score, p.claim.slug, p.claim.start))
    kept: dict[str, ClaimPair] = {}
    for pair in ranked:
        kept.setdefault(pair.claim.text, pair)
        if len(kept) == CLAIMS_PER_DENIAL:
            break
    return list(kept.values())


def pairs_by_article(pairs: Iterable[ClaimPair]) -> dict[str, list[ClaimPair]]:
    """{slug: the pairs whose claim or denial stands in that article}."""
    found: dict[str, list[ClaimPair]] = defaultdict(list)
    for pair in pairs:
        found[pair.denial.slug].append(pair)
        if not pair.same_article:
            found[pair.claim.slug].append(pair)
    return found


def _denials(record: Record) -> list[_Denial]:
    language = record.annotations.language
    found = []
    for d in record.annotations.denials:
        key = topic_words(language).concept(d.key) if d.key else None
        if key is None:
            continue
        focus = concepts(d.denied, language)
        focus.setdefault(key, d.key or "")
        speaker = set(concepts(d.speaker or "", language))
        focus = {c: w for c, w in focus.items() if c not in speaker or c == key}
        number = d.paragraph or record.article.paragraph_at(d.start)
        para = record.annotations.paragraphs[number - 1] if number else None
        context = concepts(record.article.text, language, para.start, para.end) if para else {}
        context = {c: w for c, w in context.items() if c not in focus and c not in speaker}
        found.append(_Denial(record, d, key, focus, context, plain(d.speaker or "")))
    return found


def _sentences(records, keys) -> tuple[list[_Sentence], Counter[str], int]:
    """The body sentences that hold a key concept, and how many body paragraphs hold each key
    (of how many): a paragraph without any key is read once, fast, and not split."""
    keys = set(keys)
    found: list[_Sentence] = []
    frequency: Counter[str] = Counter()
    total = 0
    if not keys:
        return found, frequency, total
    for record in records:
        text, language = record.article.text, record.annotations.language
        topics = topic_words(language)
        for number, para in enumerate(record.annotations.paragraphs, start=1):
            if para.kind != "body":
                continue
            total += 1
            hits = topics.words(text, para.start, para.end) & keys
            if not hits:
                continue
            frequency.update(hits)
            for start, end in sentence_spans(text, para.start, para.end):
                if end - start <= MAX_SENTENCE:
                    words = concepts(text, language, start, end)
                    if words.keys() & hits:
                        found.append(_Sentence(record, start, end, number, words))
    return found, frequency, total


def _entities_by_article(corpus: Corpus) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for entity_id, entity in corpus.entities.items():
        for use in entity.uses:
            found[use.slug].add(entity_id)
    return {slug: frozenset(ids) for slug, ids in found.items()}


def _pair(sentence: _Sentence, d: _Denial, frequency: Counter[str], total: int, entities, sides) -> ClaimPair | None:
    record, denial = sentence.record, d.denial
    same = record is d.record
    if same and sentence.start < denial.end and denial.start < sentence.end:
        return None  # the denial itself, or the sentence around its quotation
    if any(o.start < sentence.end and sentence.start < o.end for o in record.annotations.denials):
        return None  # a denial is no claim
    shared = [c for c in d.focus if c in sentence.words]
    if same:
        if len(shared) < 2 and len(d.focus) > 1:
            return None
    else:
        shared += [c for c in d.context if c in sentence.words]
        if len(shared) < 3 or not (entities.get(record.article.slug, frozenset()) & entities.get(d.record.article.slug, frozenset())):
            return None
    if _negated(record, sentence, sentence.words[d.key]):
        return None
    word = sentence.words[d.key]
    claim = sides.get((id(sentence), word))
    if claim is None:
        claim = sides[(id(sentence), word)] = _claim_side(record, sentence, word)
    if d.speaker and claim.speaker and plain(claim.speaker) == d.speaker:
        return None
    score = sum(math.log(1 + total / max(frequency.get(c, 1), 1)) for c in shared)
    score += 0.5 if claim.kind != "statement" else 0.0
    score += 0.0 if _attributive(sentence.words[d.key]) else ASSERTED
    if same:
        distance = denial.paragraph - sentence.paragraph
        score += 1 / (1 + abs(distance)) * (1.0 if sentence.start < denial.start else 0.5)
    words = tuple(_shown(sentence.words[c], d.focus.get(c) or d.context[c]) for c in shared)
    return ClaimPair(claim, _denial_side(d.record, denial), words, round(score, 3))


def _attributive(word: str) -> bool:
    """An inflected participle presupposes rather than asserts: "eingekesselte Soldaten" against
    "Soldaten sind umzingelt" (German; English participles do not inflect)."""
    return word[:1].islower() and word.endswith(("te", "ten", "tes", "tem", "ter"))


def _shown(claim_word: str, denial_word: str) -> str:
    return claim_word if claim_word.lower() == denial_word.lower() else f"{claim_word} ~ {denial_word}"


def _negated(record: Record, sentence: _Sentence, word: str) -> bool:
    """The claim says the key is not so ("nicht umzingelt", "keine Einkreisung", "has not shown
    any evidence of the encirclement"): a negation earlier in the key's clause, unless it is
    "nicht nur" / "not only"."""
    text = record.article.text
    negations = topic_words(record.annotations.language).negations
    at = text.find(word, sentence.start, sentence.end)
    clause = text[max(sentence.start, at - 80) : at]
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]
    words = [w.lower().strip(".:„“”\"()") for w in clause.split()][-NEGATION_REACH:]
    return any(w in negations and (n + 1 == len(words) or words[n + 1] not in ONLY) for n, w in enumerate(words))


def _claim_side(record: Record, sentence: _Sentence, key_word: str | None = None) -> Side:
    """The sentence as a claim: a quotation in it gives its speaker, a flagged claim its kind;
    quotation marks around the key word make it a quote even before the quote annotator has run."""
    n, text = record.annotations, record.article.text
    body = text[sentence.start : sentence.end].rstrip()
    quote = next(
        (q for q in n.quotes if q.kind != "term" and sentence.start <= q.start < sentence.end and len(q.text.split()) >= 3),
        None,
    )
    at = text.find(key_word, sentence.start, sentence.end) if key_word else -1
    if quote or (at >= 0 and Sentence(text, sentence.start, sentence.end).quotation_around(at)):
        kind: SideKind = "quote"
    elif any(c.start < sentence.end and sentence.start < c.end for c in n.claims):
        kind = "claim"
    else:
        kind = "statement"
    return Side(
        record.article.slug, body, sentence.start, sentence.start + len(body), sentence.paragraph, kind,
        quote.speaker if quote else None, quote.cue if quote else None,
    )


def _denial_side(record: Record, denial: Denial) -> Side:
    paragraph = denial.paragraph or record.article.paragraph_at(denial.start)
    return Side(record.article.slug, denial.text, denial.start, denial.end, paragraph, "denial", denial.speaker, denial.cue)


def _refers_back(record: Record, denial: Denial) -> list[ClaimPair]:
    """ "Kiew bestreitet das.": the denial answers the sentence right before it in its paragraph,
    when that is a statement of some length (not a question, not the lead-in to a quotation)."""
    text = record.article.text
    number = denial.paragraph or record.article.paragraph_at(denial.start)
    para = record.annotations.paragraphs[number - 1]
    spans = sentence_spans(text, para.start, para.end)
    index = next((i for i, (start, end) in enumerate(spans) if start <= denial.start < end), 0)
    if index == 0:
        return []
    start, end = spans[index - 1]
    body = text[start:end].rstrip()
    if end - start > MAX_SENTENCE or body.endswith(("?", ":", "„", "“", '"')) or len(body.split()) < REFERS_BACK_WORDS:
        return []
    if any(o.start < end and start < o.end for o in record.annotations.denials):
        return []
    claim = _claim_side(record, _Sentence(record, start, end, number, {}))
    if denial.speaker and claim.speaker and plain(claim.speaker) == plain(denial.speaker):
        return []
    return [ClaimPair(claim, _denial_side(record, denial), (), 0.0, refers_back=True)]
