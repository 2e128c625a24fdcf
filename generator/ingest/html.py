"""Saved web pages: trafilatura finds the main text and the metadata."""

from __future__ import annotations

from typing import Any


def read_html(html: str) -> dict[str, Any] | None:
    """Main text and metadata of a saved page, as :class:`~generator.ingest.Parsed` fields."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document = trafilatura.bare_extraction(
        html, with_metadata=True, favor_recall=True, include_comments=False, include_tables=False
    )
    if document is None or not (document.text or "").strip():
        return None
    title = (document.title or "").strip()
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # trafilatura repeats the headline as the first line
    return {
        "title": title,
        "blocks": lines,
        "published": document.date,
        "outlet": document.sitename or document.hostname,
        "url": document.url,
        "author": document.author,
        "language": document.language,
    }
