"""Ingest: each format, each encoding, stable slugs, and one clear reason for bad files."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from generator.ingest import find_article_files, parse_article, read_article, unique_slugs
from generator.model import Article, Skipped

GERMAN = "Überschrift mit Umlauten\n\nDer Bürgermeister sagte: »Straße frei.«\n\nZweiter Absatz über Größe.\n"


def test_txt_title_first_line_and_paragraph_offsets(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(GERMAN, encoding="utf-8")
    article = read_article(path)
    assert isinstance(article, Article)
    assert article.title == "Überschrift mit Umlauten"
    assert len(article.paragraphs) == 2
    first, second = article.paragraphs
    assert article.text[first.start : first.end] == "Der Bürgermeister sagte: »Straße frei.«"
    assert article.text[second.start : second.end] == "Zweiter Absatz über Größe."
    assert article.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert article.id == article.sha256[:16]
    assert article.format == "txt"


@pytest.mark.parametrize(
    "encoding,prefix",
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("cp1252", b""), ("latin-1", b""), ("utf-16", b"")],
)
def test_encodings_are_detected(encoding: str, prefix: bytes):
    data = prefix + GERMAN.encode(encoding)
    article = parse_article(data, "x.txt", ".txt")
    assert isinstance(article, Article), article
    assert article.title == "Überschrift mit Umlauten"
    assert "Größe" in article.text
    assert article.sha256 == hashlib.sha256(data).hexdigest()  # of the original bytes


def test_cp1252_curly_quotes_survive():
    data = "Titel\n\nEr sagte: \u201eJa\u201c \u2013 und ging.".encode("cp1252")
    article = parse_article(data, "x.txt", ".txt")
    assert "\u201eJa\u201c \u2013" in article.text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_normalised(newline: str):
    data = GERMAN.replace("\n", newline).encode()
    article = parse_article(data, "x.txt", ".txt")
    assert "\r" not in article.text and len(article.paragraphs) == 2


def test_markdown_front_matter():
    text = (
        "---\ntitle: Ein Titel\nsource: Beispiel-Zeitung\nurl: https://example.org/a\n"
        "published: 2025-03-16\nauthor: Erika Muster\nlanguage: de\n---\n\nErster Absatz.\n\nZweiter.\n"
    )
    article = parse_article(text.encode(), "a.md", ".md")
    assert (article.title, article.outlet, article.url, article.author) == (
        "Ein Titel", "Beispiel-Zeitung", "https://example.org/a", "Erika Muster",
    )
    assert article.published == "2025-03-16"
    assert article.language == "de"
    assert article.text == "Erster Absatz.\n\nZweiter."
    assert article.format == "md"


def test_markdown_front_matter_error_names_the_line():
    text = "---\ntitle: ok\nauthor: [unclosed\n---\n\nText.\n"
    result = parse_article(text.encode(), "bad.md", ".md")
    assert isinstance(result, Skipped)
    assert "front matter" in result.reason
    assert result.line is not None and result.line >= 2
    assert result.message().startswith("bad.md:")


def test_yaml_alias_bomb_is_refused():
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]\ntitle: boom\n---\n\nText.\n"
    result = parse_article(bomb.encode(), "bomb.md", ".md")
    assert isinstance(result, Skipped)
    assert "aliases" in result.reason


def test_front_matter_python_tags_are_refused():
    text = "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n\nText.\n"
    result = parse_article(text.encode(), "evil.md", ".md")
    assert isinstance(result, Skipped)


def test_html_main_text_and_metadata():
    html = (
        "<html><head><title>Rathaus stimmt ab - Stadtbote</title>"
        '<meta property="og:site_name" content="Stadtbote">'
        '<meta name="author" content="Erika Muster">'
        '<meta property="article:published_time" content="2025-03-14T10:00:00Z"></head>'
        "<body><nav>Start | Politik | Sport</nav><article><h1>Rathaus stimmt ab</h1>"
        "<p>Der Stadtrat hat am Donnerstag lange über den neuen Haushalt beraten und ihn am Ende angenommen.</p>"
        "<p>„Das ist ein guter Tag für die Stadt“, sagte die Bürgermeisterin nach der Sitzung im Rathaus.</p>"
        "</article><footer>Impressum</footer></body></html>"
    )
    article = parse_article(html.encode(), "page.html", ".html")
    assert isinstance(article, Article), article
    assert article.title == "Rathaus stimmt ab"
    assert article.outlet == "Stadtbote"
    assert article.published == "2025-03-14"
    assert article.author == "Erika Muster"
    assert "guter Tag für die Stadt" in article.text
    assert "Impressum" not in article.text
    assert article.format == "html"


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty file"),
        (b"   \n\n\t  \n", "white space"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"Only a title\n", "no article text"),
    ],
)
def test_bad_files_give_one_reason(data: bytes, reason: str):
    result = parse_article(data, "bad.txt", ".txt")
    assert isinstance(result, Skipped)
    assert reason in result.reason
    assert "\n" not in result.message()


def test_too_large_file_is_skipped(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Title\n\n" + b"x" * 2000)
    result = read_article(path, max_bytes=1000)
    assert isinstance(result, Skipped) and "limit" in result.reason


def test_slugs_are_safe_and_unique_for_duplicate_titles(tmp_path: Path):
    for name in ("one.txt", "two .txt", "..%2e.txt"):
        (tmp_path / name).write_text(f"Same Title / ../etc\n\nBody of {name}.\n", encoding="utf-8")
    articles = unique_slugs(read_article(p) for p in find_article_files(tmp_path))
    slugs = [a.slug for a in articles]
    assert len(set(slugs)) == 3
    for slug in slugs:
        assert slug.startswith("same-title-etc-")
        assert all(c.isalnum() or c == "-" for c in slug)
    # Stable: the same file gets the same slug whatever else is in the folder.
    again = unique_slugs(read_article(p) for p in reversed(find_article_files(tmp_path)))
    assert sorted(a.slug for a in again) == sorted(slugs)


def test_find_article_files_ignores_hidden_and_other_formats(tmp_path: Path):
    for name in ("b.txt", "a.md", "c.html", "notes.docx", ".hidden.txt"):
        (tmp_path / name).write_text("T\n\nx\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("T\n\nx\n")
    assert [p.name for p in find_article_files(tmp_path)] == ["a.md", "b.txt", "c.html"]


def test_seed_reads_whole(seed_path: Path):
    article = read_article(seed_path)
    assert article.title == "NATO-Einsatz in der Ukraine? Moskau warnt vor Kriegseskalation"
    assert len(article.paragraphs) == 12
    body = seed_path.read_text(encoding="utf-8").split("\n", 2)[2]
    assert " ".join(article.text.split()) == " ".join(body.split())
