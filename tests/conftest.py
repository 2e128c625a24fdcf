"""Shared fixtures: the seed article and tiny article folders written by the tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "000_97597768f45d635b.txt"
MKDOCS_YML = ROOT / "mkdocs.yml"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throw-away project: mkdocs.yml, docs/guide/usage.md and articles/ with the seed."""
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED, tmp_path / "articles" / SEED.name)
    shutil.copy(MKDOCS_YML, tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "guide", tmp_path / "docs" / "guide")
    shutil.copy(ROOT / "docs" / "search.md", tmp_path / "docs" / "search.md")
    return tmp_path
