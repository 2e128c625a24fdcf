"""Corpus views at scale: claim-denial pairing and the co-occurrence graph.

    python bench/claim_pairs.py                 # 1,000 and 10,000 articles
    python bench/claim_pairs.py --counts 2000

Builds the benchmark corpus (bench/corpus.py: the seed's paragraphs, with its three denials of
the encirclement, recur in many articles), extracts it once, and prints how long the pairing
and the graph layout take and how many pairs they make. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import CITIES, FIRST, LAST, article, fixture_paragraphs  # noqa: E402
from generator.contradictions import find_claim_pairs  # noqa: E402
from generator.corpus import build_corpus  # noqa: E402
from generator.extract import extract_record  # noqa: E402
from generator.graph import cooccurrence_graph  # noqa: E402
from generator.ingest import parse_article  # noqa: E402
from generator.model import Entity, Mention, Record  # noqa: E402
from generator.slugs import slugify  # noqa: E402

# The entity extractor may still be a stub: mark the bench corpus's own names, so the graph and
# the cross-article pairing (which needs an entity in common) have something to work on.
NAMES = re.compile(rf"\b(?:(?:{'|'.join(FIRST)}) (?:{'|'.join(LAST)})|{'|'.join(CITIES)}|Kursk|Selenskyj|Trump|Putin)\b")


def with_entities(record: Record) -> Record:
    found: dict[str, list[Mention]] = {}
    for match in NAMES.finditer(record.article.text):
        found.setdefault(match.group(), []).append(Mention(match.group(), match.start(), match.end()))
    entities = tuple(
        Entity(f"{'person' if ' ' in name or name in ('Selenskyj', 'Trump', 'Putin') else 'place'}/{slugify(name)}", name,
               "person" if " " in name or name in ("Selenskyj", "Trump", "Putin") else "place", tuple(mentions))
        for name, mentions in sorted(found.items())
    )
    return replace(record, annotations=replace(record.annotations, entities=entities))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    pool = fixture_paragraphs()
    for count in args.counts:
        rng = random.Random(7)
        records = [with_entities(extract_record(parse_article(article(n, rng, pool).encode(), f"bench-{n}.md", ".md")))
                   for n in range(count)]
        corpus = build_corpus(records)
        denials = sum(len(r.annotations.denials) for r in records)
        started = time.perf_counter()
        pairs = find_claim_pairs(corpus)
        paired = time.perf_counter() - started
        started = time.perf_counter()
        graph = cooccurrence_graph(corpus)
        drawn = time.perf_counter() - started
        across = sum(not p.same_article for p in pairs)
        print(f"{count:>6} articles: {denials} denials → {len(pairs)} pairs ({across} across articles) in {paired:.2f} s; "
              f"graph of {len(graph.nodes)} nodes, {len(graph.edges)} edges in {drawn:.2f} s")


if __name__ == "__main__":
    main()
