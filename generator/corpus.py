"""Cross-article linking: the only stage that sees every record.

Entities are merged across articles by the registry (generator/registry.py); articles are
related by the entities they share
(weighted by inverse document frequency, so "Ukraine" counts less than a rare name).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from generator.aliases import Aliases
from generator.contradictions import ClaimPair, find_claim_pairs
from generator.model import Record
from generator.registry import CorpusEntity, EntityUse, build_registry, plain


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


def build_corpus(records: list[Record], related_limit: int = 8, aliases: Aliases | None = None) -> Corpus:
    """Registry (aliases applied), backlinks and related articles for all records."""
    ordered = tuple(sorted(records, key=_page_order))
    registry = build_registry(ordered, aliases)
    warnings = (aliases.errors if aliases else ()) + registry.warnings
    related = _related(ordered, registry.entities, related_limit)
    return Corpus(ordered, registry.entities, related, registry.ids, registry.names, warnings)


def _page_order(record: Record) -> tuple:
    published = record.article.published or ""
    # Newest first; undated last; then title and slug so the order never depends on the filesystem.
    return (published == "", _negate(published), record.article.title.casefold(), record.article.slug)


def _negate(iso: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in iso)


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
    for slug, ids in by_article.items():
        scores: Counter[str] = Counter()
        shared: dict[str, list[str]] = defaultdict(list)
        for entity_id in ids:
            if len(articles_of[entity_id]) > 200:
                continue  # too common to tell articles apart, and quadratic if kept
            for other in articles_of[entity_id]:
                if other != slug:
                    scores[other] += idf[entity_id]
                    shared[other].append(entity_id)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        related[slug] = tuple(
            Related(
                other,
                score,
                tuple(entities[e].name for e in sorted(shared[other], key=lambda e: (-idf[e], e))),
            )
            for other, score in ranked
        )
    return related


__all__ = ["Corpus", "CorpusEntity", "EntityUse", "Related", "build_corpus"]
