"""Quote lineage: the same or a nearly identical quote across articles, grouped, with its first
appearance, a word diff of each version, the lineage page and the note on article pages."""

from __future__ import annotations

import itertools
import random

import pytest
from handmade import Q, annotated_corpus, record

from generator.corpus import build_corpus
from generator.disjoint import DisjointSets
from generator.lineage import MIN_WORDS, NEAR, find_quote_groups, overlap, words
from generator.render import render_pages
from generator.render.diff import word_diff

LAWROW = "Wir haben zugehört, aber wir haben nichts Neues gehört."
PEOPLE = {"person/sergej-lawrow": ("Sergej Lawrow", "Lawrow")}


def quoting(title: str, quote: str, speaker: str | None = "Sergej Lawrow", published: str | None = "2025-03-18", **extra):
    return record(title, [f"{speaker or 'Jemand'} sagte: „{quote}“"], published, quotes=(Q(quote, speaker),), entities=PEOPLE, **extra)


def texts(corpus, group) -> list[str]:
    return [corpus.record(slug).annotations.quotes[i].text for slug, i in group.members]


def test_words_fold_case_quotation_marks_punctuation_and_space():
    assert words("„Das bedeutet  Krieg mit der NATO!“") == words("das bedeutet krieg mit der nato.") == (
        "das", "bedeutet", "krieg", "mit", "der", "nato")
    assert words("ＮＡＴＯ") == ("nato",)  # compatibility forms
    assert words("… – “”") == ()


def test_overlap_is_shared_words_over_the_longer_quote():
    a, b = frozenset(words("eins zwei drei vier")), frozenset(words("eins zwei drei vier fünf"))
    assert overlap(a, b) == overlap(b, a) == 0.8
    assert overlap(frozenset(), a) == 0.0


def test_exact_copies_group_and_the_first_appearance_is_the_earliest_published():
    corpus = build_corpus([
        quoting("Spät", LAWROW, published="2025-03-20"),
        quoting("Früh", LAWROW.upper().replace(",", ""), published="2025-03-18"),
        quoting("Ohne Datum", LAWROW, published=None),
    ])
    (group,) = corpus.quote_groups
    assert [corpus.record(s).article.title for s, _ in group.members] == ["Früh", "Spät", "Ohne Datum"]
    assert group.articles == 3 and group.overlap == (100, 100, 100)
    assert group.speakers == ("person/sergej-lawrow",)


def test_same_day_first_appearance_follows_page_order():
    corpus = build_corpus([quoting("Beta", LAWROW), quoting("Alpha", LAWROW)])
    (group,) = corpus.quote_groups
    assert corpus.record(group.first[0]).article.title == "Alpha"  # page order: same day, then title


def test_a_changed_word_is_near_identical_and_unrelated_quotes_stay_apart():
    changed = LAWROW.replace("aber", "doch")
    other = "Wir haben nichts gehört, was die Lage in Genf ändern würde."
    corpus = build_corpus([quoting("A", LAWROW), quoting("B", changed), quoting("C", other), quoting("D", other + " Gar nichts.")])
    groups = {tuple(texts(corpus, g)) for g in corpus.quote_groups}
    assert (LAWROW, changed) in groups
    assert all(LAWROW not in g or other not in g for g in groups)
    near = next(g for g in corpus.quote_groups if LAWROW in texts(corpus, g))
    assert near.overlap[1] == round(100 * 6 / 7)  # "doch" for "aber": 6 of 7 distinct words shared


def test_short_quotes_group_only_under_one_named_speaker():
    records = [
        quoting("A", "reine Zeitverschwendung", speaker="Dmitri Medwedew"),
        quoting("B", "Reine Zeitverschwendung!", speaker="Dmitri Medwedew"),
        quoting("C", "reine Zeitverschwendung", speaker="Keir Starmer"),
        quoting("D", "reine Zeitverschwendung", speaker=None),
        quoting("E", "reine Zeitverschwendung", speaker=None),
    ]
    corpus = build_corpus(records)
    (group,) = corpus.quote_groups
    assert [corpus.record(s).article.title for s, _ in group.members] == ["A", "B"]
    assert len(words("reine Zeitverschwendung")) < MIN_WORDS


def test_a_long_quote_put_in_two_mouths_is_one_group_with_two_speakers():
    quote = "Es gibt keine Einkreisung ukrainischer Truppen."
    corpus = build_corpus([quoting("A", quote, speaker="Wolodymyr Selenskyj"), quoting("B", quote, speaker="Andrej Sibiga")])
    (group,) = corpus.quote_groups
    assert len(group.speakers) == 2


def test_terms_and_repeats_within_one_article_are_not_lineage():
    body = [f"Er sagte: „{LAWROW}“ Und noch einmal: „{LAWROW}“ Das Buch „{LAWROW}“ erschien."]
    one = record("Eins", body, "2025-03-18", quotes=(Q(LAWROW, "Lawrow"), Q(LAWROW, "Lawrow"), Q(LAWROW, None, "term")))
    titled = record("Zwei", [f"Das Buch „{LAWROW}“ erschien."], "2025-03-19", quotes=(Q(LAWROW, None, "term"),))
    assert build_corpus([one, titled]).quote_groups == ()


def brute_force(sets: list[frozenset[str]]) -> set[frozenset[int]]:
    clusters = DisjointSets(len(sets))
    for i, j in itertools.combinations(range(len(sets)), 2):
        if min(len(sets[i]), len(sets[j])) >= MIN_WORDS and overlap(sets[i], sets[j]) >= NEAR:
            clusters.union(i, j)
    return {frozenset(m) for m in clusters.members().values()}


@pytest.mark.parametrize("seed", range(6))
def test_prefix_filtering_finds_exactly_what_comparing_every_pair_finds(seed, monkeypatch):
    """Random quotes from a small vocabulary, many retold with a word changed, dropped or added:
    the grouping equals the all-pairs one. The hostile-input caps are lifted: with them, a
    version like only one member of a big group may stay apart (the next test)."""
    from generator import lineage

    monkeypatch.setattr(lineage, "PER_GROUP", 10**9)
    monkeypatch.setattr(lineage, "MAX_POSTING", 10**9)
    rng = random.Random(seed)
    vocabulary = [f"wort{i}" for i in range(40)]
    quotes: list[str] = []
    for _ in range(120):
        if quotes and rng.random() < 0.5:
            words_ = rng.choice(quotes).split()
            change = rng.randrange(3)
            if change == 0:
                words_[rng.randrange(len(words_))] = rng.choice(vocabulary)
            elif change == 1 and len(words_) > 1:
                words_.pop(rng.randrange(len(words_)))
            else:
                words_.insert(rng.randrange(len(words_) + 1), rng.choice(vocabulary))
            quotes.append(" ".join(words_))
        else:
            quotes.append(" ".join(rng.sample(vocabulary, rng.randint(3, 14))))
    records = [quoting(f"Artikel {i}", q, speaker="Sergej Lawrow") for i, q in enumerate(quotes)]
    corpus = build_corpus(records)
    found = {frozenset(int(corpus.record(s).article.title.split()[1]) for s, _ in g.members) for g in corpus.quote_groups}
    # Distinct texts are the units of the brute force; exact copies join their text's cluster.
    distinct = list(dict.fromkeys(frozenset(words(q)) for q in quotes))
    expected = set()
    for cluster in brute_force(distinct):
        members = frozenset(i for i, q in enumerate(quotes) if frozenset(words(q)) in {distinct[c] for c in cluster})
        if len(members) >= 2:
            expected.add(members)
    # Exact-copy clusters of short texts count once per text tuple, not per word set; compare long ones.
    long_found = {g for g in found if len(frozenset(words(quotes[next(iter(g))]))) >= MIN_WORDS}
    long_expected = {g for g in expected if len(frozenset(words(quotes[next(iter(g))]))) >= MIN_WORDS}
    assert long_found == long_expected
    assert long_found  # the corpus does hold near-identical quotes


def test_one_template_in_thousands_of_articles_stays_bounded():
    """Every quote the same template with another number: one group, and the posting caps keep
    the work per quote constant (this completes in well under a second)."""
    records = [quoting(f"Vorgang {n}", f"Wir prüfen den Vorgang {n} sehr genau und gründlich.", published=f"2025-03-{1 + n % 28:02d}")
               for n in range(2000)]
    groups = find_quote_groups(records, lambda key: "person/x")
    assert len(groups) == 1 and groups[0].articles == 2000


def test_word_diff_marks_what_the_version_leaves_out_and_adds():
    diff = word_diff(LAWROW, "Wir haben zugehört, doch wir haben nichts Neues gehört!")
    assert diff == "Wir haben zugehört, <del>aber</del> <ins>doch</ins> wir haben nichts Neues gehört&#33;"  # ! escaped
    assert word_diff("a b c", "a c") == "a <del>b</del> c"


def test_word_diff_escapes_every_word_and_gives_up_on_huge_quotes():
    diff = word_diff("Er sagte <b>nichts</b>.", "Er sagte <script>alert(1)</script>.")
    assert "<script>" not in str(diff) and "&#60;script&#62;" in diff and "<ins>" in diff
    assert word_diff("wort " * 500, "wort " * 499) is None


@pytest.fixture(scope="module")
def fixture_corpus():
    return build_corpus(annotated_corpus())


def test_the_fixture_articles_give_the_expected_groups(fixture_corpus):
    groups = {texts(fixture_corpus, g)[0]: g for g in fixture_corpus.quote_groups}
    assert groups.keys() == {
        "Das bedeutet Krieg mit der NATO.",
        "Es gibt keine Einkreisung ukrainischer Truppen.",
        "We need protection for our cities now, not next year,",
    }
    medwedew = groups["Das bedeutet Krieg mit der NATO."]
    assert medwedew.articles == 3 and medwedew.speakers == ("person/dmitri-medwedew",)  # Medwedew = Dmitri Medwedew
    assert fixture_corpus.record(medwedew.first[0]).article.published == "2025-03-14"
    assert len(groups["Es gibt keine Einkreisung ukrainischer Truppen."].speakers) == 2


def test_lineage_page_shows_each_group_with_its_diff(fixture_corpus):
    page = render_pages(fixture_corpus)["quotes/lineage/index.md"]
    assert page.count('<div class="dossier-lineage" id="g') == 3
    assert "Das bedeutet <ins>einen</ins> Krieg mit der NATO&#33;" in page
    assert "attributed to 2 different speakers" in page
    assert 'href="../../timeline/conflicts/#q' in page  # the Medwedew quote is dated 12 and 13 March
    assert 'href="../../articles/medwedew-droht-auf-telegram/#p1"' in page


def test_lineage_pages_paginate(fixture_corpus, monkeypatch):
    from generator.render import lineage as lineage_page
    from generator.render import quote_links

    monkeypatch.setattr(quote_links, "GROUPS_PER_PAGE", 1)
    monkeypatch.setattr(lineage_page, "GROUPS_PER_PAGE", 1)
    pages = render_pages(fixture_corpus)
    docs = sorted(d for d in pages if d.startswith("quotes/lineage/"))
    assert docs == ["quotes/lineage/index.md", "quotes/lineage/page-2.md", "quotes/lineage/page-3.md"]
    third = fixture_corpus.quote_groups[2]
    article = pages[f"articles/{third.first[0]}.md"]
    assert f'href="../../quotes/lineage/page-3/#{third.id}"' in article


def test_article_page_notes_a_quote_that_appears_elsewhere(fixture_corpus):
    pages = render_pages(fixture_corpus)
    seed = next(r for r in fixture_corpus.records if r.article.source.endswith("000_97597768f45d635b.txt"))
    quotes = pages[f"articles/{seed.article.slug}.md"].split("## Quotes", 1)[1].split("## Dates", 1)[0]
    assert quotes.count('class="dossier-lineage-note"') == 2  # Medwedew's warning, "keine Einkreisung"
    assert "also in 2 other articles" in quotes
    assert 'first in <a href="../medwedew-droht-auf-telegram/">Medwedew droht auf Telegram</a> (2025-03-14)' in quotes
    telegram = pages["articles/medwedew-droht-auf-telegram.md"]
    assert "first here; also in 2 other articles" in telegram


def test_a_group_with_many_versions_shows_the_first_fifty(monkeypatch):
    records = [quoting(f"Artikel {n}", LAWROW, published=f"2025-03-{1 + n % 28:02d}") for n in range(60)]
    page = render_pages(build_corpus(records))["quotes/lineage/index.md"]
    assert page.count("<tr><td><a href") == 50
    assert 'And 10 more versions, oldest first after these; every one is in <a href="../../exports/quote&#95;groups.csv">' in page
