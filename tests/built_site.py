"""Helpers for the trust tests: a throw-away project built with `dossier build`, and the
text of a built article page read back from its paragraph anchors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import lxml.html
from click.testing import CliRunner, Result

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "000_97597768f45d635b.txt"
HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"


def make_project(root: Path, articles: dict[str, bytes] | None = None, seed: bool = True) -> Path:
    """mkdocs.yml, the hand-written docs pages and articles/ (the seed plus ``articles``)."""
    (root / "articles").mkdir(parents=True)
    if seed:
        shutil.copy(SEED, root / "articles" / SEED.name)
    for name, data in (articles or {}).items():
        (root / "articles" / name).write_bytes(data)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "guide", root / "docs" / "guide")
    shutil.copy(ROOT / "docs" / "search.md", root / "docs" / "search.md")
    return root


def hostile_articles() -> dict[str, bytes]:
    """The hand-written hostile fixtures, plus copies under hostile file names."""
    files = {p.name: p.read_bytes() for p in sorted(HOSTILE.iterdir()) if p.is_file()}
    body = "Ein gewöhnlicher Absatz über eine Sitzung im Rathaus, ohne jede Auszeichnung.\n"
    files['"><svg onload=window.__pwned=1> {{7*7}} %2e%2e.md'] = body.encode()  # title from the name
    files["..%2F..%2Fetc {% raw %} <b>.txt"] = ("Titel aus einer Datei mit seltsamem Namen\n\n" + body).encode()
    return files


def run(project: Path, command: str = "build", *extra: str) -> Result:
    """`dossier <command>` on the project, in this process (stdout and stderr kept apart)."""
    args = [command, "--articles", str(project / "articles"), "--docs", str(project / "docs"), "-j", "1"]
    if command == "build":
        args += ["--site", str(project / "site"), "--config", str(project / "mkdocs.yml")]
    return CliRunner().invoke(main, [*args, *extra], catch_exceptions=False)


def parse(page: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(page.read_bytes())


def paragraph_texts(doc: lxml.html.HtmlElement) -> dict[int, str]:
    """{N: text of the paragraph with anchor #pN} as the DOM holds it: the ¶ anchor and the
    kind label are ours and left out, and each <br> stands for the newline it was made from."""
    texts = {}
    for p in doc.xpath('//div[contains(@class, "dossier-text")]/p[starts-with(@id, "p")]'):
        ours = p.xpath('./a[contains(@class, "dossier-anchor")] | ./span[contains(@class, "dossier-kind")]')
        text = _text(p, skip=ours)
        assert text.startswith(" " * len(ours)), text[:40]  # the one space after each of ours
        texts[int(p.get("id")[1:])] = text[len(ours) :]
    return texts


def _text(element, skip=()) -> str:
    """Text content with <br> as a newline (walked, since lxml will not hold control
    characters in a text node it builds itself)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "br":
            parts.append("\n")
        elif child not in skip and isinstance(child.tag, str):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


VIEWS = Path(__file__).resolve().parent / "fixtures" / "views"
CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
# The names the view tests mark by hand, so the graph and the pairs across articles are tested
# whatever the entity extractor finds: canonical name → (type, the forms the articles use).
MARKED = {
    "Donald Trump": ("person", ("Donald Trump", "Trump")),
    "Wolodymyr Selenskyj": ("person", ("Wolodymyr Selenskyj", "Selenskyj", "Zelensky")),
    "Wladimir Putin": ("person", ("Wladimir Putin", "Putin")),
    "Dmitri Medwedew": ("person", ("Dmitri Medwedew", "Medwedew")),
    "Sergej Lawrow": ("person", ("Sergej Lawrow", "Lawrow")),
    "Keir Starmer": ("person", ("Keir Starmer",)),
    "Igor Konashenkov": ("person", ("Igor Konashenkov",)),
    "Petra Lorenz": ("person", ("Petra Lorenz",)),
    "NATO": ("organization", ("NATO",)),
    "Generalstab": ("organization", ("Generalstab", "general staff")),
    "Kursk": ("place", ("Kursk",)),
    "Ukraine": ("place", ("Ukraine",)),
    "Russland": ("place", ("Russland",)),
    "Moskau": ("place", ("Moskau", "Moscow")),
    "Kiew": ("place", ("Kiew", "Kyiv")),
    "Halden": ("place", ("Halden",)),
}


def marked_records() -> str:
    """The seed, the corpus fixtures and the view fixtures as `dossier extract --json` records,
    with the names in MARKED as their entities."""
    from generator.extract import extract_record
    from generator.ingest import read_article
    from generator.slugs import slugify

    lines = []
    for path in [SEED, *sorted(CORPUS.glob("*.md")), *sorted(VIEWS.glob("*.md"))]:
        record = extract_record(read_article(path)).as_dict()
        text, entities = record["text"], []
        for name, (kind, forms) in MARKED.items():
            mentions = [
                {"text": form, "start": at, "end": at + len(form)}
                for form in forms
                for at in _find_all(text, form)
            ]
            if mentions:
                mentions.sort(key=lambda m: m["start"])
                entities.append({"id": f"{kind}/{slugify(name)}", "name": name, "type": kind, "mentions": mentions})
        record["entities"] = entities
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _find_all(text: str, form: str) -> list[int]:
    found, at = [], text.find(form)
    while at != -1:
        if not text[at - 1 : at].isalnum():  # a word start; "Kiews", "Putins" keep their ending outside
            found.append(at)
        at = text.find(form, at + 1)
    return found
