"""End to end: the seed article built into a website in a temporary folder."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.ingest import read_article


def build(project: Path, *extra: str):
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--articles", str(project / "articles"),
            "--docs", str(project / "docs"),
            "--site", str(project / "site"),
            "--config", str(project / "mkdocs.yml"),
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return result


def page_text(page: Path) -> str:
    """The visible text of a built page, entities decoded and tags dropped."""
    raw = page.read_text(encoding="utf-8")
    raw = re.sub(r"<br\s*/?>", "\n", raw)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


@pytest.fixture
def built(project: Path) -> Path:
    build(project, "--strict")
    return project


def seed_page(project: Path) -> Path:
    pages = list((project / "site" / "articles").glob("*/index.html"))
    assert len(pages) == 1
    return pages[0]


def test_build_prints_summary_and_site_path(project: Path):
    result = build(project)
    assert "1 article, " in result.output
    assert "Site built:" in result.output
    assert (project / "site" / "index.html").is_file()


def test_seed_page_has_title_anchors_and_full_text(built: Path, seed_path: Path):
    page = seed_page(built)
    source = page.read_text(encoding="utf-8")
    assert "<title>NATO-Einsatz in der Ukraine? Moskau warnt vor Kriegseskalation" in source
    article = read_article(seed_path)
    for number in range(1, len(article.paragraphs) + 1):
        assert f'id="p{number}"' in source
    # Every character of the body, in order, in the visible text of the page.
    visible = " ".join(page_text(page).split())
    for para in article.paragraphs:
        words = " ".join(article.text[para.start : para.end].split())
        assert words in visible, words[:60]


def test_seed_page_shows_a_quote_with_its_speaker(built: Path):
    visible = " ".join(page_text(seed_page(built)).split())  # entity links may split the HTML
    assert "Das bedeutet Krieg mit der NATO." in visible


def test_home_page_lists_the_seed(built: Path):
    home = (built / "site" / "index.html").read_text(encoding="utf-8")
    assert "NATO-Einsatz in der Ukraine? Moskau warnt vor Kriegseskalation" in home
    assert 'href="articles/nato-einsatz-in-der-ukraine-moskau-warnt-vor/"' in home


def test_articles_are_not_in_the_nav(built: Path):
    import lxml.html

    home = lxml.html.fromstring((built / "site" / "index.html").read_bytes())
    (nav,) = home.xpath('//nav[contains(@class, "md-nav--primary")]')
    links = {a.text_content().strip(): a.get("href") for a in nav.xpath('.//a[contains(@class, "md-nav__link")]')}
    assert not any("nato-einsatz" in (href or "") for href in links.values())
    assert links["Articles"] == "articles/"


def test_original_file_is_served_as_text(built: Path, seed_path: Path):
    originals = list((built / "site" / "originals").iterdir())
    assert [p.name.endswith(".txt.txt") for p in originals] == [True]
    assert originals[0].read_bytes() == seed_path.read_bytes()


def test_second_build_rewrites_nothing(built: Path):
    result = build(built)
    assert "0 written" in result.output


def test_build_publishes_the_exports(built: Path):
    exports = built / "site" / "exports"
    names = sorted(p.name for p in exports.iterdir())
    assert names == [
        "articles.csv", "claim_pairs.csv", "claims.csv", "date_conflicts.csv", "dates.csv", "denials.csv",
        "dossier.json", "dossier.sqlite", "entities.csv", "mentions.csv", "quote_groups.csv", "quotes.csv",
    ]
    assert b"NATO-Einsatz in der Ukraine" in (exports / "articles.csv").read_bytes()


def test_exports_are_held_beside_the_site_only_while_it_builds(project: Path):
    stale = project / ".site.held.killed"  # what a build killed during MkDocs leaves
    (stale / "exports").mkdir(parents=True)
    result = build(project)
    assert "1 article, " in result.output  # counted before the corpus was let go
    assert not list(project.glob(".site.held.*"))
    assert (project / "site" / "exports" / "dossier.sqlite").stat().st_size > 0


def test_build_keeps_its_extraction_cache_beside_the_articles(built: Path):
    assert (built / ".dossier-cache" / "extract.sqlite").is_file()
