"""What MkDocs + Material cost per page before Dossier adds anything: the floor under a build.

    python bench/mkdocs_floor.py            # 10,000 one-paragraph pages
    python bench/mkdocs_floor.py 25000

Builds a throwaway project with this repository's mkdocs.yml, the pages its nav names, and N
pages of one heading and one sentence each, then prints the build time, the time and bytes
per page, and the site size. Every real page costs at least this much, so these figures bound
what any change to Dossier's own pages can win (docs/guide/performance.md). Figures only.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scale import WORK, folder_size, timed  # noqa: E402


def make_project(project: Path, count: int) -> None:
    shutil.rmtree(project, ignore_errors=True)
    docs = project / "docs"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project).mkdir(parents=True)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    # Every page the nav and the theme refer to, so MkDocs warns about nothing.
    for target in re.findall(r":\s+(\S+\.(?:md|css|js))\s*$", config, re.M) + re.findall(r"^\s+-\s+(assets/\S+)$", config, re.M):
        page = docs / target
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("# Page\n\nA sentence.\n" if target.endswith(".md") else "", encoding="utf-8")
    folder = docs / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"a{number:05d}.md").write_text(f"# Article {number}\n\nOne sentence of article {number}.\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="?", type=int, default=10_000)
    args = parser.parse_args()
    project = WORK / f"floor-{args.pages}"
    make_project(project, args.pages)
    wall, rss, _ = timed([sys.executable, "-m", "mkdocs", "build", "--quiet"], project)
    pages = sorted((project / "site" / "articles").glob("*/index.html"))
    page_bytes = sum(p.stat().st_size for p in pages) / max(len(pages), 1)
    print(f"pages: {len(pages):,} one-sentence pages (+ the nav's pages)")
    print(f"mkdocs build: {wall:.1f} s, {1000 * wall / max(len(pages), 1):.2f} ms per page, peak {rss} MB")
    print(f"page: {page_bytes / 1024:.1f} KB of HTML each, nearly all of it Material's chrome")
    print(f"site: {folder_size(project / 'site') / 1e6:.1f} MB")
    shutil.rmtree(project, ignore_errors=True)


if __name__ == "__main__":
    main()
