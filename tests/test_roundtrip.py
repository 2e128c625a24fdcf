"""Nothing lost: every character of every article body is on its built page, in order; a
build killed halfway leaves the previous docs/ and site/ whole and the next build recovers;
the generator never touches a file the user put in docs/."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from built_site import ROOT, hostile_articles, make_project, paragraph_texts, parse, run
from generator.pipeline import read_folder
from generator.site import MANIFEST, read_manifest

# Characters that a Markdown or HTML step could drop, merge or rewrite: tabs, control
# characters (Python-Markdown deletes STX/ETX), runs of spaces, no-break and zero-width
# spaces, soft hyphens, combining marks, bidi overrides, astral-plane characters, entities.
AWKWARD = (
    "Tabs\there\t\tand  double  spaces,\u00a0no-break\u202fnarrow, zero\u200bwidth\u200d joiner,"
    " soft\u00adhyphen, e\u0301 combining, \u202eoverride\u202c, emoji \U0001F600, control \x02\x03\x0b\x0c\x1b end.\n"
    "A line break inside the paragraph; &amp; &#60; &lt;not a tag&gt; \\*not emphasis\\* `not code`\n"
    "Trailing spaces on this line   \n    and an indented next line."
)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    articles = hostile_articles() | {"awkward.txt": ("Awkward characters\n\n" + AWKWARD + "\n\nLast.\n").encode()}
    project = make_project(tmp_path_factory.mktemp("roundtrip"), articles)
    result = run(project)
    assert result.exit_code == 0, result.output + result.stderr
    return project


def test_every_character_of_every_body_is_on_its_page_in_order(built: Path):
    """The page's paragraphs, read from the DOM, joined as ingest joins them, give back
    Record.text exactly. No whitespace normalisation is needed: the one mapping is that a
    newline inside a paragraph is shown as <br> (paragraph_texts turns it back)."""
    articles, skipped = read_folder(built / "articles")
    assert skipped == [] and len(articles) == len(hostile_articles()) + 2
    for article in articles:
        texts = paragraph_texts(parse(built / "site" / "articles" / article.slug / "index.html"))
        assert list(texts) == list(range(1, len(article.paragraphs) + 1)), article.source
        assert "\n\n".join(texts.values()) == article.text, article.source


def test_awkward_characters_survive_exactly(built: Path):
    (article,) = [a for a in read_folder(built / "articles")[0] if a.source.endswith("awkward.txt")]
    texts = paragraph_texts(parse(built / "site" / "articles" / article.slug / "index.html"))
    assert texts[1] == AWKWARD  # as written: inner spaces, tabs and line starts kept
    assert "\t\t" in texts[1] and "\x02\x03" in texts[1]


# ---- a build killed halfway -------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {root!r})
    import generator.site as site

    calls = 0
    real_replace = os.replace

    def dying_replace(src, dst):
        # Dies in the middle of writing: the {n}th file is fully written to its temp file
        # but not yet renamed into place, and later files are not written at all.
        global calls
        calls += 1
        if calls >= {n} and {kill_docs}:
            os._exit(37)
        return real_replace(src, dst)

    def dying_index(folder):
        os._exit(37)  # MkDocs has written the new site into its staging folder

    site.os.replace = dying_replace
    if {kill_site}:
        site.index_search = dying_index
    from generator.cli import main
    main({args!r}, standalone_mode=True)
    """
)


def build_args(project: Path) -> list[str]:
    return [
        "build", "--articles", str(project / "articles"), "--docs", str(project / "docs"),
        "--site", str(project / "site"), "--config", str(project / "mkdocs.yml"), "-j", "1", "-q",
    ]


def killed_build(project: Path, kill_docs: bool = False, kill_site: bool = False, n: int = 3) -> int:
    code = CHILD.format(root=str(ROOT), n=n, kill_docs=kill_docs, kill_site=kill_site, args=build_args(project))
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    return child.returncode


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    """A project built once (seed + one article), with a hand-written page in docs/,
    then edited: one article changed, one added, one removed."""
    project = make_project(tmp_path, {"a.txt": b"Erster Titel\n\nErster Text.\n", "b.txt": b"Zweiter\n\nText B.\n"})
    (project / "docs" / "notes.md").write_text("# My notes\n\nHand-written.\n", encoding="utf-8")
    assert run(project).exit_code == 0
    (project / "articles" / "a.txt").write_text("Erster Titel\n\nErster Text, geändert und länger.\n", encoding="utf-8")
    (project / "articles" / "c.txt").write_text("Dritter\n\nNeu.\n", encoding="utf-8")
    (project / "articles" / "b.txt").unlink()
    return project


@pytest.mark.parametrize("n", [1, 3])
def test_build_killed_while_writing_docs_leaves_whole_files_and_recovers(previous: Path, n: int):
    """n=1: killed writing the first file (the manifest claiming the new pages); n=3: killed
    with some new pages in place and the rest still old."""
    docs, site = previous / "docs", previous / "site"
    before_docs, before_site = tree(docs), tree(site)
    manifest_before = read_manifest(docs)
    assert killed_build(previous, kill_docs=True, n=n) == 37
    killed = tree(docs)
    assert tree(site) == before_site  # the site is not touched before the docs are done
    assert set(manifest_before) <= set(read_manifest(docs))  # nothing of ours forgotten
    # The next build finishes the job: nothing refused, no temp file left behind.
    result = run(previous)
    assert result.exit_code == 0, result.stderr
    assert "left alone" not in result.stderr
    final = tree(docs)
    assert not [p for p in final if p.endswith(".dossier-tmp")]
    assert final["notes.md"] == before_docs["notes.md"]
    # Every page the killed build left was whole: its old bytes or its new ones.
    for relative, digest in killed.items():
        if not relative.endswith(".dossier-tmp") and relative != MANIFEST:
            assert digest in (before_docs.get(relative), final.get(relative)), relative
    hand_written = set(before_docs) - set(manifest_before) - {MANIFEST}
    assert "notes.md" in hand_written
    assert set(final) - hand_written - {MANIFEST} == set(read_manifest(docs))
    assert any(relative.startswith("articles/dritter") for relative in final)


def test_build_killed_while_building_site_leaves_previous_site(previous: Path):
    site = previous / "site"
    before = tree(site)
    assert killed_build(previous, kill_site=True) == 37
    assert tree(site) == before  # the previous site, whole and unchanged
    leftovers = [p.name for p in previous.iterdir() if p.name.startswith(".site.building.")]
    assert leftovers  # MkDocs had written a staging site when it died
    assert run(previous).exit_code == 0
    assert not [p.name for p in previous.iterdir() if p.name.startswith(".site.")]
    assert tree(site) != before and (site / "index.html").is_file()


def test_site_swap_cut_in_half_is_recovered(previous: Path):
    """Where the atomic exchange is not available, the swap is two renames; a kill between
    them leaves .site.old, which the next build puts back before anything else."""
    site = previous / "site"
    before = tree(site)
    site.rename(previous / ".site.old")
    from generator.site import _recover

    _recover(site)
    assert tree(site) == before


def test_generated_files_are_readable_by_others(previous: Path):
    page = previous / "docs" / "index.md"
    mode = page.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_user_files_in_docs_survive_every_build(previous: Path):
    docs = previous / "docs"
    own = {
        "notes.md": b"# Mine\n",
        "articles/my-own-page.md": b"# A page I wrote among the generated ones\n",
        "entities/person/someone.md": b"# Not generated\n",
        "index.md.bak": b"backup\n",
    }
    for relative, data in own.items():
        (docs / relative).parent.mkdir(parents=True, exist_ok=True)
        (docs / relative).write_bytes(data)
    for articles in ({}, {"x.txt": b"X\n\nx.\n"}):  # a build with articles, then one without
        for name in list((previous / "articles").iterdir()):
            name.unlink()
        for name, data in articles.items():
            (previous / "articles" / name).write_bytes(data)
        assert run(previous, "generate").exit_code == 0
        for relative, data in own.items():
            assert (docs / relative).read_bytes() == data, relative
        assert not set(own) & set(read_manifest(docs))
