"""The quotes index (quotes/…): every quote by speaker, each linked to its paragraph.

Speakers the registry knows are one speaker under every spelling and link to their entity
page; role speakers ("Ein Sprecher des Kremls") are grouped by their folded phrase.
Speakers come most quoted first, their quotes oldest first; quotes without a speaker come
last. Pages hold about :data:`QUOTES_PER_PAGE` quotes and cut a speaker only when it has
more than a page; the first page opens with a directory of the most quoted speakers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from generator.corpus import Corpus
from generator.render.environment import render
from generator.render.links import href
from generator.render.paths import ARTICLES_DIR, QUOTES_DIR, entity_doc, paginate
from generator.render.quote_links import UNATTRIBUTED_LABEL, clip, group_location, quote_at
from generator.speakers import UNATTRIBUTED, QuoteKey, speaker_names

QUOTES_PER_PAGE = 250
DIRECTORY_LIMIT = 100  # speakers in the directory on the first page
INDEX = f"{QUOTES_DIR}/index.md"


@dataclass(frozen=True)
class SpeakerQuotes:
    key: str
    name: str
    entity_id: str | None
    quotes: tuple[QuoteKey, ...]  # oldest article first
    articles: int


def speakers(corpus: Corpus) -> list[SpeakerQuotes]:
    """Every speaker with their quotes (terms left out), most quoted first, unattributed last."""
    found: dict[str, list[QuoteKey]] = defaultdict(list)
    for record in corpus.records:
        slug = record.article.slug
        for index, quote in enumerate(record.annotations.quotes):
            if quote.kind != "term":
                found[corpus.speaker_key((slug, index))].append((slug, index))
    published = {r.article.slug: (not r.article.published, r.article.published or "", i) for i, r in enumerate(corpus.records)}
    result = []
    for key, quotes in found.items():
        ordered = tuple(sorted(quotes, key=lambda k: (published[k[0]], k[1])))
        entity = corpus.entities.get(key) if not key.startswith("role:") else None
        spelling = speaker_names((key, (quote_at(corpus, k).speaker or "").strip()) for k in ordered).get(key)
        name = entity.name if entity else (spelling or UNATTRIBUTED_LABEL)
        result.append(SpeakerQuotes(key, name, entity.id if entity else None, ordered, len({s for s, _ in quotes})))
    result.sort(key=lambda s: (s.key == UNATTRIBUTED, -len(s.quotes), s.name.casefold(), s.key))
    return result


def render_quote_pages(corpus: Corpus, per_page: int = QUOTES_PER_PAGE) -> dict[str, str]:
    """quotes/index.md and its further pages."""
    everyone = speakers(corpus)
    chunks, docs, where = _places(everyone, per_page)
    total = sum(len(s.quotes) for s in everyone)
    unattributed = sum(len(s.quotes) for s in everyone if s.key == UNATTRIBUTED)
    summary = (
        f"{total} quotes by {len(everyone) - bool(unattributed)} speakers in "
        f"{len({k[0] for s in everyone for k in s.quotes})} articles; {unattributed} without a named speaker. "
        "Scare quotes and titles are not listed."
    )
    pages = {}
    for number, (doc, chunk) in enumerate(zip(docs, chunks, strict=True), start=1):
        pages[doc] = render(
            "quotes.md.j2",
            title="Quotes by speaker" if number == 1 else f"Quotes by speaker, page {number}",
            summary=summary,
            directory=_directory(corpus, everyone, where, doc) if number == 1 else [],
            more_speakers=max(0, len(everyone) - DIRECTORY_LIMIT) if number == 1 else 0,
            sections=[_section(corpus, rank, speaker, quotes, doc, where) for rank, speaker, quotes in chunk],
            lineage_href=href(doc, f"{QUOTES_DIR}/lineage/index.md"),
            pages=[{"number": n, "href": href(doc, other), "current": n == number} for n, other in enumerate(docs, start=1)],
        )
    return pages


def top_speakers(corpus: Corpus, limit: int, doc: str) -> list[dict]:
    """The most quoted named speakers, for the home page, linked to their quotes."""
    everyone = speakers(corpus)
    where = _places(everyone, QUOTES_PER_PAGE)[2]
    return [
        {"name": s.name, "count": len(s.quotes), "articles": s.articles,
         "href": href(doc, where[rank][0]), "anchor": where[rank][1],
         "entity_href": href(doc, entity_doc(s.entity_id)) if s.entity_id else None}
        for rank, s in enumerate(everyone[:limit], start=1)
        if s.key != UNATTRIBUTED
    ]


def _places(everyone: list[SpeakerQuotes], per_page: int):
    """(the pages' chunks, their doc paths, speaker rank → (doc, anchor) of their first section)."""
    chunks = _chunks(everyone, per_page)
    docs = paginate(QUOTES_DIR, len(chunks), 1)
    where: dict[int, tuple[str, str]] = {}
    for doc, chunk in zip(docs, chunks, strict=True):
        for rank, _speaker, _quotes in chunk:
            where.setdefault(rank, (doc, f"s{rank}"))
    return chunks, docs, where


def _chunks(everyone: list[SpeakerQuotes], per_page: int) -> list[list[tuple[int, SpeakerQuotes, tuple[QuoteKey, ...]]]]:
    """Pages of (rank, speaker, their quotes on this page); a speaker is cut only when it has
    more quotes than a page holds."""
    pages: list[list] = [[]]
    room = per_page
    for rank, speaker in enumerate(everyone, start=1):
        quotes = speaker.quotes
        if len(quotes) > room and room < per_page and len(quotes) <= per_page:
            pages.append([])
            room = per_page
        while quotes:
            if room == 0:
                pages.append([])
                room = per_page
            pages[-1].append((rank, speaker, quotes[:room]))
            quotes, room = quotes[room:], room - len(quotes[:room])
    return pages


def _directory(corpus: Corpus, everyone: list[SpeakerQuotes], where, doc: str) -> list[dict]:
    rows = []
    for rank, s in enumerate(everyone[:DIRECTORY_LIMIT], start=1):
        dates = [d for k in s.quotes if (d := corpus.record(k[0]).article.published)]
        page, anchor = where[rank]
        rows.append({
            "name": s.name,
            "href": "" if page == doc else href(doc, page),
            "anchor": anchor,
            "entity_href": href(doc, entity_doc(s.entity_id)) if s.entity_id else None,
            "quotes": len(s.quotes),
            "articles": s.articles,
            "first": min(dates, default=""),
            "last": max(dates, default=""),
        })
    return rows


def _section(corpus: Corpus, rank: int, speaker: SpeakerQuotes, quotes, doc: str, where) -> dict:
    articles = href(doc, f"{ARTICLES_DIR}/index.md")  # + "slug/": one relpath per page
    lineage_pages: dict[str, str] = {}  # lineage doc → its href from here, worked out once
    rows = []
    for key in quotes:
        record = corpus.record(key[0])
        quote = record.annotations.quotes[key[1]]
        row = {
            "text": clip(quote.text),
            "kind": quote.kind,
            "cue": quote.cue,
            "title": record.article.title,
            "outlet": record.article.outlet,
            "published": record.article.published,
            "href": f"{articles}{key[0]}/",
            "paragraph": quote.paragraph or record.article.paragraph_at(quote.start),
            "lineage": None,
        }
        if located := group_location(corpus, key):
            i, page, anchor = located
            group = corpus.quote_groups[i]
            link = lineage_pages.setdefault(page, href(doc, page))
            row["lineage"] = {"href": link, "anchor": anchor, "articles": group.articles,
                              "first": group.first == key, "speakers": len(group.speakers)}
        rows.append(row)
    continued = where[rank][0] != doc or quotes[0] != speaker.quotes[0]
    return {
        "anchor": f"s{rank}" if not continued else f"s{rank}-{doc.rsplit('/', 1)[-1][:-3]}",
        "name": speaker.name,
        "unattributed": speaker.key == UNATTRIBUTED,
        "entity_href": href(doc, entity_doc(speaker.entity_id)) if speaker.entity_id else None,
        "count": len(speaker.quotes),
        "articles": speaker.articles,
        "continued": continued,
        "quotes": rows,
    }
