"""The article page: the context for templates/article.md.j2."""

from __future__ import annotations

from itertools import islice

from markupsafe import Markup

from generator.contradictions import ClaimPair
from generator.corpus import Corpus
from generator.model import Record
from generator.render.claims import article_pairs, by_article
from generator.render.environment import render
from generator.render.escape import escape_text
from generator.render.highlight import Span, mark_up_paragraphs
from generator.render.lineage import lineage_note
from generator.render.links import href
from generator.render.paths import ARTICLES_DIR, article_doc, entity_doc, original_file

CROSSREF_LIMIT = 2  # other articles listed per person; the entity page has them all
CROSSREF_PEOPLE = 8  # entities listed: people, then organisations, then places, most shared first
TYPE_ORDER = {"person": 0, "organization": 1, "place": 2}
KIND_LABELS = {"boilerplate": "publisher material", "caption": "image credit or caption", "body": ""}


def render_article(record: Record, corpus: Corpus, pairs: dict[str, list[ClaimPair]] | None = None) -> str:
    """Markdown (with raw HTML blocks) for one article page; ``pairs`` is the corpus's claim
    pairs by article (render/claims.py: by_article), computed once for all pages."""
    a, n = record.article, record.annotations
    doc = article_doc(a.slug)
    registry_id = {e.id: corpus.entity_id(e.id, a.slug) for e in n.entities}  # None: ignored in aliases.yml
    entity_href = {eid: href(doc, entity_doc(rid)) for eid, rid in registry_id.items() if rid}
    name_href = {e.name: entity_href[e.id] for e in n.entities if e.id in entity_href}
    quotes = [q for q in n.quotes if q.kind != "term"]
    terms = [q for q in n.quotes if q.kind == "term"]
    values = sorted(v for d in n.dates for v in (d.value, d.end_value or d.value))
    paragraphs_html = mark_up_paragraphs(a.text, [(p.start, p.end) for p in n.paragraphs], _spans(record, entity_href))
    publisher = [
        {"number": i, "kind": p.kind, "kind_label": KIND_LABELS[p.kind]}
        for i, p in enumerate(n.paragraphs, start=1)
        if p.kind != "body"
    ]
    return render(
        "article.md.j2",
        description=_description(record),
        a=a,
        n=n,
        original_href=href(doc, original_file(a)),
        date_range=(values[0], values[-1]) if values else None,
        counts={
            "quotes": len(quotes),
            "terms": len(terms),
            "dates": len(n.dates),
            "entities": len(n.entities),
            "claims": len(n.claims),
            "boilerplate": len(publisher),
        },
        quotes=[
            {**q.__dict__, "speaker_href": name_href.get(q.speaker or ""), "lineage": lineage_note(corpus, (a.slug, i), doc)}
            for i, q in enumerate(n.quotes)
            if q.kind != "term"
        ],
        terms=terms,
        dates=n.dates,
        entities=[
            {
                "name": corpus.entities[registry_id[e.id]].name,
                "type": corpus.entities[registry_id[e.id]].type,
                "href": entity_href[e.id],
                "count": len(e.mentions),
                "paragraph": a.paragraph_at(min(m.start for m in e.mentions)) if e.mentions else 0,
            }
            for e in n.entities
            if e.id in entity_href
        ],
        claims=n.claims,
        pairs=article_pairs(record, corpus, by_article(corpus) if pairs is None else pairs),
        body=[
            {"number": i, "kind": p.kind, "kind_label": KIND_LABELS[p.kind], "html": html}
            for i, (p, html) in enumerate(zip(n.paragraphs, paragraphs_html), start=1)
        ],
        publisher=publisher,
        related=[
            {
                "href": href(doc, article_doc(r.slug)),
                "title": corpus.record(r.slug).article.title,
                "shared": r.shared[:5],
                "score": r.score,
            }
            for r in corpus.related.get(a.slug, ())
        ],
        crossrefs=cross_references(record, corpus),
    )


def cross_references(record: Record, corpus: Corpus, limit: int = CROSSREF_LIMIT) -> list[dict]:
    """Backlinks: for each person, organisation and place in the article, the other articles
    that mention it (people first: a place such as a country is named everywhere)."""
    doc = article_doc(record.article.slug)
    articles = href(doc, f"{ARTICLES_DIR}/index.md")  # + "slug/": one relpath per page, not per link
    seen, rows = set(), []
    for e in record.annotations.entities:
        rid = corpus.entity_id(e.id, record.article.slug)
        entity = corpus.entities.get(rid) if rid else None
        if entity is None or rid in seen:
            continue
        seen.add(rid)
        # The first few other uses only: a name in every article must not cost every article
        # a pass over all its uses (quadratic at 10,000 articles).
        others = list(islice((u for u in entity.uses if u.slug != record.article.slug), limit))
        total = len(entity.uses) - 1  # entity.uses holds one use per article, this one included
        if others:
            rows.append({
                "name": entity.name,
                "type": entity.type,
                "href": href(doc, entity_doc(entity.id)),
                "articles": [
                    {"title": corpus.record(u.slug).article.title, "href": f"{articles}{u.slug}/",
                     "paragraph": u.first_paragraph}
                    for u in others
                ],
                "more": max(0, total - len(others)),
            })
    rows.sort(key=lambda row: (TYPE_ORDER.get(row["type"], 3), -len(row["articles"]) - row["more"], row["name"].casefold()))
    return rows[:CROSSREF_PEOPLE]


def _spans(record: Record, entity_href: dict[str, str]) -> list[Span]:
    """Inline markup for the full text: quotes, dates and entity links."""
    n = record.annotations
    spans = [
        Span(q.start, q.end, Markup(f'<q class="dossier-{q.kind}" title="{escape_text(q.speaker or "")}">'), Markup("</q>"))
        for q in n.quotes
    ]
    spans += [
        Span(d.start, d.end, Markup(f'<time datetime="{escape_text(d.value)}">'), Markup("</time>"))
        for d in n.dates
    ]
    spans += [
        Span(m.start, m.end, Markup(f'<a class="dossier-entity" href="{entity_href[e.id]}">'), Markup("</a>"))
        for e in n.entities
        if e.id in entity_href
        for m in e.mentions
    ]
    return spans


def _description(record: Record) -> str:
    a = record.article
    return " · ".join(part for part in (a.outlet, a.published, a.author) if part) or a.title

