"""`dossier extract --json` follows the contract in DESIGN.md."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

REQUIRED = {
    "source", "id", "sha256", "title", "language", "published", "text",
    "paragraphs", "quotes", "dates", "entities", "claims",
}


def run(*files: Path):
    result = CliRunner().invoke(main, ["extract", "--json", *map(str, files)])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    return result, lines


def test_one_line_per_file_in_input_order(tmp_path: Path, seed_path: Path):
    other = tmp_path / "b.md"
    other.write_text("---\ntitle: Zweiter Text\npublished: 2025-03-20\nlanguage: de\n---\n\nEin Absatz.\n")
    result, records = run(other, seed_path)
    assert result.exit_code == 0
    assert [r["source"] for r in records] == [str(other), str(seed_path)]
    assert records[0]["published"] == "2025-03-20"


def test_record_fields_and_offsets(seed_path: Path):
    _, (record,) = run(seed_path)
    assert REQUIRED <= record.keys()
    text = record["text"]
    assert record["language"] == "de"
    assert len(record["sha256"]) == 64
    for para in record["paragraphs"]:
        assert para["kind"] in {"body", "boilerplate", "caption"}
        assert 0 <= para["start"] < para["end"] <= len(text)
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] in {"direct", "partial", "indirect", "term"}
        assert {"speaker", "speaker_text", "cue", "paragraph"} <= quote.keys()
    for date in record["dates"]:
        assert text[date["start"] : date["end"]] == date["text"]
        assert date["resolved_from"] in {"explicit", "context", "published"}
    for entity in record["entities"]:
        assert entity["type"] in {"person", "organization", "place"}
        assert entity["id"].startswith(entity["type"] + "/")
        assert entity["gender"] in {"male", "female", None}
        assert entity["type"] == "person" or entity["gender"] is None
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    assert {e["name"] for e in record["entities"] if e["type"] == "person"} >= {"Dmitri Medwedew", "Selenskyj"}
    for claim in record["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert {"marker", "attribution"} <= claim.keys()


def test_unreadable_file_prints_error_object_and_goes_on(tmp_path: Path, seed_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result, records = run(empty, seed_path, missing)
    assert result.exit_code == 0
    assert records[0] == {"source": str(empty), "error": "empty file"}
    assert records[1]["title"].startswith("NATO-Einsatz")
    assert records[2]["source"] == str(missing) and "cannot read" in records[2]["error"]
    assert f"{empty}: empty file" in result.stderr


def test_all_files_failing_exits_non_zero(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result, records = run(empty)
    assert result.exit_code == 1
    assert records == [{"source": str(empty), "error": "empty file"}]
