"""The one loader for lexicon data files: ``generator/lexicon/<language>/<kind>.yml``.

Lexicons are data, not code: adding a language means adding files here.
Each file holds a YAML list or mapping; results are cached per (kind, language).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).parent
LANGUAGES = ("de", "en")


@cache
def load(kind: str, language: str) -> Any:
    """The parsed ``<language>/<kind>.yml``, or an empty list when the file does not exist."""
    path = LEXICON_DIR / language / f"{kind}.yml"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or []


@cache
def available(kind: str) -> tuple[str, ...]:
    """Every language folder that has a ``<kind>.yml``, sorted (detection knows more languages
    than the extractors have rules for)."""
    return tuple(sorted(p.parent.name for p in LEXICON_DIR.glob(f"*/{kind}.yml")))


def load_all(kind: str) -> dict[str, Any]:
    """``{language: data}`` for every supported language."""
    return {language: load(kind, language) for language in LANGUAGES}
