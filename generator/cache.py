"""Extraction cache: annotations keyed by the article's bytes and the extractor's own code.

A rebuild re-extracts only articles whose file changed. The key includes a fingerprint of
every extractor module and lexicon file, so improving an extractor invalidates the cache by
itself; nobody has to remember to clear it. One SQLite file, safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from generator import __version__
from generator.model import Annotations, Article

PACKAGE = Path(__file__).resolve().parent
CACHE_DIR = ".dossier-cache"  # beside the articles folder


@cache
def extractor_fingerprint() -> str:
    """A hash of the code and data that decide annotations (not of templates or the site)."""
    from generator.extract.spacy_backend import backend, models

    digest = hashlib.sha256(__version__.encode())
    digest.update(f"{backend()} {sorted(models().items()) if backend() == 'spacy' else ''}".encode())  # DOSSIER_NER
    files = [PACKAGE / "model.py", *sorted((PACKAGE / "extract").glob("*.py")), *sorted((PACKAGE / "lexicon").rglob("*.yml"))]
    for path in files:
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """Annotations by article content; ``ExtractionCache(None)`` is a cache that keeps nothing."""

    def __init__(self, folder: Path | None):
        self._db: sqlite3.Connection | None = None
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(folder / "extract.sqlite")
        self._db.execute("CREATE TABLE IF NOT EXISTS annotations (fingerprint TEXT, sha256 TEXT, data TEXT, PRIMARY KEY (fingerprint, sha256))")
        with self._db:  # entries made by other extractor versions can never be used again
            self._db.execute("DELETE FROM annotations WHERE fingerprint != ?", (extractor_fingerprint(),))

    def get_many(self, articles: Iterable[Article]) -> dict[str, Annotations]:
        """{sha256: annotations} for the articles already extracted by this extractor version."""
        if self._db is None:
            return {}
        wanted = {a.sha256 for a in articles}
        rows = self._db.execute("SELECT sha256, data FROM annotations WHERE fingerprint = ?", (extractor_fingerprint(),))
        return {sha: Annotations.from_dict(json.loads(data)) for sha, data in rows if sha in wanted}

    def put_many(self, items: Iterable[tuple[str, Annotations]]) -> None:
        if self._db is None:
            return
        rows = [
            (extractor_fingerprint(), sha, json.dumps({"language": n.language, **n.as_dict()}, ensure_ascii=False))
            for sha, n in items
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO annotations VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
