"""Make a benchmark corpus of N articles from our own fixtures (the gold set and the seed).

Articles mix paragraphs of the fixtures with generated ones that name people from a large
pool, so the entity registry, related articles and listings grow the way a real dossier's do
(a few names everywhere, most names in a handful of articles). Seeded: the same N gives the
same corpus.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIRST = "Anna Bernd Clara Dmitri Elena Farid Greta Hakan Irina Jonas Katrin Lukas Marta Nils Olga Pavel Rosa Stefan Tanja Uwe Vera Wladimir Yusuf Zofia".split()
LAST = (
    "Adler Becker Celik Dorn Ebert Falk Gruber Hahn Ivanov Jäger Kovac Lang Maier Novak Orlov Petrov Quandt "
    "Richter Sokolov Thiel Ulrich Vogel Weber Zeller Brandt Fuchs Horn Kraus Lorenz Moser Peters Roth Seidel Stein"
).split()
CITIES = "Berlin Hamburg Wien Zürich Kiew Moskau Warschau Prag Brüssel Paris London Rom Madrid Riga".split()
OUTLETS = "Tagesblatt Abendpost Nordkurier Alpenecho Stadtanzeiger Weltbote Rundschau Kurier".split()
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()


def fixture_paragraphs() -> list[str]:
    """Body paragraphs of every gold article plus the seed's news paragraphs."""
    paragraphs = []
    for path in sorted((ROOT / "tests" / "gold").rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            paragraphs += [p.strip() for p in data["text"].split("\n\n") if p.strip()]
    seed = next((ROOT / "articles").glob("*.txt")).read_text(encoding="utf-8").split("\n\n")
    paragraphs += [p.strip() for p in seed[2:9]]
    return paragraphs


def article(n: int, rng: random.Random, pool: list[str]) -> str:
    """One article as Markdown with front matter, about 3 KB."""
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    city = rng.choice(CITIES)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025))
    generated = (
        f"In {city} sagte {person} am {day}. {MONTHS[month - 1]} {year}: „Wir prüfen den Vorgang {n} "
        f"sehr genau.“ {other} widersprach: „Das ist {rng.choice(('falsch', 'übertrieben', 'verfrüht'))}.“"
    )
    body = [generated, *rng.sample(pool, k=min(len(pool), rng.randint(10, 14)))]
    front = {
        "title": f"{city}: {person} und der Vorgang {n}",
        "source": rng.choice(OUTLETS),
        "published": f"{year}-{month:02d}-{min(day + 1, 28):02d}",
        "language": "de",
    }
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=True) + "---\n\n" + "\n\n".join(body) + "\n"


def make_corpus(folder: Path, count: int, seed: int = 1) -> None:
    """Write ``count`` articles into ``folder`` (created; existing bench files replaced)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pool = fixture_paragraphs()
    for n in range(count):
        (folder / f"bench-{n:05d}.md").write_text(article(n, rng, pool), encoding="utf-8")
