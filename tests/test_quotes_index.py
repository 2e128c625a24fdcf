"""The quotes index (generator/render/quotes.py) and speaker resolution (generator/speakers.py):
every quote by speaker, speakers merged across spellings by the registry, role speakers by
their phrase, unattributed last, each quote linked to its paragraph, pages cut by size."""

from __future__ import annotations

import re

import pytest
from handmade import Q, annotated_corpus, record

from generator.corpus import build_corpus
from generator.render import render_pages
from generator.render.quotes import render_quote_pages, speakers, top_speakers
from generator.speakers import UNATTRIBUTED, speaker_key, speaker_names

LAWROW = {"person/sergej-lawrow": ("Sergej Lawrow", "Lawrow", "Sergey Lavrov")}


def corpus_of(*quoted: tuple[str, str | None, str]):
    """One article per (title, speaker, quote), all naming Lawrow so the registry knows him."""
    return build_corpus([
        record(title, [f"Sergej Lawrow war da. {speaker or 'Jemand'} sagte: „{quote}“"], f"2025-03-{10 + i:02d}",
               quotes=(Q(quote, speaker),), entities=LAWROW)
        for i, (title, speaker, quote) in enumerate(quoted)
    ])


def test_speaker_key_prefers_the_entity_then_the_folded_phrase():
    assert speaker_key("Lawrow", "person/sergej-lawrow") == "person/sergej-lawrow"
    assert speaker_key("Ein Sprecher des Kremls", None) == speaker_key("ein  Sprecher des KREMLS", None) == "role:ein sprecher des kremls"
    assert speaker_key(None, None) == speaker_key("  ", None) == UNATTRIBUTED
    assert speaker_names([("k", "A"), ("k", "B"), ("k", "B"), ("j", "C")]) == {"k": "B", "j": "C"}


def test_spellings_of_one_person_are_one_speaker_linked_to_the_entity_page():
    corpus = corpus_of(("Eins", "Lawrow", "Wir gehen."), ("Zwei", "Sergey Lavrov", "We stay."), ("Drei", "Sergej Lawrow", "Nein."))
    (lawrow,) = speakers(corpus)
    assert lawrow.name == "Sergej Lawrow" and lawrow.entity_id == "person/sergej-lawrow"
    assert len(lawrow.quotes) == 3 and lawrow.articles == 3
    assert [corpus.record(s).article.title for s, _ in lawrow.quotes] == ["Eins", "Zwei", "Drei"]  # oldest first
    page = render_quote_pages(corpus)["quotes/index.md"]
    assert '<a href="../entities/person/sergej-lawrow/">Sergej Lawrow</a>' in page


def test_role_speakers_group_by_phrase_and_unattributed_quotes_come_last():
    corpus = corpus_of(
        ("A", "Ein Sprecher des Kremls", "Kein Kommentar."),
        ("B", "ein Sprecher des Kremls", "Dazu sagen wir nichts."),
        ("C", None, "Alles Lüge!"),
        ("D", "Lawrow", "Wir gehen."),
    )
    found = speakers(corpus)
    assert [(s.name, len(s.quotes)) for s in found] == [
        ("Ein Sprecher des Kremls", 2), ("Sergej Lawrow", 1), ("unattributed", 1)]
    page = render_quote_pages(corpus)["quotes/index.md"]
    assert page.index("Ein Sprecher des Kremls") < page.index("Sergej Lawrow") < page.rindex("unattributed")
    assert "as named in the articles" in page  # a role, no entity page


def test_every_quote_links_to_its_paragraph_and_terms_are_left_out():
    corpus = build_corpus(annotated_corpus())
    page = render_pages(corpus)["quotes/index.md"]
    quotes = [q for r in corpus.records for q in r.annotations.quotes if q.kind != "term"]
    assert page.count("<tr><td><q>") == len(quotes) == 18
    for r in corpus.records:
        for q in r.annotations.quotes:
            assert f'href="../articles/{r.article.slug}/#p{q.paragraph}"' in page
    assert "in 3 articles, 2 speakers" in page  # "keine Einkreisung": lineage note
    assert "Scare quotes and titles are not listed" in page


def test_pages_hold_about_a_page_of_quotes_and_cut_only_big_speakers():
    quoted = [(f"Artikel {i}", "Sergej Lawrow", f"Satz Nummer {i}.") for i in range(7)]
    quoted += [(f"Rolle {i}", f"Sprecher {i}", f"Ein Satz von {i}.") for i in range(3)]
    pages = render_quote_pages(corpus_of(*quoted), per_page=4)
    assert sorted(pages) == ["quotes/index.md", "quotes/page-2.md", "quotes/page-3.md"]
    assert pages["quotes/index.md"].count("<tr><td><q>") == 4  # Lawrow's first four
    second = pages["quotes/page-2.md"]
    assert "(continued)" in second and second.count("<tr><td><q>") == 4  # his other three, then one more speaker
    assert second.count('class="dossier-speaker"') == 2
    assert pages["quotes/page-3.md"].count('class="dossier-speaker"') == 2  # the last two, not cut
    directory = pages["quotes/index.md"].split("## Quotes", 1)[0]
    assert 'href="#s1"' in directory and 'href="page-2/#s2"' in directory and 'href="page-3/#s3"' in directory
    ids = re.findall(r'id="(s[^"]+)"', "".join(pages.values()))
    assert len(ids) == len(set(ids))


def test_top_speakers_link_to_their_section():
    corpus = corpus_of(("A", "Lawrow", "Wir gehen."), ("B", "Lawrow", "Wir bleiben."), ("C", None, "Ha!"))
    (top,) = top_speakers(corpus, 5, "index.md")
    assert top["name"] == "Sergej Lawrow" and top["count"] == 2
    assert (top["href"], top["anchor"]) == ("quotes/", "s1")
    assert top["entity_href"] == "entities/person/sergej-lawrow/"


def test_an_empty_dossier_still_has_a_quotes_page():
    page = render_quote_pages(build_corpus([]))["quotes/index.md"]
    assert "No quotes found in any article." in page


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", "[x](javascript:alert(1))", "{{ 7*7 }}"])
def test_hostile_speakers_and_quotes_stay_text(hostile):
    corpus = corpus_of(("A", hostile, f"Er sagte {hostile} laut."))
    page = render_quote_pages(corpus)["quotes/index.md"]
    assert hostile not in page and "<script>" not in page
    assert "&#60;script&#62;" in page or "&#91;x&#93;" in page or "&#123;&#123; 7&#42;7 &#125;&#125;" in page
