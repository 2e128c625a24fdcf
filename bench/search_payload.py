"""What a first search really downloads: the built site served locally, its Search page opened
in Debian Chromium, one query typed, every response after the page itself counted.

    python bench/search_payload.py SITE [--query WORD ...]

Prints the kilobytes Pagefind fetched for each query (runtime, UI, index parts, chunks,
fragments), against issue 6's target of under 1 MB for a query on a 10,000-article site.
bench/scale.py estimates the same figure from file sizes; this one measures it.
"""

from __future__ import annotations

import argparse
import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def payload_kb(site: Path, query: str) -> tuple[float, int, int]:
    """(KB fetched for the search, requests, results shown) for ``query`` on a fresh page."""
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/search/"
    sizes: list[int] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            page = browser.new_page()
            page.on("response", lambda r: sizes.append(len(r.body())) if "/pagefind/" in r.url and r.ok else None)
            page.goto(url)
            page.wait_for_selector("#dossier-search input")
            page.fill("#dossier-search input", query)
            # the message reads "N results for …" once the search is done ("Searching …" before)
            page.wait_for_function(
                "() => /result/i.test(document.querySelector('.pagefind-ui__message')?.textContent || '')",
                timeout=60_000,
            )
            page.wait_for_load_state("networkidle")
            shown = page.locator(".pagefind-ui__result").count()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return sum(sizes) / 1024, len(sizes), shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder (with pagefind/)")
    parser.add_argument("--query", action="append", help="words to search (default: a few common ones)")
    args = parser.parse_args()
    if not (args.site / "pagefind").is_dir():
        sys.exit(f"{args.site}: no pagefind/ folder; build the site with `dossier build` first")
    for query in args.query or ["Berlin", "Ministerium", "said", "Krieg"]:
        kb, requests, shown = payload_kb(args.site, query)
        verdict = "meets" if kb < 1024 else "MISSES"
        print(f"{query!r}: {kb:,.0f} KB in {requests} requests, {shown} results shown ({verdict} the 1 MB target)")


if __name__ == "__main__":
    main()
