"""Helpers for the quote tests: a Context from a few paragraphs, with people we name ourselves.

The texts in the quote tests are written for them; entities are given by hand (name,
gender, the spellings to find) so that the tests of quotes do not depend on the entity
annotator.
"""

from __future__ import annotations

import re

from generator.extract.context import Context
from generator.extract.quotes import find_quotes
from generator.ingest import join_paragraphs
from generator.model import Article, Entity, Mention, Paragraph, Quote

People = dict[str, tuple[str | None, tuple[str, ...]]]  # name → (gender, spellings to find)


def context(paragraphs: list[str], language: str = "de", people: People | None = None, kinds: dict[int, str] | None = None) -> Context:
    """A context for ``paragraphs`` with the ``people`` found wherever a spelling occurs."""
    text, paras = join_paragraphs(paragraphs)
    paras = tuple(Paragraph(p.start, p.end, (kinds or {}).get(n, "body")) for n, p in enumerate(paras, 1))
    article = Article("t.txt", "0" * 16, "t", "0" * 64, "T", text, paras, language=language)
    entities = []
    for name, (gender, spellings) in (people or {}).items():
        mentions = []
        for spelling in sorted(spellings, key=len, reverse=True):
            for m in re.finditer(rf"\b{re.escape(spelling)}s?\b", text):
                if not any(x.start <= m.start() < x.end for x in mentions):
                    mentions.append(Mention(m.group(), m.start(), m.end()))
        kind = "organization" if gender == "org" else "person"
        entities.append(Entity(f"{kind}/{name.lower()}", name, kind, tuple(sorted(mentions, key=lambda x: x.start)), None if gender == "org" else gender))
    return Context(article=article, language=language, paragraphs=paras, entities=tuple(entities))


def quotes_of(*paragraphs: str, language: str = "de", people: People | None = None) -> tuple[Quote, ...]:
    return find_quotes(context(list(paragraphs), language, people))


def table(quotes: tuple[Quote, ...]) -> list[tuple]:
    """(text, kind, speaker, cue) of each quote, for short assertions."""
    return [(q.text, q.kind, q.speaker, q.cue) for q in quotes]


def only(quotes: tuple[Quote, ...], text: str) -> Quote:
    """The one quote whose text starts with ``text``."""
    found = [q for q in quotes if q.text.startswith(text)]
    assert len(found) == 1, (text, table(quotes))
    return found[0]
