"""The quote annotator alone: milliseconds per article on the gold texts and the benchmark
corpus, and seconds for long and hostile inputs.

    python bench/quote_speed.py
    python bench/quote_speed.py --count 500

The articles are prepared first (language, publisher material, entities), so only
``find_quotes`` is timed; the best of a few rounds is printed, on one core. Issue 3's
budget: all annotators together at 1,000 typical articles a second, about a third of that
for quotes (0.33 ms an article).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import article, fixture_paragraphs  # noqa: E402
from bench.extract_speed import long_article  # noqa: E402
from generator.evaluate import load_gold  # noqa: E402
from generator.extract.boilerplate import classify_paragraphs  # noqa: E402
from generator.extract.context import Context  # noqa: E402
from generator.extract.entities import find_entities  # noqa: E402
from generator.extract.language import detect_language  # noqa: E402
from generator.extract.quotes import find_quotes  # noqa: E402
from generator.ingest import parse_article  # noqa: E402
from generator.model import Article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def prepared(item: Article) -> Context:
    """The context ``find_quotes`` sees: language, paragraph kinds and entities done."""
    language = detect_language(item.text, item.language)
    ctx = Context(article=item, language=language, paragraphs=item.paragraphs)
    ctx = replace(ctx, paragraphs=classify_paragraphs(ctx))
    return replace(ctx, entities=find_entities(ctx))


def best_ms(contexts: list[Context], rounds: int = 5) -> float:
    """Milliseconds per article, the best of ``rounds`` passes (CPU time)."""
    for ctx in contexts[:10]:
        find_quotes(ctx)
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for ctx in contexts:
            find_quotes(ctx)
        best = min(best, time.process_time() - started)
    return best / len(contexts) * 1000


def describe(label: str, contexts: list[Context]) -> None:
    ms = best_ms(contexts)
    quotes = sum(len(find_quotes(c)) for c in contexts) / len(contexts)
    kb = sum(len(c.text.encode()) for c in contexts) / len(contexts) / 1024
    print(f"{label:>28}: {ms:6.3f} ms per article ({kb:.1f} KB, {quotes:.1f} quotes each), {1000 / ms:,.0f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="benchmark-corpus articles to time")
    args = parser.parse_args()
    gold = [prepared(item.article) for item in load_gold(ROOT / "tests" / "gold")]
    describe("gold texts", gold)
    rng, pool = random.Random(7), fixture_paragraphs()
    corpus = [parse_article(article(n, rng, pool).encode(), f"bench-{n}.md", ".md") for n in range(args.count)]
    describe("benchmark corpus", [prepared(a) for a in corpus if isinstance(a, Article)])
    for label, text in (
        ("1 MB of news paragraphs", "\n\n".join(fixture_paragraphs() * 40)[: 1024 * 1024]),
        ("200 KB line of prose", (" ".join(" ".join(fixture_paragraphs()).split()) + " ") * 2),
        ("120 KB of paired „a“", "„a“ " * 30_000),
        ("120 KB of '…,' he said", "'Yes,' he said, " * 7_500),
    ):
        ctx = Context(article=long_article(text), language="de", paragraphs=long_article(text).paragraphs)
        started = time.process_time()
        found = find_quotes(ctx)
        print(f"{label:>28}: {time.process_time() - started:6.2f} s ({len(found):,} quotes)")


if __name__ == "__main__":
    main()
