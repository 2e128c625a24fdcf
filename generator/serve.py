"""Live preview: MkDocs serve, plus a watcher that regenerates docs/ when articles change."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from generator.ingest import find_article_files


def snapshot(folder: Path) -> dict[str, tuple[float, int]]:
    """(mtime, size) of every article file: cheap enough to poll once a second."""
    state = {}
    for path in find_article_files(folder):
        try:
            stat = path.stat()
        except OSError:
            continue
        state[path.as_posix()] = (stat.st_mtime, stat.st_size)
    return state


def poll(folder: Path, last: dict[str, tuple[float, int]], on_change: Callable[[], None]) -> dict[str, tuple[float, int]]:
    """One look at ``folder``: call ``on_change`` if a file was added, saved or removed."""
    current = snapshot(folder)
    if current != last:
        on_change()
    return current


def watch(folder: Path, on_change: Callable[[], None], stop: threading.Event, interval: float = 1.0) -> None:
    """Poll ``folder`` until ``stop`` is set (polling needs no extra dependency and sees
    network drives that inotify misses)."""
    last = snapshot(folder)
    while not stop.wait(interval):
        last = poll(folder, last, on_change)


def serve_with_regeneration(regenerate: Callable[[], None], articles_dir: Path, config_file: Path, docs_dir: Path, addr: str) -> None:
    """MkDocs' live-reload server watches docs/; our thread turns article edits into docs/ edits."""
    from mkdocs.commands.serve import serve

    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(articles_dir, regenerate, stop), daemon=True)
    thread.start()
    try:
        serve(config_file=str(config_file), dev_addr=addr, livereload=True, docs_dir=str(docs_dir.resolve()))
    finally:
        stop.set()
