"""Bad files end to end: each one gets one line on stderr naming the file (and the line,
where there is one) and the reason, the build goes on, the exit code is 0 unless --strict,
and the summary counts them. Odd but readable files are built. (Reasons for single files
are unit-tested in test_ingest.py.)"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from built_site import make_project, run
from generator.pipeline import read_folder

BODY = "Der Gemeinderat hat am Dienstag über den neuen Radweg beraten und ihn beschlossen.\n"
ALIAS_BOMB = (
    "---\ntitle: Bombe\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n\n" + BODY
)

# name → (bytes, words the reason must contain, the line the message must name or None)
BAD = {
    "empty.txt": (b"", "empty", None),
    "blank.txt": (b" \n\t\n   \n", "white space", None),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", None),
    "undecodable.txt": (codecs.BOM_UTF8 + b"Titel\n\n\xff\xfe\xfa kaputt", "invalid utf-8", None),
    "malformed.md": (b"---\ntitle: ok\nauthor: [unclosed\nsource: x\n---\n\n" + BODY.encode(), "front matter", 4),
    "not-a-mapping.md": (b"---\n- a\n- b\n---\n\n" + BODY.encode(), "mapping", 2),
    "alias-bomb.md": (ALIAS_BOMB.encode(), "aliases", 4),
    "title-only.txt": (b"Nur ein Titel\n", "no article text", None),
}

# Readable, odd files: each must become a page.
NESTED = "„" * 500 + "tief" + "“" * 500
GOOD = {
    "long-line.txt": ("Eine sehr lange Zeile\n\n" + ("wort " * 40_000).strip() + "\n").encode(),
    "quotes.txt": (
        "Anführungszeichen\n\n„Offen und nie geschlossen, sagte er. «Auch ‹hier nicht. \"Und so weiter.\n\n"
        + NESTED + "\n\n" + "»‹„“›«\"'" * 2000 + "\n"
    ).encode(),
    "dup-1.txt": ("Doppelter Titel\n\n" + BODY).encode(),
    "dup-2.txt": ("Doppelter Titel\n\nEin anderer Text unter demselben Titel.\n").encode(),
    "with spaces.txt": ("Leerzeichen im Namen\n\n" + BODY).encode(),
    "..dots.txt": ("Punkte im Namen\n\n" + BODY).encode(),
    "100%25 sure %2e%2e%2f.txt": ("Prozentzeichen im Namen\n\n" + BODY).encode(),
    "Ünïcödé — 日本語 ‮txt.txt": ("Unicode im Namen\n\n" + BODY).encode(),
}
BIG = "big.txt"  # 20 MB, written at test time
BIG_LIMIT = 10_000_000


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("bad"), {name: data for name, (data, _, _) in BAD.items()} | GOOD)
    with (root / "articles" / BIG).open("wb") as big:
        big.write(b"Riesig\n\n")
        big.write((BODY * 20).encode() * (20_000_000 // len(BODY * 20)))
    return root


@pytest.fixture(scope="module")
def built(project: Path):
    return run(project, "build", "--max-bytes", str(BIG_LIMIT))


def skipped_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("skipped ")]


def test_build_goes_on_and_exits_0(built, project: Path):
    assert built.exit_code == 0, built.output + built.stderr
    assert (project / "site" / "index.html").is_file()


def test_each_bad_file_gets_one_line_with_file_line_and_reason(built, project: Path):
    lines = skipped_lines(built.stderr)
    assert len(lines) == len(BAD) + 1  # + the big file
    for name, (_data, reason, line) in BAD.items():
        (mine,) = [entry for entry in lines if f"/{name}:" in entry]
        assert reason in mine.lower(), mine
        if line is not None:
            assert re.search(rf"/{re.escape(name)}:{line}: ", mine), mine
    (big,) = [entry for entry in lines if f"/{BIG}:" in entry]
    assert re.search(r"file is 2\d\.\d MB, over the 10 MB limit", big), big


def test_summary_counts_the_skipped_files(built):
    assert f"; {len(BAD) + 1} skipped;" in built.output + built.stderr


def test_odd_but_readable_files_are_all_built(built, project: Path):
    articles, _skipped = read_folder(project / "articles", BIG_LIMIT)
    by_name = {Path(a.source).name: a for a in articles}
    slugs = set()
    for name in GOOD:
        article = by_name[name]
        page = project / "site" / "articles" / article.slug / "index.html"
        assert page.is_file(), name
        slugs.add(article.slug)
    assert len(slugs) == len(GOOD)  # duplicate titles get two pages


def test_generated_files_stay_inside_docs_and_site(built, project: Path):
    """Odd names (.., %2f, unicode) never place a file outside docs/, site/ or the cache."""
    allowed = {"articles", "docs", "site", "mkdocs.yml", ".dossier-cache"}
    assert {p.name for p in project.iterdir()} <= allowed
    for path in (project / "docs").rglob("*"):
        assert path.resolve().is_relative_to((project / "docs").resolve())


def test_strict_fails_on_skipped_files(project: Path, built):
    result = run(project, "build", "--max-bytes", str(BIG_LIMIT), "--strict")
    assert result.exit_code != 0
    assert f"{len(BAD) + 1} file(s) skipped" in result.output + result.stderr
