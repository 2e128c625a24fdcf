"""Write docs/guide/performance.md from bench/results/scale.json, with an SVG chart."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

TARGETS = (
    ("build_s", "10,000 articles to a built site", "under 60 s", lambda v: v < 60),
    ("site_mb", "site size", "300 MB or less", lambda v: v <= 300),
    ("incremental_generate_s", "generator after one article changes", "under 2 s", lambda v: v < 2),
    ("peak_rss_mb", "peak memory", "under 2 GB", lambda v: v < 2048),
    ("search_query_kb", "search payload for one query", "under 1 MB", lambda v: v < 1024),
)
COLUMNS = (
    ("articles", "articles"),
    ("extract_per_s_one_core", "extraction, articles/s (1 core)"),
    ("build_s", "full build, s"),
    ("extract_s", "extract, s"),
    ("render_s", "render, s"),
    ("write_s", "write docs/, s"),
    ("site_s", "MkDocs + Pagefind, s"),
    ("exports_s", "exports, s"),
    ("peak_rss_mb", "peak memory (all processes at once), MB"),
    ("site_mb", "site, MB"),
    ("search_query_kb", "search per query, KB"),
    ("search_index_mb", "Material search index (not used), MB"),
    ("incremental_generate_s", "one article changed: generate, s"),
    ("incremental_pages_written", "pages rewritten"),
)


def chart(results: list[dict], width: int = 640, height: int = 300) -> str:
    """A log-x line chart of build time and site size against the number of articles."""
    left, right, top, bottom = 60, 60, 20, 50
    xs = [r["articles"] for r in results]
    lo, hi = min(xs), max(xs)

    def x(n: float) -> float:
        from math import log10

        span = (log10(hi) - log10(lo)) or 1
        return left + (log10(n) - log10(lo)) / span * (width - left - right)

    def series(key: str, colour: str, label: str, scale: float) -> str:
        points = " ".join(f"{x(r['articles']):.1f},{height - bottom - r[key] / scale * (height - top - bottom):.1f}" for r in results)
        dots = "".join(
            f'<circle cx="{x(r["articles"]):.1f}" cy="{height - bottom - r[key] / scale * (height - top - bottom):.1f}" r="3" fill="{colour}"/>'
            for r in results
        )
        return f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>{dots}<text x="{width - right + 4}" y="{top + (12 if colour == "#c0392b" else 28)}" fill="{colour}" font-size="11">{escape(label)}</text>'

    build_max = max(r["build_s"] for r in results) * 1.1 or 1
    size_max = max(r["site_mb"] for r in results) * 1.1 or 1
    ticks = "".join(
        f'<text x="{x(n):.1f}" y="{height - bottom + 16}" text-anchor="middle" font-size="11">{n:,}</text>' for n in xs
    )
    axes = (
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="currentColor"/>'
        f'<text x="{width / 2}" y="{height - 12}" text-anchor="middle" font-size="12">articles (log scale)</text>'
        f'<text x="{left - 8}" y="{top + 4}" text-anchor="end" font-size="11" fill="#c0392b">{build_max:.0f} s</text>'
        f'<text x="{left - 8}" y="{top + 18}" text-anchor="end" font-size="11" fill="#2471a3">{size_max:.0f} MB</text>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" role="img" '
        f'aria-label="Build time and site size by number of articles" font-family="sans-serif">'
        f"{axes}{ticks}{series('build_s', '#c0392b', 'build s', build_max)}{series('site_mb', '#2471a3', 'site MB', size_max)}</svg>"
    )


def write_page(results_file: Path, page: Path) -> None:
    data = json.loads(results_file.read_text(encoding="utf-8"))
    results = data["results"]
    biggest = max(results, key=lambda r: r["articles"])
    header = "| " + " | ".join(label for _, label in COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n"
    rows = "".join("| " + " | ".join(f"{r.get(key, '')}" for key, _ in COLUMNS) + " |\n" for r in results)
    targets = "".join(
        f"| {label} | {goal} | {biggest.get(key, 'n/a')} | {'met' if key in biggest and ok(biggest[key]) else 'NOT met'} |\n"
        for key, label, goal, ok in TARGETS
    )
    notes_file = results_file.parent / "notes.md"  # hand-written: where the time goes, what is next
    notes = notes_file.read_text(encoding="utf-8").strip() + "\n\n" if notes_file.exists() else ""
    page.write_text(
        f"""# Performance

Measured with `python bench/scale.py {' '.join(str(r['articles']) for r in results)} --write` on
**{escape(data['machine'])}**. The corpus is synthetic but made from our own fixture articles
(`bench/corpus.py`): about 3 KB per article, a few names everywhere and most names in a
handful of articles, as in a real dossier.

<figure markdown>
{chart(results)}
<figcaption>Full build time and site size against the number of articles.</figcaption>
</figure>

## Targets at {biggest['articles']:,} articles

| measure | target | measured | |
|---|---|---|---|
{targets}
## All figures

{header}{rows}
{notes}## How it stays fast

- **No article or entity in the nav.** MkDocs copies the whole nav into every page, so
  per-article nav entries make the site grow quadratically. Listing pages, paginated, link to
  them instead.
- **Extraction in a process pool** (`--jobs`, one per core) and an **extraction cache** keyed
  by the article's bytes and the extractor's own code, so a rebuild re-extracts only changed
  articles.
- **Pages written only when their bytes change**, so MkDocs' live preview and rsync-style
  deploys see only what changed.
- **Search by Pagefind**, which splits its index into chunks and loads only those a query
  needs. Material's built-in search loads one index of every page (the last column of the
  table) on the first search, on every page. A large site is indexed in parts of at most
  4,500 article pages, one Pagefind run each, so its memory stays near 1 GB; the search page
  merges the parts into one search.

## Beyond one machine

Extraction is a map over files and its output is the `dossier extract --json` record, so a
very large archive can be extracted on an existing engine and built from the records. With
Dask, for example:

```python
import dask.bag as db, json
from pathlib import Path
from generator.extract import extract_record
from generator.ingest import read_article

files = [str(p) for p in Path("articles").rglob("*") if p.suffix in {{".txt", ".md", ".html"}}]
bag = db.from_sequence(files, npartitions=64).map(lambda f: read_article(Path(f), source=f))
bag = bag.filter(lambda a: hasattr(a, "text")).map(lambda a: json.dumps(extract_record(a).as_dict(), ensure_ascii=False))
bag.to_textfiles("records/*.jsonl")
```

Each line is the same record `dossier extract --json` prints.
""",
        encoding="utf-8",
    )
