"""Fuzzing the whole extractor pipeline (generator.extract.annotate) with hypothesis: no
crash, a deadline per example (no input may make extraction super-linear), and invariants
every correct extractor keeps, whatever it finds: offsets inside the text, the annotated
words equal to text[start:end], paragraphs covering the text, sorted and repeatable output."""

from __future__ import annotations

import hashlib
import re
import time
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract import annotate
from generator.ingest.paragraphs import join_paragraphs, split_paragraphs
from generator.model import Annotations, Article

ISO_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
FUZZ = settings(
    deadline=timedelta(seconds=3),  # generous for a shared 2-core machine; quadratic code on these sizes is far slower
    max_examples=40,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples on every run, so a failure is reproducible in CI
)


def article_of(text: str, language: str | None = None) -> Article:
    """An Article as ingest makes it: paragraphs split on blank lines and joined again."""
    body, paragraphs = join_paragraphs(split_paragraphs(text))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Article(
        source="fuzz.txt", id=digest[:16], slug="fuzz", sha256=digest, title="Fuzz",
        text=body, paragraphs=paragraphs, language=language,
    )


def check_invariants(article: Article, found: Annotations) -> None:
    text, n = article.text, len(article.text)
    # Paragraphs: the article's own, in order, covering every non-blank character.
    assert [(p.start, p.end) for p in found.paragraphs] == [(p.start, p.end) for p in article.paragraphs]
    assert {p.kind for p in found.paragraphs} <= {"body", "boilerplate", "caption"}
    covered = 0
    for p in found.paragraphs:
        assert covered <= p.start < p.end <= n
        assert text[covered : p.start].strip() == ""
        covered = p.end
    assert text[covered:].strip() == ""

    def spans(items, what: str) -> None:
        starts = [item.start for item in items]
        assert starts == sorted(starts), f"{what} not sorted by offset"
        for item in items:
            assert 0 <= item.start <= item.end <= n, what
            assert text[item.start : item.end] == item.text, what
            if hasattr(item, "paragraph"):
                assert 0 <= item.paragraph <= len(article.paragraphs), what

    spans(found.quotes, "quotes")
    spans(found.dates, "dates")
    spans(found.claims, "claims")
    for quote in found.quotes:
        assert quote.kind in ("direct", "partial", "indirect", "term")
    for date in found.dates:
        assert ISO_VALUE.fullmatch(date.value), date.value
    for entity in found.entities:
        assert entity.type in ("person", "organization", "place") and entity.id and entity.name
        spans(entity.mentions, f"mentions of {entity.id}")
    assert len({e.id for e in found.entities}) == len(found.entities)


def run_annotate(text: str, language: str | None) -> None:
    article = article_of(text, language)
    if not article.text:
        return
    found = annotate(article)
    check_invariants(article, found)
    assert annotate(article) == found  # pure: the same article, the same annotations


LANGUAGES = st.sampled_from([None, "de", "en"])
QUOTE_MARKS = "\"'„“”‚‘’«»‹›「」"
WORDS = [
    "Der", "Die", "Präsident", "Wladimir", "Putin", "NATO", "Moskau", "Herr", "Dr.", "Prof.", "Ein", "Sprecher",
    "sagte", "warnte", "erklärte", "said", "The", "Minister", "von", "der", "Leyen", "US-Präsident", "Kiew",
    "Am", "März", "2025", "13.", "Mai", "angeblich", "sollen", "soll", "Berichten", "zufolge", "so", "ein", "Bericht",
    "Selenskyj", "UN", "EU-Kommission", "St.", "Petersburg", "New", "York", "Mr.", "Ms.", "Jr.", "O'Brien",
]


def repeated(unit: st.SearchStrategy[str], most: int) -> st.SearchStrategy[str]:
    """A short unit repeated up to ``most`` times: long inputs cheaply, the shape that finds
    backtracking and quadratic scans."""
    return st.tuples(unit, st.integers(1, most)).map(lambda pair: pair[0] * pair[1])


@FUZZ
@given(text=st.text(max_size=3000), language=LANGUAGES)
def test_random_text(text: str, language):
    run_annotate(text, language)


@FUZZ
@given(text=repeated(st.text(alphabet=QUOTE_MARKS + " \n.,:abcÄ", min_size=1, max_size=40), 3000), language=LANGUAGES)
def test_many_quote_marks(text: str, language):
    run_annotate(text, language)


@FUZZ
@given(text=repeated(st.text(alphabet="0123456789. -/:,\n", min_size=1, max_size=30), 4000), language=LANGUAGES)
def test_digits_and_dots(text: str, language):
    run_annotate(text, language)


@FUZZ
@given(
    text=repeated(st.lists(st.sampled_from(WORDS + [",", ":", "„", "“", "\"", "\n\n"]), min_size=1, max_size=30).map(" ".join), 2000),
    language=LANGUAGES,
)
def test_capitalised_words(text: str, language):
    run_annotate(text, language)


@FUZZ
@given(text=repeated(st.text(min_size=1, max_size=20).filter(lambda s: "\n" not in s), 10_000), language=LANGUAGES)
def test_very_long_lines(text: str, language):
    run_annotate(text, language)


def test_time_grows_linearly_with_the_input():
    """8 times the text may take about 8 times as long, never 64: timed on a mixed
    paragraph of quotes, dates, names and hedges, taking the best of a few runs."""
    unit = (
        "Am 13. März 2025 warnte Wladimir Putin: „Das bedeutet Krieg mit der NATO.“ Berichten zufolge "
        "soll der Minister angeblich „zurückgetreten“ sein, so ein Bericht aus Moskau. 1.2.3.4. «« „„ \"\" "
    )

    def best_time(copies: int) -> float:
        article = article_of(" ".join([unit] * copies))  # one paragraph, one long line
        times = []
        for _ in range(3):
            started = time.perf_counter()
            annotate(article)
            times.append(time.perf_counter() - started)
        return min(times)

    small, large = best_time(100), best_time(800)
    assert large < 24 * max(small, 0.005), (small, large)
