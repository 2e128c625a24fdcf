"""Search indexed in parts (generator/search_index.py): how pages are cut into Pagefind runs."""

from __future__ import annotations

from generator.search_index import split_pages

OTHERS = [f"entities/person/p{i}/index.html" for i in range(200)] + ["index.html", "quotes/index.html"]
ARTICLES = [f"articles/a{i:04d}/index.html" for i in range(1000)]


def test_a_site_within_the_limit_is_one_part():
    assert split_pages(OTHERS + ARTICLES, 5000) == [sorted(OTHERS) + ARTICLES]


def test_a_large_site_is_cut_into_equal_parts_that_keep_every_page_once():
    parts = split_pages(ARTICLES[::-1] + OTHERS, 450)
    assert len(parts) == 3  # 1,000 articles + 202 other pages at 0.15 = 1,030 units
    assert sorted(p for part in parts for p in part) == sorted(OTHERS + ARTICLES)
    assert parts[0][: len(OTHERS)] == sorted(OTHERS)  # the light pages go first
    costs = [sum(1 if p.startswith("articles/") else 0.15 for p in part) for part in parts]
    assert max(costs) <= 450 and max(costs) - min(costs) <= 2


def test_no_pages_no_parts():
    assert split_pages([], 10) == []
