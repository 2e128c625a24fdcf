"""Relative URLs between generated pages (MkDocs ``use_directory_urls: true``)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
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
    relative = _relative(target or ".", base)
    if to_doc.endswith(".md"):
        relative = "./" if relative == "." else relative + "/"
    return relative + (f"#{anchor}" if anchor else "")


def _relative(target: str, base: str) -> str:
    """``posixpath.relpath`` for paths inside the site: the same answer without the two
    ``os.getcwd()`` calls per link that made relpath a tenth of rendering a big dossier."""
    to = [part for part in target.split("/") if part and part != "."]
    start = [part for part in base.split("/") if part and part != "."]
    common = 0
    for a, b in zip(to, start):
        if a != b:
            break
        common += 1
    parts = [".."] * (len(start) - common) + to[common:]
    return "/".join(parts) or "."
