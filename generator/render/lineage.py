"""The quote lineage pages (quotes/lineage/…): each group of the same quote across articles,
its first appearance, and every other version as a word diff against the first."""

from __future__ import annotations

from generator.corpus import Corpus
from generator.lineage import NEAR, NEAR_ACROSS_SPEAKERS, words
from generator.render.conflicts import conflict_pages
from generator.render.diff import word_diff
from generator.render.environment import render
from generator.render.links import href
from generator.render.paths import ARTICLES_DIR, article_doc
from generator.render.quote_links import (
    GROUPS_PER_PAGE,
    clip,
    group_location,
    lineage_docs,
    quote_at,
    speaker_label,
)
from generator.speakers import QuoteKey

VERSIONS_LIMIT = 50  # versions shown per group, the first appearance first; quote_groups.csv has all


def render_lineage_pages(corpus: Corpus) -> dict[str, str]:
    """quotes/lineage/index.md and its further pages."""
    groups = corpus.quote_groups
    docs = lineage_docs(corpus)
    on_page = conflict_pages(corpus)
    conflict_of = {c.group: (on_page[c.id], c.id) for c in corpus.date_conflicts if c.group}
    misattributed = sum(len(g.speakers) > 1 for g in groups)
    summary = (
        f"{len(groups)} quote{'s' if len(groups) != 1 else ''} found in more than one article, "
        f"most widely repeated first; {misattributed} attributed to different speakers, "
        f"{len(conflict_of)} dated differently."
    )
    pages = {}
    for number, doc in enumerate(docs, start=1):
        chunk = range((number - 1) * GROUPS_PER_PAGE, min(number * GROUPS_PER_PAGE, len(groups)))
        pages[doc] = render(
            "lineage.md.j2",
            title="Quote lineage" if number == 1 else f"Quote lineage, page {number}",
            summary=summary,
            near=round(100 * NEAR),
            near_across=round(100 * NEAR_ACROSS_SPEAKERS),
            groups=[_group(corpus, i, doc, conflict_of) for i in chunk],
            pages=[{"number": n, "href": href(doc, other), "current": n == number} for n, other in enumerate(docs, start=1)],
        )
    return pages


def _group(corpus: Corpus, i: int, doc: str, conflict_of: dict[str, tuple[str, str]]) -> dict:
    group = corpus.quote_groups[i]
    articles = href(doc, f"{ARTICLES_DIR}/index.md")
    first = quote_at(corpus, group.first)
    versions = []
    for key, share in list(zip(group.members, group.overlap, strict=True))[:VERSIONS_LIMIT]:
        quote = quote_at(corpus, key)
        record = corpus.record(key[0])
        same = words(quote.text) == words(first.text)
        versions.append({
            "title": record.article.title,
            "href": f"{articles}{key[0]}/",
            "paragraph": quote.paragraph or record.article.paragraph_at(quote.start),
            "published": record.article.published,
            "speaker": speaker_label(corpus, key, doc),
            "text": clip(quote.text),
            "diff": None if key == group.first or same else word_diff(first.text, quote.text),
            "same": same,
            "first": key == group.first,
            "overlap": share,
        })
    page, conflict = conflict_of.get(group.id, (None, None))
    return {
        "id": group.id,
        "text": clip(first.text),
        "articles": group.articles,
        "speakers": len(group.speakers),
        "first": versions[0],
        "versions": versions,
        "more": len(group.members) - len(versions),
        "csv_href": href(doc, "exports/quote_groups.csv"),
        "conflict_href": href(doc, page) if conflict else None,
        "conflict": conflict,
    }


def lineage_note(corpus: Corpus, key: QuoteKey, doc: str) -> dict | None:
    """For the article page: where else this quote appears, and which article had it first."""
    found = group_location(corpus, key)
    if found is None:
        return None
    i, page, anchor = found
    group = corpus.quote_groups[i]
    first = corpus.record(group.first[0]).article
    return {
        "href": href(doc, page),
        "anchor": anchor,
        "others": group.articles - 1,
        "first": group.first[0] == key[0],
        "first_title": first.title,
        "first_href": href(doc, article_doc(first.slug)),
        "first_published": first.published,
        "speakers": len(group.speakers),
    }
