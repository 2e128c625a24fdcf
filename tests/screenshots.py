"""The screenshots in README.md and docs/guide/img/, taken from a real built site.

    make screenshots        # or: .venv/bin/python tests/screenshots.py

Builds the seed plus the fixture articles that share people with it (tests/fixtures/corpus
and lineage) with the real extractors, serves the site on 127.0.0.1 and photographs the
pages with Debian Chromium (never a downloaded browser). Not a test: pytest collects only
test_*.py files.
"""

from __future__ import annotations

import functools
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from built_site import ROOT, make_project, run  # noqa: E402

OUT = ROOT / "docs" / "guide" / "img"
FIXTURES = HERE / "fixtures"
# (file name, page, what to show): "top" is the first screen, a selector shows that element.
SHOTS = (
    ("seed-article.png", "articles/{seed}/", "top"),
    ("home.png", "", "top"),
    ("entity.png", "entities/person/{zelensky}/", "top"),
    ("timeline.png", "timeline/", "top"),
    ("quotes.png", "quotes/", "top"),
    ("graph.png", "graph/", "figure.dossier-graph"),
)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def build(folder: Path) -> Path:
    articles = {p.name: p.read_bytes() for sub in ("corpus", "lineage") for p in sorted((FIXTURES / sub).iterdir())}
    project = make_project(folder, articles)
    result = run(project)
    if result.exit_code != 0:
        raise SystemExit(result.output + result.stderr)
    return project / "site"


def page_named(site: Path, folder: str, *starts: str) -> str:
    """The slug of the built page in ``folder`` whose name starts with one of ``starts``."""
    pages = sorted(p.parent.name for p in (site / folder).glob("*/index.html") if p.parent.name.startswith(starts))
    if not pages:
        raise SystemExit(f"no page {starts} in {folder}/ of the built site")
    return pages[0]


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = build(Path(tmp))
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        slugs = {
            "seed": page_named(site, "articles", "nato-einsatz-in-der-ukraine"),
            "zelensky": page_named(site, "entities/person", "volodymyr-zelensky", "wolodymyr-selenskyj", "selenskyj"),
        }
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 1350})
            for name, path, what in SHOTS:
                page.goto(url + path.format(seed=slugs["seed"], zelensky=slugs["zelensky"]))
                page.wait_for_load_state("networkidle")
                target = OUT / name
                if what == "top":
                    page.screenshot(path=str(target))
                else:
                    page.locator(what).first.screenshot(path=str(target))
                print(f"wrote {target.relative_to(ROOT)}")
            browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
