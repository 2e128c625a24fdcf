"""Entity precision and recall on the articles of tests/entity_gold.yml, and the time taken.

    python bench/entity_scores.py            # scores per type and language
    python bench/entity_scores.py --errors   # and every miss and false find

An entity matches when type and canonical name agree (case, punctuation, white space and
a trailing legal form such as "Inc." or "GmbH" ignored). Prints figures; the floors are in
tests/test_entities.py.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.evaluate import load_gold  # noqa: E402
from generator.extract import annotate  # noqa: E402

GOLD = ROOT / "tests" / "entity_gold.yml"
TYPES = ("person", "organization", "place")
_FORMS = re.compile(r"\s+(?:inc|ltd|llc|plc|corp|gmbh|ag|se|e v)$")


def norm(name: str) -> str:
    plain = " ".join(re.sub(r"[^\w&]+", " ", name.casefold()).split())
    return _FORMS.sub("", plain)


def expectations() -> dict[str, dict[str, set[str]]]:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    return {key: {t: {norm(n) for n in (value.get(t) or ())} for t in TYPES} for key, value in data.items()}


def predictions() -> tuple[dict[str, dict[str, set[str]]], float]:
    """Found entities per gold article, and the seconds all annotators took on them."""
    wanted = expectations()
    found: dict[str, dict[str, set[str]]] = {}
    took = 0.0
    for item in load_gold(ROOT / "tests" / "gold"):
        key = item.path.removesuffix(".yml")
        if key not in wanted:
            continue
        started = time.perf_counter()
        annotations = annotate(item.article)
        took += time.perf_counter() - started
        found[key] = {t: {norm(e.name) for e in annotations.entities if e.type == t} for t in TYPES}
    return found, took


def scores(found, wanted, language: str | None = None, entity_type: str | None = None) -> tuple[float, float, int, int, int]:
    """(precision, recall, true, found, wanted) over the articles, for one language and/or type."""
    tp = nf = nw = 0
    for key, expected in wanted.items():
        if language and not key.startswith(language + "/"):
            continue
        for t in TYPES:
            if entity_type and t != entity_type:
                continue
            got = found.get(key, {}).get(t, set())
            tp += len(got & expected[t])
            nf += len(got)
            nw += len(expected[t])
    return (tp / nf if nf else 1.0), (tp / nw if nw else 1.0), tp, nf, nw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss and false find")
    args = parser.parse_args()
    gold = load_gold(ROOT / "tests" / "gold")
    for item in (gold[0], gold[-1]):  # warm-up: lexicons, gazetteers, compiled patterns
        annotate(item.article)
    found, took = predictions()
    _, again = predictions()
    wanted = expectations()
    print(
        f"{len(wanted)} articles, all annotators: {took / len(wanted) * 1000:.2f} ms per article on first sight"
        f" (new words looked up), {again / len(wanted) * 1000:.2f} ms again"
    )
    print(f"{'':14}{'precision':>10}{'recall':>8}{'F1':>7}")
    for language in ("de", "en", None):
        for t in (*TYPES, None):
            p, r, *_ = scores(found, wanted, language, t)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{(language or 'all') + ' ' + (t or 'all'):14}{p:10.2f}{r:8.2f}{f1:7.2f}")
    if args.errors:
        for key, expected in wanted.items():
            for t in TYPES:
                got = found.get(key, {}).get(t, set())
                for name in sorted(expected[t] - got):
                    print(f"  miss  {key} {t}: {name}")
                for name in sorted(got - expected[t]):
                    print(f"  false {key} {t}: {name}")


if __name__ == "__main__":
    main()
