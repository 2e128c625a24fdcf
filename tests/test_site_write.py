"""docs/ writing: only our own files, only when changed, atomic, and a live preview that regenerates."""

from __future__ import annotations

import os
from pathlib import Path

from generator.serve import poll, snapshot
from generator.site import MANIFEST, read_manifest, write_docs


def test_writes_and_records_in_manifest(tmp_path: Path):
    report = write_docs(tmp_path, {"a.md": b"A", "sub/b.md": b"B"})
    assert report.written == ["a.md", "sub/b.md"]
    assert (tmp_path / "sub" / "b.md").read_bytes() == b"B"
    assert set(read_manifest(tmp_path)) == {"a.md", "sub/b.md"}


def test_unchanged_page_is_not_rewritten(tmp_path: Path):
    write_docs(tmp_path, {"a.md": b"A"})
    before = (tmp_path / "a.md").stat().st_mtime_ns
    os.utime(tmp_path / "a.md", ns=(before - 10**9, before - 10**9))
    report = write_docs(tmp_path, {"a.md": b"A"})
    assert report.written == [] and report.unchanged == 1
    assert (tmp_path / "a.md").stat().st_mtime_ns == before - 10**9


def test_user_files_are_never_touched(tmp_path: Path):
    (tmp_path / "index.md").write_text("my own home page")
    (tmp_path / "notes.md").write_text("my notes")
    report = write_docs(tmp_path, {"index.md": b"generated", "x.md": b"X"})
    assert report.refused == ["index.md"]
    assert (tmp_path / "index.md").read_text() == "my own home page"
    write_docs(tmp_path, {})  # a later build without any pages
    assert (tmp_path / "notes.md").read_text() == "my notes"
    assert (tmp_path / "index.md").read_text() == "my own home page"
    assert not (tmp_path / "x.md").exists()  # ours, and no longer generated: removed


def test_stale_generated_files_are_removed_with_empty_folders(tmp_path: Path):
    write_docs(tmp_path, {"articles/old.md": b"old", "articles/new.md": b"new"})
    report = write_docs(tmp_path, {"articles/new.md": b"new"})
    assert report.removed == ["articles/old.md"]
    write_docs(tmp_path, {})
    assert not (tmp_path / "articles").exists()


def test_paths_outside_docs_are_refused(tmp_path: Path):
    docs = tmp_path / "docs"
    report = write_docs(docs, {"../escape.md": b"x"})
    assert report.refused == ["../escape.md"]
    assert not (tmp_path / "escape.md").exists()


def test_no_temp_files_are_left_behind(tmp_path: Path):
    write_docs(tmp_path, {"a.md": b"A" * 100_000})
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, "a.md"]


def test_watcher_sees_saved_and_added_articles(tmp_path: Path):
    calls: list[int] = []
    (tmp_path / "a.txt").write_text("T\n\nx\n")
    state = snapshot(tmp_path)
    state = poll(tmp_path, state, lambda: calls.append(1))
    assert calls == []
    (tmp_path / "b.md").write_text("---\ntitle: B\n---\n\nbody\n")
    state = poll(tmp_path, state, lambda: calls.append(1))
    assert calls == [1]
    (tmp_path / "a.txt").write_text("T\n\nchanged, longer\n")
    poll(tmp_path, state, lambda: calls.append(1))
    assert calls == [1, 1]


def test_unchanged_pages_are_not_read_back(tmp_path: Path, monkeypatch):
    write_docs(tmp_path, {"a.md": b"one", "b.md": b"two"})
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or real(self))
    report = write_docs(tmp_path, {"a.md": b"one", "b.md": b"TWO"})
    assert report.unchanged == 1 and report.written == ["b.md"]
    assert "a.md" not in reads
    assert (tmp_path / "b.md").read_bytes() == b"TWO"
