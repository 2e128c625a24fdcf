"""Relative URLs between generated pages (MkDocs ``use_directory_urls: true``)."""

from __future__ import annotations

import posixpath


def page_url(doc_path: str) -> str:
    """``articles/x.md`` → ``articles/x/``; ``index.md`` → ````; ``articles/index.md`` → ``articles/``."""
    stem = doc_path[: -len(".md")] if doc_path.endswith(".md") else doc_path
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def href(from_doc: str, to_doc: str, anchor: str = "") -> str:
    """The relative link from one generated page to another (or to a static file)."""
    base = page_url(from_doc) or "."
    target = page_url(to_doc) if to_doc.endswith(".md") else to_doc
    relative = posixpath.relpath(target or ".", base)
    if to_doc.endswith(".md"):
        relative = "./" if relative == "." else relative + "/"
    return relative + (f"#{anchor}" if anchor else "")
