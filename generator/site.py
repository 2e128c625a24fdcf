"""The only stage that writes: generated pages into docs/, then MkDocs into site/.

The generator owns exactly the files listed in ``docs/.dossier-manifest.json``. It rewrites
a page only when its bytes change, removes only files it generated earlier, and never
overwrites a file someone else put in docs/. Every write is atomic (temp file + rename).
"""

from __future__ import annotations

import ctypes
import glob
import hashlib
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.isolation import isolated
from generator.search_index import index_search

MANIFEST = ".dossier-manifest.json"
TEMP_SUFFIX = ".dossier-tmp"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # paths held by files the user wrote


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a reader sees the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        os.fchmod(fd, _FILE_MODE)  # mkstemp makes 0600; pages and exports are for publishing
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_manifest(docs: Path) -> dict[str, str]:
    """{relative path: sha256 of the bytes we wrote} (older manifests listed paths only)."""
    try:
        files = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if isinstance(files, list):
        return {str(path): "" for path in files}
    return {str(path): str(digest) for path, digest in files.items()} if isinstance(files, dict) else {}


def write_docs(docs: Path, files: dict[str, bytes]) -> WriteReport:
    """Bring docs/ in line with ``files`` ({relative path: bytes}), touching only our own files.

    A page is unchanged when its hash matches the one in the manifest and the file on disk
    still has that size, so a rebuild of 10,000 pages reads none of them back."""
    report = WriteReport()
    owned = read_manifest(docs)
    _remove_temp_files(docs, {*owned, *files, MANIFEST})
    kept: dict[str, str] = {}
    for relative in sorted(files):
        path, data = docs / relative, files[relative]
        if not _inside(docs, path):
            report.refused.append(relative)
            continue
        size = _size(path)
        if size is not None and relative not in owned:
            report.refused.append(relative)
            continue
        kept[relative] = digest = hashlib.sha256(data).hexdigest()
        if size == len(data) and (owned.get(relative) == digest or path.read_bytes() == data):
            report.unchanged += 1
            continue
        report.written.append(relative)
    if report.written:
        # Claim the pages before writing them (with no digest, so each is compared again):
        # after a build killed halfway, the next build still knows they are ours.
        pending = owned | {relative: "" for relative in report.written}
        atomic_write(docs / MANIFEST, _manifest_bytes(pending))
    for relative in report.written:
        atomic_write(docs / relative, files[relative])
    for relative in sorted(owned.keys() - kept.keys()):
        path = docs / relative
        if _inside(docs, path) and path.is_file():
            path.unlink()
            report.removed.append(relative)
            _remove_empty_parents(path.parent, docs)
    atomic_write(docs / MANIFEST, _manifest_bytes(kept))
    return report


def _manifest_bytes(files: dict[str, str]) -> bytes:
    return json.dumps({"files": files}, indent=0, sort_keys=True).encode() + b"\n"


def _remove_temp_files(docs: Path, ours: set[str]) -> None:
    """Temp files a killed build left beside our pages (``.<page>.<random>.dossier-tmp``);
    one listing per folder, and only for names of pages the manifest gives us."""
    for folder in sorted({(docs / relative).parent for relative in ours if _inside(docs, docs / relative)}):
        try:
            entries = [e.name for e in os.scandir(folder) if e.name.endswith(TEMP_SUFFIX)]
        except OSError:
            continue
        for name in entries:
            page = (folder / name[1 : -len(TEMP_SUFFIX)].rsplit(".", 1)[0]).relative_to(docs).as_posix()
            if name.startswith(".") and page in ours:
                (folder / name).unlink(missing_ok=True)


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def build_site(config_file: Path, docs: Path, site: Path, strict: bool = False, extra: Path | None = None) -> None:
    """Run MkDocs into a fresh folder beside ``site``, move in what the folder ``extra`` holds
    (the exports, written before so their data need not stay in memory through MkDocs), and
    swap it in, so a build killed halfway leaves the previous site whole."""
    site.parent.mkdir(parents=True, exist_ok=True)
    _recover(site)
    staging = Path(tempfile.mkdtemp(dir=site.parent, prefix=f".{site.name}.building."))
    try:
        isolated(_mkdocs_build, str(config_file), str(docs.resolve()), str(staging), strict)
        for source in sorted(extra.iterdir()) if extra is not None else ():
            target = staging / source.name
            if target.exists() or source.is_symlink():
                raise ValueError(f"refusing to put {source.name} over a page MkDocs built")
            shutil.move(source, target)
        index_search(staging)
        if site.exists() and _exchange(staging, site):
            return  # one atomic step; ``staging`` now holds the old site, removed below
        old = site.with_name(f".{site.name}.old")
        if old.exists():
            shutil.rmtree(old)
        if site.exists():
            site.rename(old)
        staging.rename(site)  # killed between the two renames: _recover puts ``old`` back
        if old.exists():
            shutil.rmtree(old)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def held_folder(site: Path) -> tempfile.TemporaryDirectory:
    """A folder beside ``site`` for files to move in after MkDocs (the exports); folders a
    killed build left go first."""
    site.parent.mkdir(parents=True, exist_ok=True)
    for leftover in sorted(site.parent.glob(f".{glob.escape(site.name)}.held.*")):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
    return tempfile.TemporaryDirectory(dir=site.parent, prefix=f".{site.name}.held.")


def _mkdocs_build(config_file: str, docs: str, site: str, strict: bool) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(config_file, docs_dir=docs, site_dir=site, strict=strict))


def _recover(site: Path) -> None:
    """Clean up after a build that was killed: restore the previous site if the swap was cut
    in half, and remove half-built staging folders."""
    old = site.with_name(f".{site.name}.old")
    if old.is_dir() and not site.exists():
        old.rename(site)
    for leftover in sorted(site.parent.glob(f".{glob.escape(site.name)}.building.*")):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where
    the system cannot, and the caller falls back to two renames."""
    if not sys.platform.startswith("linux"):
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _inside(root: Path, path: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
