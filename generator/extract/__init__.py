"""Extraction: Article → Annotations. Pure functions, one module per annotator, no I/O.

``annotate`` is the one place that runs the annotators in order. Each annotator takes
a :class:`Context` (the article plus what earlier annotators found) and returns its own
annotations; later annotators may read earlier results (quotes read entities to name speakers).
"""

from __future__ import annotations

from dataclasses import replace

from generator.extract.boilerplate import classify_paragraphs
from generator.extract.claims import find_claims
from generator.extract.context import Context
from generator.extract.dates import find_dates
from generator.extract.denials import find_denials
from generator.extract.entities import find_entities
from generator.extract.language import detect_language
from generator.extract.quotes import find_quotes
from generator.model import Annotations, Article, Record


def annotate(article: Article) -> Annotations:
    """Run every annotator over one article."""
    language = detect_language(article.text, article.language)
    ctx = Context(article=article, language=language, paragraphs=article.paragraphs)
    ctx = replace(ctx, paragraphs=classify_paragraphs(ctx))
    ctx = replace(ctx, entities=find_entities(ctx))
    ctx = replace(ctx, quotes=find_quotes(ctx))
    return Annotations(
        language=language,
        paragraphs=ctx.paragraphs,
        quotes=ctx.quotes,
        dates=find_dates(ctx),
        entities=ctx.entities,
        claims=find_claims(ctx),
        denials=find_denials(ctx),  # reads the quotes: a denial inside one takes its speaker
    )


def extract_record(article: Article) -> Record:
    """The article with its annotations: what ``dossier extract --json`` prints."""
    return Record(article, annotate(article))


__all__ = ["Context", "annotate", "extract_record"]
