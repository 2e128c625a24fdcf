"""Entity pages across the seed and our own articles: merged entities, paragraph anchors that
resolve in the built site, backlinks, and aliases.yml applied on a real build.

The entities here come from a tiny test gazetteer (the names below, found in the text), so
these tests do not depend on the entity extractor; the last test uses the real extractor
and checks the anchors of whatever it finds.
"""

from __future__ import annotations

import json
import posixpath
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from handmade import gazetteer_entities as entities_from

from generator.cli import main
from generator.corpus import build_corpus
from generator.extract import annotate
from generator.ingest import read_article, unique_slugs
from generator.model import DateMention, Entity, Quote, Record
from generator.render import render_pages

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"
# surface form → type; each surface found becomes one article-level entity named as written,
# the way an extractor without a registry would report them.
GAZETTEER = {
    "Dmitri Medwedew": "person", "Dmitry Medvedev": "person", "Medwedew": "person",
    "Sergej Lawrow": "person", "Sergey Lavrov": "person", "Lawrow": "person", "Lavrov": "person",
    "Wladimir Putin": "person", "Putins": "person",
    "Wolodymyr Selenskyj": "person", "Volodymyr Zelensky": "person", "Selenskyj": "person", "Zelensky": "person",
    "Keir Starmer": "person", "NATO": "organization",
    "Kursk": "organization",  # a deliberate extractor mistake for aliases.yml to fix
    "Kiew": "place", "Kyiv": "place", "Genf": "place",
}
ANCHOR = re.compile(r'href="([^"#]*)#(p\d+)"')


def gazetteer_entities(record: Record) -> tuple[Entity, ...]:
    return entities_from(record.article.text, GAZETTEER)


def march_dates(record: Record) -> tuple[DateMention, ...]:
    """March 2025 days as written in these articles, for when the date annotator finds none."""
    text, article = record.article.text, record.article
    return tuple(
        DateMention(m.group(0), f"2025-03-{int(m.group(1)):02d}", m.start(), m.end(), "explicit", article.paragraph_at(m.start()))
        for m in re.finditer(r"(\d{1,2})(?:\. März| March) 2025", text)
    )


def corpus_records(seed_path: Path) -> list[Record]:
    articles = unique_slugs([read_article(p) for p in [seed_path, *sorted(FIXTURES.iterdir())]])
    records = []
    for article in articles:
        record = Record(article, annotate(article))
        n = record.annotations
        n = replace(n, entities=gazetteer_entities(record), dates=n.dates or march_dates(record))
        records.append(replace(record, annotations=n))
    return records


@pytest.fixture(scope="module")
def records() -> list[Record]:
    from tests.conftest import SEED

    return corpus_records(SEED)


def entity_named(corpus, name: str):
    return next(e for e in corpus.entities.values() if e.name == name)


def test_people_merge_across_the_seed_and_our_articles(records):
    corpus = build_corpus(records)
    people = {e.name: e for e in corpus.entities.values() if e.type == "person"}
    assert sorted(people) == ["Dmitri Medwedew", "Keir Starmer", "Sergej Lawrow", "Volodymyr Zelensky", "Wladimir Putin"]
    assert {"Medwedew", "Dmitry Medvedev"} <= set(people["Dmitri Medwedew"].aliases)
    assert {"Lavrov", "Sergey Lavrov", "Lawrow"} <= set(people["Sergej Lawrow"].aliases)
    assert {"Selenskyj", "Zelensky", "Wolodymyr Selenskyj"} <= set(people["Volodymyr Zelensky"].aliases)
    assert "Putins" in people["Wladimir Putin"].aliases
    assert len(people["Sergej Lawrow"].uses) == 4  # the seed and all three of ours
    assert len(people["Volodymyr Zelensky"].uses) == 3


def test_entity_page_links_every_mention_paragraph(records):
    corpus = build_corpus(records)
    pages = render_pages(corpus)
    lawrow = entity_named(corpus, "Sergej Lawrow")
    page = pages[f"entities/{lawrow.id}.md"]
    for use in lawrow.uses:
        record = corpus.record(use.slug)
        mentions = [m for e in record.annotations.entities if corpus.entity_id(e.id, use.slug) == lawrow.id for m in e.mentions]
        for mention in mentions:
            number = record.article.paragraph_at(mention.start)
            assert number > 0
            assert f'href="../../../articles/{use.slug}/#p{number}"' in page, (use.slug, number)
    assert "Named together with" in page and "Dmitri Medwedew</a>" in page
    assert '<time datetime="2025-03-18">' in page  # the date in Lawrow's paragraph in Genf


def test_article_page_lists_cross_references(records):
    corpus = build_corpus(records)
    pages = render_pages(corpus)
    seed = next(r for r in corpus.records if r.article.source.endswith("000_97597768f45d635b.txt"))
    page = pages[f"articles/{seed.article.slug}.md"]
    section = page[page.index("## Cross-references") : page.index("## Related articles")]
    lawrow_genf = next(r for r in corpus.records if "Genf" in r.article.title)
    assert f'href="../{lawrow_genf.article.slug}/#p' in section
    assert "Sergej Lawrow</a>" in section


def test_quotes_reach_the_speakers_entity_page(records):
    corpus = build_corpus(records)
    pages = render_pages(corpus)
    quoted = [doc for doc, text in pages.items() if doc.startswith("entities/person/") and "<q>" in text]
    speakers = {q.speaker for r in records for q in r.annotations.quotes if q.kind != "term" and q.speaker}
    if not any(corpus.entity_named(s) for s in speakers):
        pytest.skip("the quote extractor named no speaker that is a known entity")
    assert quoted


def test_a_quote_by_any_spelling_reaches_the_entity_page(records):
    genf = next(r for r in records if "Genf" in r.article.title)
    start = genf.article.text.index("Wir haben zugehört")
    quote = Quote("Wir haben zugehört …", start, start + 20, "direct", speaker="Lawrow", cue="sagte")
    quoted = replace(genf, annotations=replace(genf.annotations, quotes=(quote,)))
    corpus = build_corpus([quoted if r is genf else r for r in records])
    page = render_pages(corpus)[f"entities/{entity_named(corpus, 'Sergej Lawrow').id}.md"]
    number = genf.article.paragraph_at(start)
    assert f'<q>Wir haben zugehört …</q></td><td>sagte</td><td><a href="../../../articles/{genf.article.slug}/#p{number}">' in page


def write_records(records: list[Record], path: Path) -> Path:
    path.write_text("".join(json.dumps(r.as_dict(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def build(project: Path, *extra: str) -> str:
    result = CliRunner().invoke(
        main,
        ["build", "--articles", str(project / "articles"), "--docs", str(project / "docs"),
         "--site", str(project / "site"), "--config", str(project / "mkdocs.yml"), "--no-cache", *extra],
    )
    assert result.exit_code == 0, result.output + result.stderr
    return result.stderr


def assert_anchors_resolve(site: Path, pages: list[Path]) -> int:
    """Every #pN link on these pages points at an article page holding id="pN"; returns the count."""
    checked = 0
    for page in pages:
        base = posixpath.dirname(page.relative_to(site).as_posix())
        for target, anchor in ANCHOR.findall(page.read_text(encoding="utf-8")):
            if not target:
                continue
            path = site / posixpath.normpath(posixpath.join(base, target)) / "index.html"
            assert f'id="{anchor}"' in path.read_text(encoding="utf-8"), (page, target, anchor)
            checked += 1
    return checked


@pytest.fixture(scope="module")
def built_with_aliases(tmp_path_factory, records) -> tuple[Path, str]:
    from tests.conftest import MKDOCS_YML, ROOT

    project = tmp_path_factory.mktemp("aliases")
    shutil.copy(MKDOCS_YML, project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "guide", project / "docs" / "guide")
    shutil.copy(ROOT / "docs" / "search.md", project / "docs" / "search.md")
    (project / "aliases.yml").write_text(
        "version: 1\n"
        "merge:\n  - names: [Kiew, Kyiv]\n    name: Kyjiw\n"
        "rename:\n  Lavrov: Sergei Lavrov\n"
        "ignore: [NATO]\n"
        "type:\n  Kursk: place\n"
        "wikidata:\n  Medwedew: Q23530\n",
        encoding="utf-8",
    )
    stderr = build(project, "--records", str(write_records(records, project / "records.jsonl")))
    return project, stderr


def test_built_entity_pages_link_to_existing_paragraph_anchors(built_with_aliases):
    project, _ = built_with_aliases
    site = project / "site"
    pages = sorted((site / "entities").glob("*/*/index.html"))
    assert len(pages) >= 5
    assert assert_anchors_resolve(site, pages) >= 20
    assert assert_anchors_resolve(site, sorted((site / "articles").glob("*/index.html"))) > 0


def test_aliases_yml_operations_apply_on_build(built_with_aliases):
    project, stderr = built_with_aliases
    site = project / "site" / "entities"
    assert "warning:" not in stderr
    kyjiw = (site / "place" / "kyjiw" / "index.html").read_text(encoding="utf-8")  # merge with a name
    assert "Kiew" in kyjiw and "Kyiv" in kyjiw and not (site / "place" / "kiew").exists()
    assert (site / "person" / "sergei-lavrov" / "index.html").is_file()  # rename
    assert not (site / "person" / "sergej-lawrow").exists()
    assert not (site / "organization" / "nato").exists()  # ignore
    assert "organization/nato" not in (project / "site" / "exports" / "mentions.csv").read_text(encoding="utf-8")
    assert (site / "place" / "kursk" / "index.html").is_file()  # type
    assert not (site / "organization" / "kursk").exists()
    medwedew = (site / "person" / "dmitri-medwedew" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://www.wikidata.org/wiki/Q23530"' in medwedew  # wikidata
    places = (project / "site" / "entities" / "places" / "index.html").read_text(encoding="utf-8")
    assert "Kyjiw" in places and "Kursk" in places


def test_malformed_aliases_file_gives_one_line_and_still_builds(tmp_path, records):
    from tests.conftest import MKDOCS_YML, ROOT

    shutil.copy(MKDOCS_YML, tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "guide", tmp_path / "docs" / "guide")
    shutil.copy(ROOT / "docs" / "search.md", tmp_path / "docs" / "search.md")
    bad = tmp_path / "bad.yml"
    bad.write_text("version: 1\nmerge: [Kiew, Kyiv\nignore: [NATO]\n", encoding="utf-8")
    stderr = build(tmp_path, "--records", str(write_records(records, tmp_path / "r.jsonl")), "--aliases", str(bad))
    warnings = [line for line in stderr.splitlines() if "bad.yml" in line]
    assert len(warnings) == 1 and re.match(rf"warning: {re.escape(str(bad))}:\d+: invalid YAML", warnings[0])
    assert (tmp_path / "site" / "entities" / "organization" / "nato" / "index.html").is_file()  # nothing applied


def test_real_extraction_links_to_existing_anchors(project: Path):
    for path in FIXTURES.iterdir():
        shutil.copy(path, project / "articles" / path.name)
    build(project)
    pages = sorted((project / "site" / "entities").glob("*/*/index.html"))
    if not pages:
        pytest.skip("the entity extractor in this tree finds nothing yet")
    assert assert_anchors_resolve(project / "site", pages) > 0
    people = [p.parent.name for p in pages if p.parent.parent.name == "person"]
    for spellings in (("lawrow", "lavrov"), ("medwedew", "medvedev"), ("selenskyj", "zelensky")):
        found = [slug for slug in people if any(s in slug for s in spellings)]
        assert len(found) <= 1, found  # one page per person, whatever the spelling


def test_a_widely_mentioned_entity_page_stays_lean(records, monkeypatch):
    import generator.render.entity as entity_page

    monkeypatch.setattr(entity_page, "USE_LIMIT", 2)
    corpus = build_corpus(records)
    page = render_pages(corpus)[f"entities/{entity_named(corpus, 'Sergej Lawrow').id}.md"]
    section = page[page.index("## Mentions") : page.index("## Named together with")]
    assert section.count("<tr><td>") == 2
    assert 'And 2 older articles: every mention is in <a href="../../../exports/mentions.csv">' in section
