"""Extraction speed on one core: typical articles per second, and time against length.

    python bench/extract_speed.py            # 2,000 typical articles, then long inputs
    python bench/extract_speed.py --count 500

Prints figures; judged against issue 3's target of 1,000 typical 3 KB articles per second
on one core, with time growing linearly in length (a 20 MB article, a 200 KB line).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import article, fixture_paragraphs  # noqa: E402
from generator.extract import annotate  # noqa: E402
from generator.ingest import parse_article  # noqa: E402
from generator.model import Article  # noqa: E402


def typical_articles(count: int) -> list[Article]:
    rng = random.Random(7)
    pool = fixture_paragraphs()
    articles = []
    for n in range(count):
        parsed = parse_article(article(n, rng, pool).encode(), f"bench-{n}.md", ".md")
        assert isinstance(parsed, Article), parsed
        articles.append(parsed)
    return articles


def long_article(text: str) -> Article:
    from generator.ingest.paragraphs import join_paragraphs, split_paragraphs

    body, paragraphs = join_paragraphs(split_paragraphs(text))
    digest = hashlib.sha256(body.encode()).hexdigest()
    return Article("long", digest[:16], digest[:16], digest, "long", body, paragraphs, "2025-03-16", language="de")


def rate(articles: list[Article]) -> tuple[float, float]:
    """(articles per second, mean KB per article) over the list, after a warm-up on its first
    50 (the one-time loading is printed apart, as "first call")."""
    for item in articles[:50]:  # loads each language's lexicons, gazetteers and patterns once
        annotate(item)
    gc.collect()
    started = time.perf_counter()
    for item in articles:
        annotate(item)
    elapsed = time.perf_counter() - started
    kb = sum(len(a.text.encode()) for a in articles) / len(articles) / 1024
    return len(articles) / elapsed, kb


def per_annotator(articles: list[Article]) -> dict[str, float]:
    """Microseconds per article spent in each annotator (wrapped where annotate() calls it)."""
    import generator.extract as extract

    spent: dict[str, float] = {}
    originals = {
        name: getattr(extract, name)
        for name in dir(extract)
        if name.startswith(("find_", "detect_", "classify_")) and callable(getattr(extract, name))
    }

    def timed(name, func):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

        return run

    try:
        for name, func in originals.items():
            setattr(extract, name, timed(name, func))
        for item in articles:
            annotate(item)
    finally:
        for name, func in originals.items():
            setattr(extract, name, func)
    return {name: spent.get(name, 0.0) / len(articles) * 1e6 for name in sorted(originals)}


def seconds(item: Article) -> float:
    started = time.perf_counter()
    annotate(item)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="typical articles to time")
    parser.add_argument("--no-long", action="store_true", help="skip the long-input timings")
    args = parser.parse_args()

    started = time.perf_counter()
    annotate(long_article("Warm-up. Er sagte am 3. März 2025: „Ja.“"))
    print(f"first call (lexicons, gazetteers): {time.perf_counter() - started:.2f} s")
    typical = typical_articles(args.count)
    per_second, kb = rate(typical)
    verdict = "meets" if per_second >= 1000 else "MISSES"
    print(f"typical articles ({kb:.1f} KB): {per_second:,.0f} articles/s on one core ({verdict} the 1,000/s target)")
    for name, micros in per_annotator(typical).items():
        print(f"  {name:>22}: {micros:7.0f} µs per article")
    if args.no_long:
        return
    pool = "\n\n".join(fixture_paragraphs())
    for megabytes in (1, 5, 20):
        text = (pool + "\n\n") * (megabytes * 1024 * 1024 // (len(pool) + 2) + 1)
        took = seconds(long_article(text[: megabytes * 1024 * 1024]))
        print(f"{megabytes:>3} MB article: {took:6.2f} s ({took / megabytes:.2f} s/MB)")
    line = " ".join(pool.split())
    for label, text in (
        ("200 KB line of prose", (line + " ") * (200_000 // len(line) + 1)),
        ("200 KB of „ “ marks", "„a “ " * 40_000),
        ("200 KB of digits and dots", "13. 3. 2025. " * 16_000),
        ("200 KB of capitalised words", "Der Die Präsident Müller " * 8_000),
    ):
        print(f"{label:>30}: {seconds(long_article(text[:200_000])):6.2f} s")


if __name__ == "__main__":
    main()
