"""Cross-article linking: the only stage that sees every record.

Entities are merged across articles by the registry (generator/registry.py); articles are
related by the entities they share
(weighted by inverse document frequency, so "Ukraine" counts less than a rare name).
Quotes get their speakers' registry ids (generator/speakers.py) and are grouped across
articles (generator/lineage.py); dates are put in order (generator/timeline.py) and checked
for conflicts between articles (generator/conflicts.py).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

from generator.aliases import Aliases
from generator.contradictions import ClaimPair, find_claim_pairs
from generator.conflicts import DateConflict, find_date_conflicts
from generator.lineage import QuoteGroup, find_quote_groups
from generator.model import Record
from generator.registry import CorpusEntity, EntityUse, build_registry, plain
from generator.speakers import QuoteKey, resolve_speakers, speaker_key
from generator.timeline import Timeline, build_timeline


@dataclass(frozen=True)
class Related:
    slug: str
    score: float
    shared: tuple[str, ...]  # names of shared entities, most specific first


@dataclass(frozen=True)
class Corpus:
    records: tuple[Record, ...]  # in page order: newest first, then by title
    entities: dict[str, CorpusEntity]
    related: dict[str, tuple[Related, ...]]
    ids: dict[tuple[str, str], str] = field(default_factory=dict)  # (slug, article-level id) → registry id
    names: dict[str, str] = field(default_factory=dict)  # plain name → registry id, where unambiguous
    warnings: tuple[str, ...] = ()  # aliases.yml problems, one line each
    speaker_ids: dict[QuoteKey, str] = field(default_factory=dict)  # quote → its speaker's registry id
    quote_groups: tuple[QuoteGroup, ...] = ()  # the same quote in several articles, most widely repeated first
    timeline: Timeline = field(default_factory=Timeline)
    date_conflicts: tuple[DateConflict, ...] = ()

    def record(self, slug: str) -> Record:
        return self._by_slug[slug]

    @cached_property
    def _by_slug(self) -> dict[str, Record]:
        return {r.article.slug: r for r in self.records}

    def entity_id(self, article_entity_id: str, slug: str) -> str | None:
        """The registry id of an article-level entity; None when aliases.yml ignores it."""
        return self.ids.get((slug, article_entity_id))

    @cached_property
    def claim_pairs(self) -> tuple[ClaimPair, ...]:
        """Claims next to the denials that contradict them (generator/contradictions.py)."""
        return find_claim_pairs(self)

    def entity_named(self, name: str | None) -> str | None:
        """The registry id of the one entity with this name or spelling (a quote's speaker)."""
        return self.names.get(plain(name)) if name else None

    def speaker_key(self, key: QuoteKey) -> str:
        """What a quote's speaker is grouped by: the registry id, else the folded phrase."""
        slug, index = key
        return speaker_key(self.record(slug).annotations.quotes[index].speaker, self.speaker_ids.get(key))

    @cached_property
    def group_of(self) -> dict[QuoteKey, int]:
        """Quote → the index of its group in ``quote_groups``."""
        return {key: i for i, group in enumerate(self.quote_groups) for key in group.members}


def build_corpus(records: list[Record], related_limit: int = 8, aliases: Aliases | None = None) -> Corpus:
    """Registry (aliases applied), backlinks and related articles for all records."""
    ordered = tuple(sorted(records, key=_page_order))
    registry = build_registry(ordered, aliases)
    warnings = (aliases.errors if aliases else ()) + registry.warnings
    related = _related(ordered, registry.entities, related_limit)
    corpus = Corpus(ordered, registry.entities, related, registry.ids, registry.names, warnings)
    speaker_ids = resolve_speakers(ordered, registry.ids, registry.names)
    corpus = replace(corpus, speaker_ids=speaker_ids)
    groups = find_quote_groups(ordered, corpus.speaker_key)
    conflicts = find_date_conflicts(ordered, registry.ids, groups)
    return replace(corpus, quote_groups=groups, timeline=build_timeline(ordered), date_conflicts=conflicts)


def _page_order(record: Record) -> tuple:
    published = record.article.published or ""
    # Newest first; undated last; then title and slug so the order never depends on the filesystem.
    return (published == "", _negate(published), record.article.title.casefold(), record.article.slug)


def _negate(iso: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in iso)


RELATED_MAX_USES = 200  # an entity in more articles relates none of them


def _related(records, entities, limit) -> dict[str, tuple[Related, ...]]:
    total = max(len(records), 1)
    idf = {eid: math.log(1 + total / len(e.uses)) for eid, e in entities.items()}
    by_article: dict[str, set[str]] = {r.article.slug: set() for r in records}
    articles_of: dict[str, list[str]] = defaultdict(list)
    for entity_id, entity in entities.items():  # registry ids: merged spellings count once
        for use in entity.uses:
            by_article[use.slug].add(entity_id)
            articles_of[entity_id].append(use.slug)
    related: dict[str, tuple[Related, ...]] = {}
    # Too common to tell articles apart, and quadratic if kept:
    telling = {e: (articles_of[e], idf[e]) for e in articles_of if len(articles_of[e]) <= RELATED_MAX_USES}
    for slug, ids in by_article.items():
        scores: dict[str, float] = {}
        get = scores.get
        for entity_id in sorted(ids & telling.keys()):  # sorted: float sums in one order
            others, weight = telling[entity_id]
            for other in others:
                scores[other] = get(other, 0.0) + weight
        scores.pop(slug, None)
        # The shared names only for the few articles listed, not for every candidate.
        ranked = heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))
        related[slug] = tuple(
            Related(
                other,
                score,
                tuple(entities[e].name for e in sorted(ids & by_article[other] & telling.keys(), key=lambda e: (-idf[e], e))),
            )
            for other, score in ranked
        )
    return related

__all__ = ["Corpus", "CorpusEntity", "DateConflict", "EntityUse", "QuoteGroup", "Related", "build_corpus"]
