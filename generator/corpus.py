"""Cross-article linking: the only stage that sees every record.

Entities are merged across articles by id, articles are related by the entities they share
(weighted by inverse document frequency, so "Ukraine" counts less than a rare name).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.model import Record


@dataclass(frozen=True)
class EntityUse:
    """One article's use of an entity."""

    slug: str
    mentions: int
    first_paragraph: int


@dataclass(frozen=True)
class CorpusEntity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    uses: tuple[EntityUse, ...]

    @property
    def mentions(self) -> int:
        return sum(use.mentions for use in self.uses)


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

    def record(self, slug: str) -> Record:
        return next(r for r in self.records if r.article.slug == slug)


def build_corpus(records: list[Record], related_limit: int = 8) -> Corpus:
    """Registry, backlinks and related articles for all records."""
    ordered = tuple(sorted(records, key=_page_order))
    entities = _merge_entities(ordered)
    return Corpus(ordered, entities, _related(ordered, entities, related_limit))


def _page_order(record: Record) -> tuple:
    published = record.article.published or ""
    # Newest first; undated last; then title and slug so the order never depends on the filesystem.
    return (published == "", _negate(published), record.article.title.casefold(), record.article.slug)


def _negate(iso: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in iso)


def _merge_entities(records: tuple[Record, ...]) -> dict[str, CorpusEntity]:
    names: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str] = {}
    uses: dict[str, list[EntityUse]] = defaultdict(list)
    for record in records:
        article = record.article
        for entity in record.annotations.entities:
            names[entity.id][entity.name] += 1
            types[entity.id] = entity.type
            aliases[entity.id].update(m.text for m in entity.mentions)
            first = min((m.start for m in entity.mentions), default=0)
            uses[entity.id].append(EntityUse(article.slug, len(entity.mentions), article.paragraph_at(first)))
    merged = {}
    for entity_id in sorted(names):
        name = max(names[entity_id], key=lambda n: (names[entity_id][n], len(n), n))
        merged[entity_id] = CorpusEntity(
            id=entity_id,
            name=name,
            type=types[entity_id],
            aliases=tuple(sorted(aliases[entity_id] - {name})),
            uses=tuple(uses[entity_id]),
        )
    return merged


def _related(records, entities, limit) -> dict[str, tuple[Related, ...]]:
    total = max(len(records), 1)
    idf = {eid: math.log(1 + total / len(e.uses)) for eid, e in entities.items()}
    by_article: dict[str, set[str]] = {
        r.article.slug: {e.id for e in r.annotations.entities} for r in records
    }
    articles_of: dict[str, list[str]] = defaultdict(list)
    for slug, ids in by_article.items():
        for entity_id in ids:
            articles_of[entity_id].append(slug)
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
