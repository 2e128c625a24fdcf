"""Ingest: one reader per format → :class:`Article`. Reading never raises for bad input:
a file that cannot be read becomes a :class:`Skipped` with a one-line reason."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from generator.ingest.decode import DecodeError, decode_bytes, normalise_newlines
from generator.ingest.frontmatter import FrontMatterError, split_front_matter
from generator.ingest.html import read_html
from generator.ingest.paragraphs import join_paragraphs, split_paragraphs
from generator.model import Article, Skipped
from generator.slugs import slugify

_FORMAT_NAMES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
FORMATS = tuple(_FORMAT_NAMES)
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


@dataclass(frozen=True)
class Parsed:
    """What a format reader returns: the metadata it found and the body paragraphs."""

    title: str
    blocks: list[str]
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None


def find_article_files(folder: Path) -> list[Path]:
    """Article files below ``folder`` in a stable order; hidden files and folders are ignored."""
    files = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in FORMATS
        and not any(_hidden(part) for part in path.relative_to(folder).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def _hidden(name: str) -> bool:
    """Dot-files and dot-folders (.git, editor swap files) are not articles; "..odd.txt" is."""
    return name.startswith(".") and not name.startswith("..")


def read_article(path: Path, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | Skipped:
    """Read one file of any supported format."""
    source = source or path.as_posix()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(source, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
        data = path.read_bytes()
    except OSError as error:
        return Skipped(source, f"cannot read: {error.strerror or error}")
    return parse_article(data, source, path.suffix.lower())


def parse_article(data: bytes, source: str, suffix: str) -> Article | Skipped:
    """Bytes of one file → Article, or Skipped with the reason."""
    if not data.strip():
        return Skipped(source, "empty file" if not data else "file holds only white space")
    try:
        text, _encoding = decode_bytes(data)
    except DecodeError as error:
        return Skipped(source, str(error))
    text = normalise_newlines(text)
    try:
        parsed = _parse(text, suffix, source)
    except FrontMatterError as error:
        return Skipped(source, str(error), error.line)
    if isinstance(parsed, Skipped):
        return parsed
    body, paragraphs = join_paragraphs(parsed.blocks)
    if not body:
        return Skipped(source, "no article text after the title")
    sha256 = hashlib.sha256(data).hexdigest()
    title = parsed.title or Path(source).stem
    return Article(
        source=source,
        id=sha256[:16],
        slug=slugify(title) or sha256[:16],
        sha256=sha256,
        title=title,
        text=body,
        paragraphs=paragraphs,
        published=normalise_published(parsed.published),
        outlet=parsed.outlet,
        url=parsed.url,
        author=parsed.author,
        language=(parsed.language or "").lower()[:2] or None,
        format=_FORMAT_NAMES.get(suffix, "txt"),
    )


def _parse(text: str, suffix: str, source: str) -> Parsed | Skipped:
    if suffix in (".html", ".htm"):
        found = read_html(text)
        if found is None:
            return Skipped(source, "no main text found in the HTML page")
        return Parsed(**found)
    if suffix in (".md", ".markdown"):
        meta, body, _line = split_front_matter(text)
        blocks = split_paragraphs(body)
        title = meta.get("title") or ""
        if not title and blocks and blocks[0].startswith("# "):
            title, blocks = blocks[0][2:].strip(), blocks[1:]
        return Parsed(
            title=title,
            blocks=blocks,
            published=meta.get("published"),
            outlet=meta.get("source"),
            url=meta.get("url"),
            author=meta.get("author"),
            language=meta.get("language"),
        )
    # .txt: the first line is the title, the rest is the body.
    stripped = text.lstrip("\ufeff\n \t")
    title, _, body = stripped.partition("\n")
    return Parsed(title=title.strip(), blocks=split_paragraphs(body))


def normalise_published(value: str | None) -> str | None:
    """A publication date as ISO YYYY-MM-DD, from ISO or DD.MM.YYYY; None when unreadable."""
    if not value:
        return None
    if match := _ISO_DATE.match(value.strip()):
        return "-".join(match.groups())
    if match := _DOTTED_DATE.match(value.strip()):
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return None


def unique_slugs(articles: Iterable[Article]) -> list[Article]:
    """Give articles with the same slug a suffix from their file name's hash, so a slug is
    stable whatever else is in the folder (even two copies of the same file stay apart)."""
    articles = list(articles)
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.slug] = counts.get(article.slug, 0) + 1
    return [
        replace(a, slug=f"{a.slug}-{hashlib.sha256(a.source.encode()).hexdigest()[:8]}")
        if counts[a.slug] > 1
        else a
        for a in articles
    ]
