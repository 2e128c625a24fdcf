"""Read extraction records (the ``dossier extract --json`` JSONL) made elsewhere.

Extraction is a map over files, so a big archive can be extracted on another engine (Dask,
Spark, a cluster of `dossier extract` runs) and built here from the JSONL it wrote.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from generator.ingest import unique_slugs
from generator.model import Record, Skipped


def record_files(path: Path) -> list[Path]:
    """``path`` itself, or every ``*.jsonl`` below it, in a stable order."""
    return [path] if path.is_file() else sorted(p for p in path.rglob("*.jsonl") if p.is_file())


def read_records(path: Path) -> tuple[list[Record], list[Skipped]]:
    """Every record in the JSONL file(s); a bad line is skipped with its file and line."""
    records, skipped = [], []
    for file in record_files(path):
        with file.open(encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                    if "error" in data:
                        skipped.append(Skipped(str(data.get("source", file)), f"not extracted: {data['error']}"))
                        continue
                    records.append(Record.from_dict(data))
                except (ValueError, KeyError, TypeError) as error:
                    skipped.append(Skipped(file.as_posix(), f"not a dossier record ({type(error).__name__}: {error})", number))
    articles = unique_slugs(r.article for r in records)
    return [replace(r, article=a) for r, a in zip(records, articles, strict=True)], skipped
