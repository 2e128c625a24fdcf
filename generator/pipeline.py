"""The stages wired together: read articles → extract → corpus → render → write docs/.

This module decides nothing about formats or pages; it calls the stages in order and
collects what the CLI reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from generator.corpus import Corpus, build_corpus
from generator.extract import extract_record
from generator.ingest import find_article_files, read_article, unique_slugs
from generator.model import Article, Record, Skipped
from generator.render import render_pages
from generator.render.paths import original_file
from generator.site import WriteReport, write_docs

Progress = Callable[[Iterable], Iterable]


@dataclass
class Generated:
    corpus: Corpus
    skipped: list[Skipped] = field(default_factory=list)
    report: WriteReport = field(default_factory=WriteReport)


def read_folder(folder: Path, max_bytes: int | None = None) -> tuple[list[Article], list[Skipped]]:
    """Every article file below ``folder``; unreadable files become Skipped entries."""
    articles, skipped = [], []
    for path in find_article_files(folder):
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        result = read_article(path, source=path.as_posix(), **kwargs)
        (skipped if isinstance(result, Skipped) else articles).append(result)
    return unique_slugs(articles), skipped


def extract_all(articles: list[Article], progress: Progress = iter) -> tuple[list[Record], list[Skipped]]:
    """Annotate every article; an annotator crash skips that article, not the build."""
    records, skipped = [], []
    for article in progress(articles):
        try:
            records.append(extract_record(article))
        except Exception as error:  # noqa: BLE001 - one bad article must not stop a dossier
            skipped.append(Skipped(article.source, f"extraction failed: {type(error).__name__}: {error}"))
    return records, skipped


def site_files(corpus: Corpus, originals: dict[str, bytes]) -> dict[str, bytes]:
    """Everything the generator puts into docs/: pages, the original files, the stylesheet."""
    files = {path: text.encode("utf-8") for path, text in render_pages(corpus).items()}
    for record in corpus.records:
        files[original_file(record.article)] = originals[record.article.source]
    files["assets/dossier.css"] = resources.files("generator.render").joinpath("assets/dossier.css").read_bytes()
    return files


def generate(articles_dir: Path, docs_dir: Path, progress: Progress = iter, max_bytes: int | None = None) -> Generated:
    """Read, extract, link and write the generated pages into ``docs_dir``."""
    articles, skipped = read_folder(articles_dir, max_bytes)
    records, failed = extract_all(articles, progress)
    corpus = build_corpus(records)
    originals = {r.article.source: Path(r.article.source).read_bytes() for r in corpus.records}
    report = write_docs(docs_dir, site_files(corpus, originals))
    return Generated(corpus, skipped + failed, report)
