"""Where each generated page lives inside docs/ (one place for each path rule)."""

from __future__ import annotations

from generator.model import Article

ARTICLES_DIR = "articles"
ENTITIES_DIR = "entities"
ORIGINALS_DIR = "originals"
QUOTES_DIR = "quotes"
LINEAGE_DIR = "quotes/lineage"
TIMELINE_DIR = "timeline"


def article_doc(slug: str) -> str:
    return f"{ARTICLES_DIR}/{slug}.md"


def entity_doc(entity_id: str) -> str:
    """``person/dmitri-medwedew`` → ``entities/person/dmitri-medwedew.md``."""
    return f"{ENTITIES_DIR}/{entity_id}.md"


def original_file(article: Article) -> str:
    """The original file, copied as plain text: never served as HTML or rendered as Markdown."""
    return f"{ORIGINALS_DIR}/{article.slug}.{article.format}.txt"


def paginate(folder: str, count: int, page_size: int) -> list[str]:
    """Doc paths of a paginated listing: folder/index.md, folder/page-2.md, …"""
    total = max(1, -(-count // page_size))
    return [f"{folder}/index.md"] + [f"{folder}/page-{n}.md" for n in range(2, total + 1)]
