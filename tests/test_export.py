"""Exports: JSON, CSV and SQLite follow SCHEMA, keep every character, and open in Datasette."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from generator.corpus import build_corpus
from generator.export import FTS_TABLE, SCHEMA, export_files, schema_markdown
from generator.ingest import parse_article
from generator.model import Annotations, Claim, DateMention, Denial, Entity, Mention, Quote, Record

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Die Ministerin Erika Beispiel sagte am 3. Mai 2024: „Wir bleiben.“\n\n"
    "=HYPERLINK(\"http://example.invalid\") stand angeblich auf einem Plakat. Die Stadt bestreitet das."
)


def _record() -> Record:
    article = parse_article(f"Ein Testartikel\n\n{TEXT}".encode(), "articles/test.txt", ".txt")
    text = article.text
    quote_start = text.index("Wir")
    name_start = text.index("Erika")
    date_start = text.index("3. Mai")
    second = text.index("=HYPER")
    annotations = Annotations(
        language="de",
        paragraphs=article.paragraphs,
        quotes=(Quote("Wir bleiben.", quote_start, quote_start + 12, "direct", "Erika Beispiel", "Erika Beispiel", "sagte", 1),),
        dates=(DateMention("3. Mai 2024", "2024-05-03", date_start, date_start + 11, "explicit", 1, text[: text.index("\n")]),),
        entities=(Entity("person/erika-beispiel", "Erika Beispiel", "person", (Mention("Erika Beispiel", name_start, name_start + 14),)),),
        claims=(Claim(text[second:], second, len(text), "angeblich", None, 2),),
        # A denial that names no topic answers the sentence before it: one claim pair.
        denials=(Denial("Die Stadt bestreitet das.", len(text) - 25, len(text), "bestreitet", "Stadt", 2, "", None),),
    )
    return Record(article, annotations)


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return export_files(build_corpus([_record()]))


def test_every_csv_has_the_schema_header_and_one_row_per_item(files):
    for table in SCHEMA:
        rows = list(csv.reader(io.StringIO(files[f"{table.name}.csv"].decode("utf-8"))))
        assert tuple(rows[0]) == table.names
        across = table.name in {"quote_groups", "date_conflicts"}  # need two articles; see test_lineage.py
        assert len(rows) == (1 if across else 2), table.name  # header + the one article / quote / date / …


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(files):
    rows = list(csv.DictReader(io.StringIO(files["claims.csv"].decode("utf-8"))))
    assert rows[0]["text"].startswith("'=HYPERLINK(")


def test_json_keeps_the_exact_records(files):
    data = json.loads(files["dossier.json"])
    record, original = Record.from_dict(data["articles"][0]), _record()
    assert record.annotations == original.annotations
    assert (record.article.text, record.article.title, record.article.sha256) == (
        original.article.text, original.article.title, original.article.sha256)
    assert data["entities"][0]["aliases"] == []
    assert data["entities"][0]["name"] == "Erika Beispiel"


def test_sqlite_tables_match_the_schema_and_text_is_exact(files, tmp_path):
    path = tmp_path / "dossier.sqlite"
    path.write_bytes(files["dossier.sqlite"])
    db = sqlite3.connect(path)
    for table in SCHEMA:
        columns = tuple(row[1] for row in db.execute(f'PRAGMA table_info("{table.name}")'))
        assert columns == table.names
    text, start, end = db.execute(
        "SELECT a.text, q.start, q.end FROM quotes q JOIN articles a ON a.id = q.article_id"
    ).fetchone()
    assert text[start:end] == "Wir bleiben."
    claim = db.execute("SELECT text FROM claims").fetchone()[0]
    assert claim.startswith("=HYPERLINK(")  # exact in SQLite, unlike CSV


def test_sqlite_full_text_search_finds_a_word(files, tmp_path):
    path = tmp_path / "dossier.sqlite"
    path.write_bytes(files["dossier.sqlite"])
    db = sqlite3.connect(path)
    hits = db.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'Plakat'").fetchall()
    assert hits == [(1,)]
    assert db.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'Elefant'").fetchone() == (0,)


def test_exports_are_byte_identical_on_a_second_run(files):
    again = export_files(build_corpus([_record()]))
    assert again.keys() == files.keys()
    for name in files:
        assert again[name] == files[name], name


def test_datasette_opens_the_database_and_searches_it(files, tmp_path):
    datasette = pytest.importorskip("datasette.app")
    path = tmp_path / "dossier.sqlite"
    path.write_bytes(files["dossier.sqlite"])

    async def query():
        ds = datasette.Datasette([str(path)])
        tables = await ds.client.get("/dossier.json")
        search = await ds.client.get("/dossier/articles.json?_search=Plakat&_shape=array")
        return tables, search

    tables, search = asyncio.run(query())
    assert tables.status_code == 200
    names = {t["name"] for t in tables.json()["tables"]}
    assert {t.name for t in SCHEMA} <= names
    assert search.status_code == 200
    assert [row["title"] for row in search.json()] == ["Ein Testartikel"]


def test_the_exports_guide_documents_exactly_the_schema():
    page = (ROOT / "docs" / "guide" / "exports.md").read_text(encoding="utf-8")
    documented = page.split("<!-- schema:start -->\n", 1)[1].split("<!-- schema:end -->", 1)[0]
    assert documented == schema_markdown()
