"""Render: corpus → generated pages, as ``{path inside docs/: Markdown text}``.

All article text is escaped exactly once, by ``escape.escape_text`` (Jinja ``finalize``).
"""

from __future__ import annotations

from generator.corpus import Corpus, CorpusEntity
from generator.model import Record
from generator.render.article import render_article
from generator.render.conflicts import CONFLICTS
from generator.render.entity import entities_by_article, render_entity
from generator.render.entity import quotes_by_entity as _quotes_by_entity
from generator.render.environment import render
from generator.render.lineage import render_lineage_pages
from generator.render.links import href
from generator.render.paths import ENTITIES_DIR, article_doc, entity_doc, paginate
from generator.render.quotes import render_quote_pages, top_speakers
from generator.render.timeline import render_timeline_pages, timeline_chart

PAGE_SIZE = 100
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
    for record in corpus.records:
        pages[article_doc(record.article.slug)] = render_article(record, corpus)
    quotes_by_speaker = _quotes_by_entity(corpus)
    in_article = entities_by_article(corpus)
    for entity in corpus.entities.values():
        pages[entity_doc(entity.id)] = render_entity(entity, corpus, quotes_by_speaker.get(entity.id, []), in_article)
    pages.update(_article_listing(corpus, page_size))
    for entity_type, (folder, title, _label) in ENTITY_TYPES.items():
        members = sorted(
            (e for e in corpus.entities.values() if e.type == entity_type),
            key=lambda e: (-len(e.uses), -e.mentions, e.name.casefold(), e.id),
        )
        pages.update(_entity_listing(members, folder, title, quotes_by_speaker, page_size))
    pages.update(render_quote_pages(corpus))
    pages.update(render_lineage_pages(corpus))
    pages.update(render_timeline_pages(corpus))
    pages["index.md"] = _render_home(corpus)
    return pages


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
    conflicts = len(corpus.date_conflicts)
    return [
        {"title": "Quotes by speaker", "href": href("index.md", "quotes/index.md"), "about": "every quote, by who said it"},
        {"title": "Quote lineage", "href": href("index.md", "quotes/lineage/index.md"),
         "about": f"{len(corpus.quote_groups)} quotes found in more than one article, with changes"},
        {"title": "Timeline", "href": href("index.md", "timeline/index.md"), "about": "every date mentioned, in order, beside publication dates"},
        {"title": "Date conflicts", "href": href("index.md", CONFLICTS),
         "about": f"{conflicts} quote{'s' if conflicts != 1 else ''} or event{'s' if conflicts != 1 else ''} that articles date differently"},
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
