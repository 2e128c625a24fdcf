"""Quote lineage: the same or a nearly identical quote across articles, grouped.

Quotes are compared as sets of words after folding case, compatibility forms, quotation marks,
punctuation and white space. Two quotes are near-identical when the words they share are at
least :data:`NEAR` of the longer one's words; when both are attributed to named speakers and
no speaker is shared, at least :data:`NEAR_ACROSS_SPEAKERS` (a one-word change in a stock phrase,
"Die Polizei / Die Feuerwehr hat die Lage unter Kontrolle", must not read as a misattribution).
bench/lineage.py measures the measure and the threshold on labelled pairs.

Candidates come from prefix filtering with PPJoin's length and position filters: each quote
is indexed under its rarest words only (as many as the threshold lets differ, plus one), so two
near-identical quotes always share an indexed word and only quotes that share a rare word are
ever compared; a test checks the result against comparing every pair. For hostile input, a
word keeps at most :data:`PER_GROUP` members of one group and :data:`MAX_POSTING` in all, so a
phrase repeated in 10,000 articles costs what a handful does; a version that resembles only
a member left out of those lists can then stay apart from its group.

Short quotes prove little: below :data:`MIN_WORDS` distinct words a quote joins a group only
when the very same words are attributed to the same speaker ("schwierig", Selenskyj).
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from generator.disjoint import DisjointSets
from generator.model import Record
from generator.speakers import UNATTRIBUTED, QuoteKey

NEAR = 0.7  # shared words / words of the longer quote
NEAR_ACROSS_SPEAKERS = 0.9  # the same, for two quotes whose named speakers differ
MIN_WORDS = 6  # distinct words a quote needs to be grouped across speakers or near-identically
PER_GROUP = 8  # members of one group kept under one indexed word (a bound; see the docstring)
MAX_POSTING = 32  # members kept under one indexed word at most (a bound for hostile input)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class QuoteGroup:
    id: str  # stable anchor: a hash of the first version's words
    members: tuple[QuoteKey, ...]  # first appearance first, then by date and page order
    articles: int  # distinct articles
    overlap: tuple[int, ...]  # per member: percent of the longer one's words shared with the first
    speakers: tuple[str, ...]  # distinct speaker keys, in member order (UNATTRIBUTED left out)

    @property
    def first(self) -> QuoteKey:
        return self.members[0]


def words(text: str) -> tuple[str, ...]:
    """The quote's words, case and compatibility forms folded; quotation marks, punctuation and
    white space gone."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words as a share of the longer quote's words (0 when either is empty)."""
    longer = max(len(a), len(b))
    return len(a & b) / longer if longer else 0.0


def find_quote_groups(
    records: Sequence[Record], speaker_of: Callable[[QuoteKey], str]
) -> tuple[QuoteGroup, ...]:
    """Groups of the same quote in at least two articles, most widely repeated first.

    ``records`` are in page order; ``speaker_of`` gives a quote's speaker key."""
    order = {r.article.slug: i for i, r in enumerate(records)}
    published = {r.article.slug: r.article.published or "" for r in records}
    texts: dict[tuple[str, ...], list[QuoteKey]] = defaultdict(list)  # exact copies collapse first
    for record in records:
        for index, quote in enumerate(record.annotations.quotes):
            if quote.kind != "term" and (found := words(quote.text)):
                texts[found].append((record.article.slug, index))
    distinct = list(texts)
    sets = [frozenset(t) for t in distinct]
    clusters = DisjointSets(len(distinct))
    named = [frozenset(s for key in texts[t] if (s := speaker_of(key)) != UNATTRIBUTED) for t in distinct]
    _link_near_identical(sets, named, clusters)
    word_of = {key: i for i, text in enumerate(distinct) for key in texts[text]}
    groups = []
    for members in clusters.members().values():
        for keys in _split_short(members, sets, distinct, texts, speaker_of):
            if len({slug for slug, _ in keys}) >= 2:
                groups.append(_group(keys, order, published, speaker_of, lambda k: distinct[word_of[k]]))
    groups.sort(key=lambda g: (-g.articles, published[g.first[0]] == "", published[g.first[0]], order[g.first[0]], g.first[1]))
    return tuple(_unique_ids(groups))


def _link_near_identical(sets: list[frozenset[str]], named: list[frozenset[str]], clusters: DisjointSets) -> None:
    """Join every pair of long quotes whose overlap reaches NEAR: prefix filtering with the
    length and position filters of PPJoin (Xiao et al. 2008), shortest quotes first, so that
    few pairs are ever verified."""
    frequency = Counter(word for s in sets if len(s) >= MIN_WORDS for word in s)
    postings: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # word → (quote, position, size)
    skip: dict[str, int] = defaultdict(int)  # word → entries too short for every quote still to come
    kept: Counter[tuple[str, int]] = Counter()  # (word, cluster) → members kept
    for i in sorted((i for i, s in enumerate(sets) if len(s) >= MIN_WORDS), key=lambda i: (len(sets[i]), i)):
        found = sets[i]
        n = len(found)
        need, shortest = math.ceil(NEAR * n), NEAR * n  # shared words needed; smallest partner
        prefix = sorted(found, key=lambda w: (frequency[w], w))[: n - need + 1]
        shared: dict[int, int] = {}  # candidate → prefix words shared so far; -1: ruled out
        for p, word in enumerate(prefix):
            entries, first = postings[word], skip[word]
            while first < len(entries) and entries[first][2] < shortest:
                first += 1  # shorter than NEAR of this quote, and of every longer one to come
            skip[word] = first
            left = n - p - 1
            for j, q, m in entries[first:]:
                count = shared.get(j, 0)
                if count < 0:
                    continue
                # The words still to come cannot lift the overlap to the threshold.
                shared[j] = -1 if count + 1 + (left if left < m - q - 1 else m - q - 1) < need else count + 1  # noqa: FURB136 - no call in the hot loop
        for j, count in shared.items():
            if count > 0 and clusters.find(j) != clusters.find(i):
                other_speakers = named[i] and named[j] and named[i].isdisjoint(named[j])
                if overlap(found, sets[j]) >= (NEAR_ACROSS_SPEAKERS if other_speakers else NEAR):
                    clusters.union(i, j)
        root = clusters.find(i)
        for p, word in enumerate(prefix):
            if len(postings[word]) - skip[word] < MAX_POSTING and kept[word, root] < PER_GROUP:
                postings[word].append((i, p, n))
                kept[word, root] += 1


def _split_short(members, sets, distinct, texts, speaker_of) -> list[list[QuoteKey]]:
    """A cluster's quotes; a short quote (always alone in its cluster) only with the same speaker."""
    if len(members) > 1 or len(sets[members[0]]) >= MIN_WORDS:
        return [[key for i in members for key in texts[distinct[i]]]]
    by_speaker: dict[str, list[QuoteKey]] = defaultdict(list)
    for key in texts[distinct[members[0]]]:
        if (speaker := speaker_of(key)) != UNATTRIBUTED:
            by_speaker[speaker].append(key)
    return list(by_speaker.values())


def _group(keys, order, published, speaker_of, words_of) -> QuoteGroup:
    keys = sorted(keys, key=lambda k: (published[k[0]] == "", published[k[0]], order[k[0]], k[1]))
    first = frozenset(words_of(keys[0]))
    speakers = [s for s in dict.fromkeys(speaker_of(k) for k in keys) if s != UNATTRIBUTED]
    digest = hashlib.sha1("\x1f".join((speaker_of(keys[0]), *words_of(keys[0]))).encode()).hexdigest()[:10]
    return QuoteGroup(
        id=f"g{digest}",
        members=tuple(keys),
        articles=len({slug for slug, _ in keys}),
        overlap=tuple(round(100 * overlap(first, frozenset(words_of(k)))) for k in keys),
        speakers=tuple(speakers),
    )


def _unique_ids(groups: list[QuoteGroup]) -> list[QuoteGroup]:
    """The groups, an id seen before given a suffix (a hash collision must not merge anchors)."""
    seen: set[str] = set()
    unique = []
    for group in groups:
        anchor, n = group.id, 1
        while anchor in seen:
            n += 1
            anchor = f"{group.id}-{n}"
        seen.add(anchor)
        unique.append(group if anchor == group.id else replace(group, id=anchor))
    return unique


__all__ = ["MIN_WORDS", "NEAR", "NEAR_ACROSS_SPEAKERS", "QuoteGroup", "find_quote_groups", "overlap", "words"]
