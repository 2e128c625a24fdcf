"""Hostile text stays text: scripts, event handlers, javascript: URLs, iframes, Markdown
structure and Jinja expressions from articles (titles, bodies, front matter, file names)
never become live in the built site, and are still shown word for word."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from built_site import HOSTILE, hostile_articles, make_project, paragraph_texts, parse, run
from generator.ingest import read_article
from generator.render.escape import escape_text, link_target

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "srcdoc", "xlink:href", "poster", "background")
SCRIPT_TAGS = ("script", "iframe", "object", "embed", "frame", "frameset", "base", "form", "style", "link", "meta")
LIVE_TAGS = (*SCRIPT_TAGS, "img", "svg", "math")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile"), hostile_articles())
    result = run(project)
    assert result.exit_code == 0, result.output + result.stderr
    return project


def hostile_pages(project: Path) -> dict[Path, object]:
    """{built page: its Article} for every hostile article."""
    pages = {}
    for source in sorted((project / "articles").iterdir()):
        if source.name.startswith("000_"):
            continue
        article = read_article(source)
        pages[project / "site" / "articles" / article.slug / "index.html"] = article
    assert len(pages) == len(hostile_articles())
    return pages


def generated_pages(project: Path) -> list[Path]:
    """Every page of the built site except the hand-written ones (guide, search, 404): articles,
    entities, listings and whatever other views the generator makes."""
    site = project / "site"
    pages = sorted(site.rglob("*.html"))
    hand_written = ("guide/", "search/", "404.html", "pagefind/")
    return [p for p in pages if not p.relative_to(site).as_posix().startswith(hand_written)]


def content(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page's own content (Material's <article>), without theme chrome."""
    (article,) = doc.xpath("//article")
    return article


def test_every_hostile_file_was_built(built: Path):
    for page in hostile_pages(built):
        assert page.is_file(), page


def test_no_live_element_attribute_or_url_anywhere(built: Path):
    """On every generated page (articles, entities, listings, views): no on* attribute and no
    script-capable URL anywhere (theme included); no script, iframe, image, form or style
    element inside the page content; no script text carrying the fixtures' marker."""
    pages, hostile = generated_pages(built), set(hostile_pages(built))
    assert hostile <= set(pages)
    for page in pages:
        doc = parse(page)
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), (page, element.tag, name)
                if name.lower() in URL_ATTRIBUTES:
                    scheme = "".join(value.split()).lower().split(":", 1)[0]
                    assert scheme not in ("javascript", "vbscript", "data"), (page, name, value)
            if element.tag in ("script", "style"):
                assert "pwned" not in (element.text or ""), (page, element.tag)
        for tag in LIVE_TAGS if page in hostile else SCRIPT_TAGS:  # views may draw their own SVG charts
            assert content(doc).xpath(f".//{tag}") == [], (page, tag)


def test_javascript_url_in_front_matter_is_text_not_a_link(built: Path):
    page = next(p for p, a in hostile_pages(built).items() if a.url and a.url.startswith("javascript:"))
    doc = parse(page)
    assert not [a for a in doc.xpath("//a[@href]") if "javascript" in a.get("href").lower()]
    summary = doc.xpath('//div[contains(@class, "dossier-summary")]')[0].text_content()
    assert "javascript:window.__pwned='url'" in summary


def test_markdown_structure_stays_text(built: Path):
    for page in hostile_pages(built):
        article = content(parse(page))
        for heading in article.xpath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6"):
            text = heading.text_content()
            assert "heading in the body" not in text, page
            if "Heading as a title" in text:
                assert "dossier-title" in heading.get("class", ""), page
        cells = {cell.text_content().strip() for cell in article.xpath(".//td | .//th")}
        assert not cells & {"Spalte A", "Zelle 1", "a", "c"}, page
        titles = [t.text_content() for t in article.xpath('.//*[contains(@class, "admonition-title")]')]
        assert not any("Admonition" in t for t in titles), page
        assert article.xpath(".//pre | .//sup") == [], page
        formatted = {e.text_content().strip() for e in article.xpath(".//em | .//strong | .//b | .//i | .//code")}
        assert not formatted & {"emphasis", "strong", "bold", "inside md_in_html", "code span", "not emphasis"}, page
        assert not any("pwned" in text or "indented code" in text for text in formatted), page
        links = {a.text_content().strip() for a in article.xpath(".//a")}
        assert not links & {"inline link", "ref text", "author link", "hier klicken", "Link", "an image"}, page
        for comment in article.xpath(".//comment()"):
            assert "must stay visible" not in comment.text, page


def test_hostile_text_is_shown_literally(built: Path):
    """Every paragraph of every hostile article reads back exactly, and the title too."""
    for page, article in hostile_pages(built).items():
        doc = parse(page)
        texts = paragraph_texts(doc)
        assert len(texts) == len(article.paragraphs)
        for number, para in enumerate(article.paragraphs, start=1):
            assert texts[number] == article.text[para.start : para.end], (page, number)
        (title,) = doc.xpath('//h1[contains(@class, "dossier-title")]')
        assert title.text_content() == article.title
        assert doc.xpath("//title")[0].text_content().startswith(article.title)


def test_jinja_is_never_evaluated(built: Path):
    for page, article in hostile_pages(built).items():
        text = content(parse(page)).text_content()
        if "{{ 7*7 }}" in article.title + article.text:
            assert "{{ 7*7 }}" in text
        if "{% for x in range(3) %}loop{% endfor %}" in article.text:
            assert "{% for x in range(3) %}loop{% endfor %}" in text and "looplooploop" not in text


def test_file_names_are_shown_as_text(built: Path):
    page = next(p for p, a in hostile_pages(built).items() if a.source.endswith("%2e%2e.md"))
    doc = parse(page)
    (title,) = doc.xpath('//h1[contains(@class, "dossier-title")]')
    assert title.text_content() == '"><svg onload=window.__pwned=1> {{7*7}} %2e%2e'
    assert doc.xpath("//svg[@onload]") == []


@pytest.mark.parametrize(
    "url,linked",
    [
        ("https://example.org/a?b=1&c=2", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("//evil.example/x", False),
        ("/relative/path", False),
        ('https://example.org/"onmouseover="alert(1)', True),
        ("https://exa mple.org", False),
        (None, False),
    ],
)
def test_link_target_admits_only_http_urls(url, linked: bool):
    target = link_target(url)
    assert bool(target) is linked
    if linked:
        assert '"' not in target and "<" not in target
        assert target == escape_text(url.strip())


def hostile_view_records() -> list:
    """Every hostile article twice (a copy under another name), each paragraph quoted by a
    speaker with a hostile name (after its first twelve characters, which are its date, a day
    apart in the copy): so hostile text reaches
    the quotes index, lineage groups and diffs, the timeline and the date conflicts."""
    from dataclasses import replace

    from generator.extract import annotate
    from generator.ingest import unique_slugs
    from generator.model import DateMention, Entity, Mention, Quote, Record

    speaker = "<img src=x onerror=\"window.__pwned='speaker'\"> [Sprecher](javascript:window.__pwned='s') {{ 7*7 }}"
    records = []
    for copy, day in ((0, "2025-03-14"), (1, "2025-03-15")):
        for source in sorted(HOSTILE.iterdir()):
            article = read_article(source)
            article = replace(article, source=f"articles/{copy}-{source.name}", slug=f"{copy}-{article.slug}", id=f"{copy}{article.id[1:]}")
            n = annotate(article)
            text = article.text
            quotes = tuple(Quote(text[p.start + 12 : p.end], p.start + 12, p.end, "direct", speaker, speaker, "sagte", i)
                           for i, p in enumerate(article.paragraphs, start=1) if p.end - p.start > 20)
            dates = tuple(DateMention(text[p.start : p.start + 12], day, p.start, p.start + 12, "explicit", i, text[p.start : p.end])
                          for i, p in enumerate(article.paragraphs, start=1) if p.end - p.start > 20)
            person = Entity("person/hostile", speaker, "person", (Mention(text[:10], 0, 10),))
            records.append(Record(article, replace(n, quotes=quotes, dates=dates, entities=(person,))))
    articles = unique_slugs(r.article for r in records)
    return [replace(r, article=a) for r, a in zip(records, articles, strict=True)]


@pytest.fixture(scope="module")
def built_views(tmp_path_factory) -> Path:
    import json

    project = make_project(tmp_path_factory.mktemp("hostile-views"), seed=False)
    path = project / "records.jsonl"
    path.write_text("".join(json.dumps(r.as_dict(), ensure_ascii=False) + "\n" for r in hostile_view_records()), encoding="utf-8")
    result = run(project, "build", "--records", str(path))
    assert result.exit_code == 0, result.output + result.stderr
    return project


def test_hostile_text_in_the_views_stays_text(built_views: Path):
    site = built_views / "site"
    views = [site / "index.html", *sorted((site / "quotes").rglob("index.html")), *sorted((site / "timeline").rglob("index.html"))]
    assert len(views) >= 5
    for page in views:
        doc = parse(page)
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), (page, element.tag, name)
                if name.lower() in URL_ATTRIBUTES:
                    assert "".join(value.split()).lower().split(":", 1)[0] not in ("javascript", "vbscript", "data"), (page, value)
        body = content(doc)
        for tag in (*SCRIPT_TAGS, "img", "math"):
            assert body.xpath(f".//{tag}") == [], (page, tag)
        assert all("dossier-chart" in (svg.get("class") or "") for svg in body.xpath(".//svg")), page  # our charts only
    quotes = content(parse(site / "quotes" / "index.html")).text_content()
    assert "<script>window.__pwned = 'body'</script>" in quotes and "{{ 7*7 }}" in quotes
    assert "onerror=\"window.__pwned='speaker'\"" in quotes  # the speaker's name, as text
    lineage = content(parse(site / "quotes" / "lineage" / "index.html"))
    assert len(lineage.xpath('.//div[contains(@class, "dossier-lineage")]')) >= 4
    conflicts = content(parse(site / "timeline" / "conflicts" / "index.html"))
    assert conflicts.xpath('.//div[contains(@class, "dossier-conflict")]')
    assert "[inline link](javascript:window.__pwned='mdlink')" in content(parse(site / "timeline" / "index.html")).text_content()


def test_escaped_fast_path_equals_the_full_table():
    """The regex fast path gives what translating every character through the table gives."""
    from generator.render.escape import _REFERENCES, escaped

    samples = ["plain words 123", "", "a<b>&\"'`", "*_[]{}()#|~^\\!$", "tab\there\nnew\rline\x02", "„Zitat“ – ok"]
    for text in samples:
        assert escaped(text) == text.translate(_REFERENCES)
    assert escaped("<script>") == "&#60;script&#62;"
