"""The corpus views at scale: synthetic records of N articles (10 quotes, 5 dates and a few
people each) through the corpus stage and the rendering of the views' pages.

    python bench/views.py 1000 10000

Prints, per N: the corpus stage's time (registry and related articles, then speakers,
lineage, timeline and conflicts), the time to render the view pages, how many there are, and
their size (the largest page and all of them). Figures only; no asserts.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lineage import synthetic
from generator import corpus as corpus_stage
from generator.corpus import build_corpus
from generator.model import DateMention, Entity, Mention, Paragraph
from generator.render.lineage import render_lineage_pages
from generator.render.quotes import render_quote_pages
from generator.render.timeline import render_timeline_pages

PEOPLE = [f"Person {i}" for i in range(3000)]
PLACES = [f"Ort {i}" for i in range(300)]


def records(count: int, seed: int = 2) -> list:
    """Quotes as bench/lineage.py makes them; dates mostly within two years of publication,
    some year-only, some history; two people and a place per article, one sentence holding
    a date, an event word and two of them."""
    rng = random.Random(seed)
    result = []
    for record in synthetic(count, seed=seed, vocabulary_size=100000):
        published = record.article.published
        year = int(published[:4])
        names = [rng.choice(PEOPLE[:100] if rng.random() < 0.3 else PEOPLE), rng.choice(PEOPLE), rng.choice(PLACES)]
        day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentence = f"{names[0]} traf am {day} in {names[2]} {names[1]}."
        values = [day, *(f"{year - rng.choice((0, 0, 1))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(2)),
                  str(year - rng.randint(0, 3)), rng.choice(("1991", "2014", "1945", f"{year}-{rng.randint(1, 12):02d}"))]
        paragraphs = [sentence] + [f"Absatz {i} nennt den Tag {v}." for i, v in enumerate(values[1:], start=2)]
        text = "\n\n".join(paragraphs)
        spans, begin = [], 0
        for paragraph in paragraphs:
            spans.append(Paragraph(begin, begin + len(paragraph)))
            begin += len(paragraph) + 2
        article = replace(record.article, text=text, paragraphs=tuple(spans))
        dates = []
        for number, (value, paragraph) in enumerate(zip(values, paragraphs, strict=True), start=1):
            at = spans[number - 1].start + paragraph.index(value)
            dates.append(DateMention(value, value, at, at + len(value), "explicit", number, paragraph))
        entities = tuple(
            Entity(f"{'place' if n in PLACES else 'person'}/{n.lower().replace(' ', '-')}", n, "place" if n in PLACES else "person",
                   (Mention(n, sentence.index(n), sentence.index(n) + len(n)),))
            for n in dict.fromkeys(names)
        )
        quotes = tuple(  # placed after the text: no sentence dates them (the dates are placed above)
            replace(q, start=len(text), end=len(text), speaker=rng.choice(names[:2]) if rng.random() < 0.5 else q.speaker)
            for q in record.annotations.quotes
        )
        result.append(replace(record, article=article, annotations=replace(
            record.annotations, paragraphs=article.paragraphs, quotes=quotes, dates=tuple(dates), entities=entities)))
    return result


def measure(count: int) -> None:
    data = records(count)
    views = ("resolve_speakers", "find_quote_groups", "build_timeline", "find_date_conflicts")
    spent = dict.fromkeys(views, 0.0)
    originals = {name: getattr(corpus_stage, name) for name in views}

    def timed(name):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return originals[name](*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return run

    for name in views:
        setattr(corpus_stage, name, timed(name))
    try:
        start = time.perf_counter()
        corpus = build_corpus(data)
        total = time.perf_counter() - start
    finally:
        for name, function in originals.items():
            setattr(corpus_stage, name, function)
    start = time.perf_counter()
    pages = {**render_quote_pages(corpus), **render_lineage_pages(corpus), **render_timeline_pages(corpus)}
    render_s = time.perf_counter() - start
    sizes = sorted(((len(text.encode()), doc) for doc, text in pages.items()), reverse=True)
    quotes = sum(len(r.annotations.quotes) for r in data)
    dates = sum(len(r.annotations.dates) for r in data)
    print(f"| {count:,} | {quotes:,} | {dates:,} | {total - sum(spent.values()):.2f} | "
          + " | ".join(f"{spent[v]:.2f}" for v in views)
          + f" | {len(corpus.quote_groups):,} | {len(corpus.date_conflicts):,} | {render_s:.2f} | {len(pages):,} | "
          f"{sizes[0][0] / 1024:.0f} ({sizes[0][1]}) | {sum(s for s, _ in sizes) / 1024 / 1024:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    args = parser.parse_args()
    print("| articles | quotes | dates | registry and related, s | speakers, s | lineage, s | timeline, s | conflicts, s "
          "| groups | conflicts | render views, s | view pages | largest page, KB | all view pages, MB |")
    print("|" + "---|" * 14)
    for count in args.sizes:
        measure(count)


if __name__ == "__main__":
    main()
