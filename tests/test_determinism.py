"""Determinism: the same input gives byte-identical docs/ and exports, whatever the folder,
the order the files were created in, their timestamps, or a warm extraction cache."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from built_site import hostile_articles, make_project, run

ARTICLES = hostile_articles() | {
    "same-title-1.txt": b"Gleicher Titel\n\nDer erste Text mit diesem Titel.\n",
    "same-title-2.txt": b"Gleicher Titel\n\nDer zweite Text mit diesem Titel.\n",
    "sub/nested.md": b"---\ntitle: In einem Unterordner\npublished: 2025-03-01\n---\n\nText im Unterordner.\n",
    "undated.txt": b"Ohne Datum\n\nEin Text ohne Datum.\n",
}


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def build_in(root: Path, order: list[str], monkeypatch, mtime: int, *extra: str) -> Path:
    """A project whose article files are created in ``order`` with the given mtime, built
    from inside the project folder, as a user runs it (`dossier build`)."""
    project = make_project(root)
    for name in order:
        path = project / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(ARTICLES[name])
        os.utime(path, (mtime, mtime))
    monkeypatch.chdir(project)
    result = run(Path("."), "build", *extra)
    assert result.exit_code == 0, result.output + result.stderr
    return project


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    names = sorted(ARTICLES)
    with pytest.MonkeyPatch.context() as monkeypatch:
        first = build_in(tmp_path_factory.mktemp("first"), names, monkeypatch, 1_700_000_000)
        second = build_in(tmp_path_factory.mktemp("second-elsewhere"), names[::-1], monkeypatch, 1_800_000_000, "--no-cache")
    return first, second


def test_docs_are_byte_identical(two_builds):
    first, second = two_builds
    a, b = tree(first / "docs"), tree(second / "docs")
    assert len(a) > 20
    assert a == b


def test_exports_are_byte_identical(two_builds):
    first, second = two_builds
    a, b = tree(first / "site" / "exports"), tree(second / "site" / "exports")
    assert "dossier.json" in a and "dossier.sqlite" in a
    assert a == b


def test_rebuild_with_warm_cache_changes_nothing(two_builds, monkeypatch):
    first, _ = two_builds
    before = tree(first / "docs")
    exports = tree(first / "site" / "exports")
    monkeypatch.chdir(first)
    result = run(Path("."), "build")
    assert result.exit_code == 0
    assert "pages: 0 written," in result.output + result.stderr
    assert tree(first / "docs") == before
    assert tree(first / "site" / "exports") == exports
