"""The co-occurrence graph (generator/graph.py) and its page (generator/render/graph.py):
top entities, edges weighted by shared articles, a deterministic layout inside the drawing,
nodes linking to entity pages, and a table for those who do not look at pictures."""

from __future__ import annotations

import lxml.html
import pytest

from generator.corpus import build_corpus
from generator.graph import HEIGHT, WIDTH, cooccurrence_graph, layout
from generator.ingest import parse_article
from generator.model import Annotations, Entity, Mention, Record
from generator.render import render_pages
from generator.render.graph import GRAPH_DOC

NAMES = {"Anna Berg": "person", "Hafenamt": "organization", "Lindow": "place", "Karl Ost": "person", "Rota": "place"}
ARTICLES = [
    "Anna Berg sprach im Hafenamt über Lindow.",
    "Anna Berg und Karl Ost besuchten Lindow.",
    "Das Hafenamt in Lindow lud Anna Berg ein.",
    "Karl Ost reiste nach Rota.",
]


def record(number: int, text: str) -> Record:
    article = parse_article(f"Artikel {number}\n\n{text}".encode(), f"articles/{number}.txt", ".txt")
    body = article.text
    entities = tuple(
        Entity(f"{kind}/{name.lower().replace(' ', '-')}", name, kind, (Mention(name, body.index(name), body.index(name) + len(name)),))
        for name, kind in NAMES.items()
        if name in body
    )
    return Record(article, Annotations("de", article.paragraphs, entities=entities))


@pytest.fixture(scope="module")
def corpus():
    return build_corpus([record(n, t) for n, t in enumerate(ARTICLES, start=1)])


def test_nodes_are_the_most_mentioned_and_edges_count_shared_articles(corpus):
    graph = cooccurrence_graph(corpus)
    assert [n.name for n in graph.nodes][:2] == ["Anna Berg", "Lindow"]  # 3 articles each
    weights = {(e.source, e.target): e.articles for e in graph.edges}
    assert weights[("person/anna-berg", "place/lindow")] == 3
    assert weights[("organization/hafenamt", "person/anna-berg")] == 2
    assert weights[("person/karl-ost", "place/rota")] == 1
    assert ("person/anna-berg", "place/rota") not in weights
    assert graph.edges[0].articles == 3  # strongest first


def test_node_limit_keeps_the_top_entities_only(corpus):
    graph = cooccurrence_graph(corpus, node_limit=2)
    assert {n.name for n in graph.nodes} == {"Anna Berg", "Lindow"}
    assert [(e.source, e.target) for e in graph.edges] == [("person/anna-berg", "place/lindow")]
    assert graph.entities == 5


def test_layout_is_deterministic_and_inside_the_drawing(corpus):
    first, second = cooccurrence_graph(corpus), cooccurrence_graph(corpus)
    assert first == second
    for node in first.nodes:
        assert 0 < node.x < WIDTH and 0 < node.y < HEIGHT
    assert len({(n.x, n.y) for n in first.nodes}) == len(first.nodes)  # no two on one spot


def test_linked_nodes_end_up_closer_than_unlinked_ones():
    positions = layout(["a", "b", "c", "d"], [("a", "b", 5), ("c", "d", 5)])
    def distance(p, q):
        return ((positions[p][0] - positions[q][0]) ** 2 + (positions[p][1] - positions[q][1]) ** 2) ** 0.5
    assert distance("a", "b") < distance("a", "c")
    assert distance("c", "d") < distance("b", "d")


def test_the_graph_page_draws_links_to_entity_pages_and_a_table(corpus):
    page = render_pages(corpus)[GRAPH_DOC]
    html = lxml.html.fromstring(page.split("---", 2)[2])
    svg_links = [a.get("xlink:href") for a in html.xpath("//svg//a")]
    assert "../entities/person/anna-berg/" in svg_links and len(svg_links) == 5
    circles = html.xpath("//svg//circle[@r]")
    radii = {float(c.get("r")) for c in circles}
    assert len(radii) > 1  # sized by articles
    assert html.xpath("//svg/title") and html.xpath("//svg/desc")
    table = [[td.text_content() for td in tr.xpath("td")] for tr in html.xpath("//table[contains(@class, 'dossier-graph-links')]//tr[td]")]
    assert table[0] == ["Anna Berg", "Lindow", "3"]
    assert "dossier-graph-person" in page and "dossier-graph-place" in page


def test_names_in_the_drawing_are_escaped():
    hostile = 'Evil <script>x</script> "Name"'
    article = parse_article(f"Titel\n\n{hostile} kam.".encode(), "articles/h.txt", ".txt")
    start = article.text.index("Evil")
    entity = Entity("person/evil", hostile, "person", (Mention(hostile, start, start + len(hostile)),))
    page = render_pages(build_corpus([Record(article, Annotations("de", article.paragraphs, entities=(entity,)))]))[GRAPH_DOC]
    assert "<script>" not in page and "Evil &#60;script&#62;" in page


def test_an_empty_dossier_says_there_is_nothing_to_draw():
    article = parse_article(b"Titel\n\nNur ein Satz.", "articles/e.txt", ".txt")
    page = render_pages(build_corpus([Record(article, Annotations("de", article.paragraphs))]))[GRAPH_DOC]
    assert "<svg" not in page and "nothing to draw" in page
