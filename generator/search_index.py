"""The search index: Pagefind over the built site, in parts when the site is large.

Pagefind holds every indexed word of every page in memory until it writes the bundle, about
300 KB per article page: 3.3 GB for 10,000 articles (docs/guide/performance.md). So a large
site is indexed in parts of at most ``PART_UNITS`` (an article page is one unit, any other
page a fraction, by what each costs Pagefind), each run on its own so its memory is freed
before the next. The first part is the bundle ``pagefind/``; the others go to
``pagefind/parts/<n>/`` and are listed in ``pagefind/dossier-parts.json`` (an empty list for
a site in one part), which the search page reads to merge them into one search (Pagefind's
``mergeIndex``).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PART_UNITS = 4500  # at most this many article pages (or their cost in other pages) per Pagefind run
OTHER_PAGE_UNITS = 0.15  # an entity or listing page costs Pagefind about a seventh of an article page
PARTS_FILE = "dossier-parts.json"
BUNDLE = "pagefind"


def index_search(site: Path, part_units: float | None = None) -> None:
    """Build the Pagefind bundle(s) into ``site/pagefind/`` (page content only, not nav or footer)."""
    pages = site_pages(site)
    parts = split_pages(pages, part_units or PART_UNITS)
    bundle = site / BUNDLE
    names: list[str] = []
    if len(parts) <= 1:
        _pagefind(site, bundle)
        parts = []
    for number, part in enumerate(parts, start=1):
        target = bundle if number == 1 else bundle / "parts" / str(number)
        with tempfile.TemporaryDirectory(dir=site, prefix=".dossier-search-") as mirror:  # gone with the site if killed
            for relative in part:
                _link(site / relative, Path(mirror) / relative)
            _pagefind(Path(mirror), target)
        if number > 1:
            names.append(f"parts/{number}/")
    (bundle / PARTS_FILE).write_text(json.dumps(names) + "\n", encoding="utf-8")


def split_pages(pages: list[str], part_units: float) -> list[list[str]]:
    """``pages`` (site-relative paths) cut into as few runs of equal cost as keep each within
    ``part_units``, other pages first, then the articles in name order."""
    ordered = sorted(pages, key=lambda p: (_is_article(p), p))
    total = sum(_cost(p) for p in ordered)
    count = max(1, math.ceil(total / part_units))
    share = total / count  # equal parts, each within the limit
    parts: list[list[str]] = [[] for _ in range(count)]
    used = 0.0
    for page in ordered:
        parts[min(count - 1, int(used / share))].append(page)
        used += _cost(page)
    return [part for part in parts if part]


def _cost(page: str) -> float:
    return 1.0 if _is_article(page) else OTHER_PAGE_UNITS


def _is_article(page: str) -> bool:
    return page.startswith("articles/") and page.count("/") >= 2  # articles/<slug>/index.html


def site_pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if p.is_file() and not p.relative_to(site).as_posix().startswith(f"{BUNDLE}/")
    )


def _link(source: Path, target: Path) -> None:
    """``target`` as a hard link to ``source`` (a copy where the file system has none)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _pagefind(site: Path, bundle: Path) -> None:
    command = [
        sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(bundle),
        "--root-selector", "article", "--silent",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"Pagefind failed: {(result.stderr or result.stdout).strip()[-500:]}")
