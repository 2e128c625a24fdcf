"""The co-occurrence graph page (graph/index.md): an SVG drawn at build time, and its tables.

Every name and number passes through the template, so the one escaping point applies to the
drawing too. Nodes are links to entity pages (``xlink:href``: Material's instant navigation
rewrites every ``[href]`` in a page and cannot write an SVG link's read-only ``href``); the tables below say the same for screen readers
and for anyone who would rather read than look.
"""

from __future__ import annotations

from generator.corpus import Corpus
from generator.graph import HEIGHT, WIDTH, Graph, cooccurrence_graph
from generator.render.environment import render
from generator.render.links import href
from generator.render.paths import entity_doc

GRAPH_DOC = "graph/index.md"
TYPE_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place"}
STROKE = (0.8, 6.0)  # thinnest and thickest edge
TABLE_EDGES = 60  # strongest links listed in the table


def render_graph(corpus: Corpus) -> str:
    graph = cooccurrence_graph(corpus)
    return render("graph.md.j2", **graph_context(graph, GRAPH_DOC))


def graph_context(graph: Graph, doc: str) -> dict:
    """Nodes and edges with sizes and links, ready for templates/graph.md.j2."""
    heaviest = max((e.articles for e in graph.edges), default=1)
    by_id = {n.id: n for n in graph.nodes}
    nodes = []
    for n in graph.nodes:
        radius = n.r
        left = n.x > WIDTH * 0.75  # labels on the right edge go to the left of their node
        nodes.append({
            "name": n.name, "type": n.type, "type_label": TYPE_LABELS.get(n.type, n.type),
            "articles": n.articles, "x": n.x, "y": n.y, "r": radius,
            "label_x": round(n.x - radius - 3 if left else n.x + radius + 3, 1), "anchor": "end" if left else "start",
            "href": href(doc, entity_doc(n.id)),
        })
    edges = [
        {
            "x1": by_id[e.source].x, "y1": by_id[e.source].y, "x2": by_id[e.target].x, "y2": by_id[e.target].y,
            "width": round(STROKE[0] + (STROKE[1] - STROKE[0]) * e.articles / heaviest, 2),
            "opacity": round(0.25 + 0.75 * e.articles / heaviest, 2),  # weak links recede
            "source": by_id[e.source].name, "target": by_id[e.target].name, "articles": e.articles,
            "source_href": href(doc, entity_doc(e.source)), "target_href": href(doc, entity_doc(e.target)),
        }
        for e in graph.edges
    ]
    return {
        "width": int(WIDTH), "height": int(HEIGHT), "nodes": nodes, "edges": edges,
        "table_edges": edges[:TABLE_EDGES], "more_edges": max(0, len(edges) - TABLE_EDGES),
        "entities": graph.entities, "types": [(t, label) for t, label in TYPE_LABELS.items() if any(n.type == t for n in graph.nodes)],
    }
