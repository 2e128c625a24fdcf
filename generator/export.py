"""Exports for other tools: ``dossier.json``, one CSV per table, and ``dossier.sqlite``.

The schema is data (:data:`SCHEMA`): the CSV headers, the SQLite tables and the schema page
in docs/guide/exports.md all follow it, and a test checks that the page documents every column.
JSON and SQLite keep every character as extracted. CSV files are for spreadsheets, so a cell
that a spreadsheet would run as a formula (it starts with = + - @ or a control character) gets
a leading apostrophe, as OWASP recommends; the other formats are the exact record.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass

from generator.corpus import Corpus
from generator.model import Record
from generator.render.links import page_url
from generator.render.paths import article_doc
from generator.render.quote_links import group_location, speaker_label


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # SQLite type: TEXT, INTEGER or REAL
    help: str


@dataclass(frozen=True)
class Table:
    name: str
    help: str
    columns: tuple[Column, ...]
    csv: bool = True  # also written as <name>.csv

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _columns(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


_POSITION = (
    ("paragraph", "INTEGER", "1-based paragraph number; the page anchor is #p followed by this number"),
    ("start", "INTEGER", "character offset into articles.text where the span starts"),
    ("end", "INTEGER", "character offset where the span ends (exclusive)"),
)

SCHEMA: tuple[Table, ...] = (
    Table("articles", "One row per article.", _columns(
        ("id", "TEXT", "stable id: the first 16 hex digits of the sha256 of the original file"),
        ("slug", "TEXT", "unique name used in page URLs"),
        ("title", "TEXT", "headline"),
        ("outlet", "TEXT", "publisher or site name, when known"),
        ("url", "TEXT", "original URL, when known"),
        ("author", "TEXT", "author, when known"),
        ("published", "TEXT", "publication date, ISO YYYY-MM-DD, when known"),
        ("language", "TEXT", "detected language code (de, en …)"),
        ("source", "TEXT", "the input file the article came from"),
        ("format", "TEXT", "input format: txt, md or html"),
        ("sha256", "TEXT", "sha256 of the original file's bytes"),
        ("page", "TEXT", "path of the article's page on the site"),
        ("text", "TEXT", "the full body text; every offset in the other tables points into it"),
    )),
    Table("quotes", "Quotations, with speaker and cue.", _columns(
        ("article_id", "TEXT", "articles.id"),
        ("text", "TEXT", "the words inside the quotation marks"),
        ("kind", "TEXT", "direct, partial, indirect or term (scare quotes and titles)"),
        ("speaker", "TEXT", "canonical speaker name, or the phrase naming the speaker"),
        ("speaker_text", "TEXT", "the words in the text that name the speaker"),
        ("speaker_id", "TEXT", "entities.id of the speaker, when the registry knows them"),
        ("cue", "TEXT", "the speech verb or cue phrase, e.g. warnte, räumte … ein, according to"),
        *_POSITION,
    )),
    Table("dates", "Dates mentioned in the text, normalised.", _columns(
        ("article_id", "TEXT", "articles.id"),
        ("text", "TEXT", "the date as written"),
        ("value", "TEXT", "ISO value: YYYY-MM-DD, YYYY-MM or YYYY"),
        ("end_value", "TEXT", "for ranges: the ISO value of the end"),
        ("resolved_from", "TEXT", "explicit, context (year from earlier in the text) or published"),
        ("sentence", "TEXT", "the sentence the date comes from"),
        *_POSITION,
    )),
    Table("entities", "People, organisations and places across the dossier, aliases merged.", _columns(
        ("id", "TEXT", "type/slug, e.g. person/dmitri-medwedew"),
        ("name", "TEXT", "canonical name"),
        ("type", "TEXT", "person, organization or place"),
        ("aliases", "TEXT", "other spellings seen, as a JSON list"),
        ("articles", "INTEGER", "number of articles that mention it"),
        ("mentions", "INTEGER", "number of mentions in all articles"),
        ("page", "TEXT", "path of the entity's page on the site"),
    )),
    Table("mentions", "Each place an entity is named.", _columns(
        ("article_id", "TEXT", "articles.id"),
        ("entity_id", "TEXT", "entities.id"),
        ("text", "TEXT", "the words as written (inflected forms included)"),
        *_POSITION,
    )),
    Table("claims", "Hedged or second-hand claims.", _columns(
        ("article_id", "TEXT", "articles.id"),
        ("text", "TEXT", "the sentence holding the claim"),
        ("marker", "TEXT", "the hedge, e.g. angeblich, reportedly, sollen … verurteilt worden sein"),
        ("attribution", "TEXT", "the sourcing phrase, when there is one"),
        *_POSITION,
    )),
    Table("denials", "Sentences and quotations that deny or reject a claim.", _columns(
        ("article_id", "TEXT", "articles.id"),
        ("text", "TEXT", "the sentence, or the quotation, that denies"),
        ("cue", "TEXT", "the words that make it a denial, e.g. bestreitet, weist … zurück, Es gibt keine, denied"),
        ("speaker", "TEXT", "who denies, where the text names them"),
        ("denied", "TEXT", "the words that say what is denied"),
        ("key", "TEXT", "the word that carries what is denied (pairs are found by it); empty when the denial points back"),
        *_POSITION,
    )),
    Table("claim_pairs", "Claims shown next to the denials that contradict them.", _columns(
        ("denial_article_id", "TEXT", "articles.id of the denial"),
        ("denial_start", "INTEGER", "denials.start: where the denial starts in its article"),
        ("denial_paragraph", "INTEGER", "the denial's paragraph"),
        ("claim_article_id", "TEXT", "articles.id of the claim (the same article or another one)"),
        ("claim_text", "TEXT", "the sentence that makes the claim"),
        ("claim_kind", "TEXT", "quote (holds a quotation), claim (a flagged claim) or statement"),
        ("claim_speaker", "TEXT", "the speaker of the quotation in the claim, when known"),
        ("claim_paragraph", "INTEGER", "the claim's paragraph"),
        ("claim_start", "INTEGER", "character offset where the claim starts in its article"),
        ("claim_end", "INTEGER", "character offset where the claim ends (exclusive)"),
        ("shared", "TEXT", "the words both sides share, as a JSON list (claim word ~ denial word)"),
        ("score", "REAL", "how strongly they are paired: rarer shared words and closer sentences score higher"),
        ("refers_back", "INTEGER", "1 when the denial names no topic and answers the sentence before it"),
    )),
    Table("quote_groups", "The same or a nearly identical quote in several articles (the quote lineage page).", _columns(
        ("group_id", "TEXT", "the group; also its anchor on the lineage page"),
        ("article_id", "TEXT", "articles.id"),
        ("text", "TEXT", "this version's words inside the quotation marks"),
        ("speaker", "TEXT", "the speaker as this article gives them (canonical name where resolved)"),
        ("speaker_id", "TEXT", "entities.id of the speaker, when the registry knows them"),
        ("first", "INTEGER", "1 for the first appearance (earliest published, then page order), else 0"),
        ("overlap", "INTEGER", "percent of the longer version's words shared with the first appearance"),
        ("page", "TEXT", "the lineage page and anchor that show the group"),
        *_POSITION,
    )),
    Table("date_conflicts", "Articles that give different days for the same quote or event; one row per side.", _columns(
        ("conflict_id", "TEXT", "the conflict; also its anchor on the date conflicts page"),
        ("kind", "TEXT", "quote (versions of one quote group) or event (same event word and entities)"),
        ("article_id", "TEXT", "articles.id"),
        ("value", "TEXT", "the day this side gives, ISO YYYY-MM-DD"),
        ("text", "TEXT", "the date as written"),
        ("sentence", "TEXT", "the sentence the date comes from"),
        ("group_id", "TEXT", "quote_groups.group_id, for a quote conflict"),
        ("concepts", "TEXT", "event words' concepts both sentences share, as a JSON list (event conflicts)"),
        ("entity_ids", "TEXT", "entities.id of the people, organisations and places both name, as a JSON list"),
        *_POSITION,
    )),
)

FTS_TABLE = "articles_fts"  # Datasette finds full-text search by this name and its content=


def table_rows(corpus: Corpus) -> dict[str, list[tuple]]:
    """Every table of :data:`SCHEMA` as rows, in a stable order."""
    rows: dict[str, list[tuple]] = {table.name: [] for table in SCHEMA}
    for record in sorted(corpus.records, key=lambda r: r.article.slug):
        for table, row in _record_rows(record, corpus):
            rows[table].append(row)
    rows["quote_groups"] = list(_group_rows(corpus))
    rows["date_conflicts"] = list(_conflict_rows(corpus))
    for entity in sorted(corpus.entities.values(), key=lambda e: e.id):
        rows["entities"].append((
            entity.id, entity.name, entity.type, json.dumps(list(entity.aliases), ensure_ascii=False),
            len(entity.uses), entity.mentions, page_url(f"entities/{entity.id}.md"),
        ))
    ids = {r.article.slug: r.article.id for r in corpus.records}
    for pair in getattr(corpus, "claim_pairs", ()):
        c, d = pair.claim, pair.denial
        rows["claim_pairs"].append((
            ids[d.slug], d.start, d.paragraph, ids[c.slug], c.text, c.kind, c.speaker, c.paragraph, c.start, c.end,
            json.dumps(list(pair.shared), ensure_ascii=False), pair.score, int(pair.refers_back),
        ))
    return rows


def _record_rows(record: Record, corpus: Corpus) -> Iterator[tuple[str, tuple]]:
    a, n = record.article, record.annotations
    para = a.paragraph_at
    yield "articles", (
        a.id, a.slug, a.title, a.outlet, a.url, a.author, a.published, n.language, a.source,
        a.format, a.sha256, page_url(article_doc(a.slug)), a.text,
    )
    speaker_ids = corpus.speaker_ids
    for i, q in enumerate(n.quotes):
        yield "quotes", (a.id, q.text, q.kind, q.speaker, q.speaker_text, speaker_ids.get((a.slug, i)), q.cue,
                         q.paragraph or para(q.start), q.start, q.end)
    for d in n.dates:
        yield "dates", (a.id, d.text, d.value, d.end_value, d.resolved_from, d.sentence, d.paragraph or para(d.start), d.start, d.end)
    for e in n.entities:
        entity_id = corpus.entity_id(e.id, a.slug) if hasattr(corpus, "entity_id") else e.id
        if entity_id is None:  # dropped by an ignore rule in aliases.yml
            continue
        for m in e.mentions:
            yield "mentions", (a.id, entity_id, m.text, para(m.start), m.start, m.end)
    for c in n.claims:
        yield "claims", (a.id, c.text, c.marker, c.attribution, c.paragraph or para(c.start), c.start, c.end)
    for d in n.denials:
        yield "denials", (a.id, d.text, d.cue, d.speaker, d.denied, d.key, d.paragraph or para(d.start), d.start, d.end)


def _group_rows(corpus: Corpus) -> Iterator[tuple]:
    for group in corpus.quote_groups:
        _, doc, anchor = group_location(corpus, group.first)
        page = f"{page_url(doc)}#{anchor}"
        for (slug, index), share in zip(group.members, group.overlap, strict=True):
            a = corpus.record(slug).article
            q = corpus.record(slug).annotations.quotes[index]
            name = speaker_label(corpus, (slug, index), "index.md")["name"] if q.speaker else None
            yield (group.id, a.id, q.text, name, corpus.speaker_ids.get((slug, index)), int((slug, index) == group.first),
                   share, page, q.paragraph or a.paragraph_at(q.start), q.start, q.end)


def _conflict_rows(corpus: Corpus) -> Iterator[tuple]:
    for conflict in corpus.date_conflicts:
        for side in conflict.sides:
            record = corpus.record(side.slug)
            d, a = record.annotations.dates[side.date], record.article
            yield (conflict.id, conflict.kind, a.id, d.value, d.text, d.sentence, conflict.group,
                   json.dumps(list(conflict.concepts)), json.dumps(list(conflict.entities), ensure_ascii=False),
                   d.paragraph or a.paragraph_at(d.start), d.start, d.end)


def dossier_json(corpus: Corpus, entity_rows: list[tuple]) -> bytes:
    """All records (the ``dossier extract`` contract) plus the merged entities."""
    names = next(t for t in SCHEMA if t.name == "entities").names
    data = {
        "articles": [r.as_dict() for r in sorted(corpus.records, key=lambda r: r.article.slug)],
        "entities": [dict(zip(names, row, strict=True)) | {"aliases": json.loads(row[3])} for row in entity_rows],
    }
    # Compact: indentation made up a third of the file at 10,000 articles (`jq .` pretty-prints it).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8") + b"\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def csv_bytes(table: Table, rows: list[tuple]) -> bytes:
    """One table as RFC 4180 CSV with a header row, UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.names)
    writer.writerows([_spreadsheet_safe(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def sqlite_bytes(rows: dict[str, list[tuple]]) -> bytes:
    """The whole dossier as one SQLite database with a full-text index over the articles."""
    fd, path = tempfile.mkstemp(suffix=".sqlite")
    os.close(fd)
    try:
        connection = sqlite3.connect(path)
        with connection:
            for table in SCHEMA:
                columns = ", ".join(f'"{c.name}" {c.type}' for c in table.columns)
                key = " PRIMARY KEY" if table.name in {"articles", "entities"} else ""
                columns = columns.replace('"id" TEXT', f'"id" TEXT{key}', 1)
                connection.execute(f'CREATE TABLE "{table.name}" ({columns})')
                marks = ", ".join("?" * len(table.columns))
                connection.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', rows[table.name])
            for table, column in (("quotes", "article_id"), ("dates", "article_id"), ("mentions", "entity_id"),
                                  ("mentions", "article_id"), ("claims", "article_id"), ("dates", "value"),
                                  ("denials", "article_id"), ("claim_pairs", "denial_article_id"),
                                  ("claim_pairs", "claim_article_id"), ("quotes", "speaker_id"),
                                  ("quote_groups", "group_id"), ("date_conflicts", "conflict_id")):
                connection.execute(f'CREATE INDEX "{table}_{column}" ON "{table}" ("{column}")')
            connection.execute(
                f'CREATE VIRTUAL TABLE "{FTS_TABLE}" USING fts5(title, text, content="articles", content_rowid="rowid")'
            )
            connection.execute(f'INSERT INTO "{FTS_TABLE}"(rowid, title, text) SELECT rowid, title, text FROM articles')
        connection.execute("VACUUM")
        connection.close()
        with open(path, "rb") as handle:
            return handle.read()
    finally:
        os.unlink(path)


def export_files(corpus: Corpus) -> dict[str, bytes]:
    """{file name: bytes} for the exports folder."""
    rows = table_rows(corpus)
    files = {f"{t.name}.csv": csv_bytes(t, rows[t.name]) for t in SCHEMA if t.csv}
    files["dossier.json"] = dossier_json(corpus, rows["entities"])
    files["dossier.sqlite"] = sqlite_bytes(rows)
    return files


def schema_markdown() -> str:
    """The schema as Markdown tables: docs/guide/exports.md holds exactly this (a test checks)."""
    parts = []
    for table in SCHEMA:
        rows = "\n".join(f"| `{c.name}` | {c.type} | {c.help} |" for c in table.columns)
        parts.append(f"### `{table.name}`\n\n{table.help}\n\n| column | type | meaning |\n|---|---|---|\n{rows}\n")
    return "\n".join(parts)
