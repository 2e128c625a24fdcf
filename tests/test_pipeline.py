"""Extraction over many articles: process pool, crash isolation and the extraction cache."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.pipeline as pipeline
from generator.cache import ExtractionCache
from generator.ingest import parse_article
from generator.model import Article


def _articles(count: int) -> list[Article]:
    return [
        parse_article(
            f"Bericht {n}\n\nDie Ministerin Anna Probe sagte am {n % 28 + 1}. Mai 2024: „Runde {n}.“".encode(),
            f"articles/{n}.txt",
            ".txt",
        )
        for n in range(count)
    ]


def test_process_pool_gives_the_same_records_in_the_same_order(monkeypatch):
    articles = _articles(12)
    serial, _ = pipeline.extract_all(articles, jobs=1)
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 0)
    parallel, skipped = pipeline.extract_all(articles, jobs=2)
    assert skipped == []
    assert [r.article.source for r in parallel] == [a.source for a in articles]
    assert parallel == serial


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_crashing_annotator_skips_only_that_article(monkeypatch, jobs):
    real = pipeline.annotate

    def fragile(article):
        if article.source == "articles/3.txt":
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "annotate", fragile)
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 0)
    records, skipped = pipeline.extract_all(_articles(6), jobs=jobs)
    assert len(records) == 5
    assert [s.message() for s in skipped] == ["articles/3.txt: extraction failed: RuntimeError: boom"]


def test_cached_annotations_are_reused_without_extracting_again(monkeypatch, tmp_path: Path):
    articles = _articles(3)
    cache = ExtractionCache(tmp_path)
    first, _ = pipeline.extract_all(articles, cache=cache)

    def must_not_run(article):
        raise AssertionError("extracted again")

    monkeypatch.setattr(pipeline, "annotate", must_not_run)
    again, skipped = pipeline.extract_all(articles, cache=ExtractionCache(tmp_path))
    assert skipped == []
    assert again == first


def test_a_changed_article_is_extracted_again(monkeypatch, tmp_path: Path):
    articles = _articles(2)
    pipeline.extract_all(articles, cache=ExtractionCache(tmp_path))
    changed = parse_article("Bericht 1\n\nGanz neuer Text.".encode(), "articles/1.txt", ".txt")
    seen = []
    real = pipeline.annotate
    monkeypatch.setattr(pipeline, "annotate", lambda a: seen.append(a.source) or real(a))
    records, _ = pipeline.extract_all([articles[0], changed], cache=ExtractionCache(tmp_path))
    assert seen == ["articles/1.txt"]
    assert records[1].article.text == "Ganz neuer Text."


def test_a_new_extractor_version_ignores_old_cache_entries(monkeypatch, tmp_path: Path):
    articles = _articles(1)
    pipeline.extract_all(articles, cache=ExtractionCache(tmp_path))
    monkeypatch.setattr("generator.cache.extractor_fingerprint", lambda: "another-version")
    assert ExtractionCache(tmp_path).get_many(articles) == {}


def test_sources_are_named_from_the_articles_folder_not_the_machine(tmp_path):
    folder = tmp_path / "my-articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("Titel\n\nText.\n", encoding="utf-8")
    docs = tmp_path / "docs"
    result = pipeline.generate(pipeline.Options(folder.resolve(), docs))
    [record] = result.corpus.records
    assert record.article.source == "my-articles/sub/a.txt"
    generated = "".join(p.read_text(encoding="utf-8") for p in docs.rglob("*.md"))
    assert str(tmp_path) not in generated
    original = next((docs / "originals").iterdir())
    assert original.read_bytes() == b"Titel\n\nText.\n"


def test_skip_messages_show_control_characters_as_escapes():
    from generator.model import Skipped

    message = Skipped("evil\u202etxt.exe\nfake line", "empty file").message()
    assert "\u202e" not in message and "\n" not in message
    assert message == "evil\\u{202e}txt.exe\\u{000a}fake line: empty file"
