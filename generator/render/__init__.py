"""Render: corpus → generated pages, as ``{path inside docs/: Markdown text}``.

All article text is escaped exactly once, by ``escape.escape_text`` (Jinja ``finalize``).
"""

from __future__ import annotations

from generator.corpus import Corpus, CorpusEntity
from generator.model import Record
from generator.render.article import render_article
from generator.render.claims import CLAIMS_DIR, by_article, by_speaker, pair_rows
from generator.render.conflicts import CONFLICTS
from generator.render.entity import entities_by_article, render_entity
from generator.render.entity import quotes_by_entity as _quotes_by_entity
from generator.render.environment import render
from generator.render.graph import GRAPH_DOC, render_graph
from generator.render.lineage import render_lineage_pages
from generator.render.links import href
from generator.render.paths import ENTITIES_DIR, article_doc, entity_doc, paginate
from generator.render.quotes import render_quote_pages, top_speakers
from generator.render.timeline import render_timeline_pages, timeline_chart

PAGE_SIZE = 100
PAIR_PAGE_SIZE = 40  # claim-denial pairs per page: each is a two-column block
HOME_ROWS = 20
HOME_SPEAKERS = 10
ENTITY_TYPES = {  # type → (listing page, title, singular label)
    "person": ("people", "People", "Person"),
    "organization": ("organisations", "Organisations", "Organisation"),
    "place": ("places", "Places", "Place"),
}


def render_pages(corpus: Corpus, page_size: int = PAGE_SIZE) -> dict[str, str]:
    """Every generated Markdown page of the dossier."""
    pages: dict[str, str] = {}
    pairs = by_article(corpus)
    for record in corpus.records:
        pages[article_doc(record.article.slug)] = render_article(record, corpus, pairs)
    quotes_by_speaker = _quotes_by_entity(corpus)
    in_article = entities_by_article(corpus)
    spoken = by_speaker(corpus)
    for entity in corpus.entities.values():
        pages[entity_doc(entity.id)] = render_entity(
            entity, corpus, quotes_by_speaker.get(entity.id, []), in_article, spoken.get(entity.id, [])
        )
    pages.update(_article_listing(corpus, page_size))
    for entity_type, (folder, title, _label) in ENTITY_TYPES.items():
        members = sorted(
            (e for e in corpus.entities.values() if e.type == entity_type),
            key=lambda e: (-len(e.uses), -e.mentions, e.name.casefold(), e.id),
        )
        pages.update(_entity_listing(members, folder, title, quotes_by_speaker, page_size))
    pages.update(_pair_listing(corpus, PAIR_PAGE_SIZE if page_size == PAGE_SIZE else page_size))
    pages[GRAPH_DOC] = render_graph(corpus)
    pages.update(render_quote_pages(corpus))
    pages.update(render_lineage_pages(corpus))
    pages.update(render_timeline_pages(corpus))
    pages["index.md"] = _render_home(corpus)
    return pages


def _pair_listing(corpus: Corpus, page_size: int) -> dict[str, str]:
    pairs = list(corpus.claim_pairs)
    denials = sum(len(r.annotations.denials) for r in corpus.records)
    across = sum(not p.same_article for p in pairs)
    summary = (
        f"{len(pairs)} claims shown next to the denials that contradict them ({across} across two articles), "
        f"from {denials} denials found. Each pair lists the words the two sides share; the guide explains the rules."
    )
    return _listing(CLAIMS_DIR, "Claims and denials", summary, pairs, page_size, "pairs.md.j2",
                    lambda chunk, doc: pair_rows(chunk, corpus, doc))


def _article_rows(records: list[Record], from_doc: str) -> list[dict]:
    return [
        {
            "href": href(from_doc, article_doc(r.article.slug)),
            "title": r.article.title,
            "outlet": r.article.outlet,
            "published": r.article.published,
            "quotes": sum(q.kind != "term" for q in r.annotations.quotes),
            "dates": len(r.annotations.dates),
            "entities": len(r.annotations.entities),
            "claims": len(r.annotations.claims),
        }
        for r in records
    ]


def _render_home(corpus: Corpus) -> str:
    records = list(corpus.records)
    values = sorted(v for r in records for d in r.annotations.dates for v in (d.value, d.end_value or d.value))
    return render(
        "home.md.j2",
        counts={
            "articles": len(records),
            "quotes": sum(q.kind != "term" for r in records for q in r.annotations.quotes),
            "dates": sum(len(r.annotations.dates) for r in records),
            "entities": len(corpus.entities),
            "claims": sum(len(r.annotations.claims) for r in records),
        },
        date_range=(values[0], values[-1]) if values else None,
        rows=_article_rows(records[:HOME_ROWS], "index.md"),
        more_href=href("index.md", "articles/index.md") if len(records) > HOME_ROWS else None,
        speakers=top_speakers(corpus, HOME_SPEAKERS, "index.md"),
        chart=timeline_chart(corpus, "index.md", height=150),
        view_links=_view_links(corpus),
    )


def _view_links(corpus: Corpus) -> list[dict]:
    """The home page's links to every corpus view, with what each holds."""
    conflicts, pairs = len(corpus.date_conflicts), len(corpus.claim_pairs)
    return [
        {"title": "Quotes by speaker", "href": href("index.md", "quotes/index.md"), "about": "every quote, by who said it"},
        {"title": "Quote lineage", "href": href("index.md", "quotes/lineage/index.md"),
         "about": f"{len(corpus.quote_groups)} quotes found in more than one article, with changes"},
        {"title": "Timeline", "href": href("index.md", "timeline/index.md"), "about": "every date mentioned, in order, beside publication dates"},
        {"title": "Date conflicts", "href": href("index.md", CONFLICTS),
         "about": f"{conflicts} quote{'s' if conflicts != 1 else ''} or event{'s' if conflicts != 1 else ''} that articles date differently"},
        {"title": "Claims and denials", "href": href("index.md", f"{CLAIMS_DIR}/index.md"),
         "about": f"{pairs} claim{'s' if pairs != 1 else ''} shown beside the denial{'s' if pairs != 1 else ''} that contradict{'' if pairs != 1 else 's'} {'them' if pairs != 1 else 'it'}"},
        {"title": "Who is named with whom", "href": href("index.md", GRAPH_DOC), "about": "the most-named people, organisations and places, and who appears with whom"},
        {"title": "Articles", "href": href("index.md", "articles/index.md"), "about": f"all {len(corpus.records)}, newest first"},
        {"title": "People, organisations, places", "href": href("index.md", "entities/people/index.md"), "about": "with every mention and quote"},
    ]


def _listing(folder: str, title: str, summary: str, items: list, page_size: int, table: str, rows) -> dict[str, str]:
    docs = paginate(folder, len(items), page_size)
    pages = {}
    for number, doc in enumerate(docs, start=1):
        chunk = items[(number - 1) * page_size : number * page_size]
        pages[doc] = render(
            "listing.md.j2",
            title=title if number == 1 else f"{title}, page {number}",
            summary=summary,
            table_template=table,
            rows=rows(chunk, doc),
            pages=[
                {"number": n, "href": href(doc, other), "current": n == number}
                for n, other in enumerate(docs, start=1)
            ],
        )
    return pages


def _article_listing(corpus: Corpus, page_size: int) -> dict[str, str]:
    records = list(corpus.records)
    return _listing(
        "articles",
        "Articles",
        f"{len(records)} articles, newest first.",
        records,
        page_size,
        "article_table.md.j2",
        _article_rows,
    )


def _entity_listing(members, folder, title, quotes_by_speaker, page_size) -> dict[str, str]:
    def rows(chunk: list[CorpusEntity], doc: str) -> list[dict]:
        return [
            {
                "href": href(doc, entity_doc(e.id)),
                "name": e.name,
                "articles": len(e.uses),
                "mentions": e.mentions,
                "quotes": len(quotes_by_speaker.get(e.id, [])),
                "aliases": ", ".join(e.aliases[:6]) + (" …" if len(e.aliases) > 6 else ""),
            }
            for e in chunk
        ]

    summary = f"{len(members)} {title.lower()}, most widely mentioned first."
    return _listing(f"{ENTITIES_DIR}/{folder}", title, summary, members, page_size, "entity_table.md.j2", rows)
