"""Links between generated pages: the same answers as posixpath.relpath, without the cwd."""

import posixpath

import pytest

from generator.render.links import _relative, href, page_url

PAGES = ["index.md", "articles/index.md", "articles/a.md", "entities/people/x.md", "timeline/2025/03.md", "search.md"]


@pytest.mark.parametrize("source", PAGES)
@pytest.mark.parametrize("target", [*PAGES, "exports/dossier.json", "assets/dossier.css"])
def test_relative_matches_relpath(source, target):
    base = page_url(source) or "."
    goal = page_url(target) if target.endswith(".md") else target
    assert _relative(goal or ".", base) == posixpath.relpath(goal or ".", base)


def test_href_shapes():
    assert href("articles/a.md", "entities/people/x.md", "p-3") == "../../entities/people/x/#p-3"
    assert href("index.md", "index.md") == "./"
    assert href("articles/a.md", "articles/a.md") == "./"
    assert href("entities/people/x.md", "exports/dossier.json") == "../../../exports/dossier.json"
