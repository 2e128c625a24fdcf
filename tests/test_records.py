"""Building from JSONL records made elsewhere (`dossier extract --json` on another machine)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.records import read_records
from tests.test_build import page_text


def _extract(files: list[Path]) -> str:
    result = CliRunner().invoke(main, ["extract", "--json", *map(str, files)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_records_round_trip_through_jsonl(tmp_path: Path, seed_path: Path):
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text(_extract([seed_path]), encoding="utf-8")
    records, skipped = read_records(jsonl)
    assert skipped == []
    assert len(records) == 1
    assert records[0].article.text.startswith("Symbolbild")
    assert records[0].as_dict() == json.loads(jsonl.read_text(encoding="utf-8"))


def test_bad_lines_are_skipped_with_file_and_line(tmp_path: Path, seed_path: Path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "part-0.jsonl").write_text(_extract([seed_path]) + "{not json\n" + '{"source": "x.txt", "error": "empty file"}\n', encoding="utf-8")
    records, skipped = read_records(folder)
    assert len(records) == 1
    messages = [s.message() for s in skipped]
    assert messages[0].startswith(f"{(folder / 'part-0.jsonl').as_posix()}:2: not a dossier record")
    assert messages[1] == "x.txt: not extracted: empty file"


def test_build_from_records_without_the_articles(project: Path, seed_path: Path):
    jsonl = project / "records.jsonl"
    jsonl.write_text(_extract([seed_path]).replace(str(seed_path), "elsewhere/seed.txt"), encoding="utf-8")
    result = CliRunner().invoke(main, [
        "build", "--records", str(jsonl), "--articles", str(project / "nowhere"), "--docs", str(project / "docs"),
        "--site", str(project / "site"), "--config", str(project / "mkdocs.yml"), "--strict",
    ])
    assert result.exit_code == 0, result.output
    assert "1 article, " in result.output
    page = next((project / "site" / "articles").glob("nato-*/index.html"))
    assert "Das bedeutet Krieg mit der NATO." in " ".join(page_text(page).split())  # entity links split the HTML
    original = next((project / "site" / "originals").iterdir()).read_text(encoding="utf-8")
    assert original.startswith("NATO-Einsatz in der Ukraine?")  # the text as extracted stands in for the file
