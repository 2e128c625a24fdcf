"""Speed of the date annotator alone, on the benchmark's typical articles and on the gold texts.

    python bench/date_speed.py            # 2,000 typical articles
    python bench/date_speed.py --count 500

Prints microseconds per article and per 3 KB of text; the annotator's share of the extraction
budget (1,000 typical 3 KB articles per second for all annotators) is about 330 µs.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.extract_speed import typical_articles  # noqa: E402
from generator.evaluate import load_gold  # noqa: E402
from generator.extract.boilerplate import classify_paragraphs  # noqa: E402
from generator.extract.context import Context  # noqa: E402
from generator.extract.dates import find_dates  # noqa: E402
from generator.extract.language import detect_language  # noqa: E402
from generator.model import Article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def contexts(articles: list[Article]) -> list[Context]:
    """What find_dates sees: language detected, publisher material classified."""
    result = []
    for article in articles:
        ctx = Context(article, detect_language(article.text, article.language), article.paragraphs)
        result.append(replace(ctx, paragraphs=classify_paragraphs(ctx)))
    return result


def best_time(items: list[Context], rounds: int = 5) -> float:
    """CPU seconds for one pass over ``items``, the best of ``rounds`` (the machine may be shared)."""
    for ctx in items[:20]:
        find_dates(ctx)  # compiles the grammars
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for ctx in items:
            find_dates(ctx)
        best = min(best, time.process_time() - started)
    return best


def report(name: str, items: list[Context]) -> None:
    seconds = best_time(items)
    chars = sum(len(ctx.text) for ctx in items)
    dates = sum(len(find_dates(ctx)) for ctx in items)
    print(
        f"{name}: {len(items)} articles, {chars / len(items) / 1024:.1f} KB, "
        f"{dates / len(items):.1f} dates each: {seconds / len(items) * 1e6:.0f} µs per article, "
        f"{seconds / chars * 3072 * 1e6:.0f} µs per 3 KB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="typical articles to time")
    args = parser.parse_args()
    report("typical", contexts(typical_articles(args.count)))
    report("gold", contexts([item.article for item in load_gold(ROOT / "tests" / "gold")]))


if __name__ == "__main__":
    main()
