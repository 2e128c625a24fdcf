"""The date conflicts pages (timeline/conflicts/…): each conflict with both sides' sentences
and why the two were put side by side, :data:`PER_PAGE` to a page."""

from __future__ import annotations

import datetime

from generator.corpus import Corpus
from generator.render.environment import render
from generator.render.highlight import snippet
from generator.render.links import href
from generator.render.paths import ARTICLES_DIR, TIMELINE_DIR
from generator.render.quote_links import clip, group_location

PER_PAGE = 100
SENTENCE = 320  # characters of each side's sentence
CONFLICTS = f"{TIMELINE_DIR}/conflicts.md"


def conflict_docs(corpus: Corpus) -> list[str]:
    """timeline/conflicts.md, then timeline/conflicts-page-2.md, …"""
    pages = -(-len(corpus.date_conflicts) // PER_PAGE)
    return [CONFLICTS] + [f"{TIMELINE_DIR}/conflicts-page-{n}.md" for n in range(2, pages + 1)]


def conflict_pages(corpus: Corpus) -> dict[str, str]:
    """Conflict id → the page that shows it."""
    docs = conflict_docs(corpus)
    return {c.id: docs[i // PER_PAGE] for i, c in enumerate(corpus.date_conflicts)}


def render_conflict_pages(corpus: Corpus, timeline: str) -> dict[str, str]:
    """Every conflicts page; ``timeline`` is the timeline's first page, linked back to."""
    docs = conflict_docs(corpus)
    pages = {}
    for number, doc in enumerate(docs, start=1):
        chunk = corpus.date_conflicts[(number - 1) * PER_PAGE : number * PER_PAGE]
        pages[doc] = render(
            "conflicts.md.j2",
            title="Date conflicts" if number == 1 else f"Date conflicts, page {number}",
            blocks=_blocks(corpus, chunk, doc),
            total=len(corpus.date_conflicts),
            quotes=sum(c.kind == "quote" for c in corpus.date_conflicts),
            csv_href=href(doc, "exports/date_conflicts.csv"),
            timeline_href=href(doc, timeline),
            pages=[{"number": n, "href": href(doc, other), "current": n == number} for n, other in enumerate(docs, start=1)],
        )
    return pages


def _blocks(corpus: Corpus, conflicts, doc: str) -> list[dict]:
    articles = href(doc, f"{ARTICLES_DIR}/index.md")
    blocks = []
    for conflict in conflicts:
        sides = []
        for side in conflict.sides:
            record = corpus.record(side.slug)
            d, a = record.annotations.dates[side.date], record.article
            sides.append({
                "value": d.value,
                "text": d.text,
                "resolved_from": d.resolved_from,
                "sentence": snippet(d.sentence or a.text[max(0, d.start - SENTENCE // 2) : d.end + SENTENCE // 2], d.text, SENTENCE),
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published,
                "href": f"{articles}{a.slug}/",
                "paragraph": d.paragraph or a.paragraph_at(d.start),
            })
        block = {"id": conflict.id, "kind": conflict.kind, "sides": sides, "why": _why(corpus, conflict)}
        if conflict.kind == "quote":
            first = conflict.sides[0]
            located = group_location(corpus, (first.slug, first.quote)) if first.quote is not None else None
            quote = corpus.record(first.slug).annotations.quotes[first.quote] if first.quote is not None else None
            block["quote"] = clip(quote.text) if quote else ""
            block["group_href"] = href(doc, located[1]) if located else None
            block["group"] = located[2] if located else ""
        blocks.append(block)
    return blocks


def _why(corpus: Corpus, conflict) -> str:
    days = " and ".join(conflict.values)
    if conflict.kind == "quote":
        return (f"The same quote is given in {len(conflict.sides)} articles, and the sentence that carries it "
                f"dates it {days}.")
    names = [corpus.entities[e].name for e in conflict.entities if e in corpus.entities]
    spread = (datetime.date.fromisoformat(conflict.values[-1]) - datetime.date.fromisoformat(conflict.values[0])).days
    return (f"Both sentences name {_and(names)} and report the same kind of event ({_and(conflict.concepts, 'or')}), "
            f"but give days {spread} day{'s' if spread != 1 else ''} apart: {days}.")


def _and(items, word: str = "and") -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]
