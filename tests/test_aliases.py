"""aliases.yml: read safely, each bad entry one line with file:line, the rest still applies."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.aliases import MAX_BYTES, Rule, load_aliases, parse_aliases

ROOT = Path(__file__).resolve().parent.parent


def test_every_operation_is_read_with_its_line():
    aliases = parse_aliases(
        "version: 1\n"
        "merge:\n"
        "  - [Selenskyj, Zelensky]\n"
        "  - names: [Kiew, Kyiv]\n"
        "    name: Kyjiw\n"
        "rename:\n"
        "  person/dmitri-medwedew: Dmitry Medvedev\n"
        "ignore:\n"
        "  - Symbolbild\n"
        "type:\n"
        "  Kursk: place\n"
        "wikidata:\n"
        "  Wladimir Putin: Q7747\n"
    )
    assert aliases.errors == ()
    assert aliases.rules == (
        Rule("merge", ("Selenskyj", "Zelensky"), None, 3),
        Rule("merge", ("Kiew", "Kyiv"), "Kyjiw", 4),
        Rule("rename", ("person/dmitri-medwedew",), "Dmitry Medvedev", 7),
        Rule("ignore", ("Symbolbild",), None, 9),
        Rule("type", ("Kursk",), "place", 11),
        Rule("wikidata", ("Wladimir Putin",), "Q7747", 13),
    )


def test_scalars_stay_text_not_yaml_booleans():
    aliases = parse_aliases("version: 1\nignore: [no, 'on', 2025]\n")
    assert [r.refs[0] for r in aliases.rules] == ["no", "on", "2025"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version: 1\ntype:\n  Kursk: planet\n", "aliases.yml:3: type: unknown type 'planet' (expected person, organization, place)"),
        ("version: 1\nwikidata:\n  Putin: 7747\n", "aliases.yml:3: wikidata: '7747' is not a Wikidata id like Q23530"),
        ("version: 1\nwikidata:\n  Putin: Q77x\n", "aliases.yml:3: wikidata: 'Q77x' is not a Wikidata id like Q23530"),
        ("version: 1\nmerge:\n  - [Selenskyj]\n", "aliases.yml:3: merge: expected a list of two or more names or ids (or `names:` with such a list)"),
        ("version: 1\nmerge: Selenskyj\n", "aliases.yml:2: merge: expected a list of merges"),
        ("version: 1\nrename:\n  - Putin\n", "aliases.yml:3: rename: expected a mapping of entity: value"),
        ("version: 1\nsplit: [a]\n", "aliases.yml:2: unknown operation 'split' (expected one of merge, rename, ignore, type, wikidata)"),
        ("ignore: [Symbolbild]\n", "aliases.yml:1: no `version: 1`; read as version 1"),
    ],
)
def test_a_bad_entry_is_one_line_with_file_and_line(text, expected):
    aliases = parse_aliases(text)
    assert aliases.errors == (expected,)
    assert "\n" not in expected


def test_good_entries_survive_a_bad_neighbour():
    aliases = parse_aliases("version: 1\ntype:\n  Kursk: planet\n  Kiew: place\n")
    assert aliases.rules == (Rule("type", ("Kiew",), "place", 4),)
    assert len(aliases.errors) == 1


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("version: 1\nmerge: [a, b\n", "aliases.yml:3: invalid YAML"),
        ("version: 2\nignore: [a]\n", "aliases.yml:1: unsupported version"),
        ("- a\n- b\n", "aliases.yml:1: expected a mapping"),
        ("version: 1\nx: &a [1]\ny: *a\n", "aliases.yml:3: YAML aliases (*name) are not allowed"),
    ],
)
def test_a_bad_file_gives_one_line_and_no_rules(text, start):
    aliases = parse_aliases(text)
    assert aliases.rules == ()
    assert len(aliases.errors) == 1 and aliases.errors[0].startswith(start)


def test_missing_file_is_no_rules_and_huge_file_is_refused(tmp_path: Path):
    assert load_aliases(tmp_path / "aliases.yml").rules == ()
    big = tmp_path / "big.yml"
    big.write_bytes(b"version: 1\n" + b"#" * MAX_BYTES)
    assert load_aliases(big).errors == (f"{big}:1: larger than {MAX_BYTES // 1024} KB, not read",)


def test_shipped_example_reads_without_errors():
    aliases = load_aliases(ROOT / "aliases.example.yml")
    assert aliases.errors == ()
    assert {r.op for r in aliases.rules} == {"merge", "rename", "ignore", "type", "wikidata"}


def test_docs_cover_every_operation():
    guide = (ROOT / "docs" / "guide" / "aliases.md").read_text(encoding="utf-8")
    for op in ("merge:", "rename:", "ignore:", "type:", "wikidata:", "version: 1", "--aliases"):
        assert op in guide
