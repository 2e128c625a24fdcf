"""The entity page: the context for templates/entity.md.j2.

Every mention links to its paragraph (``#pN``), every quote to the paragraph it is in;
co-mentioned entities are ranked by the articles they share, dates are those of the
paragraphs that mention the entity.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict

from generator.contradictions import ClaimPair
from generator.corpus import Corpus, CorpusEntity
from generator.model import Quote, Record
from generator.render.claims import pair_rows
from generator.render.environment import render
from generator.render.links import href
from generator.render.paths import ARTICLES_DIR, entity_doc

TYPE_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place"}
COMENTION_LIMIT = 15
DATE_LIMIT = 200  # dates listed on one page; the timeline has the rest
USE_LIMIT = 1000  # articles listed on one page (newest first); exports/mentions.csv has them all
WIKIDATA_URL = "https://www.wikidata.org/wiki/"


def entities_by_article(corpus: Corpus) -> dict[str, list[str]]:
    """Registry ids per article slug, for co-mentions."""
    found: dict[str, list[str]] = defaultdict(list)
    for entity_id, entity in corpus.entities.items():
        for use in entity.uses:
            found[use.slug].append(entity_id)
    return found


def quotes_by_entity(corpus: Corpus) -> dict[str, list[tuple[Record, Quote]]]:
    """Quotes by the registry id of their speaker (generator/speakers.py resolves them)."""
    found: dict[str, list[tuple[Record, Quote]]] = defaultdict(list)
    for record in corpus.records:
        for index, quote in enumerate(record.annotations.quotes):
            if rid := corpus.speaker_ids.get((record.article.slug, index)):
                found[rid].append((record, quote))
    return found


def render_entity(
    entity: CorpusEntity, corpus: Corpus, quotes: list[tuple[Record, Quote]], in_article: dict[str, list[str]],
    pairs: list[ClaimPair] = (),
) -> str:
    """``pairs``: the claim-denial pairs in which the entity makes the claim or the denial."""
    doc = entity_doc(entity.id)
    articles = href(doc, f"{ARTICLES_DIR}/index.md")  # + "slug/": one relpath per page, not per link
    return render(
        "entity.md.j2",
        e=entity,
        type_label=TYPE_LABELS.get(entity.type, entity.type),
        wikidata_href=WIKIDATA_URL + entity.wikidata if entity.wikidata else None,
        uses=_uses(entity, corpus, articles),
        more_uses=max(0, len(entity.uses) - USE_LIMIT),
        mentions_csv=href(doc, "exports/mentions.csv"),
        quotes=[
            {
                "text": q.text,
                "cue": q.cue,
                "paragraph": (p := q.paragraph or r.article.paragraph_at(q.start)),
                "title": r.article.title,
                "href": f"{articles}{r.article.slug}/",  # the template adds #pN: "#" would be escaped
            }
            for r, q in quotes
        ],
        comentions=_comentions(entity, corpus, in_article, doc),
        dates=_dates(entity, corpus, articles),
        pairs=pair_rows(list(pairs), corpus, doc),
    )


def _uses(entity: CorpusEntity, corpus: Corpus, articles: str) -> list[dict]:
    rows = []
    for use in entity.uses[:USE_LIMIT]:  # one row per article keeps a 10,000-article page lean
        article = corpus.record(use.slug).article
        counts = Counter(p for p in use.paragraphs if p)
        rows.append({
            "href": f"{articles}{use.slug}/",
            "title": article.title,
            "published": article.published,
            "mentions": use.mentions,
            "paragraphs": [
                {"number": p, "count": counts[p]}
                for p in sorted(counts)
            ],
        })
    return rows


def _comentions(entity: CorpusEntity, corpus: Corpus, in_article: dict[str, list[str]], doc: str) -> list[dict]:
    """Entities named in the same articles, most shared articles first."""
    shared: Counter[str] = Counter()
    for use in entity.uses:
        shared.update(other for other in in_article.get(use.slug, ()) if other != entity.id)
    ranked = heapq.nsmallest(
        COMENTION_LIMIT, shared, key=lambda other: (-shared[other], -corpus.entities[other].mentions, other)
    )
    return [
        {
            "name": corpus.entities[other].name,
            "type": TYPE_LABELS.get(corpus.entities[other].type, ""),
            "href": href(doc, entity_doc(other)),
            "articles": shared[other],
        }
        for other in ranked
    ]


def _dates(entity: CorpusEntity, corpus: Corpus, articles: str) -> list[dict]:
    """Dates written in the paragraphs that mention the entity, in date order."""
    rows = []
    for use in entity.uses:
        record = corpus.record(use.slug)
        paragraphs = set(use.paragraphs) - {0}
        for d in record.annotations.dates:
            number = d.paragraph or record.article.paragraph_at(d.start)
            if number in paragraphs:
                rows.append({
                    "value": d.value,
                    "end_value": d.end_value,
                    "text": d.text,
                    "title": record.article.title,
                    "paragraph": number,
                    "href": f"{articles}{use.slug}/",
                })
    rows.sort(key=lambda r: (r["value"], r["title"].casefold(), r["paragraph"]))
    return rows[:DATE_LIMIT]
