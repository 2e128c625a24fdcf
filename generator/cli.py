"""The ``dossier`` command. Parsing and printing only; the work is in pipeline/site/extract."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from generator import __version__
from generator.model import Skipped

ARTICLES_HELP = "Folder of articles (.txt, .md, .html)."
# Material prints a banner about its end of life on every build; the README covers the plan
# (Zensical reads the same mkdocs.yml), so keep the build output to what the user asked for.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def common_options(func):
    """Options shared by generate, build and serve."""
    options = [
        click.option("--articles", "articles_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("articles"), show_default=True, help=ARTICLES_HELP),
        click.option("--docs", "docs_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("docs"), show_default=True, help="MkDocs source folder; generated pages go here, hand-written ones are left alone."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=None, help="Skip article files larger than this (default 32 MB)."),
        click.option("--records", type=click.Path(exists=True, path_type=Path), default=None, help="Build from `dossier extract --json` records (a .jsonl file or a folder of them) instead of extracting ARTICLES."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Extraction processes (default: one per core)."),
        click.option("--no-cache", "no_cache", is_flag=True, help="Re-extract every article instead of reusing the cache (.dossier-cache/ beside the articles folder)."),
        click.option("--aliases", "aliases", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Your entity corrections: merge, rename, ignore, type, wikidata (default: aliases.yml beside mkdocs.yml, or in the current folder for generate and export, if there is one). See docs/guide/aliases.md."),
        click.option("-q", "--quiet", is_flag=True, help="Print only errors and the final line."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dossier")
def main() -> None:
    """Turn a folder of news articles into an annotated, browsable dossier website.

    \b
    Typical use:
      dossier build            articles/ → docs/ → site/
      dossier serve            live preview on http://127.0.0.1:8000
      dossier extract --json articles/*.txt
    """


@main.command()
@click.option("--json", "as_json", is_flag=True, required=True, help="Print one JSON object per article (JSONL).")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
def extract(as_json: bool, files: tuple[Path, ...]) -> None:
    """Print the annotations of FILES, one JSON line per file, in input order."""
    from generator.extract import extract_record
    from generator.ingest import read_article

    failures = 0
    for path in files:
        result = read_article(path, source=str(path))
        if isinstance(result, Skipped):
            failures += 1
            click.echo(f"dossier: {result.message()}", err=True)
            record = {"source": str(path), "error": result.reason}
        else:
            record = extract_record(result).as_dict()
        click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(1 if failures == len(files) else 0)


@main.command()
@common_options
def generate(articles_dir: Path, docs_dir: Path, max_bytes: int | None, records: Path | None, jobs: int | None, no_cache: bool, quiet: bool, aliases: Path | None) -> None:
    """Write the generated Markdown pages into DOCS (no MkDocs build)."""
    result = _generate(articles_dir, docs_dir, max_bytes, quiet, jobs, not no_cache, records, _aliases_file(aliases, Path(".")))
    _summary(result, quiet)


@main.command()
@common_options
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"), show_default=True, help="Where the built website goes.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=Path("mkdocs.yml"), show_default=True, help="MkDocs configuration.")
@click.option("--strict", is_flag=True, help="Fail on skipped files and on MkDocs warnings.")
def build(articles_dir: Path, docs_dir: Path, max_bytes: int | None, records: Path | None, jobs: int | None, no_cache: bool, quiet: bool, aliases: Path | None, site_dir: Path, config_file: Path, strict: bool) -> None:
    """Generate the pages, then build the website with MkDocs into SITE."""
    from generator.isolation import StageDied, isolated
    from generator.site import build_site, held_folder

    aliases_file = _aliases_file(aliases, config_file.parent)
    with held_folder(site_dir.resolve()) as held:
        # Generate in a child process: Python keeps the memory of freed small objects for
        # itself, so MkDocs, run after it in the same process, would need its own on top (a
        # 10,000-article build peaked at 3.2 GB; this way at the larger of the two stages).
        try:
            notes, counts, timings, skipped = isolated(
                _generate_with_exports, articles_dir, docs_dir, max_bytes, quiet, jobs, not no_cache, records, aliases_file, Path(held)
            )
        except StageDied as died:
            click.echo(f"Error: generating the pages: {died}", err=True)
            sys.exit(died.code)
        if not quiet:
            click.echo("Building the site with MkDocs and indexing it for search …", err=True)
        started = time.perf_counter()
        try:
            build_site(config_file, docs_dir, site_dir, strict=strict, extra=Path(held))
        except Exception as error:  # MkDocs raises Abort / ConfigurationError with a message
            raise click.ClickException(f"MkDocs build failed: {error}") from error
    timings["site"] = time.perf_counter() - started
    _print_summary(notes, counts, timings, quiet)
    click.echo(f"Site built: {(site_dir / 'index.html').resolve()}")
    if strict and skipped:
        raise click.ClickException(f"--strict: {skipped} file(s) skipped")


def _generate_with_exports(articles_dir: Path, docs_dir: Path, max_bytes: int | None, quiet: bool, jobs: int | None, cache: bool, records: Path | None, aliases: Path | None, held: Path) -> tuple[list[str], str, dict[str, float], int]:
    """Generate, write the exports into ``held/exports/``, and return what the summary needs."""
    from generator.export import export_files

    result = _generate(articles_dir, docs_dir, max_bytes, quiet, jobs, cache, records, aliases)
    started = time.perf_counter()
    (held / "exports").mkdir()
    for name, data in export_files(result.corpus).items():
        (held / "exports" / name).write_bytes(data)
    result.timings["exports"] = time.perf_counter() - started
    return _notes(result), _counts(result), result.timings, len(result.skipped)


@main.command()
@common_options
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="Folder for the export files (created if missing).")
def export(articles_dir: Path, docs_dir: Path, max_bytes: int | None, records: Path | None, jobs: int | None, no_cache: bool, quiet: bool, aliases: Path | None, out_dir: Path) -> None:
    """Write dossier.json, dossier.sqlite and one CSV per table into OUT (also part of `build`)."""
    from generator.export import export_files
    from generator.site import atomic_write

    result = _generate(articles_dir, docs_dir, max_bytes, quiet, jobs, not no_cache, records, _aliases_file(aliases, Path(".")))
    for name, data in sorted(export_files(result.corpus).items()):
        atomic_write(out_dir / name, data)
    _summary(result, quiet)
    click.echo(f"Exports written: {out_dir.resolve()}")


@main.command()
@common_options
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=Path("mkdocs.yml"), show_default=True, help="MkDocs configuration.")
@click.option("--addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
def serve(articles_dir: Path, docs_dir: Path, max_bytes: int | None, records: Path | None, jobs: int | None, no_cache: bool, quiet: bool, aliases: Path | None, config_file: Path, addr: str) -> None:
    """Generate, then preview on ADDR; saving or adding an article regenerates its pages."""
    from generator.serve import serve_with_regeneration

    aliases = _aliases_file(aliases, config_file.parent)
    _summary(_generate(articles_dir, docs_dir, max_bytes, quiet, jobs, not no_cache, records, aliases), quiet)
    serve_with_regeneration(
        regenerate=lambda: _summary(_generate(articles_dir, docs_dir, max_bytes, True, jobs, not no_cache, records, aliases), True),
        articles_dir=articles_dir,
        config_file=config_file,
        docs_dir=docs_dir,
        addr=addr,
    )


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--lang", default=None, help="Score only the articles in this language (de, en, …).")
@click.option("--errors", "show_errors", is_flag=True, help="List every missed, spurious or misattributed item.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--check", is_flag=True, help="Exit with an error when a score is below its floor in GOLD_DIR/baseline.json.")
@click.option("--update-baseline", is_flag=True, help="Raise the floors in GOLD_DIR/baseline.json to the scores measured now.")
@click.option("--allow-lower", is_flag=True, help="With --update-baseline: also lower floors (say why in the commit).")
def eval_(gold_dir: Path, lang: str | None, show_errors: bool, as_json: bool, check: bool, update_baseline: bool, allow_lower: bool) -> None:
    """Score the extractors against the gold articles in GOLD_DIR: P/R/F1 for quotes,
    terms and dates, and speaker accuracy."""
    from generator import evaluate as ev

    results = ev.evaluate(ev.load_gold(gold_dir), lang)
    measured = results["all"].measures()
    if as_json:
        click.echo(json.dumps({k: {**v.measures(), "errors": len(v.errors)} for k, v in results.items()}, sort_keys=True))
    else:
        if show_errors:
            for line in results["all"].errors:
                click.echo(line)
        click.echo(ev.format_table(results))
    baseline_path = gold_dir / "baseline.json"
    if update_baseline:
        baseline = ev.update_baseline(baseline_path, measured, ev.corpus_hash(gold_dir), allow_lower)
        click.echo(f"floors in {baseline_path}: {baseline['floors']}", err=True)
    if check:
        failures = ev.below_floor(measured, ev.read_baseline(baseline_path).get("floors", {}))
        if failures:
            raise click.ClickException("; ".join(failures))


def _aliases_file(given: Path | None, project: Path) -> Path:
    """The aliases file to read: the one given, else aliases.yml in the project folder
    (beside mkdocs.yml). Only a file asked for by name is missed out loud."""
    if given is not None and not given.is_file():
        click.echo(f"warning: {given}: no such aliases file; building without it", err=True)
    return given or project / "aliases.yml"


def _generate(articles_dir: Path, docs_dir: Path, max_bytes: int | None, quiet: bool, jobs: int | None, cache: bool, records: Path | None = None, aliases: Path | None = None):
    from generator.cache import CACHE_DIR
    from generator.pipeline import Options, generate

    if records is None and not articles_dir.is_dir():
        raise click.ClickException(f"{articles_dir}: no such folder of articles")

    def progress(items, length: int):
        if quiet or length < 50:
            yield from items
            return
        with click.progressbar(items, length=length, label="Extracting", file=sys.stderr, show_pos=True) as bar:
            yield from bar

    options = Options(articles_dir, docs_dir, max_bytes, jobs or os.cpu_count() or 1, articles_dir.parent / CACHE_DIR if cache else None, records, aliases)
    return generate(options, progress)


def _summary(result, quiet: bool) -> None:
    """The skipped files, one line each, then the counts."""
    _print_summary(_notes(result), _counts(result), result.timings, quiet)


def _notes(result) -> list[str]:
    """One line per skipped file, corpus warning and page left alone."""
    return (
        [f"skipped {skipped.message()}" for skipped in result.skipped]
        + [f"warning: {warning}" for warning in result.corpus.warnings]
        + [
            f"left alone docs/{path}: not written by dossier (move it to let dossier generate this page)"
            for path in result.report.refused
        ]
    )


def _counts(result) -> str:
    records = result.corpus.records
    quotes = sum(q.kind != "term" for r in records for q in r.annotations.quotes)
    dates = sum(len(r.annotations.dates) for r in records)
    return (
        f"{_count(len(records), 'article')}, {_count(quotes, 'quote')}, {_count(dates, 'date')}, "
        f"{_count(len(result.corpus.entities), 'entity', 'entities')}; "
        f"{len(result.skipped)} skipped; pages: {len(result.report.written)} written, "
        f"{result.report.unchanged} unchanged, {len(result.report.removed)} removed"
    )


def _print_summary(notes: list[str], counts: str, timings: dict[str, float], quiet: bool) -> None:
    for line in notes:
        click.echo(line, err=True)
    click.echo(counts, err=quiet)
    if not quiet and timings:
        click.echo("timings: " + " ".join(f"{k}={v:.2f}s" for k, v in timings.items()), err=True)


def _count(number: int, singular: str, plural: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"
