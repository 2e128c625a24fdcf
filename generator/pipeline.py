"""The stages wired together: read articles → extract → corpus → render → write docs/.

This module decides nothing about formats or pages; it calls the stages in order and
collects what the CLI reports.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from generator.aliases import load_aliases
from generator.corpus import Corpus, build_corpus
from generator.cache import ExtractionCache
from generator.extract import annotate
from generator.ingest import find_article_files, read_article, unique_slugs
from generator.model import Annotations, Article, Record, Skipped
from generator.records import read_records
from generator.render import render_pages
from generator.render.paths import original_file
from generator.site import WriteReport, write_docs

Progress = Callable[[Iterable, int], Iterable]  # (items, how many) → the same items, shown as they pass


def _no_progress(items: Iterable, length: int) -> Iterable:
    return items

PARALLEL_THRESHOLD = 200  # below this, starting worker processes costs more than it saves


@dataclass
class Generated:
    corpus: Corpus
    skipped: list[Skipped] = field(default_factory=list)
    report: WriteReport = field(default_factory=WriteReport)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for the summary and bench/


def read_folder(folder: Path, max_bytes: int | None = None) -> tuple[list[Article], list[Skipped]]:
    """Every article file below ``folder``; unreadable files become Skipped entries."""
    articles, skipped = [], []
    for path in find_article_files(folder):
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        result = read_article(path, source=source_name(folder, path), **kwargs)
        (skipped if isinstance(result, Skipped) else articles).append(result)
    return unique_slugs(articles), skipped


def source_name(folder: Path, path: Path) -> str:
    """How pages and exports name an article file: from the articles folder's own name on
    ("articles/x.txt"), never an absolute path that would publish the builder's directories."""
    return (Path(folder.resolve().name) / path.relative_to(folder)).as_posix()


def extract_all(
    articles: list[Article], progress: Progress = _no_progress, jobs: int = 1, cache: ExtractionCache | None = None
) -> tuple[list[Record], list[Skipped]]:
    """Annotate every article, in parallel when ``jobs`` > 1, reusing cached annotations.

    An annotator crash skips that article, not the build. Results keep the input order.
    """
    cache = cache or ExtractionCache(None)
    known = cache.get_many(articles)
    todo = [a for a in articles if a.sha256 not in known]
    fresh: dict[str, Annotations | str] = {}
    for article, result in zip(todo, progress(_annotate_many(todo, jobs), len(todo)), strict=True):
        fresh[article.sha256] = result
    cache.put_many((sha, n) for sha, n in fresh.items() if isinstance(n, Annotations))
    records, skipped = [], []
    for article in articles:
        result = known.get(article.sha256) or fresh[article.sha256]
        if isinstance(result, str):
            skipped.append(Skipped(article.source, f"extraction failed: {result}"))
        else:
            records.append(Record(article, result))
    return records, skipped


def _annotate_many(articles: list[Article], jobs: int) -> Iterator[Annotations | str]:
    """Annotations (or an error message) per article, in order; a process pool for big batches."""
    if jobs <= 1 or len(articles) < PARALLEL_THRESHOLD:
        yield from map(_annotate_safely, articles)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from pool.map(_annotate_safely, articles, chunksize=max(1, min(64, len(articles) // (jobs * 8))))


def _annotate_safely(article: Article) -> Annotations | str:
    try:
        return annotate(article)
    except Exception as error:  # noqa: BLE001 - one bad article must not stop a dossier
        return f"{type(error).__name__}: {error}"


def site_files(corpus: Corpus, originals: dict[str, bytes]) -> dict[str, bytes]:
    """Everything the generator puts into docs/: pages, the original files, the stylesheet."""
    pages = render_pages(corpus)
    files = {path: pages.pop(path).encode("utf-8") for path in list(pages)}  # never both copies of all pages
    for record in corpus.records:
        files[original_file(record.article)] = originals[record.article.source]
    for asset in sorted(resources.files("generator.render").joinpath("assets").iterdir(), key=lambda a: a.name):
        files[f"assets/{asset.name}"] = asset.read_bytes()
    return files


@dataclass(frozen=True)
class Options:
    """What ``generate`` needs to know; the CLI fills it from flags."""

    articles_dir: Path
    docs_dir: Path
    max_bytes: int | None = None
    jobs: int = 1
    cache_dir: Path | None = None  # None: no extraction cache
    records: Path | None = None  # build from JSONL records (a file or folder) instead of articles_dir
    aliases: Path | None = None  # the user's aliases.yml; None or a missing file: no rules


def generate(options: Options, progress: Progress = _no_progress) -> Generated:
    """Read, extract, link and write the generated pages into ``options.docs_dir``."""
    clock = _Clock()
    if options.records:
        records, skipped = read_records(options.records)
        failed: list[Skipped] = []
        clock.lap("read")
    else:
        articles, skipped = read_folder(options.articles_dir, options.max_bytes)
        clock.lap("read")
        cache = ExtractionCache(options.cache_dir)
        try:
            records, failed = extract_all(articles, progress, options.jobs, cache)
        finally:
            cache.close()
        clock.lap("extract")
    corpus = build_corpus(records, aliases=load_aliases(options.aliases) if options.aliases else None)
    clock.lap("corpus")
    base = None if options.records else options.articles_dir.resolve().parent
    files = site_files(corpus, {r.article.source: _original(r, base) for r in corpus.records})
    clock.lap("render")
    report = write_docs(options.docs_dir, files)
    clock.lap("write")
    return Generated(corpus, skipped + failed, report, clock.laps)


def _original(record: Record, base: Path | None) -> bytes:
    """The original file's bytes; for records extracted elsewhere, the text as extracted."""
    path = base / record.article.source if base else Path(record.article.source)
    if path.is_file() and hashlib.sha256(data := path.read_bytes()).hexdigest() == record.article.sha256:
        return data
    return f"{record.article.title}\n\n{record.article.text}\n".encode()


class _Clock:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._last
        self._last = now
